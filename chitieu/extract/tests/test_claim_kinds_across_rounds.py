"""Measure, basis and modality of error families seen in several rounds: the parts of an estimated total that go on
in the next sentence, a base named after the last of a run of rises split by ";", "phấn đấu" as the effort behind a
result, indicators said to have been reached before a colon, and the statistics office's "Chia ra," opening a list
of parts. Sentences are invented for these tests (real articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_sentence_after_trong_do_opening_on_the_same_head_word_is_one_more_part_of_the_estimated_total():
    claims = by_text(extract("Tổng thu ngân sách 9 tháng ước đạt 5.400 tỷ đồng, bằng 71% dự toán. Trong đó, thu nội "
                             "địa ước đạt 4.100 tỷ đồng, bằng 75% dự toán. Thu từ hoạt động xuất nhập khẩu đạt 1.300 "
                             "tỷ đồng, bằng 62% dự toán.", date="2021-09-25"))
    assert claims["1.300 tỷ đồng"].modality == "estimate"
    assert claims["62%"].modality == "estimate"


def test_a_sentence_after_trong_do_naming_another_kind_of_indicator_keeps_its_own_modality():
    claims = by_text(extract("Tổng thu ngân sách 9 tháng ước đạt 5.400 tỷ đồng. Trong đó, thu nội địa ước đạt 4.100 "
                             "tỷ đồng. Tỷ lệ hộ nghèo còn 2,4%.", date="2021-09-25"))
    assert claims["2,4%"].modality == "actual"


def test_a_time_base_named_after_the_last_of_a_run_of_rises_split_by_semicolons_is_the_base_of_each():
    claims = by_text(extract("Giá trị sản xuất ngành trồng trọt tăng 2,4%; chăn nuôi tăng hơn 6,8%; thủy sản tăng "
                             "9,1% so với năm 2021.", date="2022-12-20"))
    assert claims["2,4%"].basis == "prior_year"
    assert claims["6,8%"].basis == "prior_year"
    assert claims["9,1%"].basis == "prior_year"


def test_a_plan_named_after_the_last_of_a_run_of_rises_stays_with_the_last():
    claims = by_text(extract("Thu tiền sử dụng đất tăng 12%; thu phí, lệ phí tăng 8,5% so với dự toán.",
                             date="2022-12-20"))
    assert claims["12%"].basis == "same_period"


def test_years_of_steady_effort_before_phan_dau_make_it_the_effort_behind_a_result():
    claims = by_text(extract("Qua 6 năm kiên trì phấn đấu, xã Đông Lâm đã hoàn thành 19/19 tiêu chí nông thôn mới.",
                             date="2024-05-10"))
    assert claims["19/19 tiêu chí"].modality == "actual"


def test_phan_dau_for_the_years_ahead_still_sets_a_goal():
    claims = by_text(extract("Những năm tới, huyện tiếp tục phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới.",
                             date="2024-05-10"))
    assert claims["4 xã"].modality == "target"


def test_indicators_said_to_have_been_reached_before_a_colon_announce_results():
    claims = by_text(extract("Năm 2023, nhiều chỉ tiêu kinh tế đạt khá so với cùng kỳ: tổng giá trị sản xuất đạt "
                             "4.210 tỷ đồng; thu nhập bình quân đầu người đạt 58 triệu đồng.", date="2023-12-20"))
    assert claims["4.210 tỷ đồng"].modality == "actual"
    assert claims["58 triệu đồng"].modality == "actual"


def test_indicators_still_to_be_reached_before_a_colon_announce_targets():
    claims = by_text(extract("Các chỉ tiêu chủ yếu cần đạt năm 2024: tổng giá trị sản xuất đạt 4.900 tỷ đồng; thu "
                             "nhập bình quân đầu người đạt 64 triệu đồng.", date="2023-12-20"))
    assert claims["4.900 tỷ đồng"].modality == "target"


def test_a_sentence_opening_chia_ra_spells_out_the_estimated_index_against_its_base():
    claims = by_text(extract("Chỉ số sản xuất công nghiệp tháng 7 ước tính tăng 3,2% so với tháng trước. Chia ra, "
                             "ngành khai khoáng tăng 1,4%; ngành chế biến, chế tạo tăng 3,9%; ngành cấp nước giảm "
                             "0,6%.", date="2019-07-29"))
    for text in ("1,4%", "3,9%", "0,6%"):
        assert claims[text].modality == "estimate"
        assert claims[text].basis == "other"


def test_a_rates_fall_each_year_said_after_the_figure_is_against_the_year_before():
    claims = by_text(extract("Giai đoạn 2016-2020, tỷ lệ hộ nghèo của huyện bình quân giảm 1,6% mỗi năm, còn 2,3%. "
                             "Tỷ lệ hộ cận nghèo giảm bình quân 0,9%/năm.", date="2020-12-15"))
    assert claims["1,6%"].measure == "change"
    assert claims["1,6%"].basis == "prior_year"
    assert claims["0,9%/năm"].basis == "prior_year"


def test_a_growth_rate_each_year_keeps_its_default_base():
    claims = by_text(extract("Tổng sản phẩm trên địa bàn tăng bình quân 7,5% mỗi năm.", date="2020-12-15"))
    assert claims["7,5%"].basis == "same_period"


def test_a_headlines_percent_read_as_a_share_takes_the_modality_of_the_same_percent_in_the_body():
    claims = extract("Hòa Mỹ hướng tới 95% hộ dân dùng nước sạch\nĐến năm 2025, tỉnh Hòa Mỹ phấn đấu có 95% hộ dân "
                     "nông thôn được dùng nước sạch.", date="2022-12-15")
    assert [c.modality for c in claims if c.text == "95%"] == ["target", "target"]


def test_the_national_target_programmes_before_a_colon_are_a_name_not_a_list_of_targets():
    claims = by_text(extract("Về các chương trình mục tiêu quốc gia: đã giải ngân 85 tỷ đồng, đạt 60% kế hoạch.",
                             date="2022-09-28"))
    assert claims["85 tỷ đồng"].modality == "actual"
    assert claims["60%"].modality == "actual"


def test_a_sentence_after_trong_do_in_another_unit_or_of_another_year_is_no_part_of_the_estimated_total():
    claims = by_text(extract("Toàn huyện ước còn 1.200 hộ nghèo. Trong đó, xã Tân An 310 hộ. Xã Bình Minh có 5 "
                             "trường đạt chuẩn quốc gia.", date="2022-07-05"))
    assert claims["5 trường"].modality == "actual"
    claims = by_text(extract("Tổng thu ngân sách 6 tháng ước đạt 900 tỷ đồng. Trong đó, thu nội địa ước 780 tỷ đồng. "
                             "Thu ngân sách năm 2021 đạt 1.700 tỷ đồng.", date="2022-07-05"))
    assert claims["1.700 tỷ đồng"].modality == "actual"


def test_the_short_names_of_industry_sections_after_an_estimated_index_are_its_parts():
    claims = by_text(extract("Chỉ số sản xuất công nghiệp tháng 7 ước tính tăng 3,2% so với tháng trước. Ngành khai "
                             "khoáng tăng 1,4%; ngành cấp nước giảm 0,6%; ngành điện tăng 2,2%.", date="2019-07-29"))
    assert claims["0,6%"].modality == "estimate"
    assert claims["2,2%"].modality == "estimate"


def test_a_percent_before_the_things_it_counts_and_what_was_done_to_them_is_a_share_of_them():
    claims = by_text(extract("Đến nay, 100% đường trục xã được nhựa hóa; trên 93% đường ngõ xóm được cứng hóa. Tỷ lệ "
                             "cứng hóa kênh mương đạt 81%.", date="2040-10-05"))
    assert claims["93%"].measure == "share"
    assert claims["81%"].measure == "level"  # (a rate that names itself first is its level)


def test_one_of_something_denied_is_none_at_all_and_no_count():
    claims = by_text(extract("Có 21 tỉnh không thu hút được một dự án FDI nào. Huyện còn lại chưa có 1 đồng vốn FDI nào.",
                             date="2040-07-05"))
    assert list(claims) == ["21 tỉnh"]
