"""Rules from the eleventh set of unseen rounds (December 2026). Sentences are invented for these tests (real articles
stay outside the repository)."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_places_area_yield_and_output_keep_their_own_units():
    text = ("Diện tích, năng suất, sản lượng lúa của các huyện lần lượt là: huyện An Lạc 626 ha, 54,55 tạ/ha, 3.415 tấn; "
            "huyện Bình Yên 3.104 ha, 57,85 tạ/ha, 17.958 tấn.")
    claims = by_text(analyse(text, date="2031-06").claims)
    assert claims["54,55 tạ/ha"].unit == "tonne/ha"
    assert claims["3.415 tấn"].unit == "tonne"
    assert claims["17.958 tấn"].unit == "tonne"


def test_amounts_of_named_places_after_a_rate_still_take_the_rate():
    text = "Thu nhập bình quân của An Lạc 2,25 triệu đồng/người/tháng, Bình Yên 2,44 triệu đồng năm 2031."
    claims = by_text(analyse(text, date="2031-12").claims)
    assert claims["2,44 triệu đồng"].unit == "VND/person/month"
