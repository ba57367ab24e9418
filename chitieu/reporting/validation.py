"""Checks of the values of a report before they are kept: `validate_rows(...)`.

Errors block submission: a number that is not one, a unit the indicator does not take, a rate outside
0–100, a negative count or amount, a part larger than its whole (`Indicator.parent`, "thuộc chỉ tiêu").
Warnings need a comment to be kept: a jump against the previous period or the same period a year earlier
beyond the form's threshold, a value outside the range of the place's history, a stated % of plan that
disagrees with the value and the target. Every message is a Vietnamese sentence that names the row and
says why.

Pure apart from `load_history`, which reads what the checks compare with from the store; tests and the
import path may pass their own `History`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from chitieu.formatting import vi_amount, vi_number, vi_percent
from chitieu.indicators.derived import RESULT_MODALITIES, percent_of
from chitieu.indicators.services import InvalidValue, convert_unit
from chitieu.periods import Period

ERROR, WARNING = "error", "warning"
_HUNDRED = Decimal(100)
_SCALE_WORDS = {"nghìn", "ngàn", "triệu", "tỷ", "tỉ"}


@dataclass
class Thresholds:
    jump_percent: Decimal = Decimal(50)  # |growth| above this against the previous period or last year
    jump_points: Decimal = Decimal(10)  # for rates: change in points
    history_factor: Decimal = Decimal("1.5")  # above max × factor or below min ÷ factor
    history_minimum: int = 3  # earlier values needed before the range means anything
    stated_tolerance: Decimal = Decimal(1)  # points between a stated % and the computed one

    @classmethod
    def of_form(cls, form) -> "Thresholds":
        return cls(Decimal(form.jump_percent), Decimal(form.jump_points), Decimal(form.history_factor))


@dataclass
class RowInput:
    """One row as the clerk (or an import) wrote it."""

    indicator: object  # chitieu.indicators.models.Indicator
    text: str = ""  # "29,577", "29,577 tỷ", "3.772", "1,3"
    unit: str = ""  # the unit chosen beside it ("tỷ đồng"); empty: the indicator's own
    stated_percent: str = ""  # "% đạt kế hoạch" as the report states it, if any
    comment: str = ""  # the explanation that keeps a warning
    label: str = ""  # how the row is named in messages; default "Dòng N (name)"


@dataclass
class Message:
    row: int  # index in the rows given
    code: str
    level: str
    text: str


@dataclass
class History:
    """What the checks compare with, in canonical units: results by (indicator id, period string), the
    earlier values of the same kind of period by indicator, and the targets of the period's year."""

    results: dict = field(default_factory=dict)  # (indicator_id, "2020-03") -> Decimal
    series: dict = field(default_factory=dict)  # indicator_id -> [Decimal, ...]
    targets: dict = field(default_factory=dict)  # indicator_id -> [(label, Decimal), ...]
    parts: dict = field(default_factory=dict)  # indicator_id of a whole -> [Indicator, ...] (its parts)


@dataclass
class RowCheck:
    index: int
    row: RowInput
    value: Decimal | None = None  # canonical
    unit: str = ""  # the unit the value was read in
    messages: list = field(default_factory=list)

    @property
    def errors(self):
        return [m for m in self.messages if m.level == ERROR]

    @property
    def warnings(self):
        return [m for m in self.messages if m.level == WARNING]


@dataclass
class Validation:
    rows: list

    @property
    def messages(self):
        return [m for check in self.rows for m in check.messages]

    @property
    def errors(self):
        return [m for m in self.messages if m.level == ERROR]

    @property
    def warnings(self):
        return [m for m in self.messages if m.level == WARNING]

    def unexplained_warnings(self):
        """Warnings on rows without a comment: these block submission until explained."""
        return [m for check in self.rows for m in check.warnings if not check.row.comment.strip()]

    def blocking(self):
        return self.errors + self.unexplained_warnings()

    @property
    def ok(self) -> bool:
        return not self.blocking()


# ------------------------------------------------------------------------------------------ numbers


