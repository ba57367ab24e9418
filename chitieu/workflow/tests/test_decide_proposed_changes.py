from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from chitieu.indicators.models import DataValue
from chitieu.workflow.models import ProposedChange
from chitieu.workflow.services import WorkflowError, accept_change, approve, reject_change, submit


pytestmark = pytest.mark.django_db


@pytest.fixture
def approved(enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, "29.577")
    submit(user=dap_thanh_clerk, values=[value])
    approve(user=ba_che_approver, values=[value])
    return value


def test_an_approver_accepts_a_proposed_change_and_the_value_takes_the_new_number(
        approved, enter, dap_thanh_clerk, ba_che_approver):
    proposal = enter(dap_thanh_clerk, "30,1".replace(",", "."), reason="Số quyết toán")
    value = accept_change(user=ba_che_approver, change=proposal)
    assert value.pk == approved.pk and value.value == Decimal("30.1e9") and value.state == DataValue.State.APPROVED
    proposal.refresh_from_db()
    assert proposal.status == ProposedChange.Status.ACCEPTED and proposal.decided_by == ba_che_approver


def test_an_approver_rejects_a_proposed_change_with_a_reason_and_the_value_stays(
        approved, enter, dap_thanh_clerk, ba_che_approver):
    proposal = enter(dap_thanh_clerk, 1)
    with pytest.raises(WorkflowError):
        reject_change(user=ba_che_approver, change=proposal, reason="")
    reject_change(user=ba_che_approver, change=proposal, reason="Nhầm đơn vị")
    approved.refresh_from_db()
    assert approved.value == Decimal("29577000000")
    assert ProposedChange.objects.get().status == ProposedChange.Status.REJECTED


def test_a_clerk_cannot_decide_and_a_decided_change_cannot_be_decided_again(
        approved, enter, dap_thanh_clerk, ba_che_clerk, ba_che_approver):
    proposal = enter(dap_thanh_clerk, 1)
    with pytest.raises(PermissionDenied):
        accept_change(user=ba_che_clerk, change=proposal)
    reject_change(user=ba_che_approver, change=proposal, reason="Nhầm")
    with pytest.raises(WorkflowError):
        accept_change(user=ba_che_approver, change=proposal)


def test_nobody_accepts_their_own_proposal(approved, enter, ba_che_approver, quang_ninh_approver):
    proposal = enter(ba_che_approver, 2)
    with pytest.raises(WorkflowError):
        accept_change(user=ba_che_approver, change=proposal)
    accept_change(user=quang_ninh_approver, change=proposal)
