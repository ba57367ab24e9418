"""Finding administrative units by the names people write: `Ba Chẽ`, `huyện Ba Chẽ`, `Dap Thanh`, `TT Bình Liêu`,
`TP. Hạ Long`, `xã Đạp Thanh, huyện Ba Chẽ` — diacritic-insensitive, narrowed by parent, date and level.

An ambiguous name gives every candidate, never a guess. Two conventions narrow the candidates:
- a unit's own name beats another unit's alias (an old or alternative name): aliases are tried only when
  no unit bears the name;
- a name written with its diacritics keeps the units spelt exactly so when there are any: "Tân Thành" is not
  "Tân Thạnh" (both fold to "tan thanh"), while "Tan Thanh" finds both;
- a bare name (no kind word) that fits both a unit and a unit inside it means the larger one: "Ba Chẽ" in
  2020 is the district, not its township (write "thị trấn Ba Chẽ" for that).
"""

import datetime
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from django.db.models import Q
from django.utils.translation import gettext as _

from chitieu.places.models import Place, PlaceAlias
from chitieu.text import fold, modern_tones, nfc

PREFIXES_FILE = Path(__file__).resolve().parent / "data" / "prefixes.yaml"


class PlaceNotFound(LookupError):
    def __init__(self, name, **filters):
        self.name = name
        self.filters = {k: v for k, v in filters.items() if v is not None}
        detail = _describe_filters(self.filters)
        super().__init__(_("Không tìm thấy đơn vị hành chính “%(name)s”%(detail)s") % {"name": name, "detail": detail})


class AmbiguousPlace(LookupError):
    def __init__(self, name, candidates, **filters):
        self.name = name
        self.candidates = list(candidates)
        self.filters = {k: v for k, v in filters.items() if v is not None}
        listed = "; ".join(f"{p.path_name} ({p.validity_label})" for p in self.candidates)
        super().__init__(
            _("“%(name)s”%(detail)s có thể là %(count)d đơn vị: %(listed)s")
            % {"name": name, "detail": _describe_filters(self.filters), "count": len(self.candidates), "listed": listed}
        )


def _describe_filters(filters):
    parts = []
    if "parent" in filters:
        parts.append(_("thuộc %s") % filters["parent"])
    if "on" in filters:
        parts.append(_("ngày %s") % f"{filters['on']:%d/%m/%Y}")
    if "level" in filters:
        parts.append(str(Place.Level(filters["level"]).label))
    return f" ({', '.join(parts)})" if parts else ""


@dataclass(frozen=True)
class ParsedName:
    key: str  # folded name without the kind word
    exact: str  # the same, lower case but with its diacritics (modern tone placement)
    whole: str  # folded name as written
    kinds: frozenset | None  # kinds named by the kind word, None when there was none


@functools.cache
def _prefix_table():
    """(folded prefix, kinds), longest first."""
    table = yaml.safe_load(PREFIXES_FILE.read_text(encoding="utf-8"))["prefixes"]
    rows = [(fold(word), frozenset(entry["kinds"])) for entry in table for word in entry["words"]]
    return sorted(rows, key=lambda row: len(row[0]), reverse=True)


def parse_name(name: str) -> ParsedName:
    written = re.sub(r"\s+", " ", modern_tones(nfc(name)).lower()).strip(" .,;:")
    whole = fold(written)
    for prefix, kinds in _prefix_table():
        if not whole.startswith(prefix):
            continue
        rest = whole[len(prefix) :]
        # "TP Hạ Long", "TP.Hạ Long", "H. Ba Chẽ": a kind word ends at a space or a dot.
        if prefix.endswith(".") or rest[:1] in (" ", "."):
            rest = re.sub(r"\s+", " ", rest.lstrip(" .")).strip()
            if rest:
                # fold() keeps the length of a lower-case NFC string except for spaces and dots collapsed here
                exact = re.sub(r"\s+", " ", written[len(prefix) :].lstrip(" .")).strip()
                return ParsedName(rest, exact if fold(exact) == rest else rest, whole, kinds)
    return ParsedName(whole, written, whole, None)


def _compact(text):
    return "".join(ch for ch in text if ch.isalnum())


