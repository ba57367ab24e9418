"""The periodic report of a place — "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội 9 tháng
năm 2020" — as plain data, written from the approved values only (`DataValue.objects.public()`).

`build_report(place, period)` returns a `Report`: the header of an administrative document (NĐ 30/2020/NĐ-CP),
one section per field of the catalogue with one sentence per indicator, and the appendix table. Every figure a
sentence states is kept beside it (`Figure`: value, unit, measure, basis, modality, period, place), so that the
round trip can check that the extractor reads each one back. The writers (docx, pdf, xlsx) only lay it out.

Nothing the data does not hold is written: no growth without last year's value of the same period, no
% of plan without a plan, no signer's name.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml

from chitieu.formatting import amount_scale, vi_number
from chitieu.indicators.derived import RESULT_MODALITIES, growth, percent_of
from chitieu.indicators.models import DataValue, Indicator
from chitieu.periods import Period
from chitieu.text import fold

_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_CATALOGUE = Path(__file__).resolve().parent.parent / "indicators" / "data" / "catalogue.yaml"


# ------------------------------------------------------------------------------------------ data


@dataclass
class Figure:
    """One figure written in a sentence, as the claim spec would read it back."""

    text: str  # as written: `29,577 tỷ đồng`, `82,2%`
    value: float  # in the canonical unit, as written (rounded as the text rounds it)
    unit: str
    measure: str  # level, ratio, growth, change
    basis: str | None
    modality: str
    period: str
    place: str  # the bare name (`Ba Chẽ`)
    start: int = 0  # offsets in the sentence, then in the report's narrative text
    end: int = 0


@dataclass
class Sentence:
    text: str
    figures: list[Figure] = field(default_factory=list)
    indicator: str = ""


@dataclass
class Section:
    title: str
    sentences: list[Sentence]


@dataclass
class AppendixRow:
    number: int
    indicator: str
    unit: str
    plan: str  # the plans of the year, one per issuer (`36 (HĐND huyện)`)
    result: str
    percent_of_plan: str
    same_period: str
    growth: str  # % for amounts, points for rates
    # The same figures as numbers in the row's unit, for a spreadsheet (None where the cell is empty).
    numbers: dict = field(default_factory=dict)


@dataclass
class Report:
    place: object
    period: Period
    issued_on: datetime.date
    sections: list[Section]
    appendix: list[AppendixRow]
    values_used: int

    # -- the header of an administrative document (NĐ 30/2020/NĐ-CP, Appendix I)
    national_title = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto = "Độc lập - Tự do - Hạnh phúc"
    kind_title = "BÁO CÁO"

    @property
    def issuing_body(self) -> list[str]:
        """`ỦY BAN NHÂN DÂN` / `HUYỆN BA CHẼ`: the People's Committee of the place, in capitals."""
        return ["ỦY BAN NHÂN DÂN", self.place.full_name.upper()]

    @property
    def superior_body(self) -> str:
        """The body directly above, where there is one (`UBND TỈNH QUẢNG NINH` above a district)."""
        return ""

    @property
    def number_symbol(self) -> str:
        # The number is given by the records office when the report is registered: left blank to be filled in.
        return "Số:" + "\u00a0" * 8 + "/BC-UBND"

    @property
    def place_and_date(self) -> str:
        day = self.issued_on
        # NĐ 30/2020: days below 10 and the months January and February are written with a leading zero.
        day_text = f"{day.day:02d}"
        month_text = f"{day.month:02d}" if day.month <= 2 else str(day.month)
        return f"{self.place.name}, ngày {day_text} tháng {month_text} năm {day.year}"

    @property
    def subject(self) -> str:
        return f"Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội {period_phrase(self.period)}"

    @property
    def introduction(self) -> str:
        return (f"Ủy ban nhân dân {place_phrase(self.place)} báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - "
                f"xã hội {period_phrase(self.period)} như sau:")

    @property
    def recipients(self) -> list[str]:
        lines = []
        parent = self.place.parent
        if parent is not None:
            lines.append(f"- UBND {parent.full_name[0].lower()}{parent.full_name[1:]} (b/c);")
        lines.append(f"- TT HĐND {place_phrase(self.place)} (b/c);")
        lines.append("- Lưu: VT.")
        return lines

    signature_role = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]

    @property
    def appendix_title(self) -> str:
        return f"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU {period_phrase(self.period).upper()}"

    @property
    def appendix_note(self) -> str:
        return f"(Kèm theo Báo cáo số{chr(0xa0) * 8}/BC-UBND của UBND {place_phrase(self.place)})"

    appendix_headers = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện", "% so với kế hoạch",
                        "Cùng kỳ năm trước", "Tăng, giảm so với cùng kỳ"]

    def narrative(self) -> tuple[str, list[Figure]]:
        """The text of the body as the documents lay it out (title, introduction, headings, sentences, one a
        paragraph) and every figure with its offsets in that text."""
        parts, figures, offset = [], [], 0

        def add(text, sentence=None):
            nonlocal offset
            if sentence is not None:
                for figure in sentence.figures:
                    figures.append(Figure(**{**figure.__dict__, "start": offset + figure.start, "end": offset + figure.end}))
            parts.append(text)
            offset += len(text) + 1

        add(self.kind_title)
        add(self.subject)
        add(self.introduction)
        for section_title, sentences in self.numbered_sections():
            add(section_title)
            for sentence in sentences:
                add(sentence.text, sentence)
        return "\n".join(parts), figures

    def numbered_sections(self):
        return [(f"{_ROMAN[i]}. {section.title.upper()}", section.sentences) for i, section in enumerate(self.sections)]


