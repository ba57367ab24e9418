"""The NTM section of the place page (settings.CHITIEU_PLACE_SECTIONS)."""

import datetime

from django.utils.translation import gettext as _

from chitieu.criteria import boards
from chitieu.places.models import Place


def place_ntm(place, on_date, request):
    """Criteria grid and missing indicators of a commune, or the district roll-up; None when nothing to show."""
    # A unit that no longer exists is shown as it was on its last day (Ba Chẽ district: 30/06/2025).
    on_date = on_date or min(datetime.date.today(), place.valid_to or datetime.date.max)
    former = former_units(place, on_date)
    if place.level == Place.Level.COMMUNE:
        sets = boards.sets_assessed_for(place, on_date)
        if not sets:
            if not former:
                return None
            return {"title": _("Nông thôn mới"), "template": "criteria/_place_ntm.html",
                    "context": {"place": place, "on_date": on_date, "boards": [], "district": None, "former": former}}
        commune_boards = [boards.commune_board(place, s, on_date) for s in sets]
        for board in commune_boards:
            board.trend = boards.commune_trend(place, board.criteria_set, on_date)
        context = {"place": place, "on_date": on_date, "boards": commune_boards, "district": None, "former": former}
    else:
        district = boards.district_board(place, on_date)
        if not district.sets and not district.own and not district.targets and not former:
            return None
        for summary in district.sets:
            summary.trend = boards.district_trend(place, summary.criteria_set, on_date)
        context = {"place": place, "on_date": on_date, "boards": [], "district": district, "former": former}
    return {"title": _("Nông thôn mới"), "template": "criteria/_place_ntm.html", "context": context}


def former_units(place, on_date):
    """[(former unit, share, [boards])] for the units this one was formed from that were assessed: a commune
    created by a merger shows what its predecessors reached (their assessments stay attached to them)."""
    try:
        from chitieu.places.services import predecessors
    except ImportError:
        return []
    found = []
    for unit, share in predecessors(place, level=place.level):
        if unit.pk == place.pk:
            continue
        unit_boards = [boards.commune_board(unit, s, on_date) for s in boards.sets_assessed_for(unit, on_date)]
        if unit_boards:
            found.append((unit, share, unit_boards))
    return found
