"""Derived figures, computed on read from stored values, never stored: the share of each target reached,
growth against the same period a year earlier, the change in points of a rate, what remains to a target.

`place_table(place)` is what the place page and `chitieu show` print: one row per indicator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
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


@lru_cache(maxsize=16384)
def parse_period(text: str) -> Period:
    """Period.parse, remembered: a dashboard reads the same few dozen period strings thousands of times."""
    return Period.parse(text)


def _period(value: DataValue) -> Period:
    return parse_period(value.period)


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


def place_table(place, period: Period | str | None = None, on_date=None, *, drafts: bool = False) -> list[IndicatorRow]:
    """One row per indicator with the public (approved) values of this place, in catalogue order; with
    `drafts`, the values not approved yet too (for staff: each value's `state` says which). With `on_date`, as
    it stood then: results of periods ended by that day, targets of periods begun by it."""
    if isinstance(period, str):
        period = Period.parse(period)
    values = (DataValue.objects.all() if drafts else DataValue.objects.public())
    values = values.filter(place=place).select_related("indicator", "updated_by")
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
        if row.result is not None or row.targets or row.expected:
            rows.append(row)
    set_rollups(place, rows)
    rows.sort(key=lambda r: (r.indicator.group, r.indicator.code))
    return rows


def set_rollups(place, rows) -> None:
    """Set each row's `rollup` (what `rollup` computes for its result) in four queries whatever the number of
    rows: the children once, the sums and weighted means of all rows together, the units that reported."""
    wanted = [r for r in rows if r.result is not None and r.indicator.aggregation != Indicator.Aggregation.NONE]
    if not wanted:
        return
    children = list(place.children.all())
    units_of = {}  # period → the units that existed during it
    for row in wanted:
        if row.result.period not in units_of:
            units_of[row.result.period] = units_during(children, Period.parse(row.result.period))
    unit_ids = {unit.pk for units in units_of.values() for unit in units}
    if not unit_ids:
        return
    found = child_rollups(models.Q(place__in=unit_ids), indicators=[r.indicator for r in wanted], periods=units_of)
    keys = [(r.indicator.pk, r.result.period, r.result.modality) for r in wanted]
    if not any(key in found for key in keys):
        return
    reported = set(
        DataValue.objects.public().filter(
            place__in=unit_ids, indicator__in=[r.indicator for r in wanted], period__in=list(units_of),
            modality__in=RESULT_MODALITIES, issuer="",
        ).values_list("indicator_id", "period", "modality", "place_id")
    )
    for row, key in zip(wanted, keys):
        if key in found:
            value, parts = found[key]
            units = units_of[row.result.period]
            row.rollup = Rollup(value, parts, len(units), [u.name for u in units if (*key, u.pk) not in reported])


def units_during(children, period: Period) -> list:
    """The units among `children` that existed at some time during the period."""
    return [u for u in children if u.exists_on(period.start) or u.exists_on(period.end)]


def child_rollups(children_filter: models.Q, *, indicators=None, periods=None, within: models.Q | None = None) -> dict:
    """{(indicator_id, period, modality): (value, parts)} — the sum, or the weighted mean (weighted by the
    indicator's weight in the same period and unit), of the public results of the units matched by
    `children_filter` (a Q on DataValue, e.g. Q(place__parent=district)). Computed in the database by two
    aggregation queries whatever the number of values; `indicators`, `periods` and `within` (a Q) narrow it."""
    base = DataValue.objects.public().filter(children_filter, modality__in=RESULT_MODALITIES, issuer="")
    if indicators is not None:
        base = base.filter(indicator__in=indicators)
    if periods is not None:
        base = base.filter(period__in=list(periods))
    if within is not None:
        base = base.filter(within)
    found = {}
    sums = (base.filter(indicator__aggregation=Indicator.Aggregation.SUM).order_by()
            .values("indicator_id", "period", "modality").annotate(total=models.Sum("value"), parts=models.Count("id")))
    for row in sums:
        found[(row["indicator_id"], row["period"], row["modality"])] = (_decimal(row["total"]), row["parts"])
    weight = DataValue.objects.public().filter(
        indicator_id=models.OuterRef("indicator__weight_id"), place_id=models.OuterRef("place_id"),
        period=models.OuterRef("period"), modality__in=RESULT_MODALITIES, issuer="",
    ).order_by("modality").values("value")[:1]
    money = models.DecimalField(max_digits=40, decimal_places=12)
    means = (base.filter(indicator__aggregation=Indicator.Aggregation.WEIGHTED_MEAN, indicator__weight__isnull=False)
             .order_by().annotate(weight=models.Subquery(weight, output_field=money)).filter(weight__isnull=False)
             .values("indicator_id", "period", "modality")
             .annotate(weighted=models.Sum(models.ExpressionWrapper(models.F("value") * models.F("weight"), output_field=money)),
                       weights=models.Sum("weight"), parts=models.Count("id")))
    for row in means:
        weights = _decimal(row["weights"])
        if weights:
            found[(row["indicator_id"], row["period"], row["modality"])] = (_decimal(row["weighted"]) / weights, row["parts"])
    return found


def _decimal(number) -> Decimal:
    return number if isinstance(number, Decimal) else Decimal(str(number))


def rollup(indicator: Indicator, place, period: Period | str, modality: str = DataValue.Modality.ACTUAL) -> Rollup | None:
    """Sum (or weighted mean, weighted by the indicator's weight in the same period) of the values of the
    units directly under `place` that existed during the period; None where the indicator does not
    aggregate or no unit has a value."""
    if isinstance(period, str):
        period = Period.parse(period)
    if indicator.aggregation == Indicator.Aggregation.NONE:
        return None
    units = units_during(place.children.all(), period)
    if not units:
        return None
    found = child_rollups(models.Q(place__in=units), indicators=[indicator], periods=[str(period)])
    if (indicator.pk, str(period), modality) not in found:
        return None
    value, parts = found[(indicator.pk, str(period), modality)]
    reporting = set(DataValue.objects.public().filter(indicator=indicator, place__in=units, period=str(period),
                                                      modality=modality, issuer="").values_list("place_id", flat=True))
    return Rollup(value, parts, len(units), [u.name for u in units if u.pk not in reporting])
