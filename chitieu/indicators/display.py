"""The words of an indicator row, shared by the place page and `chitieu show` so both say the same."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from chitieu.formatting import vi_amount, vi_percent, vi_points
from chitieu.indicators.derived import IndicatorRow
from chitieu.periods import Period


def _language():
    return "en" if (get_language() or "vi").startswith("en") else "vi"


def period_label(period_text: str) -> str:
    period = Period.parse(period_text)
    return period.label_en() if _language() == "en" else period.label_vi()


def amount(value) -> str:
    return vi_amount(value.value, value.unit, language=_language())


@dataclass
class TargetLine:
    label: str  # "Dự toán (HĐND huyện) 2020: 36 tỷ đồng"
    progress: str  # "đạt 82,2%", "còn 6,423 tỷ đồng", "-0,5 điểm %"
    value_pk: int
    decision: object = None  # the register document that set the target (chitieu.cms.services.DecisionCited)


@dataclass
class RowText:
    name: str
    period: str
    result: str
    modality: str
    targets: list[TargetLine]
    expected: list[str]
    growth: str
    rollup: str
    result_pk: int | None
    source: str
    source_url: str
    source_quote: str


def row_text(row: IndicatorRow) -> RowText:
    language = _language()
    result = row.result
    targets = []
    for progress in row.targets:
        target = progress.target
        who = f" ({target.issuer})" if target.issuer else ""
        plan = _("Kế hoạch")
        label = f"{plan}{who} · {period_label(target.period)}: {amount(target)}"
        parts = []
        if progress.percent is not None:
            parts.append(_("đạt %s") % vi_percent(progress.percent, language=language))
        if progress.remaining is not None:
            parts.append(_("còn %s") % vi_amount(progress.remaining, target.unit, language=language))
        if progress.gap_points is not None:
            parts.append(vi_points(progress.gap_points, language=language))
        targets.append(TargetLine(label, "; ".join(parts), target.pk))
    expected_word = _("Dự kiến")
    expected = [f"{expected_word} · {period_label(v.period)}: {amount(v)}" for v in row.expected]
    growth = ""
    if row.growth_percent is not None:
        growth = _("%s so với cùng kỳ") % vi_percent(row.growth_percent, signed=True, language=language)
    elif row.change_points is not None:
        growth = _("%s so với cùng kỳ") % vi_points(row.change_points, language=language)
    return RowText(
        name=row.indicator.name_en if language == "en" else row.indicator.name_vi,
        period=period_label(result.period) if result else "",
        result=amount(result) if result else "",
        modality=result.get_modality_display() if result else "",
        targets=targets, expected=expected, growth=growth, rollup=rollup_text(row),
        result_pk=result.pk if result else None,
        source=source_text(result) if result else "",
        source_url=source_url(result) if result else "",
        source_quote=(result.source_detail or {}).get("sentence", "") if result else "",
    )


def source_text(value) -> str:
    """Where a value came from, in a few words: the document and its sentence, the file and row, or the user."""
    detail = value.source_detail or {}
    if value.source == "claim":
        return detail.get("title") or _("văn bản #%s") % detail.get("document", "?")
    if value.source == "imported":
        row_word = _("dòng")
        return f"{detail.get('file', '?')}, {row_word} {detail.get('row', '?')}"
    if value.source == "entered" and value.updated_by:
        return value.updated_by.get_username()
    return value.get_source_display()


def source_url(value) -> str:
    """The page of the claim a value was accepted from (its sentence highlighted), if any."""
    claim = (value.source_detail or {}).get("claim")
    if value.source != "claim" or not claim:
        return ""
    try:
        return reverse("portal:source", args=[claim])  # public: the sentence, the figure, the value
    except NoReverseMatch:
        return ""


def rollup_text(row: IndicatorRow) -> str:
    """`Cộng các đơn vị trực thuộc: 29,6 tỷ đồng (7/8)`: a check of the place's own figure."""
    if row.rollup is None:
        return ""
    text = _("Cộng các đơn vị trực thuộc") if row.indicator.aggregation == "sum" else _("Bình quân các đơn vị trực thuộc")
    return f"{text}: {vi_amount(row.rollup.value, row.indicator.unit, language=_language())} ({row.rollup.parts}/{row.rollup.units})"


def chart_scale(unit: str, magnitude) -> tuple:
    """(divisor, unit words) to plot values of a canonical unit as a report would write them: VND in tỷ or triệu
    đồng, per-person money in triệu đồng, USD in triệu USD, tonnes in tấn."""
    language = _language()
    column = 1 if language == "en" else 0
    magnitude = abs(magnitude or 0)
    if unit == "VND":
        if magnitude >= 10 ** 9:
            return 10 ** 9, ("tỷ đồng", "billion VND")[column]
        if magnitude >= 10 ** 6:
            return 10 ** 6, ("triệu đồng", "million VND")[column]
        return 1, ("đồng", "VND")[column]
    if unit == "USD" and magnitude >= 10 ** 6:
        return 10 ** 6, ("triệu USD", "million USD")[column]
    if unit.startswith("VND/person/"):
        return 10 ** 6, (f"triệu đồng/người/{'năm' if unit.endswith('year') else 'tháng'}",
                         f"million VND/person/{unit.rsplit('/', 1)[-1]}")[column]
    words = {"tonne": ("tấn", "tonnes")}
    return 1, words.get(unit, (unit, unit))[column]
