"""The value page: the clerk submits, the district approver sends back, approves, asks for an explanation;
the history and the proposed changes are shown beside the value."""

import pytest

from chitieu.indicators.models import DataValue
from chitieu.workflow.services import approve, submit

pytestmark = pytest.mark.django_db


def _client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def test_the_cycle_runs_on_the_value_page(enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, "29.577")
    clerk, approver = _client(dap_thanh_clerk), _client(ba_che_approver)
    url = f"/workflow/values/{value.pk}/"
    page = clerk.get(url).content.decode()
    assert "29,577 tỷ đồng" in page and "Gửi duyệt" in page and "Duyệt</button>" not in page
    clerk.post(url, {"action": "submit"})
    assert "Số liệu chờ duyệt" in approver.get("/workflow/").content.decode()
    approver.post(url, {"action": "send_back", "reason": "Thiếu nguồn số liệu"})
    value.refresh_from_db()
    assert value.state == DataValue.State.RETURNED
    assert "Thiếu nguồn số liệu" in clerk.get("/workflow/").content.decode()
    clerk.post(url, {"action": "submit"})
    response = clerk.post(url, {"action": "approve"}, follow=True)  # a clerk's approval is refused
    value.refresh_from_db()
    assert value.state == DataValue.State.SUBMITTED
    approver.post(url, {"action": "approve"})
    value.refresh_from_db()
    assert value.state == DataValue.State.APPROVED and value.approval_level == "district"
    page = approver.get(url).content.decode()
    assert "gửi duyệt" in page and "trả lại / mở lại" in page and "Thiếu nguồn số liệu" in page


def test_a_proposed_change_is_shown_beside_the_stored_value_and_decided_there(enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, "29.577")
    submit(user=dap_thanh_clerk, values=[value])
    approve(user=ba_che_approver, values=[value])
    change = enter(dap_thanh_clerk, 1, reason="nhập nhầm?")
    approver = _client(ba_che_approver)
    page = approver.get(f"/workflow/values/{value.pk}/").content.decode()
    assert "29,577 tỷ đồng" in page and "1 tỷ đồng" in page and "nhập nhầm?" in page
    approver.post(f"/workflow/values/{value.pk}/", {"action": "reject_change", "change": change.pk, "reason": "Sai đơn vị"})
    change.refresh_from_db()
    value.refresh_from_db()
    assert change.status == "rejected" and value.value == 29577000000


def test_an_explanation_is_asked_and_answered_on_the_value_page(enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, "10")
    url = f"/workflow/values/{value.pk}/"
    _client(ba_che_approver).post(url, {"action": "ask", "text": "Vì sao chỉ đạt 30% dự toán?"})
    thread = value.explanations.get()
    _client(dap_thanh_clerk).post(url, {"action": "answer", "thread": thread.pk, "text": "Chưa thu tiền đất."})
    page = _client(ba_che_approver).get(url).content.decode()
    assert "Vì sao chỉ đạt 30% dự toán?" in page and "Chưa thu tiền đất." in page