def read_number(text: str) -> tuple[Decimal, str]:
    """A number as people write it (`29,577`, `3.772`, `1,3`, `-5`, `29,577 tỷ`) and the unit written after it.
    The store's cell reader takes plain numbers; the extractor's quantity parser splits off a unit."""
    from chitieu.extract.quantities import parse_quantity
    from chitieu.indicators.transfer import parse_cell_number

    text = (text or "").strip()
    try:
        return parse_cell_number(text), ""
    except InvalidValue:
        pass
    quantity = parse_quantity(text) if text else None
    if quantity is None or not quantity.number_text or quantity.value_max is not None \
            or len(quantity.text.strip()) < len(text.rstrip(" .")):
        raise InvalidValue("value", _("“%s” không phải là số (viết như 29,577 hoặc 3.772)") % text if text else _("thiếu giá trị"))
    number = parse_cell_number(quantity.number_text)
    if quantity.sign == "-":
        number = -number
    return number, quantity.unit_text.strip()


def to_canonical(indicator, number: Decimal, unit: str) -> tuple[Decimal, str]:
    """The value in the indicator's canonical unit; a bare scale word (`tỷ`) is money of the indicator's currency."""
    unit = (unit or "").strip()
    try:
        return number * convert_unit(indicator, unit), unit
    except InvalidValue:
        if unit.lower() in _SCALE_WORDS and indicator.unit in ("VND", "USD"):
            spelled = f"{unit} {'đồng' if indicator.unit == 'VND' else 'USD'}"
            return number * convert_unit(indicator, spelled), spelled
        raise


# ------------------------------------------------------------------------------------------ checks


def _name(row: RowInput, index: int) -> str:
    return row.label or _("Dòng %(n)d (%(name)s)") % {"n": index + 1, "name": row.indicator.name_vi}


def _amount(value, indicator) -> str:
    return vi_amount(value, indicator.unit)


def _is_percent(indicator) -> bool:
    return indicator.unit == "%"


def validate_rows(rows: list[RowInput], *, period, previous=None, history: History | None = None,
                  thresholds: Thresholds | None = None, place=None, periodicity: str | None = None,
                  require_all: bool = False) -> Validation:
    """Check the rows of one place and period. `previous`: the period before (for the jump warning);
    `history`: what to compare with (read from the store for `place` when not given)."""
    period = period if isinstance(period, Period) else Period.parse(str(period))
    thresholds = thresholds or Thresholds()
    if history is None:
        history = load_history(place, period, [r.indicator for r in rows], periodicity) if place is not None else History()
    checks = [_read(index, row, require_all) for index, row in enumerate(rows)]
    entered = {c.row.indicator.pk: c.value for c in checks if c.value is not None}
    for check in checks:
        if check.value is None or check.errors:
            continue
        _check_bounds(check)
        _check_part_and_whole(check, checks, entered, history, period)
        if check.errors:
            continue
        _check_jumps(check, history, period, previous, thresholds)
        _check_history_range(check, history, thresholds)
        _check_stated_percent(check, history, thresholds)
    return Validation(checks)


def _read(index: int, row: RowInput, require_all: bool) -> RowCheck:
    check = RowCheck(index, row)
    name = _name(row, index)
    if not (row.text or "").strip():
        if require_all:
            check.messages.append(Message(index, "missing", ERROR, _("%(row)s: chưa nhập số liệu.") % {"row": name}))
        return check
    try:
        number, written_unit = read_number(row.text)
    except InvalidValue as error:
        check.messages.append(Message(index, "number", ERROR, f"{name}: {error.message}."))
        return check
    try:
        check.value, check.unit = to_canonical(row.indicator, number, written_unit or row.unit)
    except InvalidValue as error:
        check.messages.append(Message(index, "unit", ERROR, f"{name}: {error.message}."))
    return check


def _check_bounds(check: RowCheck):
    indicator, value, name = check.row.indicator, check.value, _name(check.row, check.index)
    if indicator.is_bounded_percent:
        if value < 0 or value > _HUNDRED:
            check.messages.append(Message(check.index, "rate_range", ERROR, _(
                "%(row)s: tỷ lệ phải nằm trong khoảng 0–100%%, đã nhập %(value)s.") % {"row": name, "value": vi_percent(value, 2)}))
    elif not _is_percent(indicator) and value < 0:
        check.messages.append(Message(check.index, "negative", ERROR, _(
            "%(row)s: số liệu không thể âm (%(value)s); một số lượng hay số tiền nhỏ nhất là 0.")
            % {"row": name, "value": _amount(value, indicator)}))