# ------------------------------------------------------------------------------------------ phrases


def place_phrase(place) -> str:
    """`huyện Ba Chẽ`, `xã Hoành Mô`: the full name with its prefix in lower case, as a sentence writes it."""
    return place.full_name[0].lower() + place.full_name[1:]


def period_phrase(period: Period) -> str:
    """The period as a report's title and sentences write it, in a form the extractor reads back."""
    s, e = period.start, period.end
    if period.kind == "year":
        return f"năm {s.year}"
    if period.kind == "month":
        return f"tháng {s.month}/{s.year}"
    if period.kind == "day":
        return f"tính đến ngày {s.day}/{s.month}/{s.year}"
    if period.kind == "years":
        return f"giai đoạn {s.year}-{e.year}"
    if period.is_quarter:
        return f"quý {period.quarter_numeral}/{s.year}"
    if period.kind == "months" and period.is_year_to_date:
        return f"6 tháng đầu năm {s.year}" if e.month == 6 else f"{e.month} tháng năm {s.year}"
    if period.kind == "to_date" and period.is_year_to_date:
        return f"tính đến ngày {e.day}/{e.month}/{e.year}"  # a flow runs from January to D (spec: Periods)
    if period.kind == "to_date":
        return f"từ tháng {s.month}/{s.year} đến ngày {e.day}/{e.month}/{e.year}"
    return f"từ tháng {s.month}/{s.year} đến tháng {e.month}/{e.year}"


def _round(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)


def written_amount(value: Decimal, unit: str, scale_of=None) -> tuple[str, float]:
    """(`29,577 tỷ đồng`, 29577000000.0): the text and the value it states, in the canonical unit."""
    if unit == "%":
        rounded = _round(value, 2)
        return f"{vi_number(rounded, 2)}%", float(rounded)
    divisor, decimals, word = amount_scale(scale_of if scale_of is not None else value, unit)
    rounded = _round(value / divisor, decimals)
    return f"{vi_number(rounded, decimals)} {word}".rstrip(), float(rounded * divisor)


def _percent(value: Decimal) -> tuple[str, float]:
    rounded = _round(value, 1)
    return f"{vi_number(rounded, 1)}%", float(rounded)


def is_growth_rate(indicator: Indicator) -> bool:
    """An indicator that is itself a growth rate (tốc độ tăng trưởng, mức tăng CPI): the claim spec reads its
    value as a growth against the same period. The same rule as the claim linker's."""
    return indicator.unit == "%" and "tang" in fold(indicator.name_vi).split()


def target_word(indicator: Indicator) -> tuple[str, str]:
    """(`dự toán`, basis `estimate`) for budget figures, (`kế hoạch`, `plan`) for the others."""
    if indicator.code.startswith("budget_"):
        return "dự toán", "estimate"
    return "kế hoạch", "plan"


def _issuer_words(issuer: str) -> str:
    """`dự toán HĐND huyện giao`: the issuer who set the target, as a report names it."""
    return f" {issuer} giao" if issuer else " năm"


# ------------------------------------------------------------------------------------------ sentences


class _Writer:
    """Builds one sentence, keeping the offsets of the figures it writes."""

    def __init__(self):
        self.text = ""
        self.figures: list[Figure] = []

    def words(self, text: str):
        self.text += text

    def figure(self, text: str, **claim):
        start = len(self.text)
        self.text += text
        self.figures.append(Figure(text=text, start=start, end=len(self.text), **claim))


