"""What the command and the views call: find the place and period, build the report, write the file."""

from __future__ import annotations

from chitieu.indicators.models import DataValue
from chitieu.periods import Period
from chitieu.reports.content import build_report
from chitieu.reports.writers import FORMATS, file_name, render


class ReportError(ValueError):
    pass


def find_place(text: str, period: Period | None = None):
    """A place by its id, its GSO code or its name (`Ba Chẽ`, `huyện Ba Chẽ`). A name that several units bear
    (the district of 2020 and the commune of 2025) goes to the one that existed in the period and holds approved
    values, when only one does."""
    from chitieu.places.lookup import AmbiguousPlace, PlaceNotFound, resolve_place
    from chitieu.places.models import Place

    text = (text or "").strip()
    if text.isdigit():
        by_code = list(Place.objects.filter(code=text)) or list(Place.objects.filter(pk=int(text)))
        if len(by_code) == 1:
            return by_code[0]
    try:
        return resolve_place(text)
    except PlaceNotFound:
        raise ReportError(f"không tìm thấy địa bàn “{text}”") from None
    except AmbiguousPlace as error:
        candidates = [p for p in error.candidates if period is None or p.exists_on(period.end)]
        with_values = [p for p in candidates if DataValue.objects.public().filter(place=p).exists()]
        if len(with_values) == 1:
            return with_values[0]
        names = "; ".join(f"{p.path_name} (mã {p.code or p.pk})" for p in error.candidates[:6])
        raise ReportError(f"“{text}” ứng với nhiều địa bàn: {names}") from None


def parse_period(text) -> Period:
    try:
        return text if isinstance(text, Period) else Period.parse(str(text))
    except ValueError as error:
        raise ReportError(str(error)) from None


def write_report(place, period, fmt: str = "docx", issued_on=None) -> tuple[str, bytes, object]:
    """(file name, content, report) of the periodic report of `place` for `period` in `fmt`."""
    if fmt not in FORMATS:
        raise ReportError(f"định dạng “{fmt}” không có (có: {', '.join(FORMATS)})")
    period = parse_period(period)
    report = build_report(place, period, issued_on=issued_on)
    return file_name(report, fmt), render(report, fmt), report
