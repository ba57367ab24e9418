"""Which places a staff member may act on, for a role.

A role held at a place covers the place and every unit below it; an approver also covers what a clerk
may do there (clerk < reviewer < approver). A unit that no longer exists is covered when every unit that
took it over is covered: a 2020 district's data stays with whoever holds its successor units.
Every page, form, admin action, import, API call and command asks here, so the rule holds everywhere."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from chitieu.accounts.services import ADMIN, ROLE_ORDER
from chitieu.places.models import Place, Succession

# Levels below a province: district, commune (and a spare one for safety).
_DEPTH = 3


def _roles_covering(role: str) -> list[str]:
    """The roles whose holders may act as `role`: the role itself and the ones above it."""
    if role in ROLE_ORDER:
        return ROLE_ORDER[ROLE_ORDER.index(role):]
    return [role]


class Scope:
    """The places a user covers for a role. `everywhere` for administrators and country-wide roles."""

    def __init__(self, roots: list[int], everywhere: bool = False):
        self.roots = roots
        self.everywhere = everywhere
        self._ids: set[int] | None = None

    def __bool__(self):
        return self.everywhere or bool(self.roots)

    def place_ids(self) -> set[int] | None:
        """Every covered place id, or None for the whole country."""
        if self.everywhere:
            return None
        if self._ids is None:
            self._ids = _expand(self.roots)
        return self._ids

    def covers(self, place) -> bool:
        if self.everywhere:
            return True
        if place is None:
            return False
        return (place.pk if isinstance(place, Place) else int(place)) in self.place_ids()

    def filter(self, queryset, field: str = "place"):
        """The rows of `queryset` whose `field` (a Place foreign key) lies in the scope."""
        if self.everywhere:
            return queryset
        column = field if field in ("id", "pk") or field.endswith("_id") else f"{field}_id"
        return queryset.filter(**{f"{column}__in": self.place_ids()})

    def places(self):
        """The places the role is held at (not their descendants), for choosing one in a form."""
        if self.everywhere:
            return Place.objects.filter(parent__isnull=True)
        return Place.objects.filter(pk__in=self.roots)


def _descendants(ids: set[int]) -> set[int]:
    found, frontier = set(ids), set(ids)
    for _level in range(_DEPTH):
        frontier = set(Place.objects.filter(parent_id__in=frontier).values_list("id", flat=True)) - found
        if not frontier:
            break
        found |= frontier
    return found


def _expand(roots: list[int]) -> set[int]:
    covered = _descendants(set(roots))
    # Predecessors all of whose successors are covered (repeat for chains of changes).
    while True:
        links = Succession.objects.filter(successor_id__in=covered).exclude(predecessor_id__in=covered)
        candidates = set(links.values_list("predecessor_id", flat=True))
        if not candidates:
            return covered
        uncovered = set(
            Succession.objects.filter(predecessor_id__in=candidates)
            .exclude(successor_id__in=covered).values_list("predecessor_id", flat=True)
        )
        added = _descendants(candidates - uncovered) - covered
        if not added:
            return covered
        covered |= added


def scope_of(user, role: str) -> Scope:
    """The places `user` may act on as `role` (clerk, reviewer, approver, editor)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Scope([])
    if user.is_superuser:
        return Scope([], everywhere=True)
    cache = user.__dict__.setdefault("_chitieu_scopes", {})
    if role not in cache:
        rows = list(user.place_roles.filter(role__in=_roles_covering(role)).values_list("place_id", flat=True))
        cache[role] = Scope([pk for pk in rows if pk is not None], everywhere=None in rows)
    return cache[role]


def can_act(user, place, role: str) -> bool:
    return scope_of(user, role).covers(place)


def require(user, place, role: str) -> None:
    """PermissionDenied unless `user` may act on `place` as `role`."""
    if not can_act(user, place, role):
        raise PermissionDenied(f"{role} không có quyền tại địa bàn này")


def is_admin(user) -> bool:
    return bool(user and user.is_authenticated and user.is_superuser)


__all__ = ["ADMIN", "Scope", "scope_of", "can_act", "require", "is_admin"]
