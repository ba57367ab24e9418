"""The dashboard's section of the place page (settings.CHITIEU_PLACE_SECTIONS): what is behind, and the link."""

from django.utils.translation import gettext as _

from chitieu.dashboards.services import place_dashboard


def place_dashboard_link(place, on_date, request):
    dashboard = place_dashboard(place)
    if not dashboard.rows and not dashboard.ntm:
        return None
    return {
        "title": _("Bảng điều hành"),
        "template": "dashboards/_place_section.html",
        "context": {"place": place, "dashboard": dashboard},
    }
