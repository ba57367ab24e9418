"""The periods of a form's periodicity, their cut-off and due dates. Pure Python over `chitieu.periods`.

Periods are the claim spec's strings, so a report's values share keys with every other source:
month `2020-03`; quarter `2020-04/2020-06`; first six or nine months `2020-01/2020-06`, `2020-01/2020-09`;
year `2020`; cumulative from January to month N `2020-01/2020-N` (`2020-01` for January itself).

Cut-off (NĐ 09/2019/NĐ-CP, Điều 12, "thời gian chốt số liệu"): a monthly report counts from the 15th of the
month before to the 14th of the reporting month; a quarterly one from the 15th of the month before the
quarter to the 14th of its last month; six months from 15 December of the year before to 14 June; a year
from 15 December of the year before to 14 December. The decree leaves the sending deadline to each
reporting regime, so a form says how many days after the cut-off (or after the period's end) it is due.
"""

from __future__ import annotations

from datetime import date, timedelta

from chitieu.periods import Period

CUTOFF_DAY = 14
MONTH, QUARTER, SIX_MONTHS, NINE_MONTHS, YEAR, CUMULATIVE = (
    "month", "quarter", "six_months", "nine_months", "year", "cumulative")
PERIODICITIES = (MONTH, QUARTER, SIX_MONTHS, NINE_MONTHS, YEAR, CUMULATIVE)


def _months(year: int, first: int, last: int) -> Period:
    if first == last:
        return Period.parse(f"{year}-{first:02d}")
    return Period.parse(f"{year}-{first:02d}/{year}-{last:02d}")


def periods_of_year(periodicity: str, year: int) -> list[Period]:
    """Every period of the periodicity in a year, in order."""
    if periodicity == MONTH:
        return [_months(year, m, m) for m in range(1, 13)]
    if periodicity == QUARTER:
        return [_months(year, m, m + 2) for m in (1, 4, 7, 10)]
    if periodicity == SIX_MONTHS:
        return [_months(year, 1, 6)]
    if periodicity == NINE_MONTHS:
        return [_months(year, 1, 9)]
    if periodicity == YEAR:
        return [Period.year(year)]
    if periodicity == CUMULATIVE:
        return [_months(year, 1, m) for m in range(1, 13)]
    raise ValueError(f"unknown periodicity {periodicity!r} (one of: {', '.join(PERIODICITIES)})")


def belongs(periodicity: str, period: Period) -> bool:
    return period in periods_of_year(periodicity, period.end.year)


def previous_period(periodicity: str, period: Period) -> Period | None:
    """The period just before, for the jump warning: the month or quarter before. None where the period
    before is not comparable (a cumulative figure always grows; six, nine months and years recur yearly)."""
    if periodicity not in (MONTH, QUARTER):
        return None
    periods = periods_of_year(periodicity, period.end.year)
    index = periods.index(period)
    return periods[index - 1] if index else periods_of_year(periodicity, period.end.year - 1)[-1]


def cutoff_window(period: Period) -> tuple[date, date]:
    """NĐ 09/2019's span of a periodic report's data: the 15th of the month before the period's first
    month to the 14th of its last month (for a year or a cumulative figure, from 15 December before)."""
    last = date(period.end.year, period.end.month, CUTOFF_DAY)
    first_month = date(period.start.year, period.start.month, 1)
    before = first_month - timedelta(days=1)
    return date(before.year, before.month, CUTOFF_DAY + 1), last


def due_date(period: Period, rule: str, days: int) -> date:
    if rule == "after_end":
        return period.end + timedelta(days=days)
    return cutoff_window(period)[1] + timedelta(days=days)


def current_period(periodicity: str, today: date, rule: str = "after_cutoff", days: int = 0) -> Period:
    """The period a reporter works on today: the earliest one whose due date has not passed and whose data
    have begun (with NĐ 09's cut-off, from the 15th of the month before), among this year's and last year's
    (so in early January it is still December's)."""
    candidates = periods_of_year(periodicity, today.year - 1) + periods_of_year(periodicity, today.year)
    for period in candidates:
        begun = cutoff_window(period)[0] if rule == "after_cutoff" else period.start
        if due_date(period, rule, days) >= today and begun <= today:
            return period
    started = [p for p in candidates if p.start <= today]
    return started[-1] if started else candidates[0]


def recent_periods(periodicity: str, today: date, years: int = 3) -> list[Period]:
    """The periods that have begun by `today`, latest first, over `years` years (for the period picker)."""
    found = []
    for year in range(today.year, today.year - years, -1):
        found.extend(p for p in reversed(periods_of_year(periodicity, year)) if p.start <= today)
    return found
