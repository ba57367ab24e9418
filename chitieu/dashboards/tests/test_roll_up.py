"""A parent's figure computed from its units in the database, marked computed; a reported total that disagrees
with the sum of its units flagged."""

from decimal import Decimal

from django.urls import reverse

from chitieu.dashboards import services
from chitieu.indicators.services import record_value

from chitieu.criteria.tests.conftest import place_named


def row_of(dashboard, code):
    return next(r for r in dashboard.rows if r.indicator.code == code)


def test_a_districts_figure_not_reported_is_computed_from_its_communes(catalogue, ba_che):
    poor = catalogue["poor_households"]
    for name, count in (("Thanh Sơn", 10), ("Đạp Thanh", 15)):
        record_value(indicator=poor, place=place_named(name, ba_che), period="2020", modality="actual", value=count)
    row = row_of(services.place_dashboard(ba_che), "poor_households")
    assert row.result is None and row.computed_result.value == 25
    assert (row.computed_result.parts, row.computed_result.units) == (2, 8)


def test_a_reported_total_that_is_not_the_sum_of_all_its_units_is_flagged(visitor, catalogue, binh_lieu):
    poor = catalogue["poor_households"]
    units = list(binh_lieu.children.all())
    for unit in units:
        record_value(indicator=poor, place=unit, period="2020", modality="actual", value=10)
    record_value(indicator=poor, place=binh_lieu, period="2020", modality="actual", value=95)
    row = row_of(services.place_dashboard(binh_lieu), "poor_households")
    assert row.rollup.value == 10 * len(units) and row.rollup.disagrees
    html = visitor.get(reverse("dashboards:place", args=[binh_lieu.pk])).content.decode()
    assert "⚠ khác số báo cáo" in html


def test_a_reported_total_equal_to_the_sum_within_rounding_is_not_flagged(catalogue, binh_lieu):
    poor = catalogue["poor_households"]
    for unit in binh_lieu.children.all():
        record_value(indicator=poor, place=unit, period="2020", modality="actual", value=10)
    record_value(indicator=poor, place=binh_lieu, period="2020", modality="actual", value=70)
    assert not row_of(services.place_dashboard(binh_lieu), "poor_households").rollup.disagrees


def test_a_rate_rolls_up_as_the_mean_weighted_by_its_weight(catalogue, binh_lieu):
    households, rate = catalogue["households"], catalogue["poverty_rate"]
    units = list(binh_lieu.children.all())[:2]
    for unit, (count, percent) in zip(units, ((1000, Decimal("2")), (3000, Decimal("6")))):
        record_value(indicator=households, place=unit, period="2020", modality="actual", value=count)
        record_value(indicator=rate, place=unit, period="2020", modality="actual", value=percent)
    row = row_of(services.place_dashboard(binh_lieu), "poverty_rate")
    assert row.computed_result.value == Decimal("5")  # (2 × 1000 + 6 × 3000) / 4000
