import pytest
from django.core.exceptions import PermissionDenied

from chitieu.indicators.models import DataValue
from chitieu.workflow.services import WorkflowError, approve, reopen, send_back, submit

pytestmark = pytest.mark.django_db


def test_the_approver_sends_a_submitted_value_back_with_a_reason(enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, 5)
    submit(user=dap_thanh_clerk, values=[value])
    [value] = send_back(user=ba_che_approver, values=[value], reason="Số thu sai đơn vị")
    assert value.state == DataValue.State.RETURNED and value.state_reason == "Số thu sai đơn vị"
    [value] = submit(user=dap_thanh_clerk, values=[value])
    assert value.state == DataValue.State.SUBMITTED and value.state_reason == ""


def test_sending_back_needs_a_reason(enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, 5)
    submit(user=dap_thanh_clerk, values=[value])
    with pytest.raises(WorkflowError, match="lý do"):
        send_back(user=ba_che_approver, values=[value], reason="  ")


def test_an_approver_reopens_an_approved_value_which_leaves_the_public_pages(enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, 5)
    submit(user=dap_thanh_clerk, values=[value])
    approve(user=ba_che_approver, values=[value])
    [value] = reopen(user=ba_che_approver, values=[value], reason="Cục Thống kê công bố số chính thức")
    assert value.state == DataValue.State.RETURNED and not DataValue.objects.public().exists()


def test_a_district_approver_cannot_reopen_what_the_province_approved(enter, dap_thanh_clerk, ba_che_approver,
                                                                       quang_ninh_approver):
    value = enter(dap_thanh_clerk, 5)
    submit(user=dap_thanh_clerk, values=[value])
    approve(user=quang_ninh_approver, values=[value])
    with pytest.raises(PermissionDenied):
        reopen(user=ba_che_approver, values=[value], reason="sai")
    reopen(user=quang_ninh_approver, values=[value], reason="sai")


def test_a_clerk_cannot_send_back_or_reopen(enter, dap_thanh_clerk, ba_che_clerk):
    value = enter(dap_thanh_clerk, 5)
    submit(user=dap_thanh_clerk, values=[value])
    with pytest.raises(PermissionDenied):
        send_back(user=ba_che_clerk, values=[value], reason="sai")
