import datetime
from decimal import Decimal

import pytest

from chitieu.criteria.boards import commune_board, district_board
from chitieu.criteria.demo import BINH_LIEU_DOC, load_demo_assessments
from chitieu.criteria.models import Assessment, NtmTarget
from chitieu.criteria.tests.conftest import place_named

QUIET = dict(log=lambda *a: None)


@pytest.fixture
def demo(sets, ba_che, binh_lieu):
    pytest.importorskip("chitieu.places.lookup")
    load_demo_assessments(**QUIET)
    return sets


def test_the_demo_matches_what_the_two_articles_report(demo, ba_che, binh_lieu):
    provincial, advanced = demo["quangninh_commune_2016_2020"], demo["quangninh_commune_advanced_2016_2020"]
    day = datetime.date(2020, 11, 16)
    for name in ("Thanh Sơn", "Đồn Đạc"):
        board = commune_board(place_named(name, ba_che), provincial, day)
        assert (board.summary(), board.reaches_standard) == ("20/20 tiêu chí, 53/53 chỉ tiêu", True)
    advanced_counts = [commune_board(place_named(n, ba_che), advanced, day).criteria_met
                       for n in ("Lương Mông", "Minh Cầm", "Đạp Thanh", "Thanh Lâm", "Nam Sơn")]
    assert min(advanced_counts) == 3 and max(advanced_counts) == 7
    hoanh_mo = commune_board(place_named("Hoành Mô", binh_lieu), advanced, datetime.date(2020, 11, 30))
    assert hoanh_mo.summary() == "7/8 tiêu chí, 26/27 chỉ tiêu"
    (summary,) = [s for s in district_board(binh_lieu, datetime.date(2020, 11, 30)).sets if s.criteria_set == provincial]
    assert (summary.average_criteria, round(summary.average_indicators, 1)) == (19, Decimal("50.3"))
    (target,) = district_board(ba_che, day).targets
    assert (target.meeting, target.communes_total, target.reached) == (7, 7, True)


def test_demo_evidence_points_at_the_article_and_the_gold_claim(demo, binh_lieu):
    assessment = Assessment.objects.get(place=place_named("Hoành Mô", binh_lieu), criteria_set__code="quangninh_commune_advanced_2016_2020")
    assert assessment.evidence["doc"] == BINH_LIEU_DOC
    from django.conf import settings

    if (settings.SHARED_DIR / "corpus" / "dev" / "gold").exists():
        assert (assessment.evidence["start"], assessment.evidence["end"]) == (4184, 4196)


def test_loading_the_demo_twice_changes_nothing(demo):
    before = (Assessment.objects.count(), NtmTarget.objects.count())
    load_demo_assessments(**QUIET)
    assert (Assessment.objects.count(), NtmTarget.objects.count()) == before == (2 + 5 * 2 + 6 + 1, 1)
