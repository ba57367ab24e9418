"""The report section of the place page (settings.CHITIEU_PLACE_SECTIONS): the periodic report of each period
that has approved results, to download as DOCX, PDF or XLSX."""

from django.utils.translation import gettext as _

from chitieu.reports.content import period_phrase, report_periods

SHOWN = 8


def place_report(place, on_date, request):
    periods = report_periods(place)
    if on_date is not None:
        periods = [p for p in periods if p.end <= on_date]
    if not periods:
        return None
    return {
        "title": _("Báo cáo định kỳ"),
        "template": "reports/_place_reports.html",
        "context": {"place": place, "periods": [(str(p), period_phrase(p)) for p in periods[:SHOWN]],
                    "more": max(0, len(periods) - SHOWN)},
    }
