"""`chitieu init --demo` on a clone without ../shared: the facts of the two 2020 articles with their source, and
invented series marked as such, all approved; a second run changes nothing; accepted claims are not overwritten."""

from decimal import Decimal

import pytest

from chitieu.criteria.tests.conftest import ba_che, binh_lieu, quang_ninh  # noqa: F401  (fixtures)
from chitieu.indicators.demo import load_demo_values, read_demo_file
from chitieu.indicators.models import DataValue
from chitieu.indicators.services import record_value

QUIET = dict(log=lambda *a: None)


@pytest.fixture
def loaded(catalogue, ba_che, binh_lieu, settings):  # noqa: F811
    pytest.importorskip("chitieu.places.lookup")
    settings.SHARED_DIR = "/nonexistent"
    load_demo_values(**QUIET)
    return ba_che


def test_ba_ches_revenue_is_the_articles_figure_with_its_publisher_and_date(loaded):
    value = DataValue.objects.get(indicator__code="budget_revenue", place=loaded, period="2020-01/2020-09")
    assert value.value == Decimal("29577000000")
    assert value.state == DataValue.State.APPROVED and value.source == DataValue.Source.DEMO
    assert value.source_detail["fact"] and value.source_detail["publisher"] == "Báo Quảng Ninh"
    assert value.source_detail["published"] == "2020-11-16"
    assert {"measure": "growth", "basis": "same_period", "value": 43.3} in value.source_detail["stated"]


def test_invented_values_say_they_are_invented_and_reproduce_the_stated_growth(loaded):
    earlier = DataValue.objects.get(indicator__code="budget_revenue", place=loaded, period="2019-01/2019-09")
    assert earlier.source_detail["invented"]
    assert round((Decimal("29577000000") / earlier.value - 1) * 100, 1) == Decimal("43.3")
    invented = DataValue.objects.filter(source_detail__invented=True)
    assert invented.count() > 300 and not invented.exclude(state=DataValue.State.APPROVED).exists()


def test_the_communes_add_up_to_their_district(loaded):
    communes = DataValue.objects.filter(indicator__code="poor_households", place__parent=loaded, period="2020-09")
    district = DataValue.objects.get(indicator__code="poor_households", place=loaded, period="2020-09")
    assert sum(v.value for v in communes) == district.value


def test_loading_twice_changes_nothing(loaded):
    before = {(v.pk, v.value, v.source) for v in DataValue.objects.all()}
    load_demo_values(**QUIET)
    assert {(v.pk, v.value, v.source) for v in DataValue.objects.all()} == before


def test_a_value_accepted_from_a_claim_is_not_overwritten(catalogue, ba_che, settings):  # noqa: F811
    pytest.importorskip("chitieu.places.lookup")
    record_value(indicator=catalogue["budget_revenue"], place=ba_che, period="2020-01/2020-09", modality="actual",
                 value=Decimal("29577000000"), source=DataValue.Source.CLAIM, source_detail={"claim": 1})
    load_demo_values(**QUIET)
    assert DataValue.objects.get(indicator__code="budget_revenue", place=ba_che, period="2020-01/2020-09").source == "claim"


def test_the_demo_file_copies_no_article_text():
    data = read_demo_file()
    for fact in data["facts"]:
        assert set(fact) <= {"source", "place", "indicator", "period", "modality", "value", "issuer", "stated"}
