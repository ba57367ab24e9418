"""The data-entry sheet of one form × place × period: what each row shows beside its input.

Rows: the indicator, the value as stored (written back in the unit it reads best in), the unit choices,
the year's targets by issuer, the same period a year earlier, and the derived figures — % of each target
(or the gap in points for a rate), growth against the same period (or the change in points) — computed
by `chitieu.indicators.derived`, exactly as the place page computes them. `entry.js` repeats the same
arithmetic in the browser as the clerk types; a test holds the two to the same answers.

Everything is read in three queries (rows, the place's values, the targets), so a 60-row form with five
years of monthly history answers quickly (benchmarks/entry_speed.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from chitieu.formatting import vi_amount, vi_number, vi_percent, vi_points
from chitieu.indicators.derived import RESULT_MODALITIES, growth, percent_of
from chitieu.indicators.models import DataValue, Indicator
from chitieu.periods import Period
from chitieu.reporting import schedule
from chitieu.reporting.units import UnitChoice, default_choice, unit_choices


@dataclass
class TargetCell:
    label: str  # "Dự toán (HĐND huyện)"
    value: Decimal
    text: str  # "36 tỷ đồng"
    progress: str = ""  # "82,2%" or "-0,50 điểm %"


@dataclass
class SheetRow:
    position: int
    indicator: Indicator
    name: str
    required: bool
    stored: DataValue | None
    text: str  # what the input holds
    unit: UnitChoice
    units: list
    targets: list = field(default_factory=list)
    earlier: Decimal | None = None
    earlier_text: str = ""
    growth_text: str = ""
    comment: str = ""
    stated_percent: str = ""
    messages: list = field(default_factory=list)

    @property
    def is_rate(self) -> bool:
        return self.indicator.kind == Indicator.Kind.RATE

    @property
    def is_percent(self) -> bool:
        return self.indicator.unit == "%"

    @property
    def is_bounded_percent(self) -> bool:
        """A share of a whole: 0–100 (a growth rate or an index is not)."""
        return self.indicator.is_bounded_percent

    @property
    def data_targets(self) -> str:
        return json.dumps([[t.label, str(t.value)] for t in self.targets], ensure_ascii=False)

    @property
    def state(self) -> str:
        return self.stored.state if self.stored else ""


# ------------------------------------------------------------------------------------------ derived figures


def progress_text(indicator, value: Decimal | None, target: Decimal, unit: UnitChoice) -> str:
    """% of the target for amounts and counts; the gap (result − target) for rates: in points for a
    percentage, in the chosen unit otherwise. Mirrors `progressText` in entry.js."""
    if value is None:
        return ""
    if indicator.kind == Indicator.Kind.RATE:
        return gap_text(indicator, value - target, unit)
    percent = percent_of(value, target)
    return vi_percent(percent) if percent is not None else ""


def change_text(indicator, value: Decimal | None, earlier: Decimal | None, unit: UnitChoice) -> str:
    """Growth against the same period a year earlier (%), or the change of a rate. Mirrors `changeText`."""
    if value is None or earlier is None:
        return ""
    if indicator.kind == Indicator.Kind.RATE:
        return gap_text(indicator, value - earlier, unit)
    change = growth(value, earlier)
    return vi_percent(change, signed=True) if change is not None else ""


def gap_text(indicator, difference: Decimal, unit: UnitChoice) -> str:
    if indicator.unit == "%":
        return vi_points(difference)
    sign = "+" if difference > 0 else ""
    return f"{sign}{vi_number(difference / unit.factor, 2)} {unit.label}"


def input_text(value: Decimal | None, unit: UnitChoice) -> str:
    """The stored value written back as the clerk would type it in the chosen unit: `29,577`, `3.772`."""
    if value is None:
        return ""
    return vi_number(value / unit.factor, 6)


def _typed_value(indicator, typed: dict, unit: UnitChoice) -> Decimal | None:
    """What the clerk typed, in the canonical unit, when it reads as a number (for the derived figures)."""
    from chitieu.indicators.services import InvalidValue
    from chitieu.reporting.validation import read_number, to_canonical

    try:
        number, written = read_number(typed.get("text", ""))
        return to_canonical(indicator, number, written or unit.label)[0]
    except InvalidValue:
        return None


# ------------------------------------------------------------------------------------------ the sheet


@dataclass
class Sheet:
    form: object
    place: object
    period: Period
    rows: list
    previous: Period | None
    earlier_period: Period
    due_date: object
    cutoff: tuple
    values: list  # the stored results of the report (DataValue)

    @property
    def states(self) -> set[str]:
        return {v.state for v in self.values}


def build_sheet(form, place, period: Period, posted: dict | None = None, messages=None) -> Sheet:
    """The sheet; `posted` (row position → dict of text, unit, stated_percent, comment) keeps what the clerk
    typed when a save was refused, and `messages` (row position → messages) the reasons."""
    form_rows = list(form.rows.select_related("indicator").order_by("position", "id"))
    indicators = [r.indicator for r in form_rows]
    ids = [i.pk for i in indicators]
    earlier_period = period.same_period_a_year_earlier()
    wanted_periods = [str(period), str(earlier_period)]
    current, earlier = {}, {}
    stored_values = DataValue.objects.filter(
        place=place, indicator_id__in=ids, period__in=wanted_periods, issuer="", modality__in=RESULT_MODALITIES,
    ).only("indicator_id", "place_id", "period", "modality", "issuer", "value", "unit", "state", "state_reason", "note")
    for value in stored_values.order_by("modality"):
        bucket = current if value.period == str(period) else earlier
        # "actual" sorts before "estimate": an actual figure wins over an estimate of the same period.
        bucket.setdefault(value.indicator_id, value)
    declared = list(form.targets.all())
    labels = {t.issuer: f"{t.label} ({t.issuer})" for t in declared}
    targets: dict[int, list[TargetCell]] = {}
    target_rows = DataValue.objects.filter(place=place, indicator_id__in=ids, modality=DataValue.Modality.TARGET,
                                           period=str(period.end.year))
    if declared:
        target_rows = target_rows.filter(issuer__in=list(labels))
    order = {t.issuer: n for n, t in enumerate(declared)}
    rows_of_targets = target_rows.order_by().values_list("indicator_id", "issuer", "value", "unit")
    for indicator_id, issuer, value, unit in sorted(rows_of_targets, key=lambda t: (order.get(t[1], 99), t[1])):
        label = labels.get(issuer) or (f"Kế hoạch ({issuer})" if issuer else "Kế hoạch")
        targets.setdefault(indicator_id, []).append(TargetCell(label, value, vi_amount(value, unit)))
    posted, messages = posted or {}, messages or {}
    rows = []
    for form_row in form_rows:
        indicator = form_row.indicator
        stored = current.get(indicator.pk)
        typed = posted.get(form_row.position)
        units = unit_choices(indicator)
        unit = default_choice(indicator, stored.value if stored else None)
        if typed and typed.get("unit"):
            unit = next((u for u in units if u.label == typed["unit"]), unit)
        row = SheetRow(
            position=form_row.position, indicator=indicator, name=form_row.name, required=form_row.required,
            stored=stored, text=typed["text"] if typed else input_text(stored.value if stored else None, unit),
            unit=unit, units=units, comment=typed["comment"] if typed else (stored.note if stored else ""),
            stated_percent=typed.get("stated_percent", "") if typed else "",
            messages=messages.get(form_row.position, []),
        )
        value = _typed_value(indicator, typed, unit) if typed else (stored.value if stored else None)
        row.targets = [TargetCell(t.label, t.value, t.text, progress_text(indicator, value, t.value, unit))
                       for t in targets.get(indicator.pk, [])]
        before = earlier.get(indicator.pk)
        if before is not None:
            row.earlier, row.earlier_text = before.value, vi_amount(before.value, before.unit)
            row.growth_text = change_text(indicator, value, before.value, unit)
        rows.append(row)
    due = schedule.due_date(period, form.due_rule, form.due_days)
    return Sheet(form, place, period, rows, schedule.previous_period(form.periodicity, period), earlier_period, due,
                 schedule.cutoff_window(period), [r.stored for r in rows if r.stored is not None])
