"""The status rule, as the dashboard states it: flows against the share of the year elapsed, stocks and rates
against the year-end target, lower-is-better the other way round."""

from decimal import Decimal

import pytest

from chitieu.dashboards import status
from chitieu.periods import Period

YEAR = Period.parse("2020")
NINE_MONTHS = Period.parse("2020-01/2020-09")


@pytest.fixture
def indicators(catalogue):
    return catalogue


def judge(indicator, result, period, target, target_period=YEAR):
    return status.judge(indicator, Decimal(str(result)), Period.parse(period) if isinstance(period, str) else period,
                        Decimal(str(target)), target_period)


def test_nine_months_of_revenue_are_judged_against_three_quarters_of_the_estimate(indicators):
    verdict = judge(indicators["budget_revenue"], 29.577, NINE_MONTHS, 36)
    assert verdict.code == status.ON_TRACK
    assert round(verdict.expected, 2) == Decimal("26.95")  # 36 × 274/366 days


def test_a_flow_short_of_its_share_by_a_tenth_is_at_risk_and_by_a_fifth_behind(indicators):
    revenue = indicators["budget_revenue"]
    assert judge(revenue, 24.5, NINE_MONTHS, 36).code == status.AT_RISK
    assert judge(revenue, 21, NINE_MONTHS, 36).code == status.BEHIND


def test_a_flow_that_met_the_whole_target_has_reached_it(indicators):
    assert judge(indicators["large_timber_forest"], 813, NINE_MONTHS, 520).code == status.REACHED


def test_a_lower_is_better_rate_below_its_target_has_reached_it_and_above_it_is_judged_in_points(indicators):
    poverty = indicators["poverty_rate"]
    assert judge(poverty, 1.3, "2020-09", 1.5).code == status.REACHED
    assert judge(poverty, 1.8, "2020-09", 1.5).code == status.ON_TRACK  # 0,3 point above
    assert judge(poverty, 2.9, "2020-09", 1.5).code == status.AT_RISK  # 1,4 points
    assert judge(poverty, 5.4, "2020-09", 1.5).code == status.BEHIND


def test_a_target_whose_year_is_over_and_not_met_is_behind(indicators):
    assert judge(indicators["budget_revenue"], 35, YEAR, 36).code == status.BEHIND


def test_an_indicator_without_a_good_direction_gets_no_verdict(indicators):
    assert judge(indicators["consumer_price_index"], 103, YEAR, 104).code == status.NONE


def test_every_status_has_words_and_an_icon_not_only_a_colour():
    for code in (status.BEHIND, status.AT_RISK, status.ON_TRACK, status.REACHED, status.NONE):
        verdict = status.Status(code)
        assert verdict.icon and str(verdict.label)
