"""Writes and walks of places: loading the national reference list, and following successions."""

import datetime
import time

from django.db import transaction

from chitieu.places.models import Place, PlaceAlias, ReferenceDataset, Succession
from chitieu.places import reference
from chitieu.text import fold

DATASET_NAME = "places"
# Bump when the way rows are built changes, so that `chitieu init` reloads on existing databases.
LOADER_VERSION = 1
LEVEL_ORDER = ("province", "district", "commune")
PLACE_FIELDS = ("level", "kind", "code", "name", "full_name", "name_folded", "parent_id", "valid_from", "valid_to", "source")


def reference_version(only_provinces=None) -> str:
    scope = "all" if not only_provinces else "provinces " + ",".join(sorted(only_provinces))
    return f"loader {LOADER_VERSION}; {reference.package_versions()}; history {reference.history_digest()}; {scope}"


def load_reference_places(log=print, *, only_provinces=None, force=False) -> dict:
    """Load (or bring up to date) every administrative unit, alias and succession of the reference data.

    Safe to run twice: rows are matched by their reference key and updated in place, and when the stored
    version marker equals the data's version nothing is read at all. `only_provinces` (pre-reform province
    codes, e.g. ["22"]) loads a part of the country, for tests. Returns counts of what changed.
    """
    version = reference_version(only_provinces)
    marker = ReferenceDataset.objects.filter(name=DATASET_NAME).first()
    if marker is not None and marker.version == version and not force:
        log(f"  places: up to date ({marker.summary})")
        return {"skipped": True}
    started = time.perf_counter()
    data = reference.read_reference(only_provinces)
    with transaction.atomic():
        counts = _store(data)
        total = Place.objects.filter(ref_key__isnull=False).count()
        summary = f"{total} units, {PlaceAlias.objects.count()} aliases, {Succession.objects.count()} successions"
        ReferenceDataset.objects.update_or_create(name=DATASET_NAME, defaults={"version": version, "summary": summary})
    elapsed = time.perf_counter() - started
    check = data.cross_check
    log(
        f"  places: {counts['created']} created, {counts['updated']} updated, {counts['aliases']} aliases and "
        f"{counts['successions']} successions added in {elapsed:.1f} s ({summary})"
    )
    log(
        f"  places: codes checked against vietnam-provinces 0.6.0: {check['same']} same, {len(check['renamed'])} "
        f"spelt differently (e.g. {'; '.join(check['renamed'][:2])}), {len(check['missing'])} not in that list"
    )
    if counts["stale"]:
        log(f"  places: {counts['stale']} units loaded earlier are no longer in the reference data (kept)")
    return {**counts, "seconds": elapsed, "cross_check": check}


