"""Public pages and fragments of them, kept until the public data changes.

What the public sees changes only when data is written to the apps of settings.CHITIEU_PUBLIC_DATA_APPS
(places, indicators, criteria, documents) — and, for the rows that are public in some states only
(PUBLIC_STATES: a value once approved, a claim once accepted, an NTM assessment once approved), only when
such a row is public after the write or was public before it: a draft saved, a value submitted, a claim
extracted or rejected leave the public pages as they were, so ingesting and entering data does not empty
the cache. Staff-only rows (history, review decisions, flags) never count.

A write that counts calls `public_data_changed()`, which draws a new *public data version* at once and
again when its transaction commits (so that a page rendered meanwhile from the data of before the commit,
and stored under the version of the write, is not read after it). Every cached page's and fragment's
key holds the version it was rendered at, so after a change nothing of before is read again (it expires).
A bulk load (chitieu.indicators.bulk) calls it once. Writes that send no signal (QuerySet.update, raw SQL)
must call `public_data_changed()` themselves; as a backstop an entry lives at most CHITIEU_FRAGMENT_SECONDS
(fragments, default 10 minutes) or CHITIEU_PAGE_SECONDS (whole pages, chitieu.pagecache.middleware).

The cache is settings.CACHES["public"]: a file cache in DATA_DIR/cache shared by the server's processes
(a dummy cache in the tests, which then see every change at once).

    from chitieu.pagecache.services import cached_fragment
    html = cached_fragment("criteria.place_ntm", [place.pk, on_date], lambda: render_to_string(...))
"""

import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils import translation

VERSION_KEY = "chitieu:public-data-version"
DEFAULT_APPS = ("places", "indicators", "criteria", "documents")
# Rows public in some states only: model label → (field, the public states). Overridable by
# settings.CHITIEU_PUBLIC_STATES.
PUBLIC_STATES = {
    "indicators.datavalue": ("state", ("approved",)),
    "documents.claim": ("review_state", ("accepted", "corrected")),
    "criteria.assessment": ("status", ("approved",)),
}
# Rows only staff see (the history of values, reviewers' decisions, arithmetic flags).
STAFF_ONLY = ("documents.reviewdecision", "documents.arithmeticflag")


def _cache():
    return caches["public" if "public" in settings.CACHES else "default"]


def public_data_version() -> str:
    cache = _cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex[:12]
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY) or version
    return version


def public_data_changed(**_signal_arguments) -> None:
    """Public data changed: every page and fragment rendered before is stale from now on — and again once
    the current transaction commits, since a page rendered meanwhile from the data of before the commit may
    have been stored under the version drawn now."""
    _new_version()
    connection = transaction.get_connection()
    if connection.in_atomic_block and not any(entry[1] is _new_version for entry in connection.run_on_commit):
        transaction.on_commit(_new_version)


def _new_version():
    _cache().set(VERSION_KEY, uuid.uuid4().hex[:12], None)


def cached_fragment(name, parts, render, timeout=None):
    """The HTML of `render()`, cached under (public data version, name, parts, language). Only for what an
    anonymous visitor sees: call it for anonymous requests, render directly for logged-in staff."""
    cache = _cache()
    key = ":".join(["chitieu:fragment", public_data_version(), translation.get_language() or "",
                    name, *map(str, parts)])
    html = cache.get(key)
    if html is None:
        html = render()
        if "csrfmiddlewaretoken" not in html:  # a form's token belongs to one visitor: never shared
            cache.set(key, html, timeout or getattr(settings, "CHITIEU_FRAGMENT_SECONDS", 600))
    return html


def _label(sender):
    meta = getattr(sender, "_meta", None)
    return meta.label_lower if meta else ""


def _is_public_data(sender):
    meta = getattr(sender, "_meta", None)
    apps = getattr(settings, "CHITIEU_PUBLIC_DATA_APPS", DEFAULT_APPS)
    if meta is None or meta.app_label not in apps or meta.label_lower in STAFF_ONLY:
        return False
    return not meta.object_name.startswith("Historical")  # django-simple-history's rows: staff only


def _states(sender):
    return getattr(settings, "CHITIEU_PUBLIC_STATES", PUBLIC_STATES).get(_label(sender))


def _is_public(instance, states):
    field, public = states
    return getattr(instance, field, None) in public


def _before_save(sender, instance, raw=False, **kwargs):
    """Was the row public before this save? Asked of the database only for a stored row that is not public
    now (the rows that turn public need no query, nor do new ones)."""
    states = _states(sender)
    if states is None or raw:
        return
    was = False
    if not instance._state.adding and instance.pk is not None and not _is_public(instance, states):
        field, public = states
        was = sender._default_manager.filter(pk=instance.pk, **{f"{field}__in": public}).exists()
    instance._chitieu_was_public = was


def _on_change(sender, instance=None, **kwargs):
    if not _is_public_data(sender):
        return
    states = _states(sender)
    if states is not None and instance is not None and kwargs.get("action") is None:
        if not (_is_public(instance, states) or getattr(instance, "_chitieu_was_public", False)):
            return  # a draft, a submitted value, a pending claim: the public sees none of it
    public_data_changed()


def connect_signals():
    pre_save.connect(_before_save, dispatch_uid="chitieu.pagecache.pre_save")
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_change, dispatch_uid=f"chitieu.pagecache.{signal!r}")
