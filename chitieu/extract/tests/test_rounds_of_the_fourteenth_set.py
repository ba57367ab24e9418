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
