"""A small world for the report tests: Quảng Ninh, Ba Chẽ and a commune, the real catalogue, and two years of
approved values of several kinds (a budget with two estimates, a flow against a plan, rates, a growth rate,
a stock at a day, an estimate, an expected figure), plus one value still waiting for approval."""

from decimal import Decimal

import pytest

from chitieu.indicators.services import record_value


@pytest.fixture
def places(cycle_places):
    return cycle_places


@pytest.fixture
def world(catalogue, places):
    """(indicator code, place, period, modality, issuer, value, unit, state)"""
    rows = [
        ("budget_revenue", "ba_che", "2020-01/2020-09", "actual", "", "29.577", "tỷ đồng", "approved"),
        ("budget_revenue", "ba_che", "2019-01/2019-09", "actual", "", "20.64", "tỷ đồng", "approved"),
        ("budget_revenue", "ba_che", "2020", "target", "HĐND huyện", "36", "tỷ đồng", "approved"),
        ("budget_revenue", "ba_che", "2020", "target", "UBND tỉnh", "34.23", "tỷ đồng", "approved"),
        ("large_timber_forest", "ba_che", "2020-01/2020-09", "actual", "", "813", "ha", "approved"),
        ("large_timber_forest", "ba_che", "2020", "target", "", "520", "ha", "approved"),
        ("large_timber_forest", "ba_che", "2019-01/2019-09", "actual", "", "900", "ha", "approved"),
        ("poverty_rate", "ba_che", "2020-09", "actual", "", "1.3", "%", "approved"),
        ("poverty_rate", "ba_che", "2019-09", "actual", "", "2.14", "%", "approved"),
        ("public_investment_projects", "ba_che", "2020-09-15", "actual", "", "35", "dự án", "approved"),
        ("economic_growth", "ba_che", "2020-01/2020-09", "estimate", "", "13.58", "%", "approved"),
        ("grain_output", "ba_che", "2020-01/2020-09", "estimate", "", "2500", "tấn", "approved"),
        ("grain_output", "ba_che", "2019-01/2019-09", "actual", "", "2450", "tấn", "approved"),
        ("ntm_communes", "ba_che", "2020", "expected", "", "3", "xã", "approved"),
        ("income_per_capita", "ba_che", "2020-01/2020-09", "actual", "", "42", "triệu đồng/người/năm", "approved"),
        ("tourists", "ba_che", "2020-07/2020-09", "actual", "", "12500", "lượt khách", "approved"),
        ("tourists", "ba_che", "2019-07/2019-09", "actual", "", "15000", "lượt khách", "approved"),
        ("budget_revenue", "dap_thanh", "2020", "actual", "", "1.25", "tỷ đồng", "approved"),
        ("ntm_average_criteria", "dap_thanh", "2020-12", "actual", "", "17", "tiêu chí", "approved"),
        # Not approved: never in a report.
        ("forest_planted", "ba_che", "2020-01/2020-09", "actual", "", "3772", "ha", "submitted"),
    ]
    for code, place, period, modality, issuer, value, unit, state in rows:
        record_value(indicator=catalogue[code], place=getattr(places, place), period=period, modality=modality,
                     issuer=issuer, value=Decimal(value), unit=unit, state=state)
    return places
