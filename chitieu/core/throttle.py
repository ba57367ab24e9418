"""Rate limits for the public endpoints that cost the server most (search, comments): a fixed window per
client address, counted in Django's cache.

Two ways to use it:
- list a URL name in settings.CHITIEU_RATE_LIMITS (`{"documents:list": "120/m"}`): RateLimitMiddleware
  applies it to every request of that view — nothing to change in the view;
- or decorate a view: `@rate_limited("comments", "10/m")`.
Beyond the rate the visitor gets a 429 page in Vietnamese. The counter lives in the cache named by
settings.CHITIEU_THROTTLE_CACHE ("default"); with an in-process cache each server process counts for itself,
so under N worker processes an address may make up to N times the rate (see SECURITY.md).
"""

import functools
import logging
import time

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger("chitieu.throttle")
_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """'120/m' → (120, 60); '5/10s' → (5, 10)."""
    count, _slash, period = rate.partition("/")
    unit = period[-1:]
    multiple = int(period[:-1] or 1)
    if unit not in _PERIODS or not count.isdigit():
        raise ValueError(f"rate {rate!r}: expected COUNT/PERIOD with a period in s, m, h or d")
    return int(count), multiple * _PERIODS[unit]


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR") or "unknown"


def over_limit(request, scope: str, rate: str) -> bool:
    """Count this request against `scope` for its address; True once the rate is exceeded in the window."""
    count, seconds = parse_rate(rate)
    window = int(time.time() // seconds)
    key = f"chitieu-throttle:{scope}:{client_address(request)}:{window}"
    cache = caches[getattr(settings, "CHITIEU_THROTTLE_CACHE", "default")]
    if cache.add(key, 1, timeout=seconds + 1):
        used = 1
    else:
        try:
            used = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=seconds + 1)
            used = 1
    if used > count:
        if used == count + 1:
            logger.warning("rate limit %s (%s) reached by %s", scope, rate, client_address(request))
        return True
    return False


def too_many_requests(request):
    from chitieu.core.errors import render_error

    return render_error(request, 429)


def rate_limited(scope: str, rate: str):
    """Decorator of a view: beyond `rate` requests per address the view is not run and 429 is answered."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if over_limit(request, scope, rate):
                return too_many_requests(request)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


class RateLimitMiddleware:
    """Applies settings.CHITIEU_RATE_LIMITS ({url name: rate}) to the views they name."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        limits = getattr(settings, "CHITIEU_RATE_LIMITS", None) or {}
        if match is None or match.view_name not in limits:
            return None
        if over_limit(request, match.view_name, limits[match.view_name]):
            return too_many_requests(request)
        return None