def _check_part_and_whole(check, checks, entered, history, period):
    """A part may not exceed its whole, whether the whole is on this report or already stored."""
    indicator, value, name = check.row.indicator, check.value, _name(check.row, check.index)
    key = str(period)
    parent = getattr(indicator, "parent", None)
    if parent is not None and parent.unit == indicator.unit:
        whole = entered.get(parent.pk, history.results.get((parent.pk, key)))
        if whole is not None and value > whole:
            check.messages.append(Message(check.index, "part_whole", ERROR, _(
                "%(row)s: %(value)s lớn hơn “%(whole)s” (%(whole_value)s) mà chỉ tiêu này là một phần của nó.")
                % {"row": name, "value": _amount(value, indicator), "whole": parent.name_vi, "whole_value": _amount(whole, parent)}))
    # The whole against parts stored earlier but not on this report.
    on_report = {c.row.indicator.pk for c in checks}
    for part in _parts_of(indicator, history):
        if part.pk in on_report:
            continue
        stored = history.results.get((part.pk, key))
        if stored is not None and stored > value:
            check.messages.append(Message(check.index, "part_whole", ERROR, _(
                "%(row)s: %(value)s nhỏ hơn phần “%(part)s” đã lưu (%(part_value)s); tổng không thể nhỏ hơn một phần của nó.")
                % {"row": name, "value": _amount(value, indicator), "part": part.name_vi, "part_value": _amount(stored, part)}))


def _parts_of(indicator, history):
    return history.parts.get(indicator.pk, [])


def _change(value: Decimal, earlier: Decimal, indicator) -> tuple[Decimal | None, str]:
    """(size of the change, its words): points for rates, % for the rest."""
    if _is_percent(indicator):
        diff = value - earlier
        return abs(diff), (("+" if diff > 0 else "") + vi_number(diff, 2) + _(" điểm %"))
    ratio = percent_of(value, earlier)
    if ratio is None:
        return None, ""
    change = ratio - _HUNDRED
    return abs(change), vi_percent(change, signed=True)


def _check_jumps(check, history, period, previous, thresholds):
    indicator, value, name = check.row.indicator, check.value, _name(check.row, check.index)
    limit = thresholds.jump_points if _is_percent(indicator) else thresholds.jump_percent
    unit_word = _(" điểm %") if _is_percent(indicator) else "%"
    comparisons = []
    if previous is not None:
        comparisons.append(("jump_previous", _("kỳ trước"), previous))
    comparisons.append(("jump_last_year", _("cùng kỳ năm trước"), period.same_period_a_year_earlier()))
    for code, words, other in comparisons:
        earlier = history.results.get((indicator.pk, str(other)))
        if earlier is None:
            continue
        size, change = _change(value, earlier, indicator)
        if size is not None and size > limit:
            check.messages.append(Message(check.index, code, WARNING, _(
                "%(row)s: thay đổi %(change)s so với %(words)s (%(period)s: %(earlier)s), vượt ngưỡng %(limit)s%(unit)s; "
                "hãy kiểm tra lại hoặc ghi giải trình.") % {
                "row": name, "change": change, "words": words, "period": other.label_vi(),
                "earlier": _amount(earlier, indicator), "limit": vi_number(limit, 2), "unit": unit_word}))


def _check_history_range(check, history, thresholds):
    indicator, value, name = check.row.indicator, check.value, _name(check.row, check.index)
    series = history.series.get(indicator.pk) or []
    if len(series) < thresholds.history_minimum:
        return
    low, high = min(series), max(series)
    factor = thresholds.history_factor
    too_high = value > high * factor if high > 0 else value > high
    too_low = value < low / factor if low > 0 else value < low
    if too_high or too_low:
        check.messages.append(Message(check.index, "history_range", WARNING, _(
            "%(row)s: %(value)s nằm ngoài khoảng số liệu %(count)d kỳ trước của địa bàn (%(low)s – %(high)s); "
            "hãy kiểm tra lại hoặc ghi giải trình.") % {
            "row": name, "value": _amount(value, indicator), "count": len(series),
            "low": _amount(low, indicator), "high": _amount(high, indicator)}))


