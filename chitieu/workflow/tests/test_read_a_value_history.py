from decimal import Decimal

import pytest

from chitieu.workflow.services import accept_change, approve, reject_change, send_back, submit, value_history

pytestmark = pytest.mark.django_db


def test_a_value_edited_three_times_shows_every_change_with_who_when_old_new_why_and_via(
        enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, 5, via="screen")
    enter(dap_thanh_clerk, 6, reason="Cộng thêm thu tháng 9", via="screen")
    enter(dap_thanh_clerk, 7, reason="Theo số kho bạc", via="admin")
    submit(user=dap_thanh_clerk, values=[value])
    send_back(user=ba_che_approver, values=[value], reason="Thiếu nguồn")
    enter(dap_thanh_clerk, 8, reason="Số kho bạc ngày 30/9", via="import:values.csv:4")
    submit(user=dap_thanh_clerk, values=[value])
    approve(user=ba_che_approver, values=[value])
    rejected = enter(dap_thanh_clerk, 1, reason="nhầm", via="screen")
    reject_change(user=ba_che_approver, change=rejected, reason="Sai đơn vị")
    accept_change(user=ba_che_approver, change=enter(dap_thanh_clerk, 9, reason="Quyết toán"))

    history = value_history(value)
    actions = [entry.action for entry in history]
    assert actions == ["tạo", "sửa", "sửa", "gửi duyệt", "trả lại / mở lại", "sửa (về nháp)", "gửi duyệt", "duyệt",
                       "đề nghị thay đổi", "bác đề nghị", "đề nghị thay đổi", "sửa"]
    second, third = history[1], history[2]
    assert (second.old_value, second.new_value) == (Decimal("5e9"), Decimal("6e9"))
    assert second.who == dap_thanh_clerk and second.reason == "Cộng thêm thu tháng 9" and second.via == "screen"
    assert third.via == "admin" and history[5].via == "import:values.csv:4"
    assert history[4].reason == "Thiếu nguồn" and history[4].who == ba_che_approver
    assert history[-1].new_value == Decimal("9e9") and history[-1].who == ba_che_approver
    assert all(entry.when for entry in history)
