"""Derived figures, computed on read from stored values, never stored: the share of each target reached,
growth against the same period a year earlier, the change in points of a rate, what remains to a target.

`place_table(place)` is what the place page and `chitieu show` print: one row per indicator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models

from chitieu.indicators.models import DataValue, Indicator
from chitieu.periods import Period

RESULT_MODALITIES = (DataValue.Modality.ACTUAL, DataValue.Modality.ESTIMATE)
_HUNDRED = Decimal(100)


@dataclass
class TargetProgress:
    """One target (by its issuer) and how far the result has come towards it."""

    target: DataValue
    percent: Decimal | None  # result ÷ target × 100, for amounts and counts
    remaining: Decimal | None  # target − result, when the result is short of it
    gap_points: Decimal | None  # result − target, for rates

    @property
    def issuer(self):
        return self.target.issuer


@dataclass
class Rollup:
    """The figure of a unit computed from the units directly under it, by the indicator's aggregation."""

    value: Decimal
    parts: int  # units that have a value
    units: int  # units that existed during the period
    missing: list = field(default_factory=list)  # units without a value (their names)

    @property
    def complete(self) -> bool:
        return self.parts == self.units


@dataclass
class IndicatorRow:
    indicator: Indicator
    result: DataValue | None
    targets: list[TargetProgress] = field(default_factory=list)
    expected: list[DataValue] = field(default_factory=list)
    earlier: DataValue | None = None  # the same period a year earlier
    growth_percent: Decimal | None = None  # amounts and counts
    change_points: Decimal | None = None  # rates
    rollup: Rollup | None = None  # the same figure from the units under the place

    @property
    def period(self) -> Period | None:
        value = self.result or (self.targets[0].target if self.targets else None)
        return Period.parse(value.period) if value else None


def _period(value: DataValue) -> Period:
    return Period.parse(value.period)


def percent_of(value: Decimal, base: Decimal) -> Decimal | None:
    if base is None or value is None or base == 0:
        return None
    return value / base * _HUNDRED


def growth(value: Decimal, earlier: Decimal) -> Decimal | None:
    """Relative change in %: 29,577 against 20,64 is +43,3."""
    ratio = percent_of(value, earlier)
    return None if ratio is None else ratio - _HUNDRED


def target_progress(indicator: Indicator, result: DataValue | None, target: DataValue) -> TargetProgress:
    if result is None:
        return TargetProgress(target, None, None, None)
    if indicator.kind == Indicator.Kind.RATE:
        return TargetProgress(target, None, None, result.value - target.value)
    remaining = target.value - result.value if result.value < target.value else None
    return TargetProgress(target, percent_of(result.value, target.value), remaining, None)


def _applies_to(target_period: Period, result_period: Period) -> bool:
    """A target is compared with a result of its own period, or of part of the year it was set for
    (9 months' revenue against the year's estimate)."""
    if target_period == result_period:
        return True
    return (
        target_period.kind == "year"
        and target_period.start <= result_period.start
        and result_period.end <= target_period.end
    )


def _latest(values):
    """The most recent result: the latest end, then the longest span, then actual before estimate."""
    return max(values, key=lambda v: (v.period_end, v.period_end - v.period_start, v.modality == "actual"))


def indicator_row(indicator: Indicator, values: list[DataValue], period: Period | None = None) -> IndicatorRow:
    """The row of one indicator from all its values at one place."""
    results = [v for v in values if v.modality in RESULT_MODALITIES]
    if period is not None:
        results = [v for v in results if _period(v) == period]
    result = _latest(results) if results else None
    anchor = _period(result) if result else period
    targets = [v for v in values if v.modality == DataValue.Modality.TARGET]
    expected = [v for v in values if v.modality == DataValue.Modality.EXPECTED]
    if anchor is None:  # no result: show the latest targets on their own
        latest_end = max((v.period_end for v in targets + expected), default=None)
        anchor = next((_period(v) for v in targets + expected if v.period_end == latest_end), None)
        if anchor is None:
            return IndicatorRow(indicator, None)
    row = IndicatorRow(indicator, result)
    row.targets = [
        target_progress(indicator, result, t)
        for t in sorted(targets, key=lambda t: (t.issuer, t.period_start))
        if _applies_to(_period(t), anchor)
    ]
    row.expected = [v for v in expected if _applies_to(_period(v), anchor)]
    if result is not None:
        earlier_period = str(anchor.same_period_a_year_earlier())
        earlier = [v for v in results_all(values) if v.period == earlier_period]
        if earlier:
            row.earlier = _latest(earlier)
            if indicator.kind == Indicator.Kind.RATE:
                row.change_points = result.value - row.earlier.value
            else:
                row.growth_percent = growth(result.value, row.earlier.value)
    return row


def results_all(values):
    return [v for v in values if v.modality in RESULT_MODALITIES]


def place_table(place, period: Period | str | None = None, on_date=None) -> list[IndicatorRow]:
    """One row per indicator with values at this place, in catalogue order. With `on_date`, as it stood
    then: results of periods ended by that day, targets of periods begun by it."""
    if isinstance(period, str):
        period = Period.parse(period)
    values = DataValue.objects.filter(place=place).select_related("indicator", "updated_by")
    if on_date is not None:
        values = values.filter(
            models.Q(modality__in=RESULT_MODALITIES, period_end__lte=on_date)
            | (~models.Q(modality__in=RESULT_MODALITIES) & models.Q(period_start__lte=on_date))
        )
    by_indicator: dict[int, list[DataValue]] = {}
    for value in values:
        by_indicator.setdefault(value.indicator_id, []).append(value)
    rows = []
    for group in by_indicator.values():
        row = indicator_row(group[0].indicator, group, period)
        if row.result is not None:
            row.rollup = rollup(row.indicator, place, row.result.period, row.result.modality)
        if row.result is not None or row.targets or row.expected:
            rows.append(row)
    rows.sort(key=lambda r: (r.indicator.group, r.indicator.code))
    return rows


def rollup(indicator: Indicator, place, period: Period | str, modality: str = DataValue.Modality.ACTUAL) -> Rollup | None:
    """Sum (or weighted mean, weighted by the indicator's weight in the same period) of the values of the
    units directly under `place` that existed during the period; None where the indicator does not
    aggregate or no unit has a value."""
    if isinstance(period, str):
        period = Period.parse(period)
    if indicator.aggregation == Indicator.Aggregation.NONE:
        return None
    units = [u for u in place.children.all() if u.exists_on(period.start) or u.exists_on(period.end)]
    if not units:
        return None
    values = {
        v.place_id: v.value
        for v in DataValue.objects.filter(indicator=indicator, place__in=units, period=str(period), modality=modality, issuer="")
    }
    if not values:
        return None
    missing = [u.name for u in units if u.pk not in values]
    if indicator.aggregation == Indicator.Aggregation.SUM:
        return Rollup(sum(values.values(), Decimal(0)), len(values), len(units), missing)
    if indicator.weight_id is None:
        return None
    weights = {
        v.place_id: v.value
        for v in DataValue.objects.filter(indicator_id=indicator.weight_id, place_id__in=values, period=str(period),
                                          modality__in=RESULT_MODALITIES, issuer="")
    }
    weighted = [(values[pk], weights[pk]) for pk in values if pk in weights]
    total_weight = sum((w for _v, w in weighted), Decimal(0))
    if not weighted or total_weight == 0:
        return None
    mean = sum((v * w for v, w in weighted), Decimal(0)) / total_weight
    missing += [u.name for u in units if u.pk in values and u.pk not in weights]
    return Rollup(mean, len(weighted), len(units), missing)
