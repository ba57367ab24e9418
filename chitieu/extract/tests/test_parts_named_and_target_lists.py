"""Claims read from sentences: the parts of a part just named ("Trong <it>, …"), the base of a growth said after a
ratio's base, and lists of targets. Sentences are invented for these tests (real articles stay outside the
repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402



def test_a_sentence_opening_trong_the_part_just_named_lists_its_parts_in_the_totals_modality():
    claims = by_text(extract("Tổng thu ngân sách ước 6 tháng năm 2021 đạt 1.500 tỷ đồng, tăng 4% so với cùng kỳ. "
                             "Trong đó, thu nội địa đạt 1.300 tỷ đồng. Trong thu nội địa, thu từ khu vực A đạt 210 "
                             "tỷ đồng; thu từ khu vực B đạt 95 tỷ đồng.", date="2021-06-25"))
    assert claims["1.300 tỷ đồng"].modality == "estimate"
    assert claims["210 tỷ đồng"].modality == "estimate"
    assert claims["95 tỷ đồng"].modality == "estimate"


def test_a_sentence_opening_trong_something_not_just_reported_is_no_list_of_parts():
    claims = by_text(extract("Tổng thu ngân sách ước 6 tháng năm 2021 đạt 1.500 tỷ đồng. Trong năm học mới, "
                             "huyện xây dựng được 12 phòng học.", date="2021-06-25"))
    assert claims["12 phòng học"].modality == "actual"


def test_a_growth_after_a_ratio_to_the_estimate_takes_no_estimate_base():
    claims = by_text(extract("Thu từ khu vực A đạt 210 tỷ đồng, đạt 81,5% so với dự toán, tăng 6,25%; thu từ "
                             "khu vực B đạt 95 tỷ đồng, đạt 70,2% so với dự toán, giảm 3,5%.", date="2021-06-25"))
    assert (claims["81,5%"].measure, claims["81,5%"].basis) == ("ratio", "estimate")
    assert (claims["6,25%"].measure, claims["6,25%"].basis) == ("growth", "same_period")
    assert (claims["3,5%"].measure, claims["3,5%"].basis) == ("growth", "same_period")


def test_a_base_said_after_a_comma_before_the_growth_is_still_its_own():
    claims = by_text(extract("Doanh thu đạt 320 tỷ đồng, so với năm trước tăng 7,5%.", date="2021-06-25"))
    assert claims["7,5%"].basis == "prior_year"


TARGETS = ("Một số chỉ tiêu chủ yếu (nhiệm kỳ 2021-2026)\n"
           "- Về kinh tế:\n"
           "(1) Thu nhập bình quân đầu người đến năm 2026: 60 triệu đồng/năm.\n"
           "(2) Tỷ lệ tăng thu ngân sách xã so với năm trước: 8% trở lên.\n"
           "- Về xã hội:\n"
           "(3) Tỷ lệ hộ dùng nước sạch hằng năm: 97%.\n"
           "(4) Tỷ lệ tăng dân số tự nhiên hằng năm: 1,2%.\n"
           "(5) Giao quân hằng năm đạt 100% chỉ tiêu.\n")


def test_the_items_numbered_in_brackets_under_a_target_heading_are_targets_of_its_term():
    claims = by_text(extract(TARGETS, date="2021-05-10"))
    assert (claims["60 triệu đồng/năm"].modality, claims["60 triệu đồng/năm"].period) == ("target", "2026")
    assert (claims["97%"].modality, claims["97%"].period) == ("target", "2021/2026")


def test_a_base_named_in_the_label_before_the_colon_is_the_figures():
    claims = by_text(extract(TARGETS, date="2021-05-10"))
    assert (claims["8%"].measure, claims["8%"].basis) == ("growth", "prior_year")


def test_a_rate_held_each_year_is_a_level_not_a_yearly_rise():
    claims = by_text(extract(TARGETS, date="2021-05-10"))
    assert (claims["97%"].measure, claims["97%"].basis) == ("level", None)
    assert (claims["1,2%"].measure, claims["1,2%"].basis) == ("level", None)


def test_a_share_of_a_quota_in_a_list_of_targets_is_a_target():
    claims = by_text(extract(TARGETS, date="2021-05-10"))
    assert (claims["100%"].measure, claims["100%"].basis, claims["100%"].modality) == ("ratio", "target", "target")


def test_the_end_of_an_older_year_is_another_base():
    claims = by_text(extract("Đến tháng 9/2024, toàn tỉnh có 120 xã đạt chuẩn, tăng 35 xã so với cuối năm 2020; "
                             "có 40 xã đạt chuẩn nâng cao, tăng 12 xã so với cuối năm 2023.", date="2024-10-02"))
    assert claims["35 xã"].basis == "other"
    assert claims["12 xã"].basis == "prior_year_end"


def test_the_whole_span_of_a_target_passed_is_not_the_period_of_the_figures_after_it():
    claims = by_text(extract("Đến tháng 9/2024, toàn tỉnh có 120 xã đạt chuẩn, vượt mục tiêu cả giai đoạn "
                             "2021-2025 được giao; có 40 xã đạt chuẩn nâng cao.", date="2024-10-02"))
    assert claims["40 xã"].period == "2024-09"


def test_the_items_of_a_list_of_targets_hold_for_the_term_named_before():
    claims = by_text(extract("Chương trình hành động thực hiện Nghị quyết Đại hội (nhiệm kỳ 2021 - 2026) được "
                             "ban hành. Một số chỉ tiêu cụ thể như: thu nhập bình quân đầu người đạt 50 triệu "
                             "đồng/năm, giải quyết việc làm hơn 900 lao động, xóa 100% nhà tạm.", date="2021-08-15"))
    assert (claims["50 triệu đồng/năm"].modality, claims["50 triệu đồng/năm"].period) == ("target", "2021/2026")
    assert claims["900 lao động"].period == "2021/2026"
    assert (claims["100%"].modality, claims["100%"].period) == ("target", "2021/2026")


def test_figures_of_earlier_times_compared_with_an_estimate_are_known_not_estimated():
    claims = by_text(extract("GRDP 6 tháng đầu năm 2023 ước tính tăng 6,1% so với cùng kỳ, cao hơn mức tăng 5,2% "
                             "của 6 tháng đầu năm 2022.", date="2023-07-01"))
    assert claims["6,1%"].modality == "estimate"
    assert claims["5,2%"].modality == "actual"


def test_a_signed_figure_in_brackets_after_a_count_is_a_fall_not_a_share():
    claims = by_text(extract("Có ba tỉnh ghi nhận mức tăng trưởng âm là tỉnh A (-4,2%), tỉnh B (-1,3%).",
                             date="2023-07-01"))
    assert (claims["-4,2%"].measure, claims["-4,2%"].value) == ("growth", -4.2)


def test_a_quarter_of_this_year_in_either_spelling_is_that_quarter():
    for quarter in ("quý I năm nay", "quí I năm nay", "quí I"):
        claims = by_text(extract(f"Trong {quarter}, tăng trưởng kinh tế của tỉnh đạt 7,4%.", date="2024-03-28"))
        assert claims["7,4%"].period == "2024-01/2024-03", quarter


def test_hotels_counted_up_to_now_are_a_stock_though_their_name_holds_guests():
    claims = by_text(extract("Tính đến nay, toàn tỉnh có 210 cơ sở lưu trú được xếp hạng, gồm 12 khách sạn 4 sao, "
                             "30 khách sạn 3 sao.", date="2019-07-05"))
    assert claims["12 khách sạn"].period == "2019-07-05"
    assert claims["30 khách sạn"].period == "2019-07-05"


def test_a_figure_compared_with_the_same_month_a_year_before_is_the_months():
    claims = by_text(extract("Trong 9 tháng đầu năm 2022, lượng khách quốc tế ước đạt 31,2 ngàn lượt, tăng 8,4% so "
                             "với tháng cùng kỳ; lũy kế từ đầu năm đạt 240 ngàn lượt, tăng 12,5% so với cùng kỳ.",
                             date="2022-10-03"))
    assert claims["31,2 ngàn lượt"].period == "2022-09"
    assert claims["8,4%"].period == "2022-09"
    assert claims["240 ngàn lượt"].period == "2022-01/2022-09"


def test_after_the_breakdown_of_one_part_the_next_part_of_the_total_is_estimated_too():
    claims = by_text(extract("Tổng thu ngân sách ước 6 tháng năm 2021 đạt 1.500 tỷ đồng. Trong đó, thu nội địa đạt "
                             "1.300 tỷ đồng. Trong thu nội địa, thu từ khu vực A đạt 210 tỷ đồng; thu từ khu vực B "
                             "đạt 95 tỷ đồng. Thu từ hoạt động xuất nhập khẩu đạt 150 tỷ đồng. Thu nhập bình quân "
                             "đầu người đạt 40 triệu đồng.", date="2021-06-25"))
    assert claims["150 tỷ đồng"].modality == "estimate"
    assert claims["40 triệu đồng"].modality == "actual"


def test_a_level_that_each_of_a_group_of_places_holds_has_no_one_place():
    claims = by_text(extract("Tăng trưởng kinh tế cả nước 6 tháng đầu năm 2023 ước tăng 3,7%. Các tỉnh, thành phố "
                             "còn lại đều ở mức dưới 5%.", date="2023-07-01"))
    assert claims["5%"].place is None


def test_a_bare_number_given_as_the_total_of_a_noun_counts_that_noun():
    claims = by_text(extract("Tính đến nay, tổng số cơ sở lưu trú được xếp hạng là 210 cụ thể: 12 khách sạn 4 sao, "
                             "30 khách sạn 3 sao.", date="2019-07-05"))
    assert "210 cụ thể" not in claims
    assert (claims["210"].value, claims["210"].unit) == (210, "cơ sở")


def test_the_delta_named_in_a_list_of_rises_is_no_verb_of_equality():
    claims = by_text(extract("Vùng A ghi nhận mức tăng trưởng GRDP cao nhất với 7,5%. Tiếp theo lần lượt là khu vực "
                             "miền Trung với 5,1%, Đồng bằng sông Cửu Long với 4,2% và khu vực Tây Nguyên với 2,7%.",
                             date="2022-04-05"))
    assert (claims["4,2%"].measure, claims["4,2%"].basis) == ("growth", "same_period")
    assert (claims["2,7%"].measure, claims["2,7%"].basis) == ("growth", "same_period")


def test_a_rise_said_of_a_count_of_places_with_its_share_is_the_shares_change_at_that_time():
    claims = by_text(extract("Đến tháng 6/2024, toàn tỉnh có 95/120 xã (79,2%) đã đạt chuẩn nông thôn mới, tăng 12,5% "
                             "so với cuối năm 2020.", date="2024-07-02"))
    assert (claims["79,2%"].measure, claims["79,2%"].period) == ("share", "2024-06")
    assert (claims["12,5%"].measure, claims["12,5%"].basis, claims["12,5%"].period) == ("change", "other", "2024-06")


def test_an_estimate_announcing_a_list_with_a_colon_makes_every_item_an_estimate():
    # spec: a list announced as an estimate before it begins is estimate in every item, whatever verb an item has
    text = ("Một số mặt hàng tháng 3 ước tính tăng khá so với cùng kỳ là: bánh kẹo tăng 12,4%; đồ gỗ tăng 8,1%; "
            "phân bón tăng 5%.")
    claims = extract(text, date="2033-03-29")
    assert [c.modality for c in claims] == ["estimate"] * 3


def test_a_list_announced_without_an_estimate_word_stays_actual():
    claims = extract("Chỉ số tháng 3 của một số tỉnh như sau: tỉnh A tăng 12,4%; tỉnh B tăng 8,1%.", date="2033-04-02")
    assert [c.modality for c in claims] == ["actual"] * 2


def test_a_part_singled_out_with_rieng_shares_the_estimate_of_its_total():
    claims = by_text(extract("Trong 9 tháng năm 2023, tổng giá trị sản xuất toàn tỉnh ước đạt 52.300 tỷ đồng, tăng 7,1% "
                             "so với cùng kỳ. Riêng khu vực miền núi đạt hơn 9.800 tỷ đồng, tăng 5,6% so với cùng kỳ.",
                             date="2023-10-02"))
    assert claims["9.800 tỷ đồng"].modality == "estimate"
    assert claims["5,6%"].modality == "estimate"


def test_rieng_before_a_count_of_another_kind_singles_out_no_part():
    claims = by_text(extract("Dự kiến đến hết năm 2021, có thêm 4 xã đạt chuẩn nông thôn mới. Riêng xã Tân Lập đạt "
                             "8/9 tiêu chí xã nông thôn mới nâng cao.", date="2021-11-20"))
    assert claims["8/9 tiêu chí"].modality == "actual"


def test_a_clause_set_against_an_estimate_with_trong_khi_has_its_own_modality():
    claims = by_text(extract("Năm 2022, tổng đàn trâu bò ước đạt 48.200 con, trong khi diện tích mặt nước nuôi cá vượt "
                             "650 ha.", date="2022-12-15"))
    assert claims["48.200 con"].modality == "estimate"
    assert claims["650 ha"].modality == "actual"


def test_a_growth_in_brackets_after_an_item_of_a_list_is_that_items():
    claims = by_text(extract("Tổng sản phẩm 9 tháng năm 2024 ước đạt 18.500 tỷ đồng.\n\nMột số ngành tăng khá như: chế "
                             "biến gỗ (tăng 14,2%), sản xuất đồ uống (tăng 9,8%), khai thác đá (tăng tới 21,5%).",
                             date="2024-10-01"))
    assert claims["14,2%"].subject == "chế biến gỗ"
    assert claims["9,8%"].subject == "sản xuất đồ uống"
    assert claims["21,5%"].subject == "khai thác đá"
    assert claims["21,5%"].measure == "growth"


def test_a_list_announced_as_an_estimate_is_an_estimate_in_every_item():
    claims = by_text(extract("Kết quả ước thực hiện 9 tháng năm 2021 như sau: Giá trị sản xuất nông nghiệp đạt 1.460 tỷ "
                             "đồng, tăng 3,2%. Thu ngân sách đạt 96 tỷ đồng, bằng 71% dự toán. Tỷ lệ che phủ rừng đạt "
                             "58,4%.", date="2021-09-25"))
    assert {c.modality for c in claims.values()} == {"estimate"}
    text = ("Ước cả năm 2020, các chỉ tiêu chủ yếu đạt như sau:\n- Tổng sản lượng lương thực đạt 41.500 tấn.\n"
            "- Thu nhập bình quân đạt 38 triệu đồng/người/năm.\nNăm 2021, huyện phấn đấu thu ngân sách 110 tỷ đồng.")
    claims = by_text(extract(text, date="2020-12-08"))
    assert claims["41.500 tấn"].modality == "estimate"
    assert claims["38 triệu đồng/người/năm"].modality == "estimate"
    assert claims["110 tỷ đồng"].modality == "target"


def test_an_estimate_with_its_figure_before_the_colon_announces_no_list():
    claims = by_text(extract("Thu ngân sách ước đạt 240 tỷ đồng, trong đó: thu nội địa 200 tỷ đồng. Tỷ lệ hộ nghèo còn "
                             "3,1%.", date="2022-12-08"))
    assert claims["3,1%"].modality == "actual"


def test_a_list_announced_as_expected_is_expected_in_every_item():
    claims = by_text(extract("Dự kiến cả năm 2021: tổng giá trị sản xuất đạt 3.900 tỷ đồng, tăng 6%. Thu ngân sách trên "
                             "địa bàn đạt 185 tỷ đồng.", date="2021-10-04"))
    assert {c.modality for c in claims.values()} == {"expected"}


def test_the_estimated_indicator_narrowed_to_a_sector_in_a_sentence_of_its_own_is_a_part_of_the_estimate():
    claims = by_text(extract("Trong tháng 4/2019 sản lượng thủy sản ước đạt 3.120 tấn; dự ước 4 tháng đầu năm đạt 12.450 tấn. "
                             "Trong đó, sản lượng nuôi trồng được 2.010 tấn.\n\nSản lượng thủy sản khai thác biển trong "
                             "tháng 4/2019 đạt 2.700 tấn, giảm 4,2%.\n\nSản lượng lúa đạt 45.000 tấn.",
                             date="2019-04-28"))
    assert claims["2.010 tấn"].modality == "estimate"
    assert claims["2.700 tấn"].modality == "estimate"
    assert claims["4,2%"].modality == "estimate"
    assert claims["45.000 tấn"].modality == "actual"  # another indicator is a statement of its own