def _store(data) -> dict:
    counts = {"created": 0, "updated": 0, "aliases": 0, "successions": 0, "stale": 0}
    existing = {p.ref_key: p for p in Place.objects.filter(ref_key__isnull=False)}
    ids = {key: place.id for key, place in existing.items()}
    wanted_keys = set()
    units = sorted(data.units, key=lambda u: LEVEL_ORDER.index(u.level))
    for level in LEVEL_ORDER:
        to_create, to_update = [], []
        for unit in (u for u in units if u.level == level):
            wanted_keys.add(unit.key)
            values = {
                "level": unit.level, "kind": unit.kind, "code": unit.code, "name": unit.name, "full_name": unit.full_name,
                "name_folded": fold(unit.name), "parent_id": ids[unit.parent_key] if unit.parent_key else None,
                "valid_from": unit.valid_from, "valid_to": unit.valid_to, "source": unit.source[:200],
            }
            place = existing.get(unit.key)
            if place is None:
                to_create.append(Place(ref_key=unit.key, **values))
            elif any(getattr(place, f) != v for f, v in values.items()):
                for f, v in values.items():
                    setattr(place, f, v)
                to_update.append(place)
        # bulk_create skips save(), so name_folded is set above; ids come back on PostgreSQL and SQLite ≥ 3.35.
        for place in Place.objects.bulk_create(to_create, batch_size=2000):
            ids[place.ref_key] = place.id
        Place.objects.bulk_update(to_update, PLACE_FIELDS, batch_size=2000)
        counts["created"] += len(to_create)
        counts["updated"] += len(to_update)
    counts["stale"] = len(set(existing) - wanted_keys)

    have_aliases = set(PlaceAlias.objects.values_list("place_id", "name_folded"))
    new_aliases = []
    for alias in data.aliases:
        key = (ids[alias.key], alias.name_folded)
        if key not in have_aliases:
            have_aliases.add(key)
            new_aliases.append(PlaceAlias(place_id=key[0], name=alias.name, name_folded=alias.name_folded, note=alias.note[:300]))
    PlaceAlias.objects.bulk_create(new_aliases, batch_size=2000)
    counts["aliases"] = len(new_aliases)

    have = {(s.predecessor_id, s.successor_id, s.date): s for s in Succession.objects.all()}
    new_links, changed_links = [], []
    for row in data.successions:
        key = (ids[row.predecessor], ids[row.successor], row.date)
        link = have.get(key)
        basis = row.legal_basis[:200]
        if link is None:
            link = have[key] = Succession(predecessor_id=key[0], successor_id=key[1], date=row.date, share=row.share, legal_basis=basis)
            new_links.append(link)
        elif (link.share, link.legal_basis) != (row.share, basis):
            link.share, link.legal_basis = row.share, basis
            changed_links.append(link)
    Succession.objects.bulk_create(new_links, batch_size=2000)
    Succession.objects.bulk_update(changed_links, ["share", "legal_basis"], batch_size=2000)
    counts["successions"] = len(new_links)
    counts["updated"] += len(changed_links)
    return counts


def _combine(found, place, share):
    # Reached along several paths: "whole" wins, since one whole path means all of it went there.
    if found.get(place) != Succession.Share.WHOLE:
        found[place] = share


def _walk(place, on, level, forward):
    """Follow successions from `place` forward (or backward), stopping at units that exist on `on`,
    or, without `on`, at the ends of the chains. The share is "whole" only if every link was whole."""
    found, frontier, seen = {}, [(place, Succession.Share.WHOLE)], {place.id}
    while frontier:
        next_frontier = []
        for current, share in frontier:
            if forward:
                links = current.successions.select_related("successor__parent")
                steps = [(link.successor, link.share) for link in links]
            else:
                links = current.predecessions.select_related("predecessor__parent")
                steps = [(link.predecessor, link.share) for link in links]
            for unit, link_share in steps:
                combined = Succession.Share.WHOLE if share == link_share == Succession.Share.WHOLE else Succession.Share.PART
                if on is not None and unit.exists_on(on):
                    if level is None or unit.level == level:
                        _combine(found, unit, combined)
                    continue
                if on is not None and forward and unit.valid_from and unit.valid_from > on:
                    continue  # not yet in existence on that date
                if on is not None and not forward and unit.valid_to and unit.valid_to < on:
                    continue  # already gone before that date
                if unit.id in seen:
                    continue
                seen.add(unit.id)
                further = unit.successions.exists() if forward else unit.predecessions.exists()
                if further:
                    next_frontier.append((unit, combined))
                elif on is None and (level is None or unit.level == level):
                    _combine(found, unit, combined)
        frontier = next_frontier
    return sorted(found.items(), key=lambda item: (LEVEL_ORDER.index(item[0].level), item[0].code, item[0].name))


def successors(place: Place, on: datetime.date | None = None, *, level: str | None = None) -> list[tuple[Place, str]]:
    """The units that took over `place` (in whole or in part), following chains of changes:
    Lương Mông → xã Lương Minh (2024) → xã Lương Minh (2025). With `on`, the units existing on that date;
    without, the latest ones. Each with its share, "whole" or "part"."""
    return _walk(place, on, level, forward=True)


def predecessors(place: Place, on: datetime.date | None = None, *, level: str | None = None) -> list[tuple[Place, str]]:
    """The units `place` was formed from (whole or part of each), following chains back to those existing
    on `on`, or, without `on`, to the earliest known ones. `level` keeps only units of that level."""
    return _walk(place, on, level, forward=False)
