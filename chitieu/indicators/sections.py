"""The indicator section of the place page (settings.CHITIEU_PLACE_SECTIONS)."""

from django.utils.translation import gettext as _

from chitieu.indicators.derived import place_table
from chitieu.indicators.display import row_text


def place_values(place, on_date, request):
    """Latest value, targets and derived figures of each indicator of the place; None when it has none."""
    rows = place_table(place, on_date=on_date)
    if not rows:
        return None
    return {
        "title": _("Chỉ tiêu và kết quả"),
        "template": "indicators/_place_values.html",
        "context": {"place": place, "rows": [(row, row_text(row)) for row in rows], "on_date": on_date},
    }
