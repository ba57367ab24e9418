"""Visitor statistics of a unit's portal — online now, today, in total — counted on this server, first-party.

No address is stored: a visitor is a hash of (today's secret salt, address, browser); the salt is random, kept
for one day and then deleted with that day's hashes, leaving only the day's count. Robots are not counted."""

from __future__ import annotations

import datetime
import hashlib
import re
import secrets

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone

from chitieu.cms.models import DailySalt, DailyVisits, Visitor

ONLINE_WINDOW = datetime.timedelta(minutes=5)
BOT_RE = re.compile(
    r"bot|crawl|spider|slurp|facebookexternalhit|bingpreview|mediapartners|feedfetcher|python-requests|"
    r"curl/|wget/|httpclient|okhttp|go-http-client|java/|libwww|scrapy|headlesschrome.*lighthouse|monitor|uptime",
    re.IGNORECASE,
)


def is_bot(user_agent: str) -> bool:
    return not user_agent or bool(BOT_RE.search(user_agent))


def _salt_of(day) -> str:
    salt = DailySalt.objects.filter(day=day).values_list("salt", flat=True).first()
    if salt:
        return salt
    try:
        with transaction.atomic():
            DailySalt.objects.create(day=day, salt=secrets.token_hex(32))
    except IntegrityError:  # made by a visit at the same moment
        pass
    _close_earlier_days(day)
    return DailySalt.objects.get(day=day).salt


def _close_earlier_days(today):
    """Count the visitors of finished days and forget their hashes and salts."""
    with transaction.atomic():
        finished = (Visitor.objects.filter(day__lt=today).values("home_id", "day")
                    .annotate(count=Count("id")).order_by())
        for row in finished:
            counted, _created = DailyVisits.objects.get_or_create(home_id=row["home_id"], day=row["day"])
            DailyVisits.objects.filter(pk=counted.pk).update(visitors=counted.visitors + row["count"])
        Visitor.objects.filter(day__lt=today).delete()
        DailySalt.objects.filter(day__lt=today).delete()


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


def visitor_hash(request, day) -> str:
    material = f"{_salt_of(day)}|{client_address(request)}|{request.META.get('HTTP_USER_AGENT', '')}"
    return hashlib.sha256(material.encode()).hexdigest()


def record_visit(home, request) -> bool:
    """Count this request's visitor on `home`'s portal; False for a robot (not counted)."""
    if is_bot(request.META.get("HTTP_USER_AGENT", "")):
        return False
    now = timezone.now()
    day = timezone.localdate(now)
    digest = visitor_hash(request, day)
    if not Visitor.objects.filter(home=home, day=day, visitor_hash=digest).update(last_seen=now):
        try:
            with transaction.atomic():
                Visitor.objects.create(home=home, day=day, visitor_hash=digest, last_seen=now)
        except IntegrityError:
            Visitor.objects.filter(home=home, day=day, visitor_hash=digest).update(last_seen=now)
    return True


def visit_figures(home) -> dict:
    """{'online': …, 'today': …, 'total': …, 'portals': …} for the portal of `home` and every portal under it
    (a province's figures include its communes' sites; `portals` says how many sites are counted). A person
    who visits the province's and a commune's site on one day counts once on each."""
    from chitieu.cms.models import UnitHomePage

    now = timezone.now()
    today = timezone.localdate(now)
    homes = list(UnitHomePage.objects.descendant_of(home, inclusive=True).values_list("pk", "visits_before"))
    home_ids = [pk for pk, _before in homes]
    before = sum(count for _pk, count in homes)
    earlier = DailyVisits.objects.filter(home_id__in=home_ids).aggregate(total=Sum("visitors"))["total"] or 0
    # Today's visitors, those seen in the last minutes, and those of earlier days whose hashes are not yet
    # counted into DailyVisits (no visit since midnight): one query.
    counts = Visitor.objects.filter(home_id__in=home_ids).aggregate(
        today=Count("id", filter=Q(day=today)),
        online=Count("id", filter=Q(day=today, last_seen__gte=now - ONLINE_WINDOW)),
        uncounted=Count("id", filter=Q(day__lt=today)),
    )
    return {
        "online": counts["online"],
        "today": counts["today"],
        "total": before + earlier + counts["uncounted"] + counts["today"],
        "portals": len(home_ids),
    }
