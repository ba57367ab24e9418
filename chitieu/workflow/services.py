"""The reporting cycle: every staff write of a value, and every step of its approval, goes through here.

draft → submitted → approved (locked), or returned with a reason; an approver may reopen an approved value
with a reason. A new number for a key that holds an approved value, or one accepted from a reviewed claim,
never overwrites it: it becomes a `ProposedChange` that an approver accepts or rejects. Approval records the
level that approved (commune → district → province → country, as DHIS2's approval levels) and may go up a
level. Every change is kept by django-simple-history with who, when, why and through what (`via`).

Scope: `user` must hold the role at the place (`chitieu.accounts.scopes`); PermissionDenied otherwise.
`user=None` is the operator running a command on the server (`chitieu import` without `--as`), who already
holds the database: no scope applies, and the change is recorded without a user."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from chitieu.accounts.scopes import Scope, require
from chitieu.indicators.models import DataValue
from chitieu.indicators.services import (
    canonical_number, check_source, locked_value, save_value, validate_key,
)
from chitieu.workflow.models import ExplanationMessage, ExplanationThread, ProposedChange

State = DataValue.State
CLERK, APPROVER = "clerk", "approver"
# Approval levels, lowest first (DHIS2's approval levels): the level of the place at which the approver holds
# the role that covers the value.
LEVELS = ["commune", "district", "province", "country"]
LEVEL_LABELS = {"commune": "xã", "district": "huyện", "province": "tỉnh", "country": "toàn quốc"}


class WorkflowError(ValueError):
    """A step the value's state does not allow (approving a draft, approving one's own submission…); the
    message, in Vietnamese, names the value."""


# ------------------------------------------------------------------------------------------ helpers


def _require(user, place, role):
    if user is None:  # the operator at the server's command line
        return
    require(user, place, role)


def _actor(user):
    return user if getattr(user, "pk", None) else None


def _name(value: DataValue) -> str:
    return f"{value.indicator.name_vi} · {value.place.full_name} · {value.period}"


def is_protected(value: DataValue | None) -> bool:
    """Whether a new number for this value must wait as a proposed change: it is approved, or it came from a
    claim a reviewer accepted."""
    return value is not None and (value.state == State.APPROVED or value.source == DataValue.Source.CLAIM)


def approval_level(user, place) -> str | None:
    """The highest level at which `user` approves `place`: the level of the place where they hold the approver
    role covering it (`country` for a country-wide role or an administrator); None if they do not."""
    if user is None:
        return "country"
    if getattr(user, "is_superuser", False):
        return "country"
    best = None
    for row in user.place_roles.filter(role=APPROVER).select_related("place"):
        if row.place_id is None:
            level = "country"
        elif Scope([row.place_id]).covers(place):
            level = row.place.level
        else:
            continue
        if best is None or LEVELS.index(level) > LEVELS.index(best):
            best = level
    return best


def _values(values) -> list[DataValue]:
    """The given values (DataValue objects or ids), re-read and locked, in a stable order."""
    if isinstance(values, DataValue):
        values = [values]
    ids = [v.pk if isinstance(v, DataValue) else int(v) for v in values]
    rows = DataValue.objects.select_for_update(of=("self",)).select_related("indicator", "place").filter(pk__in=ids)
    found = {row.pk: row for row in rows.order_by("pk")}
    missing = [pk for pk in ids if pk not in found]
    if missing:
        raise WorkflowError(_("Không có số liệu mã %s") % ", ".join(map(str, missing)))
    return [found[pk] for pk in dict.fromkeys(ids)]


def _reason_required(reason, what):
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(_("Hãy ghi lý do %s.") % what)
    return reason


# ------------------------------------------------------------------------------------------ entering


def enter_value(*, user, indicator, place, period, modality, value, unit=None, issuer="", source="entered",
                source_detail=None, note="", reason="", via="screen", submit=False, approve=False):
    """A clerk (or anyone above, at the place) enters a number. Returns the stored DataValue, or a
    ProposedChange when the key holds an approved or reviewed value (never written over).

    The value lands as a draft (a returned or submitted value goes back to draft when changed); with
    `submit=True` it lands submitted (imports), with `approve=True` approved by `user`, who must then approve
    the place (an approver importing with `--approve`). A number equal to the stored one changes nothing."""
    _require(user, place, APPROVER if approve else CLERK)
    key = validate_key(indicator=indicator, place=place, period=period, modality=modality, issuer=issuer)
    number = canonical_number(indicator, value, unit)
    source = check_source(source)
    source_detail = source_detail or {}
    note = (note or "")[:500]
    level = approval_level(user, place) if approve else None
    if approve and level is None:
        raise PermissionDenied(_("Không có quyền duyệt số liệu của %s") % place)
    now = timezone.now()
    with transaction.atomic():
        stored = locked_value(key)
        if is_protected(stored):
            if stored.value == number:
                return stored  # the same figure: corroborated, nothing to change
            # Even an approver importing with --approve only proposes: nobody replaces an approved figure alone.
            return ProposedChange.objects.create(
                value=stored, new_value=number, typed=f"{value} {unit or ''}".strip()[:80], old_value=stored.value,
                source=source, source_detail=source_detail, note=note, reason=reason or "", via=via or "",
                proposed_by=_actor(user),
            )
        fields = {"value": number, "unit": indicator.unit, "source": source, "source_detail": source_detail,
                  "note": note}
        if approve:
            fields.update(state=State.APPROVED, approved_by=_actor(user), approved_at=now, approval_level=level,
                          state_reason="")
            if stored is None or stored.state != State.SUBMITTED:
                fields.update(submitted_by=_actor(user), submitted_at=now)
        elif submit:
            fields.update(state=State.SUBMITTED, submitted_by=_actor(user), submitted_at=now)
        else:
            fields.update(state=State.DRAFT)
        if stored is not None and all(getattr(stored, k) == v for k, v in fields.items()
                                      if k not in ("submitted_at", "approved_at")):
            return stored  # nothing new: no history entry
        return save_value(stored, key, fields, user=user, reason=reason, via=via)


# ------------------------------------------------------------------------------------------ approval steps


def submit(*, user, values, reason="", via="screen") -> list[DataValue]:
    """Drafts (or returned values) go to approval. All or nothing."""
    with transaction.atomic():
        rows = _values(values)
        for row in rows:
            _require(user, row.place, CLERK)
            if row.state not in (State.DRAFT, State.RETURNED):
                raise WorkflowError(_("“%(value)s” đang ở trạng thái “%(state)s”, không gửi duyệt được.")
                                    % {"value": _name(row), "state": row.get_state_display()})
        now = timezone.now()
        return [_step(row, user, reason or _("Gửi duyệt"), via, state=State.SUBMITTED, submitted_by=_actor(user),
                      submitted_at=now, state_reason="") for row in rows]


def approve(*, user, values, reason="", via="screen") -> list[DataValue]:
    """Submitted values become approved (public, locked), at the approver's level; an approved value may be
    approved again by a higher level. Nobody approves their own submission. All or nothing."""
    with transaction.atomic():
        rows = _values(values)
        levels = {}
        for row in rows:
            _require(user, row.place, APPROVER)
            level = approval_level(user, row.place)
            if level is None:
                raise PermissionDenied(_("Không có quyền duyệt số liệu của %s") % row.place)
            if row.state == State.APPROVED:
                if row.approval_level and LEVELS.index(level) <= LEVELS.index(row.approval_level):
                    raise WorkflowError(_("“%(value)s” đã được duyệt ở cấp %(level)s.")
                                        % {"value": _name(row), "level": LEVEL_LABELS[row.approval_level]})
            elif row.state != State.SUBMITTED:
                raise WorkflowError(_("“%(value)s” chưa được gửi duyệt (trạng thái: %(state)s).")
                                    % {"value": _name(row), "state": row.get_state_display()})
            if user is not None and row.submitted_by_id == user.pk:
                raise WorkflowError(_("Không ai tự duyệt số liệu mình gửi: “%s” cần người khác duyệt.") % _name(row))
            levels[row.pk] = level
        now = timezone.now()
        return [_step(row, user, reason or _("Duyệt ở cấp %s") % LEVEL_LABELS[levels[row.pk]], via,
                      state=State.APPROVED, approved_by=_actor(user), approved_at=now, approval_level=levels[row.pk],
                      state_reason="") for row in rows]


def send_back(*, user, values, reason, via="screen") -> list[DataValue]:
    """Submitted values go back to the clerk, with the reason. All or nothing."""
    reason = _reason_required(reason, _("trả lại"))
    with transaction.atomic():
        rows = _values(values)
        for row in rows:
            _require(user, row.place, APPROVER)
            if row.state != State.SUBMITTED:
                raise WorkflowError(_("“%(value)s” không ở trạng thái chờ duyệt (trạng thái: %(state)s).")
                                    % {"value": _name(row), "state": row.get_state_display()})
        return [_step(row, user, reason, via, state=State.RETURNED, state_reason=reason[:500]) for row in rows]


def reopen(*, user, values, reason, via="screen") -> list[DataValue]:
    """Approved values are opened again for correction (they leave the public pages), with the reason; only
    an approver at the level that approved them, or above, may. All or nothing."""
    reason = _reason_required(reason, _("mở lại"))
    with transaction.atomic():
        rows = _values(values)
        for row in rows:
            _require(user, row.place, APPROVER)
            if row.state != State.APPROVED:
                raise WorkflowError(_("“%s” chưa được duyệt, không cần mở lại.") % _name(row))
            level = approval_level(user, row.place)
            if row.approval_level and LEVELS.index(level) < LEVELS.index(row.approval_level):
                raise PermissionDenied(_("“%(value)s” đã được duyệt ở cấp %(level)s: chỉ cấp đó hoặc cấp trên mở lại được.")
                                       % {"value": _name(row), "level": LEVEL_LABELS[row.approval_level]})
        return [_step(row, user, reason, via, state=State.RETURNED, state_reason=reason[:500], approval_level="",
                      approved_by=None, approved_at=None) for row in rows]


def _step(row, user, reason, via, **fields):
    key = validate_key(indicator=row.indicator, place=row.place, period=row.period, modality=row.modality,
                       issuer=row.issuer)
    return save_value(row, key, fields, user=user, reason=reason, via=via)


# ------------------------------------------------------------------------------------------ proposed changes


def open_changes(value: DataValue):
    return value.proposed_changes.filter(status=ProposedChange.Status.OPEN)


def accept_change(*, user, change: ProposedChange, reason="", via="screen") -> DataValue:
    """The proposed number replaces the stored one; the value stays approved, by the one who accepts."""
    with transaction.atomic():
        change = ProposedChange.objects.select_for_update().get(pk=change.pk)
        row = _values([change.value_id])[0]
        _require(user, row.place, APPROVER)
        _check_open_change(change)
        if user is not None and change.proposed_by_id == user.pk:
            raise WorkflowError(_("Không ai tự chấp nhận đề nghị của chính mình."))
        level = approval_level(user, row.place)
        now = timezone.now()
        why = reason or _("Chấp nhận đề nghị thay đổi: %s") % (change.reason or change.typed)
        fields = {"value": change.new_value, "source": change.source, "source_detail": change.source_detail,
                  "note": change.note or row.note}
        if row.state == State.APPROVED:
            fields.update(approved_by=_actor(user), approved_at=now, approval_level=level)
        stored = _step(row, user, why, change.via or via, **fields)
        change.status = ProposedChange.Status.ACCEPTED
        change.decided_by, change.decided_at, change.decision_reason = _actor(user), now, reason or ""
        change.save()
        _link_claim(change, stored)
    return stored


def reject_change(*, user, change: ProposedChange, reason, via="screen") -> ProposedChange:
    """The stored value stays; the proposal is kept, rejected, with the reason."""
    reason = _reason_required(reason, _("bác đề nghị"))
    with transaction.atomic():
        change = ProposedChange.objects.select_for_update().select_related("value__place").get(pk=change.pk)
        _require(user, change.value.place, APPROVER)
        _check_open_change(change)
        change.status = ProposedChange.Status.REJECTED
        change.decided_by, change.decided_at, change.decision_reason = _actor(user), timezone.now(), reason
        change.save()
    return change


def _check_open_change(change):
    if change.status != ProposedChange.Status.OPEN:
        raise WorkflowError(_("Đề nghị này đã được quyết định (%s).") % change.get_status_display())


def _link_claim(change, value):
    """A claim whose figure waited as a proposal now backs the value."""
    claim_id = (change.source_detail or {}).get("claim") if change.source == DataValue.Source.CLAIM else None
    if claim_id:
        from chitieu.documents.models import Claim

        Claim.objects.filter(pk=claim_id).update(data_value=value)


# ------------------------------------------------------------------------------------------ explanations


def ask_explanation(*, user, value: DataValue, question) -> ExplanationThread:
    """An approver of the place asks why the figure is what it is."""
    question = (question or "").strip()
    if not question:
        raise WorkflowError(_("Hãy ghi nội dung yêu cầu giải trình."))
    _require(user, value.place, APPROVER)
    with transaction.atomic():
        thread = ExplanationThread.objects.create(value=value, question=question, asked_by=_actor(user))
        ExplanationMessage.objects.create(thread=thread, author=_actor(user), text=question)
    return thread


def answer_explanation(*, user, thread: ExplanationThread, text) -> ExplanationMessage:
    """The clerk (or anyone covering the place) answers on the thread; the approver may write back on it."""
    text = (text or "").strip()
    if not text:
        raise WorkflowError(_("Hãy ghi nội dung giải trình."))
    thread = ExplanationThread.objects.select_related("value__place").get(pk=thread.pk)
    _require(user, thread.value.place, CLERK)
    with transaction.atomic():
        message = ExplanationMessage.objects.create(thread=thread, author=_actor(user), text=text)
        if user is None or thread.asked_by_id != user.pk:
            thread.status = ExplanationThread.Status.ANSWERED
            thread.save(update_fields=["status"])
    return message


# ------------------------------------------------------------------------------------------ history


@dataclass
class HistoryEntry:
    """One change of a value: who, when, what (old → new value and state), why, through what."""

    when: object
    who: object
    action: str
    old_value: Decimal | None
    new_value: Decimal | None
    old_state: str | None
    new_state: str | None
    reason: str
    via: str
    source: str = ""
    source_detail: dict = field(default_factory=dict)

    @property
    def value_changed(self):
        return self.old_value != self.new_value


ACTIONS = {"+": "tạo", "~": "sửa", "-": "xóa"}


def value_history(value: DataValue) -> list[HistoryEntry]:
    """Every change of the value, oldest first: each saved version (entered, imported, from a claim, submitted,
    approved, sent back, reopened, a proposal accepted) and each proposal made or rejected beside it."""
    entries, previous = [], None
    records = DataValue.history.filter(id=value.pk).select_related("history_user").order_by("history_date", "history_id")
    for record in records:
        entries.append(HistoryEntry(
            when=record.history_date, who=record.history_user, action=_action(record, previous),
            old_value=previous.value if previous else None, new_value=record.value,
            old_state=previous.state if previous else None, new_state=record.state,
            reason=record.history_change_reason or "", via=record.history_via, source=record.source,
            source_detail=record.source_detail or {},
        ))
        previous = record
    for change in value.proposed_changes.select_related("proposed_by", "decided_by"):
        entries.append(HistoryEntry(
            when=change.proposed_at, who=change.proposed_by, action="đề nghị thay đổi", old_value=change.old_value,
            new_value=change.new_value, old_state=None, new_state=None, reason=change.reason, via=change.via,
            source=change.source, source_detail=change.source_detail,
        ))
        if change.status == ProposedChange.Status.REJECTED:
            entries.append(HistoryEntry(
                when=change.decided_at, who=change.decided_by, action="bác đề nghị", old_value=change.old_value,
                new_value=change.new_value, old_state=None, new_state=None, reason=change.decision_reason, via="",
            ))
    entries.sort(key=lambda entry: entry.when)
    return entries


def _action(record, previous):
    if record.history_type != "~" or previous is None:
        return ACTIONS.get(record.history_type, record.history_type)
    if previous.state != record.state:
        return {State.SUBMITTED: "gửi duyệt", State.APPROVED: "duyệt", State.RETURNED: "trả lại / mở lại",
                State.DRAFT: "sửa (về nháp)"}.get(record.state, "sửa")
    if previous.approval_level != record.approval_level and record.state == State.APPROVED:
        return "duyệt cấp trên"
    return "sửa"
