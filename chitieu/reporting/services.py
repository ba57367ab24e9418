"""Every write of the reporting app: saving a report's values, submitting it, and the approver's decisions.

Values go through `chitieu.workflow.services` (scope checks, history, proposed changes over approved values);
this module checks the rows first (`chitieu.reporting.validation`) and keeps the report's own record
(`Report`: when it was first submitted, against its due date, and what was decided)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chitieu.accounts.scopes import require, scope_of
from chitieu.indicators.models import DataValue
from chitieu.periods import Period
from chitieu.reporting import schedule
from chitieu.reporting.models import Report, ReportForm
from chitieu.reporting.validation import RowInput, Thresholds, Validation, load_history, validate_rows
from chitieu.workflow import services as workflow

State = DataValue.State


class ReportError(ValueError):
    """A step the report's state does not allow; the message is Vietnamese and says why."""


@dataclass
class Outcome:
    validation: Validation
    saved: list = field(default_factory=list)  # DataValue
    proposed: list = field(default_factory=list)  # ProposedChange: the key held an approved value
    submitted: bool = False


def check_place(form: ReportForm, place, period: Period):
    """The place must report this form (its level) and exist during the period; the period must be one of the form's."""
    if place.level not in form.level_list:
        raise ReportError(_("%(place)s không báo cáo biểu “%(form)s” (biểu dành cho cấp: %(levels)s).")
                          % {"place": place.full_name, "form": form.name, "levels": form.levels})
    if not (place.exists_on(period.start) or place.exists_on(period.end)):
        raise ReportError(_("%(place)s không tồn tại trong %(period)s.") % {"place": place.full_name, "period": period.label_vi()})
    if not schedule.belongs(form.periodicity, period):
        raise ReportError(_("Kỳ %(period)s không phải kỳ của biểu “%(form)s”.") % {"period": period.label_vi(), "form": form.name})


def report_of(form: ReportForm, place, period: Period, create: bool = False) -> Report | None:
    found = Report.objects.filter(form=form, place=place, period=str(period)).first()
    if found or not create:
        return found
    report, _created = Report.objects.get_or_create(
        form=form, place=place, period=str(period),
        defaults={"period_end": period.end, "due_date": schedule.due_date(period, form.due_rule, form.due_days)})
    return report


def report_values(form: ReportForm, place, period: Period) -> list[DataValue]:
    """The stored results of the report: one per row of the form that has one."""
    indicator_ids = list(form.rows.values_list("indicator_id", flat=True))
    return list(DataValue.objects.filter(place=place, period=str(period), modality=DataValue.Modality.ACTUAL, issuer="",
                                         indicator_id__in=indicator_ids).select_related("indicator"))


def check_rows(form: ReportForm, place, period: Period, rows: list[RowInput], require_all: bool = False) -> Validation:
    targets = list(form.targets.values_list("issuer", flat=True))
    history = load_history(place, period, [r.indicator for r in rows], form.periodicity, targets or None)
    return validate_rows(rows, period=period, previous=schedule.previous_period(form.periodicity, period),
                         history=history, thresholds=Thresholds.of_form(form), require_all=require_all)


def save_report(*, user, form: ReportForm, place, period: Period, rows: list[RowInput]) -> Outcome:
    """Keep the rows that pass the checks as drafts (warnings may wait for their comment until submission);
    rows with errors are not stored and keep the typed text on the screen. Unchanged rows change nothing."""
    require(user, place, "clerk")
    check_place(form, place, period)
    report = report_of(form, place, period)
    if report and report.state in (Report.State.SUBMITTED, Report.State.APPROVED):
        raise ReportError(_("Báo cáo đang ở trạng thái “%s”: không sửa được. Người duyệt trả lại hoặc mở lại thì mới sửa.")
                          % report.get_state_display())
    validation = check_rows(form, place, period, rows)
    outcome = Outcome(validation)
    with transaction.atomic():
        for check in validation.rows:
            if check.value is None or check.errors:
                continue
            result = workflow.enter_value(
                user=user, indicator=check.row.indicator, place=place, period=period, modality=DataValue.Modality.ACTUAL,
                value=check.value, unit=None, note=check.row.comment.strip(), source=DataValue.Source.ENTERED,
                source_detail={"form": form.code}, reason=_("Nhập trên biểu “%s”") % form.name, via=f"screen:{form.code}",
            )
            (outcome.saved if isinstance(result, DataValue) else outcome.proposed).append(result)
        report_of(form, place, period, create=True)
    return outcome