def result_sentence(indicator: Indicator, result: DataValue, targets: list[DataValue], earlier: DataValue | None,
                    place) -> Sentence:
    """`Thu ngân sách nhà nước trên địa bàn huyện Ba Chẽ 9 tháng năm 2020 đạt 29,577 tỷ đồng, bằng 82,2% dự toán
    HĐND huyện giao (36 tỷ đồng), tăng 43,3% so với cùng kỳ.`"""
    period = Period.parse(result.period)
    claim = {"modality": result.modality, "period": str(period), "place": place.name}
    w = _Writer()
    name = indicator.name_vi
    joiner = " " if fold(name).endswith("tren dia ban") else " của "
    w.words(f"{name}{joiner}{place_phrase(place)} {period_phrase(period)} ")
    estimate = result.modality == DataValue.Modality.ESTIMATE
    rate = indicator.kind == Indicator.Kind.RATE or indicator.unit == "%"
    verb = "ước đạt" if estimate else ("là" if rate and not is_growth_rate(indicator) else "đạt")
    w.words(f"{verb} ")
    text, stated = written_amount(result.value, indicator.unit)
    if is_growth_rate(indicator):
        w.figure(text, value=stated, unit=indicator.unit, measure="growth", basis="same_period", **claim)
    else:
        w.figure(text, value=stated, unit=indicator.unit, measure="level", basis=None, **claim)
    word, basis = target_word(indicator)
    for target in targets:
        if indicator.unit == "%":
            continue  # a rate against its plan is a change in points: the appendix shows both figures
        ratio = percent_of(result.value, target.value)
        if ratio is None:
            continue
        w.words(", bằng ")
        ratio_text, ratio_value = _percent(ratio)
        w.figure(ratio_text, value=ratio_value, unit="%", measure="ratio", basis=basis, **claim)
        w.words(f" {word}{_issuer_words(target.issuer)} (")
        target_text, target_value = written_amount(target.value, indicator.unit)
        w.figure(target_text, value=target_value, unit=indicator.unit, measure="level", basis=None,
                 modality="target", period=target.period, place=place.name)
        w.words(")")
    if earlier is not None:
        if indicator.unit == "%":
            change = _round(result.value - earlier.value, 2)
            if change:
                w.words(", tăng " if change > 0 else ", giảm ")  # "tăng 0,48 điểm phần trăm": points, a change
                w.figure(f"{vi_number(abs(change), 2)} điểm phần trăm", value=float(change), unit="%",
                         measure="change", basis="same_period", **claim)
                w.words(" so với cùng kỳ")
            else:
                w.words(", bằng cùng kỳ")
        else:
            rise = growth(result.value, earlier.value)
            if rise is not None:
                rounded = _round(rise, 1)
                if rounded:
                    w.words(", tăng " if rounded > 0 else ", giảm ")
                    w.figure(f"{vi_number(abs(rounded), 1)}%", value=float(rounded), unit="%", measure="growth",
                             basis="same_period", **claim)
                    w.words(" so với cùng kỳ")
                else:
                    w.words(", bằng cùng kỳ")
    w.words(".")
    return Sentence(w.text[0].upper() + w.text[1:], w.figures, indicator.code)


def expected_sentence(indicator: Indicator, value: DataValue, place) -> Sentence:
    """`Số xã đạt chuẩn nông thôn mới của huyện Bình Liêu năm 2020 dự kiến đạt 3 xã.`"""
    period = Period.parse(value.period)
    w = _Writer()
    joiner = " " if fold(indicator.name_vi).endswith("tren dia ban") else " của "
    w.words(f"{indicator.name_vi}{joiner}{place_phrase(place)} {period_phrase(period)} dự kiến đạt ")
    text, stated = written_amount(value.value, indicator.unit)
    measure, basis = ("growth", "same_period") if is_growth_rate(indicator) else ("level", None)
    w.figure(text, value=stated, unit=indicator.unit, measure=measure, basis=basis, modality="expected",
             period=str(period), place=place.name)
    w.words(".")
    return Sentence(w.text, w.figures, indicator.code)


# ------------------------------------------------------------------------------------------ the report


def field_order() -> list[str]:
    """The fields (groups) of the catalogue in its order: economy, budget, investment, … NTM."""
    data = yaml.safe_load(_CATALOGUE.read_text(encoding="utf-8"))
    return list(data.get("groups", {}).values())


def _in_report(value: DataValue, indicator: Indicator, period: Period) -> bool:
    """A result belongs to the report of `period` when it is of that period, or — for a stock or a rate —
    a figure at a day or month within the period's last month (poor households at 30 September in the
    9 months' report)."""
    if value.period == str(period):
        return True
    if indicator.kind == Indicator.Kind.FLOW or value.modality not in RESULT_MODALITIES:
        return False
    own = Period.parse(value.period)
    return own.kind in ("day", "month") and period.start <= own.start and own.end <= period.end \
        and own.end.month == period.end.month and own.end.year == period.end.year


