"""Staff pages of the reporting cycle: choose a form, a place and a period; enter, save and submit; approve or
send back; see who has reported. Thin: the rules live in services, validation, sheet and completeness."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from chitieu.accounts.scopes import require, scope_of
from chitieu.periods import Period
from chitieu.places.models import Place
from chitieu.reporting import completeness, schedule, services
from chitieu.reporting.models import Report, ReportForm
from chitieu.reporting.places import label_of, places_for
from chitieu.reporting.sheet import build_sheet
from chitieu.reporting.validation import RowInput
from chitieu.workflow.services import WorkflowError


def _staff(user):
    if not scope_of(user, "clerk"):
        raise PermissionDenied(_("Trang dành cho cán bộ có địa bàn phụ trách"))


def _period(form, text) -> Period:
    try:
        period = Period.parse(text or "")
    except ValueError:
        raise Http404(_("Kỳ báo cáo không hợp lệ")) from None
    if not schedule.belongs(form.periodicity, period):
        raise Http404(_("Kỳ này không phải kỳ của biểu"))
    return period


def _today():
    return timezone.localdate()


def entry_url(form, place, period) -> str:
    return reverse("reporting:entry", args=[form.code, place.pk]) + f"?ky={period}"


@login_required
def index(request):
    """The forms a staff member works on, and their places' reports waiting for them."""
    _staff(request.user)
    forms = services.forms_for(request.user)
    today = _today()
    cards = [{"form": f, "period": schedule.current_period(f.periodicity, today, f.due_rule, f.due_days)} for f in forms]
    for card in cards:
        card["due"] = schedule.due_date(card["period"], card["form"].due_rule, card["form"].due_days)
    waiting = scope_of(request.user, "approver").filter(
        Report.objects.filter(state=Report.State.SUBMITTED).select_related("form", "place__parent"))[:50]
    returned = scope_of(request.user, "clerk").filter(
        Report.objects.filter(state=Report.State.RETURNED).select_related("form", "place__parent"))[:50]
    return render(request, "reporting/index.html", {
        "cards": cards, "waiting": [(r, entry_url(r.form, r.place, Period.parse(r.period))) for r in waiting],
        "returned": [(r, entry_url(r.form, r.place, Period.parse(r.period))) for r in returned],
        "can_approve": bool(scope_of(request.user, "approver")),
    })


@login_required
def choose(request, code):
    """Pick the place (one's own, with its parent) and the period (from a list, never typed) of a form."""
    _staff(request.user)
    form = get_object_or_404(ReportForm, code=code, active=True)
    today = _today()
    current = schedule.current_period(form.periodicity, today, form.due_rule, form.due_days)
    scope = scope_of(request.user, "clerk")
    provinces, within = [], None
    if scope.everywhere:
        provinces = list(Place.objects.filter(level="province").order_by("name_folded"))
        within = Place.objects.filter(pk=request.GET.get("tinh") or 0, level="province").first()
    chosen_period = current
    if request.GET.get("ky"):
        chosen_period = _period(form, request.GET["ky"])
    if request.GET.get("dia_ban") and request.GET.get("ky"):
        place = get_object_or_404(Place, pk=request.GET["dia_ban"])
        require(request.user, place, "clerk")
        return redirect(entry_url(form, place, chosen_period))
    years = max(2, min(8, today.year - 2019 + 1))
    periods = schedule.recent_periods(form.periodicity, today, years=years)
    if chosen_period not in periods:  # the period in progress may not have begun on the calendar yet
        periods.insert(0, chosen_period)
    by_year = {}
    for period in periods:
        by_year.setdefault(period.end.year, []).append(period)
    choices = places_for(request.user, form, None, within=within)  # the period is chosen beside it
    return render(request, "reporting/choose.html", {
        "form": form, "choices": choices, "by_year": sorted(by_year.items(), reverse=True),
        "chosen_period": str(chosen_period), "provinces": provinces, "within": within,
    })


def _posted_rows(request, sheet_rows):
    rows, posted = [], {}
    for row in sheet_rows:
        p = row.position
        typed = {
            "text": request.POST.get(f"value-{p}", "").strip(), "unit": request.POST.get(f"unit-{p}", ""),
            "stated_percent": request.POST.get(f"pct-{p}", "").strip(), "comment": request.POST.get(f"note-{p}", "").strip(),
        }
        posted[p] = typed
        rows.append((p, RowInput(row.indicator, typed["text"], typed["unit"], typed["stated_percent"], typed["comment"],
                                 label=_("Dòng %(n)d (%(name)s)") % {"n": p, "name": row.name})))
    return rows, posted


def _report_state(sheet, report):
    states = sheet.states
    if report is not None:
        return report.state
    if "submitted" in states:
        return Report.State.SUBMITTED
    if states and states == {"approved"}:
        return Report.State.APPROVED
    if "returned" in states:
        return Report.State.RETURNED
    return Report.State.DRAFT


