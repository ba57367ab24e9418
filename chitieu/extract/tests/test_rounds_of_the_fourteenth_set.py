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
