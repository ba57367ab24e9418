"""Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one account, or from one
address, logging in there is refused for AXES_COOLOFF_TIME, with a page in Vietnamese that says so."""

from axes.backends import AxesStandaloneBackend
from django.shortcuts import render


class ThrottledLoginBackend(AxesStandaloneBackend):
    """Axes's check of every login made through a request. A login without a request is a command or a
    test in this process — nothing an attacker reaches — and is left to the next backend instead of
    being refused, so that `authenticate(username=…, password=…)` keeps working there."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def locked_out(request, original_response=None, credentials=None):
    from django.conf import settings

    cooloff = getattr(settings, "AXES_COOLOFF_TIME", None)
    minutes = int(cooloff.total_seconds() // 60) if hasattr(cooloff, "total_seconds") else None
    return render(request, "core/locked_out.html", {"cooloff_minutes": minutes}, status=429)
