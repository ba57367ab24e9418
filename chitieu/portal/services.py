"""What the public pages show, computed from the places and the sections the other apps contribute.
The views only read the request and render; everything they show is decided here."""

import datetime
import json
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.module_loading import import_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from chitieu.pagecache.services import cached_fragment
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
        if request is not None and not request.user.is_authenticated:
            # What the public sees of a section changes only with public data: cached until it does.
            cached = cached_fragment(dotted_path, [place.pk, on_date], lambda: _render_section(section, place, on_date, request))
            result = json.loads(cached)
        else:
            result = json.loads(_render_section(section, place, on_date, request))
        if not result:
            continue
        anchor = dotted_path.rsplit(".", 1)[-1].replace("_", "-")
        rendered.append({"title": result["title"], "html": mark_safe(result["html"]), "anchor": anchor})
    return rendered


def _render_section(section, place, on_date, request):
    """A section as JSON text ({"title", "html"}, or null when it has nothing to say), the form it is cached in."""
    result = section(place, on_date, request)
    if not result:
        return "null"
    html = render_to_string(result["template"], result.get("context", {}), request=request)
    return json.dumps({"title": str(result["title"]), "html": html})


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


# ---------------------------------------------------------------- public sources and the report check (issue 15)

# A claim a reviewer accepted (as it was or corrected) is public; pending and rejected ones are not.
PUBLIC_CLAIM_STATES = ("accepted", "corrected")
# The report check: what a visitor may send (nothing of it is stored) and how often.
CHECK_MAX_CHARS = 200_000
CHECK_MAX_BYTES = 5 * 1024 * 1024
CHECK_RATE = "10/m"
SOURCE_CONTEXT_CHARS = 1500


def claim_source_page(claim) -> dict:
    """What the public source page of an accepted claim shows."""
    from chitieu.documents.services import format_number
    from chitieu.indicators.display import period_label
    from chitieu.indicators.models import DataValue

    text = claim.document.text
    left = max(0, claim.start - SOURCE_CONTEXT_CHARS)
    right = min(len(text), claim.end + SOURCE_CONTEXT_CHARS)
    # Cut at paragraph ends so the excerpt starts and ends on whole paragraphs where it can.
    if left > 0:
        left = text.find("\n", left, claim.start) + 1 or left
    if right < len(text):
        stop = text.rfind("\n", claim.end, right)
        right = stop if stop != -1 else right
    value = claim.data_value if claim.data_value_id else None
    public_value = value if value is not None and value.state == DataValue.State.APPROVED else None
    return {
        "claim": claim,
        "document": claim.document,
        "before": text[left:claim.start], "quote": text[claim.start:claim.end], "after": text[claim.end:right],
        "cut_before": left > 0, "cut_after": right < len(text),
        "value_text": format_number(claim.value),
        "period_text": period_label(claim.period) if claim.period else claim.period_text,
        "value": public_value,
        "value_text_stored": format_number(public_value.value) if public_value else "",
        "value_period": period_label(public_value.period) if public_value else "",
    }


class CheckError(ValueError):
    """The submitted report could not be read: the reason, for the visitor."""


def check_submitted(data) -> "CheckResult":  # noqa: F821
    """Read the pasted text or the uploaded file (in memory only) and check its figures."""
    from chitieu.documents.readers import UnreadableDocument, normalise_text, read_bytes
    from chitieu.portal.checking import check_text

    upload = data.get("file")
    if upload:
        try:
            text = read_bytes(upload.name, upload.read()).text
        except UnreadableDocument as error:
            raise CheckError(str(error)) from error
    else:
        text = normalise_text(data.get("text") or "")
    if len(text) > CHECK_MAX_CHARS:
        raise CheckError(gettext("Văn bản quá dài: %(n)s ký tự, tối đa %(max)s") % {"n": len(text), "max": CHECK_MAX_CHARS})
    place_name = (data.get("place") or "").strip() or None
    place = None
    if place_name:
        found = find_places(place_name)
        place = found[0] if len(found) == 1 else None
    day = data.get("date")
    return check_text(text, date=day.isoformat() if day else None, place=place_name, place_object=place)