def submit_report(*, user, form: ReportForm, place, period: Period, rows: list[RowInput]) -> Outcome:
    """Save, then send the report to approval when nothing blocks: no errors, every required row filled,
    every warning explained by a comment."""
    outcome = save_report(user=user, form=form, place=place, period=period, rows=rows)
    required = [r for r in rows if form.rows.filter(indicator=r.indicator, required=True).exists()]
    blocking = outcome.validation.blocking()
    if required:
        blocking += check_rows(form, place, period, required, require_all=True).errors
    pending = [v for v in report_values(form, place, period) if v.state in (State.DRAFT, State.RETURNED)]
    if blocking or not pending:  # something to fix first, or nothing entered to send
        return outcome
    with transaction.atomic():
        workflow.submit(user=user, values=pending, reason=_("Gửi duyệt biểu “%s”") % form.name, via=f"screen:{form.code}")
        report = Report.objects.select_for_update().get(pk=report_of(form, place, period, create=True).pk)
        now = timezone.now()
        report.state = Report.State.SUBMITTED
        report.first_submitted_at = report.first_submitted_at or now
        report.submitted_at, report.submitted_by, report.reason = now, user, ""
        report.save()
    outcome.submitted = True
    return outcome


def _decide(user, form, place, period, state_wanted, step, new_state, reason=""):
    require(user, place, "approver")
    values = [v for v in report_values(form, place, period) if v.state == state_wanted]
    report = report_of(form, place, period)
    if not values or report is None:
        raise ReportError(_("Báo cáo không có số liệu ở trạng thái “%s”.") % State(state_wanted).label)
    with transaction.atomic():
        kwargs = {"reason": reason} if reason or step in (workflow.send_back, workflow.reopen) else {}
        step(user=user, values=values, via=f"screen:{form.code}", **kwargs)
        report = Report.objects.select_for_update().get(pk=report.pk)
        report.state, report.decided_at, report.decided_by = new_state, timezone.now(), user
        report.reason = reason
        report.save()
    return report


def approve_report(*, user, form, place, period) -> Report:
    """Approve every submitted value of the report (the workflow refuses one's own submission)."""
    return _decide(user, form, place, period, State.SUBMITTED, workflow.approve, Report.State.APPROVED)


def send_back_report(*, user, form, place, period, reason) -> Report:
    if not (reason or "").strip():
        raise ReportError(_("Hãy ghi lý do trả lại để cán bộ nhập liệu biết cần sửa gì."))
    return _decide(user, form, place, period, State.SUBMITTED, workflow.send_back, Report.State.RETURNED, reason.strip())


def reopen_report(*, user, form, place, period, reason) -> Report:
    if not (reason or "").strip():
        raise ReportError(_("Hãy ghi lý do mở lại báo cáo đã duyệt."))
    return _decide(user, form, place, period, State.APPROVED, workflow.reopen, Report.State.RETURNED, reason.strip())


def forms_for(user):
    """The active forms a staff member reports or approves (none for someone who holds no place)."""
    # A district's holder covers its communes too, so every level may apply to anyone with a place.
    if not scope_of(user, "clerk"):
        return []
    return list(ReportForm.objects.filter(active=True).order_by("name"))


def can_approve(user, place) -> bool:
    try:
        require(user, place, "approver")
    except PermissionDenied:
        return False
    return True
