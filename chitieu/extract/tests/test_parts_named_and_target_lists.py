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
