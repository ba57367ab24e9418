"""The periods of each periodicity, NĐ 09/2019/NĐ-CP's cut-off of periodic reports, and due dates."""

import datetime

import pytest

from chitieu.periods import Period
from chitieu.reporting import schedule

D = datetime.date


@pytest.mark.parametrize("periodicity, expected", [
    ("month", ["2020-01", "2020-02", "2020-12"]),
    ("quarter", ["2020-01/2020-03", "2020-04/2020-06", "2020-10/2020-12"]),
    ("six_months", ["2020-01/2020-06"]),
    ("nine_months", ["2020-01/2020-09"]),
    ("year", ["2020"]),
    ("cumulative", ["2020-01", "2020-01/2020-02", "2020"]),
])
def test_each_periodicity_has_its_periods_in_the_claim_specs_strings(periodicity, expected):
    periods = [str(p) for p in schedule.periods_of_year(periodicity, 2020)]
    assert periods[:2] == expected[:2] and periods[-1] == expected[-1]


@pytest.mark.parametrize("period, window", [
    ("2020-03", (D(2020, 2, 15), D(2020, 3, 14))),  # a month: the 15th of the month before to the 14th
    ("2020-04/2020-06", (D(2020, 3, 15), D(2020, 6, 14))),  # a quarter
    ("2020-01/2020-06", (D(2019, 12, 15), D(2020, 6, 14))),  # six months
    ("2020", (D(2019, 12, 15), D(2020, 12, 14))),  # a year
    ("2020-01", (D(2019, 12, 15), D(2020, 1, 14))),
])
def test_the_cut_off_follows_decree_09_2019(period, window):
    assert schedule.cutoff_window(Period.parse(period)) == window


def test_a_due_date_counts_days_after_the_cut_off_or_after_the_end():
    march = Period.parse("2020-03")
    assert schedule.due_date(march, "after_cutoff", 3) == D(2020, 3, 17)
    assert schedule.due_date(march, "after_end", 5) == D(2020, 4, 5)


def test_the_period_before_is_comparable_only_for_months_and_quarters():
    assert str(schedule.previous_period("month", Period.parse("2020-01"))) == "2019-12"
    assert str(schedule.previous_period("quarter", Period.parse("2020-04/2020-06"))) == "2020-01/2020-03"
    assert schedule.previous_period("cumulative", Period.parse("2020-01/2020-05")) is None


def test_the_current_period_is_the_first_not_yet_due():
    assert str(schedule.current_period("month", D(2020, 3, 16), "after_cutoff", 3)) == "2020-03"
    assert str(schedule.current_period("month", D(2020, 3, 18), "after_cutoff", 3)) == "2020-04"
    assert str(schedule.current_period("month", D(2021, 1, 2), "after_end", 10)) == "2020-12"
