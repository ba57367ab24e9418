import pytest
from django.core.exceptions import PermissionDenied

from chitieu.workflow.models import ExplanationThread
from chitieu.workflow.services import answer_explanation, ask_explanation

pytestmark = pytest.mark.django_db


def test_an_approver_asks_why_and_the_clerk_answers_on_the_same_thread(enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, 5)
    thread = ask_explanation(user=ba_che_approver, value=value, question="Vì sao thu ngân sách chỉ đạt 40% dự toán?")
    answer_explanation(user=dap_thanh_clerk, thread=thread, text="Hai dự án chưa nộp tiền sử dụng đất.")
    thread.refresh_from_db()
    assert thread.status == ExplanationThread.Status.ANSWERED
    assert [m.author for m in thread.messages.all()] == [ba_che_approver, dap_thanh_clerk]
    assert list(value.explanations.all()) == [thread]


def test_a_clerk_cannot_ask_and_an_outsider_cannot_answer(enter, dap_thanh_clerk, ba_che_approver, cycle_places):
    from chitieu.accounts.services import create_user

    value = enter(dap_thanh_clerk, 5)
    with pytest.raises(PermissionDenied):
        ask_explanation(user=dap_thanh_clerk, value=value, question="?")
    thread = ask_explanation(user=ba_che_approver, value=value, question="Vì sao?")
    outsider = create_user("can_bo_huc_dong", "clerk", places=[cycle_places.huc_dong])
    with pytest.raises(PermissionDenied):
        answer_explanation(user=outsider, thread=thread, text="…")
