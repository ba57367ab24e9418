"""Completeness and timeliness: for a form and period, which of the places an approver covers submitted on
time, late, or not at all, and what is overdue today. A report is on time when it was first submitted by the
end of its due date (local time)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone

from chitieu.periods import Period
from chitieu.reporting import schedule
from chitieu.reporting.models import Report
from chitieu.reporting.places import places_for

ON_TIME, LATE, MISSING, NOT_DUE = "on_time", "late", "missing", "not_due"
LABELS = {ON_TIME: "Đúng hạn", LATE: "Muộn", MISSING: "Chưa nộp (quá hạn)", NOT_DUE: "Chưa nộp (chưa đến hạn)"}


@dataclass
class Line:
    place: object
    label: str
    status: str
    report: Report | None
    days_late: int = 0

    @property
    def status_label(self):
        return LABELS[self.status]


@dataclass
class Table:
    form: object
    period: Period
    due: date
    lines: list = field(default_factory=list)

    def count(self, status):
        return sum(1 for line in self.lines if line.status == status)

    @property
    def counts(self):
        return {status: self.count(status) for status in (ON_TIME, LATE, MISSING, NOT_DUE)}


def _submitted_on(report: Report) -> date | None:
    if report is None or report.first_submitted_at is None:
        return None
    return timezone.localtime(report.first_submitted_at).date()


def status_of(report: Report | None, due: date, today: date) -> tuple[str, int]:
    submitted = _submitted_on(report)
    if submitted is None:
        return (MISSING, (today - due).days) if today > due else (NOT_DUE, 0)
    if submitted <= due:
        return ON_TIME, 0
    return LATE, (submitted - due).days


def completeness(form, period: Period, user, today: date | None = None, within=None) -> Table:
    today = today or timezone.localdate()
    due = schedule.due_date(period, form.due_rule, form.due_days)
    choices = places_for(user, form, period, role="approver", within=within)
    reports = {r.place_id: r for r in Report.objects.filter(form=form, period=str(period),
                                                           place_id__in=[c.place.pk for c in choices])}
    table = Table(form, period, due)
    for choice in choices:
        report = reports.get(choice.place.pk)
        status, days = status_of(report, due, today)
        table.lines.append(Line(choice.place, choice.label, status, report, days))
    return table


def latest_due_period(form, today: date) -> Period:
    """The latest period whose due date has passed (or, before any has, the current one)."""
    candidates = schedule.periods_of_year(form.periodicity, today.year - 1) + schedule.periods_of_year(form.periodicity, today.year)
    passed = [p for p in candidates if schedule.due_date(p, form.due_rule, form.due_days) < today]
    return passed[-1] if passed else schedule.current_period(form.periodicity, today, form.due_rule, form.due_days)


def overdue(form, user, today: date | None = None, within=None, periods: int = 6) -> list[Table]:
    """The recent periods past their due date (latest first) with the covered places that have not submitted."""
    today = today or timezone.localdate()
    candidates = schedule.periods_of_year(form.periodicity, today.year - 1) + schedule.periods_of_year(form.periodicity, today.year)
    passed = [p for p in candidates if schedule.due_date(p, form.due_rule, form.due_days) < today][-periods:]
    tables = []
    for period in reversed(passed):
        table = completeness(form, period, user, today=today, within=within)
        table.lines = [line for line in table.lines if line.status == MISSING]
        if table.lines:
            tables.append(table)
    return tables


def missing_reports(form, period: Period, places) -> list:
    """Of `places`, those with no submission of the form for the period."""
    submitted = set(Report.objects.filter(form=form, period=str(period), first_submitted_at__isnull=False)
                    .values_list("place_id", flat=True))
    return [p for p in places if p.pk not in submitted]
