"""Staff pages of the reporting cycle: what waits for me, and one value with its history, proposed changes
and explanation threads. Thin: every step is a call to chitieu.workflow.services; the places a user holds
a role at bound every query (a value outside them is a 404)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from chitieu.accounts.scopes import can_act, scope_of
from chitieu.indicators.models import DataValue
from chitieu.workflow import services
from chitieu.workflow.models import ExplanationThread, ProposedChange

QUEUE_LIMIT = 200


def _staff_scope(request):
    scope = scope_of(request.user, "clerk")
    if not scope:
        raise PermissionDenied
    return scope


@login_required
def queue(request):
    """What waits for me: values to approve, proposed changes to decide, values sent back, explanations asked."""
    clerk = _staff_scope(request)
    approver = scope_of(request.user, "approver")
    values = DataValue.objects.select_related("indicator", "place", "submitted_by")
    context = {
        "returned": clerk.filter(values.filter(state=DataValue.State.RETURNED))[:QUEUE_LIMIT],
        "drafts": clerk.filter(values.filter(state=DataValue.State.DRAFT))[:QUEUE_LIMIT],
        "threads": clerk.filter(ExplanationThread.objects.filter(status=ExplanationThread.Status.OPEN)
                                .select_related("value__indicator", "value__place"), field="value__place")[:QUEUE_LIMIT],
        "is_approver": bool(approver),
    }
    if approver:
        context["to_approve"] = approver.filter(values.filter(state=DataValue.State.SUBMITTED))[:QUEUE_LIMIT]
        context["changes"] = approver.filter(
            ProposedChange.objects.filter(status=ProposedChange.Status.OPEN).select_related(
                "value__indicator", "value__place", "proposed_by"), field="value__place")[:QUEUE_LIMIT]
    return render(request, "workflow/queue.html", context)


ACTIONS = {
    "submit": lambda user, value, post: services.submit(user=user, values=[value]),
    "approve": lambda user, value, post: services.approve(user=user, values=[value]),
    "send_back": lambda user, value, post: services.send_back(user=user, values=[value], reason=post.get("reason")),
    "reopen": lambda user, value, post: services.reopen(user=user, values=[value], reason=post.get("reason")),
    "ask": lambda user, value, post: services.ask_explanation(user=user, value=value, question=post.get("text")),
    "answer": lambda user, value, post: services.answer_explanation(
        user=user, thread=_thread(value, post.get("thread")), text=post.get("text")),
    "accept_change": lambda user, value, post: services.accept_change(
        user=user, change=_change(value, post.get("change")), reason=post.get("reason", "")),
    "reject_change": lambda user, value, post: services.reject_change(
        user=user, change=_change(value, post.get("change")), reason=post.get("reason")),
}
DONE = {
    "submit": _("Đã gửi duyệt."), "approve": _("Đã duyệt."), "send_back": _("Đã trả lại."), "reopen": _("Đã mở lại."),
    "ask": _("Đã gửi yêu cầu giải trình."), "answer": _("Đã gửi giải trình."),
    "accept_change": _("Đã chấp nhận đề nghị thay đổi."), "reject_change": _("Đã bác đề nghị thay đổi."),
}


def _thread(value, pk):
    thread = value.explanations.filter(pk=pk or 0).first()
    if thread is None:
        raise Http404
    return thread


def _change(value, pk):
    change = value.proposed_changes.filter(pk=pk or 0).first()
    if change is None:
        raise Http404
    return change


@login_required
@require_http_methods(["GET", "POST"])
def value_detail(request, pk):
    """One value: its state, the proposed changes beside it, its explanation threads and its whole history."""
    clerk = _staff_scope(request)
    value = clerk.filter(DataValue.objects.select_related("indicator", "place", "submitted_by", "approved_by")).filter(pk=pk).first()
    if value is None:
        raise Http404
    if request.method == "POST":
        action = request.POST.get("action")
        if action not in ACTIONS:
            raise Http404
        try:
            ACTIONS[action](request.user, value, request.POST)
        except (services.WorkflowError, ValueError) as error:
            messages.error(request, str(error))
        else:
            messages.success(request, DONE[action])
        return redirect("workflow:value", pk=value.pk)
    may_approve = can_act(request.user, value.place, "approver")
    return render(request, "workflow/value.html", {
        "value": value, "history": services.value_history(value), "may_approve": may_approve,
        "changes": value.proposed_changes.select_related("proposed_by", "decided_by"),
        "threads": value.explanations.prefetch_related("messages__author").select_related("asked_by"),
        "level_label": services.LEVEL_LABELS.get(value.approval_level, ""),
    })
