"""The indicator section of the place page (settings.CHITIEU_PLACE_SECTIONS)."""

from django.utils.translation import gettext as _

from chitieu.indicators.derived import place_table
from chitieu.indicators.display import row_text


def place_values(place, on_date, request):
    """Latest value, targets and derived figures of each indicator of the place; None when it has none."""
    rows = place_table(place, on_date=on_date)
    if not rows:
        return None
    texts = [(row, row_text(row)) for row in rows]
    _cite_decisions([line for _row, text in texts for line in text.targets])
    return {
        "title": _("Chỉ tiêu và kết quả"),
        "template": "indicators/_place_values.html",
        "context": {"place": place, "rows": texts, "on_date": on_date},
    }


def _cite_decisions(lines):
    """Each target's resolution or decision from a portal's documents register, where one is cited (one query;
    nothing without the portal app)."""
    from django.apps import apps

    if not lines or not apps.is_installed("chitieu.cms"):
        return
    from chitieu.cms.services import decisions_of

    found = decisions_of(line.value_pk for line in lines)
    for line in lines:
        line.decision = found.get(line.value_pk)
