"""The round trip: every figure a generated report states is read back by the extractor with its value, unit,
measure, basis, modality, period and place."""

import os

import pytest
from django.conf import settings

from chitieu.reports.content import build_report, report_periods
from chitieu.reports.roundtrip import RoundTrip, demo_reports, round_trip

SEEDS = settings.SHARED_DIR / "corpus" / "dev" / "docs"
# In CI, where the whole suite must finish in 15 minutes, one demo report in three of each place is read back (its
# first period among them); everywhere else, every one. Each report is the same round trip.
EVERY_NTH_REPORT = 3 if os.environ.get("CI") else 1


def _all_reports(places):
    total = RoundTrip()
    for place in places:
        for period in report_periods(place):
            total += round_trip(build_report(place, period))
    return total


def test_every_figure_of_the_reports_of_a_small_world_is_read_back(world):
    total = _all_reports([world.ba_che, world.dap_thanh])
    assert total.figures >= 25
    assert total.misses == [], "\n".join(str(m) for m in total.misses)


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS.is_dir(), reason="the dev corpus (../shared) is not here")
def test_every_figure_of_the_report_of_every_demo_place_and_period_is_read_back(db):
    from chitieu.documents.demo import load_demo_documents
    from chitieu.indicators.demo import load_demo_values
    from chitieu.indicators.services import load_catalogue
    from chitieu.places.services import load_reference_places

    quiet = lambda *args, **kwargs: None  # noqa: E731
    load_reference_places(log=quiet, only_provinces=["22"])
    load_catalogue(log=quiet)
    load_demo_values(log=quiet)  # as `chitieu init --demo` runs them, in its order
    load_demo_documents(log=quiet)
    total, reports = RoundTrip(), 0
    seen = {}  # reports of each place so far
    for place, period in demo_reports():
        seen[place.pk] = seen.get(place.pk, -1) + 1
        if seen[place.pk] % EVERY_NTH_REPORT:
            continue  # (in CI: a place's first period, then one in three)
        total += round_trip(build_report(place, period))
        reports += 1
    assert reports >= 5 and total.figures >= 20
    assert total.misses == [], "\n".join(str(m) for m in total.misses)
