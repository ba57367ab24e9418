"""What the public pages show, computed from the places and the sections the other apps contribute.
The views only read the request and render; everything they show is decided here."""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.module_loading import import_string
from django.utils.translation import gettext

from chitieu.places.lookup import find_places, parse_name
from chitieu.places.models import Place, Succession

logger = logging.getLogger(__name__)

SEARCH_LIMIT = 50
# The units of the seed articles (Quảng Ninh, 2020), shown first on the home page when they are loaded.
FEATURED_COUNT = 8


class InvalidDate(ValueError):
    def __init__(self, text):
        super().__init__(gettext("Ngày không hợp lệ: “%(text)s” (cần dạng NNNN-TT-NN, ví dụ 2020-12-31)") % {"text": text})
        self.text = text


def parse_on_date(text):
    """The `?on=YYYY-MM-DD` of a page, or None when absent; InvalidDate when it is not a date."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise InvalidDate(text) from None


def search_places(query, *, on=None, limit=SEARCH_LIMIT):
    """Units whose name matches the query, diacritic-insensitive ("Ba Che", "huyện Ba Chẽ", "Đạp Thanh, Ba Chẽ");
    when no name matches exactly, the units whose name contains what was typed."""
    query = (query or "").strip()
    if not query:
        return []
    found = find_places(query, on=on)
    if found:
        return found[:limit]
    key = parse_name(query.split(",")[0]).key
    if len(key) < 2:
        return []
    places = Place.objects.select_related("parent__parent").filter(name_folded__contains=key)
    if on is not None:
        places = places.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=on)).filter(Q(valid_to__isnull=True) | Q(valid_to__gte=on))
    # Names that start with the query first, then the higher levels, then the current units.
    ranked = sorted(
        places[: limit * 4],
        key=lambda p: (not p.name_folded.startswith(key), LEVELS.index(p.level), p.valid_to is not None, p.name_folded),
    )
    return ranked[:limit]


LEVELS = [Place.Level.PROVINCE, Place.Level.DISTRICT, Place.Level.COMMUNE]


def featured_places(limit=FEATURED_COUNT):
    """The places with the most stored values, most first: on the demo database, Ba Chẽ and Bình Liêu."""
    from django.db.models import Count

    from chitieu.indicators.models import DataValue

    counts = (DataValue.objects.values("place").annotate(values=Count("id")).order_by("-values", "place")
              .values_list("place", flat=True)[:limit])
    ids = list(counts)
    by_id = Place.objects.select_related("parent").in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def provinces(on=None):
    """(provinces existing on the date — today by default, provinces that no longer exist)."""
    on = on or datetime.date.today()
    all_provinces = Place.objects.filter(level=Place.Level.PROVINCE).order_by("name")
    current = [p for p in all_provinces if p.exists_on(on)]
    former = [p for p in all_provinces if not p.exists_on(on)]
    return current, former


@dataclass
class Change:
    """One date on which a unit changed: what it became (or what it was made from)."""

    date: datetime.date
    legal_basis: str
    units: list = field(default_factory=list)  # [(Place, share)]


def _changes(links, other):
    by_date = {}
    for link in links:
        change = by_date.setdefault(link.date, Change(link.date, link.legal_basis))
        change.units.append((getattr(link, other), link.share))
        if link.legal_basis and not change.legal_basis:
            change.legal_basis = link.legal_basis
    for change in by_date.values():
        change.units.sort(key=lambda item: (LEVELS.index(item[0].level), item[0].name_folded))
    return [by_date[day] for day in sorted(by_date)]


def place_changes(place):
    """(what the unit became, date by date; what it was formed from, date by date) — direct links only,
    so that each line says what the decision said."""
    became = _changes(Succession.objects.filter(predecessor=place).select_related("successor__parent"), "successor")
    formed_from = _changes(Succession.objects.filter(successor=place).select_related("predecessor__parent"), "predecessor")
    return became, formed_from


def children_of(place, on=None):
    """The units directly under `place`: those existing on the date (or all, current ones first, without one)."""
    children = list(place.children.order_by("name"))
    if on is not None:
        return [c for c in children if c.exists_on(on)]
    today = datetime.date.today()
    return sorted(children, key=lambda c: (not c.exists_on(today), LEVELS.index(c.level), c.name_folded))


def place_sections(place, on_date, request):
    """The sections of settings.CHITIEU_PLACE_SECTIONS that have something to say, rendered, in order.
    An app that is not installed (or not written yet) is skipped; so is a section that returns None."""
    rendered = []
    for dotted_path in settings.CHITIEU_PLACE_SECTIONS:
        try:
            section = import_string(dotted_path)
        except ImportError:
            logger.info("place section %s is not available", dotted_path)
            continue
        result = section(place, on_date, request)
        if not result:
            continue
        html = render_to_string(result["template"], result.get("context", {}), request=request)
        anchor = dotted_path.rsplit(".", 1)[-1].replace("_", "-")
        rendered.append({"title": result["title"], "html": html, "anchor": anchor})
    return rendered


def place_page(place, on_date, request):
    """Everything the place page shows."""
    became, formed_from = place_changes(place)
    today = datetime.date.today()
    return {
        "place": place,
        "on_date": on_date,
        "breadcrumb": list(reversed(place.ancestors())),
        "exists_today": place.exists_on(today),
        "became": became,
        "formed_from": formed_from,
        "children": children_of(place, on_date),
        "sections": place_sections(place, on_date, request),
    }