@login_required
def entry(request, code, place_id):
    """The data-entry screen of one form × place × period."""
    form = get_object_or_404(ReportForm, code=code)
    place = get_object_or_404(Place.objects.select_related("parent__parent"), pk=place_id)
    require(request.user, place, "clerk")  # 403 for a place outside the user's own
    period = _period(form, request.GET.get("ky"))
    try:
        services.check_place(form, place, period)
    except services.ReportError as error:
        messages.error(request, str(error))
        return redirect(reverse("reporting:choose", args=[form.code]) + f"?ky={period}")
    sheet = build_sheet(form, place, period)
    posted, row_messages, summary = None, {}, []
    if request.method == "POST":
        action = request.POST.get("action", "save")
        try:
            if action in ("save", "submit"):
                pairs, posted = _posted_rows(request, sheet.rows)
                inputs = [row for _p, row in pairs]
                step = services.submit_report if action == "submit" else services.save_report
                outcome = step(user=request.user, form=form, place=place, period=period, rows=inputs)
                blocking = outcome.validation.blocking() if action == "submit" else outcome.validation.errors
                for message in outcome.validation.messages:
                    row_messages.setdefault(pairs[message.row][0], []).append(message)
                summary = outcome.validation.messages
                if outcome.proposed:
                    messages.info(request, _("%d số liệu đã duyệt không bị ghi đè: số mới thành đề nghị thay đổi chờ người duyệt.")
                                  % len(outcome.proposed))
                if not blocking:
                    if action == "submit" and outcome.submitted:
                        messages.success(request, _("Đã gửi duyệt báo cáo %(period)s của %(place)s.")
                                         % {"period": period.label_vi(), "place": place.full_name})
                    elif action == "submit":
                        messages.warning(request, _("Chưa có số liệu nào để gửi duyệt."))
                    else:
                        messages.success(request, _("Đã lưu nháp (%d dòng).") % len(outcome.saved))
                    if not outcome.validation.warnings:
                        return redirect(entry_url(form, place, period))
                    posted = None  # kept: show the stored rows with their warnings
                elif action == "submit":
                    messages.error(request, _("Chưa gửi duyệt được: còn %d vấn đề cần sửa hoặc giải trình (xem từng dòng).")
                                   % len(blocking))
                else:
                    messages.error(request, _("Các dòng có lỗi chưa được lưu (xem từng dòng); các dòng khác đã lưu nháp."))
            elif action in ("approve", "send_back", "reopen"):
                reason = request.POST.get("reason", "")
                if action == "approve":
                    services.approve_report(user=request.user, form=form, place=place, period=period)
                    messages.success(request, _("Đã duyệt: số liệu được công khai."))
                elif action == "send_back":
                    services.send_back_report(user=request.user, form=form, place=place, period=period, reason=reason)
                    messages.success(request, _("Đã trả lại báo cáo cho cán bộ nhập liệu."))
                else:
                    services.reopen_report(user=request.user, form=form, place=place, period=period, reason=reason)
                    messages.success(request, _("Đã mở lại báo cáo để sửa."))
                return redirect(entry_url(form, place, period))
            else:
                raise Http404
        except (services.ReportError, WorkflowError) as error:
            messages.error(request, str(error))
        sheet = build_sheet(form, place, period, posted=posted, messages=row_messages)
    report = services.report_of(form, place, period)
    state = _report_state(sheet, report)
    editable = state in (Report.State.DRAFT, Report.State.RETURNED)
    periods = schedule.periods_of_year(form.periodicity, period.end.year)
    index = periods.index(period)
    before = periods[index - 1] if index else schedule.periods_of_year(form.periodicity, period.end.year - 1)[-1]
    after = periods[index + 1] if index + 1 < len(periods) else schedule.periods_of_year(form.periodicity, period.end.year + 1)[0]
    return_reason = (report.reason if report and report.state == Report.State.RETURNED else "") or next(
        (v.state_reason for v in sheet.values if v.state == "returned" and v.state_reason), "")
    return render(request, "reporting/entry.html", {
        "form": form, "place": place, "place_label": label_of(place), "period": period, "sheet": sheet,
        "report": report, "state": state, "state_label": Report.State(state).label, "editable": editable,
        "can_approve": services.can_approve(request.user, place), "summary": summary, "return_reason": return_reason,
        "before_url": entry_url(form, place, before), "after_url": entry_url(form, place, after),
        "before": before, "after": after, "today": _today(), "overdue": state in ("draft", "returned") and sheet.due_date < _today(),
    })


@login_required
def progress(request):
    """Completeness and timeliness for approvers: per form and period, which of their places submitted on
    time, late or not at all, and what is overdue today."""
    scope = scope_of(request.user, "approver")
    if not scope:
        raise PermissionDenied(_("Trang dành cho lãnh đạo duyệt"))
    forms = list(ReportForm.objects.filter(active=True).order_by("name"))
    if not forms:
        return render(request, "reporting/progress.html", {"forms": []})
    form = next((f for f in forms if f.code == request.GET.get("bieu")), forms[0])
    today = _today()
    period = _period(form, request.GET["ky"]) if request.GET.get("ky") else completeness.latest_due_period(form, today)
    within = None
    if scope.everywhere:
        within = Place.objects.filter(pk=request.GET.get("tinh") or 0, level="province").first()
    table = completeness.completeness(form, period, request.user, today=today, within=within)
    overdue = completeness.overdue(form, request.user, today=today, within=within)
    years = max(2, min(8, today.year - 2019 + 1))
    by_year = {}
    for p in schedule.recent_periods(form.periodicity, today, years=years):
        by_year.setdefault(p.end.year, []).append(p)
    return render(request, "reporting/progress.html", {
        "forms": forms, "form": form, "period": period, "table": table, "overdue": overdue, "today": today,
        "by_year": sorted(by_year.items(), reverse=True), "everywhere": scope.everywhere, "within": within,
        "provinces": list(Place.objects.filter(level="province").order_by("name_folded")) if scope.everywhere else [],
    })
