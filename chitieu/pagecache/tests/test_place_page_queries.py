"""The place page costs the same number of queries however many values, indicators, communes and NTM
assessment dates it shows: no query per row, per commune or per date (the portal's sections, the values'
roll-up from the communes, the NTM roll-up and its trend)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.criteria.services import load_reference_sets, record_assessment
from chitieu.indicators.bulk import bulk_load_values
from chitieu.indicators.models import Indicator
from chitieu.places.models import Place

SET_CODE = "quangninh_commune_2016_2020"


def build(communes, indicators, years, dates, tag):
    """A province, a district with `communes` communes, `indicators` indicators with quarterly results and a
    yearly target for `years` years on every commune, and NTM assessments of every commune on `dates` dates."""
    province = Place.objects.create(level="province", kind="tinh", name=f"Tỉnh {tag}", full_name=f"Tỉnh {tag}")
    district = Place.objects.create(level="district", kind="huyen", name=f"Huyện {tag}", full_name=f"Huyện {tag}",
                                    parent=province)
    units = [Place.objects.create(level="commune", kind="xa", name=f"Xã {tag} {n}", full_name=f"Xã {tag} {n}",
                                  parent=district) for n in range(communes)]
    codes = [Indicator.objects.create(code=f"{tag}-{n}", name_vi=f"Chỉ tiêu {n}", name_en=f"Indicator {n}", unit="ha",
                                      kind="flow", aggregation="sum").pk for n in range(indicators)]
    rows = []
    for indicator in codes:
        for unit in units:
            for year in range(2020, 2020 + years):
                rows.append((indicator, unit.pk, str(year), "target", "UBND huyện", 100))
                for quarter in range(4):
                    rows.append((indicator, unit.pk, f"{year}-{3 * quarter + 1:02d}/{year}-{3 * quarter + 3:02d}",
                                 "actual", "", 20 + quarter))
    bulk_load_values(rows)
    criteria_set = {s.code: s for s in load_reference_sets(log=lambda *a: None)}[SET_CODE]
    for day in [datetime.date(2018 + n, 12, 31) for n in range(dates)]:
        for n, unit in enumerate(units):
            record_assessment(place=unit, criteria_set=criteria_set, assessed_on=day,
                              criteria_met_count=15 + n % 5, indicators_met_count=40 + n % 9)
    return district, units[0]


def queries_of(client, place):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(place.get_absolute_url())
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


@pytest.mark.parametrize("who", ["visitor", "approver_client"])
def test_the_place_page_queries_do_not_grow_with_rows_communes_or_dates(db, who, request, django_assert_max_num_queries):
    client = request.getfixturevalue(who)
    small_district, small_commune = build(communes=2, indicators=1, years=1, dates=1, tag="nho")
    large_district, large_commune = build(communes=9, indicators=4, years=3, dates=3, tag="lon")
    district_queries, _html = queries_of(client, small_district)
    commune_queries, _html = queries_of(client, small_commune)
    with django_assert_max_num_queries(district_queries):
        _count, html = queries_of(client, large_district)
    assert "9 xã" in html or "/9" in html  # the NTM roll-up of the nine communes is on the page
    with django_assert_max_num_queries(commune_queries):
        queries_of(client, large_commune)


def queries_of_url(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


@pytest.mark.parametrize("page", ["/dashboards/{district}/", "/dashboards/{province}/", "/dashboards/",
                                  "/api/v1/values?place={commune}", "/api/v1/places/{district}"])
def test_the_dashboard_and_api_queries_do_not_grow_with_rows_communes_or_dates(db, visitor, page,
                                                                               django_assert_max_num_queries):
    small_district, small_commune = build(communes=2, indicators=1, years=1, dates=1, tag="nho")
    small = queries_of_url(visitor, page.format(district=small_district.pk, province=small_district.parent_id,
                                                commune=small_commune.pk))
    large_district, large_commune = build(communes=9, indicators=4, years=3, dates=3, tag="lon")
    with django_assert_max_num_queries(small):
        queries_of_url(visitor, page.format(district=large_district.pk, province=large_district.parent_id,
                                            commune=large_commune.pk))
