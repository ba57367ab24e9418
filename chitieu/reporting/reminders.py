"""Reminder e-mails of reports due soon or overdue, through Django's e-mail framework (`chitieu remind`,
for a scheduler such as cron: `0 7 * * * chitieu remind`).

Each place's reminder goes to the data clerks who hold their role at that place; a place without its own
clerk is reminded through the clerks of the nearest unit above it. One e-mail per clerk lists all their
reports."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.urls import reverse

from chitieu.accounts.models import PlaceRole
from chitieu.accounts.scopes import Scope
from chitieu.places.models import Place
from chitieu.reporting import schedule
from chitieu.reporting.completeness import missing_reports
from chitieu.reporting.models import ReportForm
from chitieu.reporting.places import label_of


@dataclass
class Item:
    form: ReportForm
    period: object
    place: Place
    due: date
    overdue: bool

    def line(self, base_url: str = "") -> str:
        when = f"quá hạn từ {self.due:%d/%m/%Y}" if self.overdue else f"hạn nộp {self.due:%d/%m/%Y}"
        url = base_url + reverse("reporting:entry", args=[self.form.code, self.place.pk]) + f"?ky={self.period}"
        return f"- {self.form.name} · {self.period.label_vi()} · {label_of(self.place)}: {when}\n  {url}"


@dataclass
class Plan:
    by_user: dict = field(default_factory=lambda: defaultdict(list))
    unreachable: list = field(default_factory=list)  # (item, reason)


def _periods_to_remind(form, today, ahead, overdue_days):
    for period in schedule.periods_of_year(form.periodicity, today.year - 1) + schedule.periods_of_year(form.periodicity, today.year):
        due = schedule.due_date(period, form.due_rule, form.due_days)
        if today - timedelta(days=overdue_days) <= due <= today + timedelta(days=ahead):
            yield period, due


def plan_reminders(today: date, ahead: int = 3, overdue_days: int = 31) -> Plan:
    plan = Plan()
    roles = PlaceRole.objects.filter(role="clerk", place__isnull=False).select_related("user")
    holders = defaultdict(list)
    for role in roles:
        if role.user.is_active:
            holders[role.place_id].append(role.user)
    if not holders:
        return plan
    covered = Scope(list(holders)).place_ids()
    for form in ReportForm.objects.filter(active=True):
        candidates = list(Place.objects.filter(pk__in=covered, level__in=form.level_list).select_related("parent__parent"))
        for period, due in _periods_to_remind(form, today, ahead, overdue_days):
            existing = [p for p in candidates if p.exists_on(period.end) or p.exists_on(period.start)]
            for place in missing_reports(form, period, existing):
                item = Item(form, period, place, due, due < today)
                clerks = next((holders[p.pk] for p in [place, *place.ancestors()] if p.pk in holders), [])
                for clerk in clerks:
                    plan.by_user[clerk].append(item)
    return plan


def send_reminders(today: date, ahead: int = 3, overdue_days: int = 31, dry_run: bool = False, log=print) -> dict:
    plan = plan_reminders(today, ahead, overdue_days)
    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    messages, skipped = [], []
    for user, items in sorted(plan.by_user.items(), key=lambda pair: pair[0].username):
        if not user.email:
            skipped.append(user)
            log(f"  bỏ qua {user.username}: tài khoản chưa có địa chỉ e-mail ({len(items)} báo cáo)")
            continue
        items.sort(key=lambda i: (i.due, i.form.name, label_of(i.place)))
        overdue = sum(1 for i in items if i.overdue)
        subject = f"[chitieu] {len(items)} báo cáo cần nộp" + (f", {overdue} đã quá hạn" if overdue else "")
        body = "\n".join([
            f"Kính gửi {user.get_full_name() or user.username},", "",
            "Các báo cáo định kỳ sau chưa được gửi duyệt:", "",
            *[i.line(base_url) for i in items], "",
            "Thư này được gửi tự động bởi chitieu (chitieu remind).",
        ])
        messages.append(EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email]))
        log(f"  {user.username} <{user.email}>: {len(items)} báo cáo ({overdue} quá hạn)")
    sent = 0
    if messages and not dry_run:
        with get_connection() as connection:
            sent = connection.send_messages(messages) or 0
    return {"emails": len(messages), "sent": sent, "skipped": len(skipped),
            "items": sum(len(items) for items in plan.by_user.values())}
