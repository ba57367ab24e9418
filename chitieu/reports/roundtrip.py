"""The round trip: the extractor reads a generated report back, and every figure the report wrote must come
back with its value, unit, measure, basis, modality, period and place.

The text read is the generated DOCX's own body (its paragraphs, as a reader copying it out would get them),
not the strings the report was built from. A figure is recovered when a claim overlaps its span with the same
unit and a value within 0.5% (the scorer's rule, `shared/eval/score.py`) and every other field agrees.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

FIELDS = ("measure", "basis", "modality", "period", "place")


@dataclass
class Miss:
    figure: object
    sentence: str
    reason: str

    def __str__(self):
        return f"{self.figure.text!r} ({self.reason}) in: {self.sentence}"


@dataclass
class RoundTrip:
    figures: int = 0
    recovered: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return 1.0 if not self.figures else self.recovered / self.figures

    def __iadd__(self, other: "RoundTrip"):
        self.figures += other.figures
        self.recovered += other.recovered
        self.misses += other.misses
        return self


def docx_text(content: bytes) -> str:
    """The body paragraphs of a DOCX, one a line (the header and closing tables and the appendix table aside)."""
    from docx import Document

    return "\n".join(p.text for p in Document(io.BytesIO(content)).paragraphs)


def _agrees(expected, found) -> bool:
    if isinstance(expected, str) and isinstance(found, list):
        return found == [expected]
    return expected == found


def check(report, text: str) -> RoundTrip:
    """Read `text` (the report as a document gives it) with the extractor and compare with the report's figures."""
    from chitieu.extract import analyse

    claims = analyse(text).claims
    result = RoundTrip()
    cursor = 0
    for section in report.sections:
        for sentence in section.sentences:
            at = text.find(sentence.text, cursor)
            for figure in sentence.figures:
                result.figures += 1
                if at < 0:
                    result.misses.append(Miss(figure, sentence.text, "the sentence is not in the document"))
                    continue
                start, end = at + figure.start, at + figure.end
                reason = _compare(figure, start, end, claims)
                if reason is None:
                    result.recovered += 1
                else:
                    result.misses.append(Miss(figure, sentence.text, reason))
            if at >= 0:
                cursor = at + len(sentence.text)
    return result


def _compare(figure, start, end, claims) -> str | None:
    overlapping = [c for c in claims if c.start < end and start < c.end]
    if not overlapping:
        return "no claim read there"
    same = [c for c in overlapping if c.unit == figure.unit and _close(c.value, figure.value)]
    if not same:
        found = ", ".join(f"{c.value:g} {c.unit}" for c in overlapping)
        return f"read as {found}, written {figure.value:g} {figure.unit}"
    claim = same[0]
    wrong = [f"{name} {getattr(claim, name)!r} ≠ {getattr(figure, name)!r}" for name in FIELDS
             if not _agrees(getattr(figure, name), getattr(claim, name))]
    return "; ".join(wrong) or None


def _close(found, expected) -> bool:
    if expected == 0:
        return found == 0
    return abs(found - expected) <= abs(expected) * 0.005


def round_trip(report) -> RoundTrip:
    """Write the report as DOCX, read its text back, and check it."""
    from chitieu.reports.writers import to_docx

    return check(report, docx_text(to_docx(report)))


def demo_reports():
    """Every place with approved values and every period its results are of: the reports of the demo."""
    from chitieu.indicators.models import DataValue
    from chitieu.places.models import Place
    from chitieu.reports.content import report_periods

    place_ids = DataValue.objects.public().values_list("place_id", flat=True).distinct()
    for place in Place.objects.filter(pk__in=place_ids).order_by("pk"):
        for period in report_periods(place):
            yield place, period
