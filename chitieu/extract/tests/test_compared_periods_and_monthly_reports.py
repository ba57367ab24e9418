"""Periods of figures compared with an earlier span, of monthly reports and of stocks at a month's end; measures and
modalities of the parts of a month's index. Sentences are invented for these tests (real articles stay outside the
repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_an_earlier_span_tied_to_its_figure_does_not_reach_the_next_sentence():
    claims = by_text(extract("Tổng sản phẩm trên địa bàn 6 tháng đầu năm 2023 ước tính tăng 6,12%, cao hơn mức tăng "
                             "3,48% của 6 tháng đầu năm 2022. Trong đó, khu vực dịch vụ tăng 7,25%, đạt 47,1% kế "
                             "hoạch năm.", date="2023-07-02"))
    assert claims["3,48%"].period == "2022-01/2022-06"
    assert claims["7,25%"].period == "2023-01/2023-06"
    assert claims["47,1%"].period == "2023-01/2023-06"
    assert claims["7,25%"].modality == "estimate"  # (a sector's part of the estimate, not of the earlier rise)
    assert claims["3,48%"].modality == "actual"


def test_the_rises_of_a_stock_at_a_months_end_hold_there_and_december_is_the_years_end():
    claims = by_text(extract("Ước tính đến cuối tháng 9/2023, tổng nguồn vốn huy động của các ngân hàng, quỹ tín dụng "
                             "trên địa bàn ước đạt 65.300 tỷ đồng, tăng 8,2% so với cùng kỳ và tăng 4,4% so với tháng 12 "
                             "năm 2022.", date="2023-10-05"))
    assert claims["65.300 tỷ đồng"].period == "2023-09"
    assert claims["8,2%"].period == "2023-09"
    assert claims["4,4%"].period == "2023-09"
    assert claims["4,4%"].basis == "prior_year_end"


def test_a_january_against_the_december_before_is_against_the_month_before():
    claims = by_text(extract("Chỉ số giá tiêu dùng tháng 01/2023 tăng 0,7% so với tháng 12/2022.", date="2023-02-03"))
    assert claims["0,7%"].basis == "other"


def test_the_sections_of_an_estimated_monthly_index_are_estimates_too():
    claims = by_text(extract("Riêng tháng 8, chỉ số sản xuất công nghiệp của tỉnh ước tăng 3,58% so với tháng 7, tăng "
                             "7,94% so với cùng kỳ năm trước. Ngành khai khoáng tăng 6,35%; cung cấp nước và xử lý rác "
                             "thải, nước thải tăng 9,7%; chế biến, chế tạo tăng 2,8%.",
                             date="2023-09-10"))
    assert claims["3,58%"].modality == "estimate"
    assert claims["3,58%"].basis == "other"
    assert claims["9,7%"].modality == "estimate"
    assert claims["9,7%"].subject.endswith("rác thải, nước thải")
    assert claims["6,35%"].modality == "estimate"
    assert claims["2,8%"].modality == "estimate"
    assert claims["2,8%"].period == "2023-08"


def test_a_sectors_ratio_to_its_plan_is_part_of_the_estimated_economy():
    claims = by_text(extract("Tổng sản phẩm trên địa bàn 9 tháng ước tính tăng 6,4%, đạt 70,2% kế hoạch năm. Khu vực "
                             "dịch vụ tăng 7,1%, đạt 72,5% kế hoạch năm.", date="2023-10-01"))
    assert claims["7,1%"].modality == "estimate"
    assert claims["72,5%"].modality == "estimate"


def test_a_lead_restating_an_estimate_of_the_body_is_an_estimate():
    claims = by_text(extract("Kinh tế tỉnh phục hồi\nTổng sản phẩm trên địa bàn (GRDP) tăng 6,71% so với cùng kỳ.\n"
                             "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2022 ước tính được 9.120 tỷ đồng, tăng "
                             "6,71% so với cùng kỳ năm trước.", date="2022-07-01"))
    assert [c.modality for c in extract("Kinh tế tỉnh phục hồi\nTổng sản phẩm trên địa bàn (GRDP) tăng 6,71% so với "
                                        "cùng kỳ.\nTổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2022 ước tính được "
                                        "9.120 tỷ đồng, tăng 6,71% so với cùng kỳ năm trước.", date="2022-07-01")
            if c.text == "6,71%"] == ["estimate", "estimate"]
    assert claims["9.120 tỷ đồng"].modality == "estimate"


def test_a_count_said_again_is_another_figure():
    claims = extract("Huyện có 3 xã đạt chuẩn nông thôn mới nâng cao, dự kiến cuối năm có thêm 3 xã đạt chuẩn nông "
                     "thôn mới nâng cao.", date="2022-10-01")
    assert [c.modality for c in claims if c.text == "3 xã"] == ["actual", "expected"]


def test_a_goal_with_no_time_of_its_own_is_for_the_horizon_named_before_it():
    text = ("Phấn đấu thu nhập người dân nông thôn tăng 2 lần\n"
            "Theo Ban Chỉ đạo, phấn đấu đến năm 2025, toàn tỉnh có thêm 25 xã đạt chuẩn nông thôn mới.\n"
            "Các xã còn lại phấn đấu đạt từ 12 tiêu chí trở lên.")
    claims = by_text(extract(text, date="2021-10-15"))
    assert claims["25 xã"].period == "2025"
    assert claims["12 tiêu chí"].period == "2025"
    assert claims["2 lần"].period == "2025"
    assert claims["2 lần"].measure == "ratio"
    assert claims["2 lần"].modality == "target"


def test_a_papers_mark_is_no_place():
    claims = by_text(extract("Thêm xã đạt chuẩn\nTTH - Năm 2022, toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới, "
                             "nâng tổng số lên 70 xã, đạt 62%.", date="2022-12-20"))
    assert claims["62%"].place is None
    assert claims["12 xã"].place is None


def test_years_of_striving_behind_a_result_set_no_target():
    claims = by_text(extract("Đạt chuẩn nông thôn mới năm 2016, sau gần 05 năm phấn đấu quyết liệt, đến nay xã Long "
                             "Hòa đã đạt 17 tiêu chí nông thôn mới nâng cao.", date="2021-12-01"))
    assert claims["17 tiêu chí"].modality == "actual"


def test_a_year_typed_with_a_tilde_is_still_a_year():
    claims = by_text(extract("Tình hình sản xuất công nghiệp 6 tháng đầu nãm 2023 tỉnh Phú Yên\nGRDP "
                             "6 tháng đầu nãm 2023 ước tính tăng 6,2%.", date="2023-07-05"))
    assert "2023 tỉnh" not in claims
    assert claims["6,2%"].period == "2023-01/2023-06"


def test_the_field_a_rank_is_out_of_is_no_count():
    claims = by_text(extract("GRDP 6 tháng ước tính tăng 5,8%, xếp thứ 6 trong 14 tỉnh vùng Bắc Trung bộ và Duyên hải "
                             "miền Trung.", date="2024-07-05"))
    assert "14 tỉnh" not in claims
    assert "5,8%" in claims


def test_a_percent_above_a_hundred_after_a_rate_is_an_amount_against_its_plan():
    claims = by_text(extract("Đến nay, đường nội đồng được cứng hóa đạt 76,4%, sản xuất lúa đạt gần 104%, thu ngân sách "
                             "đạt hơn 115% kế hoạch.", date="2022-12-10"))
    assert claims["76,4%"].measure == "level"
    assert claims["104%"].measure == "ratio"
    assert claims["104%"].basis == "plan"
    assert claims["104%"].period == "2022-01/2022-12-10"


def test_an_indicator_listing_two_holders_keeps_both_and_its_place():
    claims = by_text(extract("Đến cuối tháng 6/2022, tổng số dư huy động của các ngân hàng, quỹ tín dụng trên "
                             "địa bàn tỉnh ước đạt 47.600 tỷ đồng.", date="2022-07-05"))
    assert claims["47.600 tỷ đồng"].subject.startswith("tổng số dư huy động")


def test_a_rise_compared_with_is_the_same_indicators():
    claims = by_text(extract("Tổng sản phẩm trên địa bàn 9 tháng ước tính tăng 7,2%, cao hơn mức tăng 5,1% của 9 tháng "
                             "năm 2022.", date="2023-10-02"))
    assert claims["5,1%"].subject == claims["7,2%"].subject


def test_a_clause_with_its_own_holder_takes_no_subject_from_the_clause_before():
    claims = by_text(extract("Sau 4 năm triển khai, với sự chung sức của người dân, đến nay xã Mỹ Phong đã đạt "
                             "15 tiêu chí nông thôn mới nâng cao.", date="2021-12-23"))
    assert claims["15 tiêu chí"].subject == "tiêu chí nông thôn mới nâng cao"


def test_a_count_of_places_with_a_percent_and_no_base_is_their_share():
    claims = by_text(extract("Năm 2022, toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới, nâng tổng số lên 70 xã, đạt "
                             "62%.", date="2022-12-20"))
    assert claims["62%"].measure == "share"
    assert claims["62%"].basis is None


def test_the_first_item_after_nhu_names_the_figure_but_a_place_does_not():
    claims = by_text(extract("Các mặt hàng xuất khẩu 9 tháng tăng khá so cùng kỳ năm trước như Cà phê 12.400 tấn, tăng "
                             "8,2%; hạt điều 3.150 tấn, tăng 5,4%.", date="2023-10-05"))
    assert claims["12.400 tấn"].subject == "Cà phê"
    claims = by_text(extract("Một số huyện còn số người cần vận động tham gia BHYT khá cao, như Tân Lạc còn 4.210 người.",
                             date="2023-10-05"))
    assert "BHYT" in claims["4.210 người"].subject


def test_months_summed_up_are_the_span_from_january():
    claims = by_text(extract("Tháng 4/2024, chỉ số sản xuất công nghiệp ước tăng 1,8% so với tháng trước và tăng 6,9% so "
                             "với cùng kỳ. Tính chung 4 tháng, chỉ số sản xuất công nghiệp tăng 5,3% so với cùng kỳ.",
                             date="2024-04-29"))
    assert claims["1,8%"].period == "2024-04"
    assert claims["6,9%"].period == "2024-04"
    assert claims["5,3%"].period == "2024-01/2024-04"


def test_a_percent_of_the_labour_force_is_a_share():
    claims = by_text(extract("Số người tham gia bảo hiểm xã hội đến 31/5/2024 là 65.100 người, đạt 23,4% lực lượng lao "
                             "động.", date="2024-06-02"))
    assert claims["23,4%"].measure == "share"
    assert claims["65.100 người"].period == "2024-05-31"


def test_an_item_set_off_by_commas_after_a_figure_names_the_next_figure():
    claims = by_text(extract("Đến nay, sản xuất lúa đạt gần 104%, rau màu đạt gần 103%, thu ngân sách trên địa bàn, đạt "
                             "hơn 115% kế hoạch.", date="2022-12-10"))
    assert claims["115%"].subject == "thu ngân sách trên địa bàn"
    assert claims["103%"].subject == "rau màu"


def test_a_price_index_against_december_of_the_year_before():
    claims = by_text(extract("Chỉ số giá tiêu dùng tháng 5 tăng 0,4% so với tháng trước, tăng 2,7% so với tháng 12 năm "
                             "trước và tăng 3,8% so với cùng kỳ năm trước.", date="2024-05-29"))
    assert claims["0,4%"].basis == "other"
    assert claims["2,7%"].basis == "prior_year_end"
    assert claims["3,8%"].basis == "same_period"
    assert claims["3,8%"].period == "2024-05"


def test_workers_at_a_date_and_their_rises_hold_at_that_date():
    claims = by_text(extract("Tình hình kinh tế - xã hội tháng 5 năm 2024\nSố lao động đang làm việc trong các doanh "
                             "nghiệp công nghiệp tại thời điểm 01/5/2024 tăng 0,8% so với cùng thời điểm tháng trước và "
                             "tăng 2,6% so với cùng thời điểm năm trước.", date="2024-05-29"))
    assert claims["0,8%"].period == "2024-05-01"
    assert claims["0,8%"].basis == "other"
    assert claims["2,6%"].period == "2024-05-01"
    assert claims["2,6%"].basis == "same_period"


def test_months_named_in_words_date_their_figures():
    claims = by_text(extract("Chỉ số sản xuất toàn ngành công nghiệp tháng Chín ước tính tăng 1,9% so với tháng trước. "
                             "Tháng Tám, tổng mức bán lẻ hàng hóa đạt 3.800 tỷ đồng. Tính chung chín tháng năm 2023, "
                             "chỉ số sản xuất công nghiệp tăng 5,7%.", date="2023-09-29"))
    assert claims["1,9%"].period == "2023-09"
    assert "Chín" not in claims["1,9%"].subject
    assert claims["3.800 tỷ đồng"].period == "2023-08"
    assert claims["5,7%"].period == "2023-01/2023-09"
    claims = by_text(extract("Kiểm tra định kỳ 3 tháng một lần, đạt 95% kế hoạch.", date="2023-09-29"))
    assert claims["95%"].period == "2023"


def test_a_forest_cover_said_now_holds_at_the_articles_date():
    claims = by_text(extract("Huyện Tân Phú\nTừ đầu năm đến nay, huyện đã trồng mới 280 ha rừng, đạt 104% kế hoạch. "
                             "Hiện độ che phủ rừng đạt 51,6%.", date="2023-09-12"))
    assert claims["280 ha"].period == "2023-01/2023-09-12"
    assert claims["51,6%"].period == "2023-09-12"


def test_groups_of_a_price_index_after_a_month_base_that_opens_the_sentence_before_are_of_the_month():
    claims = by_text(extract(
        "Chỉ số giá tiêu dùng tháng 11/2031 giảm 0,05% so với tháng trước. Bình quân 11 tháng năm 2031, CPI tăng 3,9%.\n"
        "So với tháng trước, chỉ số giá tiêu dùng tháng 11/2031 giảm 0,05% (khu vực thành thị giảm 0,02%). Trong 11 "
        "nhóm hàng hóa và dịch vụ chính, có 05 nhóm tăng gồm: nhóm đồ uống và thuốc lá tăng 0,31%."))
    assert claims["3,9%"].period == "2031-01/2031-11"
    assert claims["05 nhóm"].period == "2031-11"
    assert claims["0,31%"].period == "2031-11"


def test_multiples_and_rises_against_december_of_the_year_before_are_of_the_month():
    claims = by_text(extract(
        "Bình quân 11 tháng năm 2031 chỉ số giá tăng 4,1% so với cùng kỳ. So với tháng 12-2030, có 10/11 nhóm hàng có "
        "chỉ số giá tăng. Trong đó, tăng cao nhất là nhóm thuốc và dịch vụ y tế, gấp 2,6 lần, giáo dục tăng 9,5% (do "
        "học phí tăng 12,1%), 8 nhóm có chỉ số giá tăng nhẹ từ 0,3% đến dưới 2%.", date="2031-12-05"))
    assert {claims[text].period for text in ("2,6 lần", "9,5%", "12,1%", "8 nhóm", "0,3% đến dưới 2%")} == {"2031-11"}


def test_parts_that_add_up_to_an_amount_said_before_are_of_its_time_not_of_the_span_said_between():
    claims = by_text(extract(
        "Giá trị sản xuất công nghiệp tháng 8/2031 ước đạt 4.134 tỷ đồng. Chỉ số sản xuất công nghiệp 8 tháng 2031 "
        "tăng 10,66% so với cùng kỳ năm 2030. Trong đó, kinh tế nhà nước ước đạt 322,4 tỷ đồng, tăng 39,56%; kinh tế "
        "ngoài nhà nước ước đạt 2.723,3 tỷ đồng; kinh tế có vốn đầu tư nước ngoài ước đạt 1.088,4 tỷ đồng.",
        date="2031-08-27"))
    assert claims["10,66%"].period == "2031-01/2031-08"
    assert {claims[text].period for text in ("322,4 tỷ đồng", "39,56%", "2.723,3 tỷ đồng", "1.088,4 tỷ đồng")} \
        == {"2031-08"}


def test_a_time_said_after_the_figure_a_rise_is_compared_with_is_that_figures_not_the_rises():
    claims = by_text(extract(
        "Cụ thể, tổng sản phẩm trên địa bàn tỉnh này ước tính tăng 6,72% so với cùng kỳ năm trước, cao hơn mức tăng "
        "4,84% của quý I/2030 và vượt kịch bản tăng trưởng quý I/2031 đã được xây dựng.", date="2031-04"))
    assert claims["6,72%"].period == "2031-01/2031-03"
    assert (claims["4,84%"].period, claims["4,84%"].modality) == ("2030-01/2030-03", "actual")


def test_sectors_of_an_estimated_economy_in_later_sentences_take_its_base_unless_they_name_theirs():
    claims = by_text(extract(
        "Năm 2031, dự ước GRDP trên địa bàn tỉnh tăng 7,12% so với năm 2030.\nĐóng góp lớn nhất cho tăng trưởng là khu "
        "vực dịch vụ. Cụ thể, GRDP khu vực nông, lâm nghiệp và thủy sản tăng 3,07%. Thời tiết cơ bản thuận lợi.\nGRDP "
        "khu vực công nghiệp và xây dựng tăng 9,35%. Khu vực dịch vụ tăng 8,1% so với cùng kỳ.", date="2031-12-20"))
    assert (claims["3,07%"].basis, claims["9,35%"].basis) == ("prior_year", "prior_year")
    assert claims["8,1%"].basis == "same_period"


def test_the_end_of_an_older_year_is_another_base_and_the_end_of_last_year_the_year_before_s_end():
    claims = by_text(extract(
        "Đến nay, diện tích cây ăn quả toàn tỉnh là 62.700 ha, so với cuối năm 2027 diện tích tăng 165,81%. Dư nợ tín "
        "dụng đạt 50.000 tỷ đồng, tăng 5,2% so với cuối năm 2030.", date="2031-07-10"))
    assert claims["165,81%"].basis == "other"
    assert claims["5,2%"].basis == "prior_year_end"


def test_an_amount_in_brackets_after_a_rise_and_its_base_is_the_rise_where_the_arithmetic_says_so():
    claims = by_text(extract(
        "Đến nay, tổng diện tích cây ăn quả toàn tỉnh là trên 62.700 ha, tăng 6,65% so với năm 2030 (3.912 ha). Sản "
        "lượng đạt 300.000 tấn, tăng 5% so với năm 2030 (285.714 tấn).", date="2031-07-10"))
    assert (claims["3.912 ha"].measure, claims["3.912 ha"].basis) == ("change", "prior_year")
    assert claims["285.714 tấn"].measure == "level"  # (the year compared with's own output: 300.000 / 1,05)
