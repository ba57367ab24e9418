"""A goal's year that stops at a sentence on what a place has, the country named in a subject with a time between it and
the figure, and who a count is of when "là" says it (December 2026). Sentences are invented for these tests (real
articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_sentence_on_what_a_place_has_after_a_goal_is_no_goal():
    text = ("Tỉnh Nghệ An có 350 xã đạt chuẩn nông thôn mới. Mục tiêu của tỉnh đến năm 2032 là 80% số xã đạt chuẩn "
            "nông thôn mới. Huyện Yên Thành có 20 xã đạt chuẩn.")
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert (claims["80%"].modality, claims["80%"].period) == ("target", "2032")
    assert (claims["20 xã"].modality, claims["20 xã"].place) == ("actual", "Yên Thành")
    assert claims["20 xã"].period != "2032"


def test_goals_that_go_on_in_the_next_sentence_are_still_goals():
    text = ("Đến năm 2032, tỉnh phấn đấu có 80% số xã đạt chuẩn nông thôn mới. Có ít nhất 3 huyện đạt chuẩn nông "
            "thôn mới.")
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert (claims["3 huyện"].modality, claims["3 huyện"].period) == ("target", "2032")


def test_goals_for_the_year_under_way_set_in_its_first_half_go_on_in_the_next_sentence():
    text = ("Trong năm 2032, tỉnh phấn đấu có thêm 5 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 141 xã. "
            "Bình quân tiêu chí toàn tỉnh đạt 17,4 tiêu chí/xã trở lên.")
    claims = by_text(analyse(text, date="2032-03-12").claims)
    assert (claims["17,4 tiêu chí/xã"].modality, claims["17,4 tiêu chí/xã"].period) == ("target", "2032")
    late = by_text(analyse(text, date="2032-11-20").claims)  # (late in its year the sentence may report what is)
    assert late["17,4 tiêu chí/xã"].modality == "actual"


def test_the_country_named_in_the_subject_holds_the_figure_with_a_time_between_them():
    text = ("Tỉnh Nghệ An có 350 xã đạt chuẩn nông thôn mới. Tỷ lệ hộ nghèo của cả nước đến cuối năm 2031 còn 1,93%. "
            "Mục tiêu của cả nước đến năm 2035 là 90% số xã đạt chuẩn.")
    claims = by_text(analyse(text, date="2031-12-20").claims)
    assert claims["350 xã"].place == "Nghệ An"
    assert claims["1,93%"].place == claims["90%"].place == "Việt Nam"


def test_the_country_as_a_yardstick_still_holds_no_figure():
    claims = by_text(analyse("Năm 2031, tỷ lệ hộ nghèo của tỉnh Nghệ An là 2,1%, cao hơn cả nước 0,5%.").claims)
    assert claims["2,1%"].place == "Nghệ An"


def test_a_count_followed_by_who_they_are_is_named_by_them():
    claims = by_text(analyse("Năm 2031, toàn huyện có 120 hộ thoát nghèo, trong đó 80 hộ là đồng bào dân tộc thiểu "
                             "số.").claims)
    assert claims["80 hộ"].subject == "hộ là đồng bào dân tộc thiểu số"


def test_a_count_followed_by_the_names_of_its_places_is_named_by_its_noun_alone():
    claims = by_text(analyse("Năm 2031, huyện có thêm 2 xã đạt chuẩn là xã Đồn Đạc, Thanh Sơn.").claims)
    assert claims["2 xã"].subject == "xã đạt chuẩn"


def test_a_year_said_in_a_later_clause_of_its_own_place_dates_that_clause_only():
    text = ("6 tháng đầu năm 2032, kinh tế huyện tiếp tục phát triển. Toàn huyện có thêm 3 xã được công nhận đạt chuẩn "
            "NTM nâng cao, xã Thọ Vực đạt chuẩn NTM kiểu mẫu năm 2031. Giá trị sản xuất công nghiệp tăng 14,8% so với "
            "cùng kỳ.")
    claims = by_text(analyse(text, date="2032-07-19").claims)
    assert claims["3 xã"].period == claims["14,8%"].period == "2032-01/2032-06"


def test_the_plans_targets_a_place_has_completed_are_a_review_not_a_plan():
    text = ("Tính đến hết tháng 11/2032, tỉnh đã hoàn thành nhiều chỉ tiêu kế hoạch đề ra. Trong đó, tổng thu ngân sách "
            "trên địa bàn là 1.800 tỷ đồng.")
    claims = by_text(analyse(text, date="2032-12-26").claims)
    assert (claims["1.800 tỷ đồng"].modality, claims["1.800 tỷ đồng"].period) == ("actual", "2032-01/2032-11")


def test_a_source_and_a_time_said_before_the_indicator_without_a_comma_are_no_part_of_its_name():
    claims = by_text(analyse("Theo báo cáo phát triển kinh tế 9 tháng năm 2031 giá trị sản xuất ngành nông nghiệp đạt "
                             "2.129 tỷ đồng.", date="2031-10-01").claims)
    assert claims["2.129 tỷ đồng"].subject == "giá trị sản xuất ngành nông nghiệp"


def test_a_record_said_of_the_figure_is_no_part_of_its_name():
    claims = by_text(analyse("Năm 2031, thu nội địa của huyện Hải Hà đạt mức cao nhất từ trước tới nay với trên 222 tỷ "
                             "đồng.").claims)
    assert claims["222 tỷ đồng"].subject == "thu nội địa"


def test_the_year_a_standard_was_reached_is_not_the_time_of_the_figures_after_it():
    text = ("Thủ tướng công nhận huyện Nam Đàn, Duy Tiên đạt chuẩn nông thôn mới năm 2031.\n\nHuyện Nam Đàn có 23/23 xã "
            "(100%) đạt chuẩn nông thôn mới.")
    claims = by_text(analyse(text, date="2032-03-01").claims)
    assert claims["23/23 xã"].period == "2032-03-01"


def test_the_unnamed_territory_of_a_district_is_the_district_last_named_not_a_town_in_it():
    text = ("Đến nay, huyện Tiên Phước có 14/14 xã đạt chuẩn nông thôn mới. Thị trấn Tiên Kỳ được công nhận đạt chuẩn đô "
            "thị văn minh. Hiện nay, thu nhập bình quân đầu người/năm trên địa bàn huyện đạt 58,6 triệu đồng/người.")
    claims = by_text(analyse(text, date="2032-01-05").claims)
    assert claims["58,6 triệu đồng/người"].place == "Tiên Phước"


def test_a_count_after_a_clause_naming_its_holder_is_named_by_its_noun_not_the_clause_before():
    claims = by_text(analyse("Huyện có những cách làm hay, sáng tạo, đến nay huyện Long Điền đã có 5/5 xã được UBND tỉnh "
                             "công nhận đạt chuẩn NTM.", date="2031-11-01").claims)
    assert claims["5/5 xã"].subject == "xã được UBND tỉnh công nhận đạt chuẩn NTM"


def test_the_parts_after_a_total_reached_and_its_plan_are_parts_of_what_was_reached():
    text = ("Tổng nguồn lực huy động đạt 59 tỷ đồng, chỉ tiêu là 17 tỷ đồng (đạt 350%). Trong đó, nguồn lực nhân dân "
            "đóng góp 9,8 tỷ đồng, doanh nghiệp đóng góp 4 tỷ đồng.")
    claims = by_text(analyse(text, date="2031-11-01").claims)
    assert claims["17 tỷ đồng"].modality == "target"
    assert claims["9,8 tỷ đồng"].modality == claims["4 tỷ đồng"].modality == "actual"