def _applies_to(target: DataValue, period: Period) -> bool:
    own = Period.parse(target.period)
    return own == period or (own.kind == "year" and own.start <= period.start and period.end <= own.end)


def build_report(place, period: Period | str, issued_on: datetime.date | None = None) -> Report:
    period = period if isinstance(period, Period) else Period.parse(period)
    earlier_period = period.same_period_a_year_earlier()
    values = list(
        DataValue.objects.public().filter(place=place).select_related("indicator")
        .filter(period_start__gte=earlier_period.start.replace(month=1, day=1), period_end__lte=period.end.replace(month=12, day=31))
    )
    by_indicator: dict[int, list[DataValue]] = {}
    for value in values:
        by_indicator.setdefault(value.indicator_id, []).append(value)
    order = {name: i for i, name in enumerate(field_order())}
    sections: dict[str, list[Sentence]] = {}
    rows = []
    used = 0
    for group in sorted(by_indicator.values(), key=lambda g: (order.get(g[0].indicator.group, 99), g[0].indicator.code)):
        indicator = group[0].indicator
        results = [v for v in group if v.modality in RESULT_MODALITIES and _in_report(v, indicator, period)]
        # The latest figure; of one period, the actual before the estimate.
        result = max(results, key=lambda v: (v.period_end, v.modality == "actual"), default=None)
        targets = sorted((v for v in group if v.modality == DataValue.Modality.TARGET and _applies_to(v, period)),
                         key=lambda v: (v.issuer, v.period))
        expected = [v for v in group if v.modality == DataValue.Modality.EXPECTED and _applies_to(v, period)]
        earlier = None
        if result is not None:
            earlier_text = str(Period.parse(result.period).same_period_a_year_earlier())
            earlier = max((v for v in group if v.modality in RESULT_MODALITIES and v.period == earlier_text),
                          key=lambda v: v.modality == "actual", default=None)
        if result is None and not targets and not expected:
            continue
        sentences = sections.setdefault(indicator.group or "Khác", [])
        if result is not None:
            sentences.append(result_sentence(indicator, result, targets, earlier, place))
            used += 1 + len(targets) + (earlier is not None)
        for value in expected:
            sentences.append(expected_sentence(indicator, value, place))
            used += 1
        rows.append(_appendix_row(len(rows) + 1, indicator, result, targets, earlier, expected))
    report_sections = [Section(title, sentences) for title, sentences in sections.items() if sentences]
    return Report(place, period, issued_on or datetime.date.today(), report_sections, rows, used)


def _appendix_row(number, indicator, result, targets, earlier, expected=()) -> AppendixRow:
    reference = result.value if result is not None else (
        targets[0].value if targets else expected[0].value if expected else Decimal(0))
    divisor, decimals, word = amount_scale(reference, indicator.unit)

    def cell(value):
        return "" if value is None else vi_number(_round(value.value / divisor, decimals), decimals)

    many = len(targets) > 1
    plan = "\n".join(cell(t) + (f" ({t.issuer})" if many and t.issuer else "") for t in targets)
    percent, change = [], ""
    for target in targets:
        if result is None or indicator.unit == "%":
            continue
        ratio = percent_of(result.value, target.value)
        if ratio is not None:
            percent.append(vi_number(_round(ratio, 1), 1) + (f" ({target.issuer})" if many and target.issuer else ""))
    if result is not None and earlier is not None:
        if indicator.unit == "%":
            points = _round(result.value - earlier.value, 2)
            change = ("+" if points > 0 else "") + vi_number(points, 2) + " điểm %"
        else:
            rise = growth(result.value, earlier.value)
            if rise is not None:
                rounded = _round(rise, 1)
                change = ("+" if rounded > 0 else "") + vi_number(rounded, 1) + "%"
    unit = "%" if indicator.unit == "%" else word

    def as_number(value):
        return None if value is None else float(_round(value.value / divisor, decimals))

    numbers = {"plan": as_number(targets[0]) if len(targets) == 1 else None, "result": as_number(result),
               "same_period": as_number(earlier)}
    shown = cell(result) if result is not None else "\n".join(f"{cell(v)} (dự kiến)" for v in expected)
    return AppendixRow(number, indicator.name_vi, unit, plan, shown, "\n".join(percent), cell(earlier), change,
                       numbers)


def report_periods(place) -> list[Period]:
    """The periods a report of `place` can be written for: those of its approved results, latest first."""
    texts = set(
        DataValue.objects.public().filter(place=place, modality__in=RESULT_MODALITIES)
        .values_list("period", flat=True).distinct()
    )
    return sorted((Period.parse(t) for t in texts), reverse=True)
