"""Rules from the fifteenth set of unseen rounds (December 2026, r251–r258). Sentences are invented for these tests
(real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_level_said_right_before_an_estimated_rise_is_part_of_the_estimate():
    text = ("Tổng thu ngân sách 10 tháng năm 2031 ước tính 77.856 tỷ đồng. Cụ thể, thu dầu thô 27.412 tỷ đồng, ước tăng "
            "14,7% so với dự toán; thu nội địa đạt 9.000 tỷ đồng, ước cả năm đạt 11.000 tỷ đồng.")
    claims = by_text(analyse(text, date="2031-11-02").claims)
    assert claims["27.412 tỷ đồng"].modality == "estimate"
    assert claims["14,7%"].modality == "estimate"
    assert claims["9.000 tỷ đồng"].modality == "actual"  # another time is estimated after it: its own statement


def test_nearly_equal_to_or_nearly_reaching_a_figure_is_under_it():
    text = "Thu ngân sách 9 tháng năm 2031 đạt 11.493 tỷ đồng, gần bằng 61,9% dự toán; thu nội địa gần đạt 70% dự toán."
    claims = by_text(analyse(text, date="2031-10-02").claims)
    assert claims["61,9%"].qualifier == "under"
    assert claims["70%"].qualifier == "under"
    assert claims["11.493 tỷ đồng"].qualifier is None


def test_the_budget_estimate_typed_with_t_is_the_budget_estimate():
    text = "Thu từ nhà máy lọc dầu năm 2031 đạt 3.315 tỷ đồng, bằng 46,7% tự toán năm."
    claims = by_text(analyse(text).claims)
    assert claims["46,7%"].measure == "ratio"
    assert claims["46,7%"].basis == "estimate"


def test_the_span_of_the_direction_set_for_the_rest_of_the_year_is_not_the_span_of_the_results():
    text = ("Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm, phương hướng nhiệm vụ 3 tháng cuối "
            "năm 2031\n\nTổng diện tích gieo trồng đạt 652ha, tăng 15% so với cùng kỳ, đạt 109% KH năm.")
    claims = by_text(analyse(text).claims)
    assert claims["652ha"].period == "2031-01/2031-09"
    assert claims["109%"].period == "2031-01/2031-09"


def test_the_months_of_results_named_with_their_tasks_stay_the_span_of_the_results():
    text = ("Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2031\n\nTổng diện tích gieo trồng đạt 652ha, tăng 15% so với "
            "cùng kỳ.")
    claims = by_text(analyse(text).claims)
    assert claims["652ha"].period == "2031-01/2031-09"


def test_a_decimal_comma_does_not_end_the_clause_of_an_estimate():
    text = "Năm 2031, tỷ lệ hộ nghèo ước giảm 5,36% (đạt 134% kế hoạch)."
    claims = by_text(analyse(text).claims)
    assert claims["5,36%"].modality == "estimate"
    assert claims["134%"].modality == "estimate"


def test_a_rate_reached_right_after_a_count_is_the_share_that_count_makes():
    text = ("Đến nay, huyện Yên Thủy có 20 xã được công nhận nông thôn mới (đạt tỷ lệ 100%); có trên 131.000 người tham "
            "gia BHYT đạt tỷ lệ trên 86% (vượt 8,2% chỉ tiêu cả năm 2031); 100% các xã đạt tiêu chí về độ bao phủ BHYT "
            "trên 85% số dân tham gia BHYT.")
    claims = by_text(analyse(text, date="2031-06-01").claims)
    assert claims["100%"].measure == "share"
    assert (claims["86%"].measure, claims["86%"].basis) == ("share", None)
    assert (claims["8,2%"].measure, claims["8,2%"].basis) == ("change", "target")  # points above a rate's target


def test_a_percent_before_its_group_is_a_share_even_in_an_item_after_a_comparison_with_a_plan():
    text = ("Năm 2031, tỷ lệ tham gia BHYT đạt 86% (vượt 8,2% chỉ tiêu); 100% các xã đạt tiêu chí về độ bao phủ BHYT trên "
            "85% số dân tham gia BHYT.")
    claims = analyse(text).claims
    hundred = next(c for c in claims if c.text == "100%")
    assert (hundred.measure, hundred.basis) == ("share", None)
    assert by_text(claims)["85%"].measure == "share"


def test_a_result_packed_with_its_plan_before_a_group_are_both_shares_of_it():
    text = "Về y tế năm 2031: 97%/90% dân số dùng nước hợp vệ sinh. Về văn hóa: 75%/85% gia đình đạt chuẩn văn hóa."
    claims = by_text(analyse(text).claims)
    assert [(claims[t].measure, claims[t].modality) for t in ("97%", "90%", "75%", "85%")] == [
        ("share", "actual"), ("share", "target"), ("share", "actual"), ("share", "target")]


def test_a_bracket_opened_by_the_plan_gives_the_plans_own_figure_whatever_verb_it_repeats():
    text = ("Tỷ lệ trường đạt chuẩn quốc gia năm 2030 đã đạt 100% (KH ĐH đạt 100% vào năm 2031); tỷ lệ tham gia BHYT đạt "
            "80% (kế hoạch đạt 85%).")
    claims = analyse(text, date="2032-05-01").claims
    assert [(c.text, c.modality) for c in claims] == [("100%", "actual"), ("100%", "target"), ("80%", "actual"),
                                                      ("85%", "target")]


def test_a_target_reached_for_as_a_purpose_gives_the_targets_own_figure():
    text = "Huyện triển khai các giải pháp để đạt chỉ tiêu bao phủ BHYT toàn dân năm 2031 từ 85% trở lên."
    claims = by_text(analyse(text, date="2031-05-01").claims)
    assert claims["85%"].modality == "target"


def test_the_percent_a_counts_fall_equals_is_the_rates_change_where_the_arithmetic_says_so():
    text = ("Năm 2031, toàn tỉnh còn 8.300 hộ nghèo, chiếm tỷ lệ 1,73%; giảm 4.200 hộ, tương đương giảm 0,9% so với năm "
            "2030, vượt 0,07% kế hoạch đề ra. Doanh thu còn 8.300 tỷ đồng, chiếm tỷ lệ 1,73%; giảm 4.200 tỷ đồng, tương "
            "đương giảm 33,6%.")
    claims = by_text(analyse(text).claims)
    assert (claims["0,9%"].measure, claims["0,9%"].value, claims["0,9%"].subject) == ("change", -0.9, "tỷ lệ hộ nghèo")
    assert (claims["0,07%"].measure, claims["0,07%"].basis) == ("change", "plan")
    assert (claims["33,6%"].measure, claims["33,6%"].value) == ("growth", -33.6)  # 4.200 of 12.500: the count's own fall


def test_fewer_than_six_months_in_a_text_of_the_month_after_them_are_the_first_months_of_its_year():
    text = "Long An: Thu ngân sách 5 tháng đạt hơn 17.200 tỷ đồng. Chỉ số giá giảm 3 tháng liên tiếp, tháng này giảm 0,2%."
    claims = by_text(analyse(text, date="2031-06-25").claims)
    assert claims["17.200 tỷ đồng"].period == "2031-01/2031-05"
    assert claims["0,2%"].period != "2031-01/2031-03"  # a run of months is no span of the year


def test_targets_expected_to_be_missed_are_expected():
    text = "Năm 2031, có 23 chỉ tiêu đạt so với mục tiêu Nghị quyết đề ra. Còn 3 chỉ tiêu dự kiến không đạt."
    claims = by_text(analyse(text, date="2031-11-01").claims)
    assert claims["23 chỉ tiêu"].modality == "actual"
    assert claims["3 chỉ tiêu"].modality == "expected"


def test_a_percent_set_beside_the_plans_own_percent_is_the_indicators_figure():
    text = "Tốc độ tăng trưởng GDP năm 2031 chỉ đạt 10,3% so với kế hoạch là 14-15%; tỷ lệ hộ nghèo đạt 3% so với kế hoạch là 4%."
    claims = by_text(analyse(text, date="2032-01-01").claims)
    assert (claims["10,3%"].measure, claims["10,3%"].basis) == ("growth", "same_period")
    assert (claims["14-15%"].measure, claims["14-15%"].modality) == ("growth", "target")
    assert (claims["3%"].measure, claims["3%"].basis) == ("level", None)


def test_the_congress_whose_plan_a_bracket_gives_is_no_subject():
    text = "Tỷ lệ học sinh tốt nghiệp THCS vào THPT năm 2031 đạt 68% (KH ĐH 65-70%)."
    claims = by_text(analyse(text, date="2032-01-10").claims)
    assert claims["65-70%"].subject == claims["68%"].subject == "Tỷ lệ học sinh tốt nghiệp THCS vào THPT"
    assert claims["65-70%"].modality == "target"


def test_the_year_of_a_crop_season_in_a_sentence_without_figures_is_not_carried_to_later_figures():
    text = ("Báo cáo kết quả 9 tháng đầu năm 2031\n\nDiện tích lúa đạt 315ha. Lúa vụ mùa năm 2031 thời tiết diễn biến phức "
            "tạp. Diện tích ngô đạt 48 ha, giảm 46% so với cùng kỳ.")
    claims = by_text(analyse(text).claims)
    assert claims["48 ha"].period == "2031-01/2031-09"


def test_december_written_with_a_dot_before_its_year_is_the_end_of_the_year_before():
    text = "Chỉ số giá vàng tháng 10.2031 tăng 0,29% so với tháng trước; giảm 1,98% so với tháng 12.2030."
    claims = by_text(analyse(text, date="2031-10-05").claims)
    assert claims["0,29%"].basis == "other"
    assert claims["1,98%"].basis == "prior_year_end"


def test_a_signed_change_in_the_bracket_after_a_base_is_against_it():
    text = ("Trong tháng 6/2031, CPI so với tháng trước (+0,88%); so với cùng kỳ năm trước (+2,90%); so với tháng 12 năm "
            "trước (+3,94%).")
    claims = by_text(analyse(text, date="2031-07-05").claims)
    assert [claims[t].basis for t in ("+0,88%", "+2,90%", "+3,94%")] == ["other", "same_period", "prior_year_end"]


def test_a_time_in_a_bracket_giving_a_cause_does_not_date_the_figures_after_it():
    text = ("CPI tháng 4/2031 tăng 2,88% so với cùng kỳ năm trước. So với cùng kỳ, có 08/11 nhóm hàng có chỉ số giá tăng "
            "từ 2,33% (nhóm giáo dục, do điều chỉnh học phí từ quý III, quý IV năm 2030) đến 5,69% (nhóm may mặc); nhóm "
            "giao thông giảm nhiều nhất với 3,45%.")
    claims = by_text(analyse(text, date="2031-05-05").claims)
    assert claims["3,45%"].period == "2031-04"
    assert claims["5,69%"].period != "2030-10/2030-12"


def test_a_range_of_rises_whose_ends_name_their_groups_in_brackets_is_two_rises():
    text = "So với cùng kỳ, có 08/11 nhóm hàng có chỉ số giá tăng từ 2,33% (nhóm giáo dục) đến 5,69% (nhóm may mặc)."
    claims = by_text(analyse(text, date="2031-05-05").claims)
    assert (claims["2,33%"].measure, claims["5,69%"].measure) == ("growth", "growth")


def test_a_strong_rise_said_with_its_level_is_a_rise():
    text = "CPI tháng 9/2031 tăng do chỉ số giá nhóm giáo dục tăng mạnh với mức 6,58%."
    assert by_text(analyse(text).claims)["6,58%"].measure == "growth"


def test_a_span_from_january_reckoned_by_the_statistics_office_is_an_estimate():
    text = ("6 tháng đầu năm 2031, chỉ số sản xuất toàn ngành công nghiệp dự tính tăng 4,95% so cùng kỳ. Trong đó, chỉ số "
            "sản xuất ngành khai khoáng dự tính tăng 14,24%, ngành chế biến, chế tạo tăng 5,91%.")
    claims = by_text(analyse(text, date="2031-06-20").claims)
    assert [claims[t].modality for t in ("4,95%", "14,24%", "5,91%")] == ["estimate"] * 3
    forecast = by_text(analyse("Bước sang tháng 6/2031, Cục Thuế dự tính số thu được 21.345 tỷ đồng.",
                               date="2031-06").claims)
    assert forecast["21.345 tỷ đồng"].modality == "expected"


def test_an_amount_whose_rise_is_against_the_month_before_is_that_months_amount():
    text = ("Kim ngạch xuất khẩu ước đạt 2,9 tỷ USD, tăng 1,5% so với tháng trước; lũy kế 8 tháng, kim ngạch xuất khẩu "
            "đạt 24 tỷ USD, tăng 7,8% so với cùng kỳ.")
    claims = by_text(analyse(text, date="2031-08-29").claims)
    assert claims["2,9 tỷ USD"].period == claims["1,5%"].period == "2031-08"
    assert claims["24 tỷ USD"].period == "2031-01/2031-08"


def test_a_structure_announced_with_its_time_prices_and_place_lists_shares():
    text = ("Cơ cấu kinh tế 6 tháng đầu năm 2031 tính theo giá sản xuất (giá hiện hành) của thành phố Đà Nẵng như sau: "
            "khu vực nông, lâm, thủy sản 3,09 % (6 tháng đầu năm 2030 là 3,31%); khu vực công nghiệp, xây dựng 37,88%.")
    claims = by_text(analyse(text, date="2031-07-01").claims)
    assert [claims[t].measure for t in ("3,09 %", "3,31%", "37,88%")] == ["share"] * 3
    assert claims["3,31%"].period == "2030-01/2030-06"


def test_the_region_a_rank_is_in_is_not_the_locality_spoken_of_after_it():
    text = ("GRDP Nghệ An đứng thứ 2 Bắc Trung Bộ\n\nQuý 1/2031, tốc độ tăng trưởng GRDP của Nghệ An ước đạt 6,71%. Với "
            "chỉ số trên, Nghệ An đã trở thành địa phương đứng thứ 2 ở khu vực Bắc Trung Bộ.\n\nTrong đó: Khu vực nông, lâm "
            "nghiệp và thuỷ sản của địa phương này ước tính tăng 5,77%.")
    claims = by_text(analyse(text, date="2031-04-10").claims)
    assert claims["5,77%"].place == "Nghệ An"


def test_a_count_of_an_index_groups_is_of_the_groups_that_moved_as_said_after_it():
    text = ("Trong 11 nhóm hàng hóa và dịch vụ chính có 5 nhóm tăng, 2 nhóm giảm và 4 nhóm giữ mức ổn định so với tháng "
            "trước. Có 02 nhóm hàng giảm so với tháng trước.")
    claims = by_text(analyse(text, date="2031-07-05").claims)
    assert claims["5 nhóm"].subject == "nhóm tăng"
    assert claims["2 nhóm"].subject == "nhóm giảm"
    assert claims["02 nhóm hàng"].subject == "nhóm hàng giảm so với tháng trước"


def test_a_share_opening_its_item_is_of_the_group_named_after_it_and_so_is_its_plan():
    text = ("Về y tế năm 2031: tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi là 21%/20%; 97%/90% dân số dùng nước hợp vệ sinh. "
            "Về văn hóa: 60%/65% thôn, buôn đạt chuẩn văn hóa.")
    claims = by_text(analyse(text).claims)
    assert claims["97%"].subject == claims["90%"].subject == "dân số dùng nước hợp vệ sinh"
    assert claims["60%"].subject == claims["65%"].subject == "thôn, buôn đạt chuẩn văn hóa"
    assert claims["21%"].subject == "tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi"
