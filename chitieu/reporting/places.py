"""The places a staff member reports a form for: their own places (and the units under them) at the form's
levels that existed during the period, each named with its parent (no eight identical "Xã Tân Lập")."""

from __future__ import annotations

from dataclasses import dataclass

from chitieu.accounts.scopes import scope_of
from chitieu.places.models import Place


@dataclass(frozen=True)
class PlaceChoice:
    place: Place
    label: str  # "Xã Đạp Thanh — Huyện Ba Chẽ, Tỉnh Quảng Ninh"


def label_of(place: Place, dated: bool = False) -> str:
    """`Xã Đạp Thanh — Huyện Ba Chẽ, Tỉnh Quảng Ninh`; with `dated`, a unit that has ended says until when."""
    parents = ", ".join(p.full_name for p in place.ancestors())
    label = f"{place.full_name} — {parents}" if parents else place.full_name
    if dated and place.valid_to:
        label += f" (đến {place.valid_to:%d/%m/%Y})"
    return label


def places_for(user, form, period, role: str = "clerk", within: Place | None = None) -> list[PlaceChoice]:
    """Covered places at the form's levels existing during `period` (any time when None). Country-wide holders (and administrators)
    choose within a province (`within`) first: there are ten thousand communes."""
    scope = scope_of(user, role)
    if not scope:
        return []
    places = Place.objects.filter(level__in=form.level_list).select_related("parent__parent")
    if scope.everywhere:
        if within is None:
            return []
        ids = _under(within)
        places = places.filter(pk__in=ids)
    else:
        places = scope.filter(places, field="id")
        if within is not None:
            places = places.filter(pk__in=_under(within))
    found = [p for p in places if period is None or p.exists_on(period.end) or p.exists_on(period.start)]
    # Each district followed by its communes: sort by the chain of names from the province down.
    found.sort(key=lambda p: [a.name_folded for a in reversed(p.ancestors())] + [p.name_folded])
    return [PlaceChoice(p, label_of(p, dated=period is None)) for p in found]


def _under(root: Place) -> set[int]:
    found, frontier = {root.pk}, {root.pk}
    for _level in range(3):
        frontier = set(Place.objects.filter(parent_id__in=frontier).values_list("id", flat=True)) - found
        found |= frontier
    return found
