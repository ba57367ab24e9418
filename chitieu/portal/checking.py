"""Checking a report's figures, for the public page "Kiểm tra số liệu" and for editors writing an article:
every figure the extractor finds, its structured reading, the arithmetic checks between the figures (the same
checks as `chitieu extract --check`) and, where a figure names a place and period chitieu holds an approved
value for, whether the two agree. Nothing is stored."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from chitieu.formatting import vi_amount


@dataclass
class CheckedFigure:
    index: int
    text: str
    start: int
    end: int
    reading: str  # the structured figure in words
    subject: str
    period: str
    place: str
    modality: str
    stored: object | None = None  # the approved DataValue of the same indicator, place and period
    agrees: bool | None = None  # None: nothing to compare with
    problem: str = ""  # why it could not be compared


@dataclass
class CheckResult:
    text: str
    figures: list[CheckedFigure] = field(default_factory=list)
    flags: list = field(default_factory=list)  # chitieu.extract Flag, with .figures (CheckedFigure) added
    place: str | None = None
    date: str | None = None

    @property
    def compared(self):
        return [f for f in self.figures if f.agrees is not None]


def reading_of(item) -> str:
    """`29,577 tỷ đồng · Thu ngân sách · thực hiện · 2020-01/2020-09 · huyện Ba Chẽ`."""
    place = ", ".join(item.place) if isinstance(item.place, list) else (item.place or "")
    amount = vi_amount(item.value, item.unit or "") or str(item.value)
    if item.value_max is not None:
        amount = f"{amount} – {vi_amount(item.value_max, item.unit or '')}"
    return " · ".join(p for p in (amount, item.subject or "", item.modality, item.basis or "", item.period or "", place) if p)


def _as_claim(item):
    """An unsaved documents.Claim for the linker (which reads claims as the documents app stores them)."""
    from chitieu.documents.models import Claim

    return Claim(
        start=item.start, end=item.end, text=item.text, value=float(item.value), value_max=item.value_max,
        unit=item.unit or "", of=item.of, qualifier=item.qualifier or "", measure=item.measure or "level",
        basis=item.basis or "", modality=item.modality or "actual", subject=item.subject or "",
        place_text=item.place or None, place_level=item.place_level or "", period_text=item.period or "",
    )


def _compare(claim, figure):
    from chitieu.documents.services import stored_value_for, values_agree
    from chitieu.indicators.services import convert_unit

    if claim.link_status != claim.Link.LINKED:
        figure.problem = (claim.link_problems or "").split("\n")[0]
        return
    stored = stored_value_for(claim)
    if stored is None or stored.state != stored.State.APPROVED:
        figure.problem = _("chitieu chưa có số liệu đã duyệt cho chỉ tiêu, địa bàn và kỳ này")
        return
    try:
        value = float(claim.value) * float(convert_unit(stored.indicator, claim.unit))
    except Exception:  # a unit the catalogue cannot convert: compare as written
        value = float(claim.value)
    figure.stored = stored
    figure.agrees = values_agree(value, stored.value)


def check_text(text: str, *, date=None, place=None, place_object=None) -> CheckResult:
    """Every figure of `text` with its reading, the arithmetic flags, and agreement with approved values.
    `date` (ISO) and `place` (a name) tell the extractor what the text is about when the text does not say;
    `place_object` (a Place) is where unqualified figures are linked."""
    from chitieu.documents.mapping import Mapper, apply_link
    from chitieu.extract import analyse

    extraction = analyse(text, date=date, place=place)
    result = CheckResult(text=text, place=extraction.place, date=extraction.date)
    mapper = Mapper()
    document_place = place_object
    if document_place is None and extraction.place:
        found = mapper.finder.find(extraction.place)
        document_place = found[0] if len(found) == 1 else None
    on = _as_date(extraction.date or date)
    for index, item in enumerate(extraction.claims):
        figure = CheckedFigure(
            index=index, text=item.text, start=item.start, end=item.end, reading=reading_of(item),
            subject=item.subject or "", period=item.period or "", modality=item.modality,
            place=", ".join(item.place) if isinstance(item.place, list) else (item.place or ""),
        )
        claim = _as_claim(item)
        apply_link(claim, mapper.link(claim, document_place, on))
        _compare(claim, figure)
        result.figures.append(figure)
    for flag in extraction.flags:
        flag.figures = [result.figures[i] for i in flag.claims if 0 <= i < len(result.figures)]
        result.flags.append(flag)
    return result


def _as_date(value):
    if not value:
        return None
    try:
        text = str(value)
        return datetime.date.fromisoformat(text if len(text) == 10 else f"{text[:7]}-01")
    except ValueError:
        return None