def _check_stated_percent(check, history, thresholds):
    indicator, value, name = check.row.indicator, check.value, _name(check.row, check.index)
    stated_text = (check.row.stated_percent or "").strip().rstrip("%").strip()
    if not stated_text:
        return
    try:
        stated, _unit = read_number(stated_text)
    except InvalidValue:
        check.messages.append(Message(check.index, "stated_percent", WARNING, _(
            "%(row)s: “%(text)s” ghi ở cột %% đạt kế hoạch không phải là số.") % {"row": name, "text": check.row.stated_percent}))
        return
    targets = history.targets.get(indicator.pk) or []
    computed = [(label, percent_of(value, target)) for label, target in targets]
    computed = [(label, p) for label, p in computed if p is not None]
    if not computed:
        check.messages.append(Message(check.index, "stated_percent", WARNING, _(
            "%(row)s: báo cáo ghi đạt %(stated)s kế hoạch nhưng địa bàn chưa có kế hoạch năm cho chỉ tiêu này để đối chiếu.")
            % {"row": name, "stated": vi_percent(stated)}))
        return
    if any(abs(p - stated) <= thresholds.stated_tolerance for _label, p in computed):
        return
    shown = "; ".join(f"{label}: {vi_percent(p)}" for label, p in computed)
    check.messages.append(Message(check.index, "stated_percent", WARNING, _(
        "%(row)s: báo cáo ghi đạt %(stated)s kế hoạch nhưng số liệu và kế hoạch cho %(computed)s; hãy kiểm tra lại hoặc ghi giải trình.")
        % {"row": name, "stated": vi_percent(stated), "computed": shown}))


# ------------------------------------------------------------------------------------------ history


def load_history(place, period: Period, indicators, periodicity: str | None = None, target_issuers=None) -> History:
    """The place's stored results of these indicators (and their wholes and parts), the same kind of
    period's earlier values, and the targets of the period's year — in two queries."""
    from chitieu.indicators.models import DataValue, Indicator

    indicators = list(indicators)
    ids = {i.pk for i in indicators} | {i.parent_id for i in indicators if i.parent_id}
    parts_by_whole: dict[int, list] = {}
    for part in Indicator.objects.filter(parent_id__in=[i.pk for i in indicators]):
        parts_by_whole.setdefault(part.parent_id, []).append(part)
        ids.add(part.pk)
    history = History(parts=parts_by_whole)
    rows = DataValue.objects.filter(place=place, indicator_id__in=ids, period_end__lte=period.end).values_list(
        "indicator_id", "period", "modality", "issuer", "value", "period_start", "period_end")
    same_kind = _same_kind(period, periodicity)
    for indicator_id, period_text, modality, issuer, value, start, end in rows:
        if modality in RESULT_MODALITIES and not issuer:
            key = (indicator_id, period_text)
            if key not in history.results or modality == DataValue.Modality.ACTUAL:
                history.results[key] = value
            if period_text != str(period) and same_kind(period_text, start, end):
                history.series.setdefault(indicator_id, []).append(value)
    year = str(period.end.year)
    targets = DataValue.objects.filter(place=place, indicator_id__in=ids, modality=DataValue.Modality.TARGET, period=year)
    if target_issuers:
        targets = targets.filter(issuer__in=target_issuers)
    for indicator_id, issuer, value in targets.values_list("indicator_id", "issuer", "value").order_by("issuer"):
        history.targets.setdefault(indicator_id, []).append((issuer or _("Kế hoạch"), value))
    return history


def _same_kind(period: Period, periodicity):
    """Whether a stored period is of the same kind as the reported one (months with months, first nine months
    with first nine months), for the history range."""
    length = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
    starts_in_january = period.start.month == 1

    def same(text, start, end):
        if text == str(period):
            return False
        months = (end.year - start.year) * 12 + end.month - start.month
        if periodicity == "cumulative" or (starts_in_january and length > 0 and periodicity != "quarter"):
            return start.month == 1 and end.month == period.end.month and months == length
        return months == length and start.day == 1 and len(text) == len(str(period))

    return same
