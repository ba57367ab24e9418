"""An NTM board agrees with itself: a district's target is judged on one date over the communes of that date,
and says which date; demonstration assessments say so."""

import datetime

import pytest

from chitieu.criteria.boards import commune_board, communes_grid, district_board
from chitieu.criteria.demo import load_demo_assessments
from chitieu.criteria.tests.conftest import place_named


@pytest.fixture
def demo(sets, ba_che, binh_lieu):
    pytest.importorskip("chitieu.places.lookup")
    load_demo_assessments(log=lambda *a: None)
    return sets


def test_a_past_deadline_target_is_judged_on_its_deadline_over_the_communes_of_then(demo, ba_che):
    (target,) = district_board(ba_che, datetime.date(2025, 6, 30)).targets
    # Lương Mông and Minh Cầm ended in 2024: the 2020 target still counts the seven communes of 2020.
    assert (target.meeting, target.communes_total) == (7, 7)
    assert "ngày 31/12/2020 có 7/7 xã đạt" in target.summary()


def test_the_grid_the_count_and_the_target_describe_the_same_day(demo, ba_che):
    grid = communes_grid(ba_che)
    assert grid["on_date"] == datetime.date(2020, 11, 16)
    assert grid["communes_total"] == len(grid["rows"]) == 7 and grid["meeting"] == 7
    (target,) = grid["targets"]
    assert target.on_date == grid["on_date"] and target.communes_total == grid["communes_total"]


def test_illustrative_and_inferred_assessments_are_marked_as_demonstration(demo, ba_che):
    provincial = demo["quangninh_commune_2016_2020"]
    day = datetime.date(2020, 11, 16)
    assert commune_board(place_named("Lương Mông", ba_che), provincial, day).demonstration
    assert not commune_board(place_named("Thanh Sơn", ba_che), provincial, day).demonstration
