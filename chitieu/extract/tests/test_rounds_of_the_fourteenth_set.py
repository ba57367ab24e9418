"""Rules from the fourteenth set of unseen rounds (December 2026). Sentences are invented for these tests (real
articles stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_goal_set_before_the_indicator_and_the_must_before_its_verb_are_not_part_of_its_subject():
    text = ("Năm 2031, tỉnh Bắc Kạn đặt mục tiêu tổng sản phẩm trên địa bàn phải đạt 12.000 tỷ đồng, thu ngân sách phải "
            "đạt 900 tỷ đồng.")
    claims = by_text(analyse(text, date="2031-01-10").claims)
    assert claims["12.000 tỷ đồng"].subject == "tổng sản phẩm trên địa bàn"
    assert claims["12.000 tỷ đồng"].modality == "target"
    assert claims["900 tỷ đồng"].subject == "thu ngân sách"


def test_the_same_period_typed_with_the_tone_of_also_is_the_same_period():
    text = "Tổng mức bán lẻ hàng hóa tháng 2/2031 ước đạt 7.195 tỷ đồng, tăng 17,4% so với cũng kỳ năm trước."
    claims = by_text(analyse(text).claims)
    assert claims["17,4%"].basis == "same_period"
    assert claims["17,4%"].text == "17,4%"


def test_also_hoping_is_read_as_written():
    from chitieu.extract.workcopy import working_copy
    text = "Doanh nghiệp cũng kỳ vọng doanh thu tăng 10% so với cũng kỳ năm 2030."
    assert working_copy(text) == "Doanh nghiệp cũng kỳ vọng doanh thu tăng 10% so với cùng kỳ năm 2030."


def test_a_percent_with_its_bound_before_its_group_is_a_share_of_that_group():
    text = ("Năm 2031, phấn đấu kết nạp 55 đảng viên mới; 90% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ; "
            "100% số xã đạt chuẩn.")
    claims = by_text(analyse(text, date="2030-12-10").claims)
    assert claims["90%"].measure == "share"
    assert claims["90%"].qualifier == "at_least"
    assert claims["90%"].subject == "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"
    assert claims["55 đảng viên"].measure == "level"


def test_rice_cropped_twice_a_year_is_a_kind_of_rice_not_a_count():
    text = ("Năm 2031, xã có 5 chỉ tiêu đạt kế hoạch là diện tích lúa 2 vụ, nuôi trồng thủy sản; xảy ra 2 vụ cháy rừng; "
            "đất chuyên trồng lúa nước 2 vụ còn 120 ha.")
    claims = by_text(analyse(text, date="2031-12-10").claims)
    assert set(claims) == {"5 chỉ tiêu", "2 vụ", "120 ha"}
    assert claims["2 vụ"].subject == "vụ cháy rừng"


def test_what_stands_now_after_an_estimate_is_a_statement_of_its_own():
    text = ("Trong 10 tháng năm 2031, thu ngân sách của xã ước đạt 650 triệu đồng, đạt 80% dự toán năm, hiện có 5 chỉ "
            "tiêu đạt và vượt kế hoạch.")
    claims = by_text(analyse(text, date="2031-10-20").claims)
    assert claims["650 triệu đồng"].modality == claims["80%"].modality == "estimate"
    assert claims["5 chỉ tiêu"].modality == "actual"


def test_a_commune_an_earlier_item_acts_on_is_not_where_the_later_items_hold():
    text = ("Huyện Đất Đỏ tổng kết năm 2030. Năm 2031, huyện phấn đấu xây dựng 6/6 xã đạt chuẩn nông thôn mới nâng cao; "
            "xây dựng xã Long Tân đạt chuẩn nông thôn mới kiểu mẫu; thu ngân sách trên địa bàn 504,983 tỷ đồng.")
    claims = by_text(analyse(text, date="2030-12-15").claims)
    assert claims["504,983 tỷ đồng"].place == "Đất Đỏ"


def test_a_district_that_visits_a_commune_leaves_the_figures_to_the_commune():
    text = ("HĐND huyện Thới Bình giám sát tình hình kinh tế - xã hội tại xã Tân Phú\n"
            "Theo báo cáo của UBND xã, trong 10 tháng đầu năm 2031, tình hình phát triển kinh tế của xã đạt khá. Thu "
            "ngân sách nhà nước ước đạt gần 650 triệu đồng, đạt gần 80% dự toán năm. Về xây dựng nông thôn mới, đến nay "
            "xã đạt 16/19 tiêu chí. Lãnh đạo HĐND huyện ghi nhận kết quả của xã.")
    extraction = analyse(text, date="2031-10-25")
    assert extraction.place == "Tân Phú"
    assert {claim.place for claim in extraction.claims} == {"Tân Phú"}


def test_a_district_s_own_report_that_names_a_commune_stays_the_district_s():
    text = ("UBND huyện Thới Bình tổng kết năm 2031\n"
            "Năm 2031, thu ngân sách của huyện đạt 65 tỷ đồng; xã Tân Phú đạt 16/19 tiêu chí nông thôn mới.")
    assert analyse(text, date="2031-12-25").place == "Thới Bình"


def test_the_first_months_of_the_year_run_to_the_span_the_report_names():
    text = ("Kỳ họp đánh giá kết quả 6 tháng đầu năm và triển khai nhiệm vụ cuối năm 2031.\n"
            "Những tháng đầu năm 2031, tình hình kinh tế của huyện Minh Hóa có chuyển biến tích cực. Trong đó, tổng sản "
            "lượng lương thực đạt gần 8.000 tấn; giá trị sản xuất công nghiệp tăng 3,97%.")
    claims = by_text(analyse(text, date="2031-07").claims)
    assert claims["8.000 tấn"].period == claims["3,97%"].period == "2031-01/2031-06"
