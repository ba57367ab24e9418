"""Rendered fragments of public pages, kept until the public data changes.

What the public sees changes only when data is written to the apps of settings.CHITIEU_PUBLIC_DATA_APPS
(places, indicators — where a value becomes public when it is approved —, criteria, documents). Every save
or delete of a model of those apps, and every bulk load (chitieu.indicators.bulk), calls
`public_data_changed()`, which draws a new *public data version*; every cached fragment's key holds the
version it was rendered at, so after a change no fragment of before is ever read again (they expire).
Writes that send no signal (QuerySet.update, raw SQL) must call `public_data_changed()` themselves; as a
backstop a fragment lives at most CHITIEU_FRAGMENT_SECONDS (default 10 minutes).

The cache is settings.CACHES["public"]: a file cache in DATA_DIR/cache shared by the server's processes
(a dummy cache in the tests, which then see every change at once).

    from chitieu.pagecache.services import cached_fragment
    html = cached_fragment("criteria.place_ntm", [place.pk, on_date], lambda: render_to_string(...))
"""

import uuid

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation

VERSION_KEY = "chitieu:public-data-version"
DEFAULT_APPS = ("places", "indicators", "criteria", "documents")


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
    """Public data changed: every fragment rendered before is stale from now on."""
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


def _is_public_data(sender):
    apps = getattr(settings, "CHITIEU_PUBLIC_DATA_APPS", DEFAULT_APPS)
    return getattr(getattr(sender, "_meta", None), "app_label", None) in apps


def _on_change(sender, **kwargs):
    if _is_public_data(sender):
        public_data_changed()


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_on_change, dispatch_uid=f"chitieu.pagecache.{signal!r}")