def _ancestor_q(ids):
    return Q(parent_id__in=ids) | Q(parent__parent_id__in=ids) | Q(parent__parent__parent_id__in=ids)


def find_places(name, *, parent=None, on: datetime.date | None = None, level: str | None = None) -> list[Place]:
    """Every unit the name can mean, given the parent (a Place or a name, at any level above), the date the
    unit must exist on and its level. `name` may carry its parents after commas: "Đạp Thanh, Ba Chẽ"."""
    name = nfc(str(name)).strip()
    if "," in name:
        head, tail = name.split(",", 1)
        if tail.strip():
            within = find_places(tail.strip(), on=None)
            if not within:
                return []
            places = find_places(head, parent=parent, on=on, level=level)
            ids = {p.id for p in within}
            return [p for p in places if ids & {a.id for a in p.ancestors()}]
        name = head
    parsed = parse_name(name)
    if not parsed.key:
        return []

    scope = Q()
    if on is not None:
        scope &= (Q(valid_from__isnull=True) | Q(valid_from__lte=on)) & (Q(valid_to__isnull=True) | Q(valid_to__gte=on))
    if level is not None:
        scope &= Q(level=level)
    if parent is not None:
        if isinstance(parent, Place):
            parent_ids = [parent.id]
        else:
            parent_ids = [p.id for p in find_places(parent)]
            if not parent_ids:
                return []
        scope &= _ancestor_q(parent_ids)

    places = Place.objects.select_related("parent__parent").filter(scope)
    attempts = []
    if parsed.kinds is not None:
        attempts.append(Q(name_folded=parsed.key, kind__in=parsed.kinds))
        attempts.append(Q(name_folded=parsed.whole))  # a name that starts with a kind word ("Phường 1")
    else:
        attempts.append(Q(name_folded=parsed.key))
    found = []
    for condition in attempts:
        found = list(places.filter(condition))
        if found:
            break
    if not found:
        keys = {parsed.key, _compact(parsed.key), _compact(parsed.whole)}
        alias_ids = PlaceAlias.objects.filter(name_folded__in=keys).values("place_id")
        condition = Q(id__in=alias_ids) & (Q(kind__in=parsed.kinds) if parsed.kinds else Q())
        found = list(places.filter(condition))
    if len(found) > 1 and parsed.exact != parsed.key:
        spelt = [p for p in found if modern_tones(nfc(p.name)).lower() == parsed.exact]
        found = spelt or found
    if parsed.kinds is None and len(found) > 1:
        ids = {p.id for p in found}
        found = [p for p in found if not ids & {a.id for a in p.ancestors()}]
    return sorted(found, key=lambda p: (p.valid_from or datetime.date.min, ["province", "district", "commune"].index(p.level), p.code, p.id))


def resolve_place(name, *, parent=None, on: datetime.date | None = None, level: str | None = None) -> Place:
    """The one unit the name means; PlaceNotFound or AmbiguousPlace (with `.candidates`) otherwise."""
    found = find_places(name, parent=parent, on=on, level=level)
    if not found:
        raise PlaceNotFound(name, parent=parent, on=on, level=level)
    if len(found) > 1:
        raise AmbiguousPlace(name, found, parent=parent, on=on, level=level)
    return found[0]


class PlaceFinder:
    """`find_places` / `resolve_place` with a memory, for callers that look up the same names many times
    (an import of thousands of rows). Make one per batch: it does not see units added after a lookup."""

    def __init__(self):
        self._found = {}

    def find(self, name, *, parent=None, on=None, level=None) -> list[Place]:
        parent_key = ("id", parent.id) if isinstance(parent, Place) else parent
        key = (name, parent_key, on, level)
        if key not in self._found:
            if len(self._found) >= 50_000:  # a batch of a million documents: forget now and then, memory flat
                self._found.clear()
            self._found[key] = find_places(name, parent=parent, on=on, level=level)
        return self._found[key]

    def resolve(self, name, *, parent=None, on=None, level=None) -> Place:
        found = self.find(name, parent=parent, on=on, level=level)
        if not found:
            raise PlaceNotFound(name, parent=parent, on=on, level=level)
        if len(found) > 1:
            raise AmbiguousPlace(name, found, parent=parent, on=on, level=level)
        return found[0]
