import pytest
from django.conf import settings
from django.test import Client

from chitieu.documents.models import Claim

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies([
        {"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}
    ])


def test_a_reviewer_works_through_the_queue_in_a_browser(live_server, browser_page, reviewer, approver, world, make_claim):
    first = make_claim(35.2e9)
    second = make_claim(37e9, text="37 tỷ đồng")
    unlinked = make_claim(linked=False, text="vượt dự toán")
    page = browser_page
    log_in(page, live_server, reviewer)

    page.goto(f"{live_server.url}/documents/review/")
    rows = page.locator("tr.claim-row")
    assert rows.count() == 3
    assert "chưa gắn chỉ tiêu" in page.locator(f'tr[data-claim="{unlinked.pk}"]').inner_text()

    page.click(f'tr[data-claim="{first.pk}"] a >> text=35,2 tỷ đồng')
    assert page.locator("blockquote.claim-sentence mark").inner_text() == "35,2 tỷ đồng"
    page.click("form.accept-form button")
    page.wait_for_load_state()
    assert "Đã chấp nhận số liệu." in page.locator(".messages").inner_text()
    assert Claim.objects.get(pk=first.pk).review_state == "accepted"

    # The second claim says 37 tỷ for the same key: it is shown as a conflict, beside the stored value.
    page.goto(f"{live_server.url}/documents/review/?conflict=1")
    assert page.locator("tr.claim-row").count() == 1
    page.click(f'tr[data-claim="{second.pk}"] a >> text=37 tỷ đồng')
    assert "35.200.000.000 VND" in page.locator(".stored-value").inner_text()
    page.check("form.accept-form input[name=replace]")
    page.click("form.accept-form button")
    page.wait_for_load_state()
    # A reviewed value is never written over: the new figure waits beside it until an approver accepts it.
    from chitieu.workflow.models import ProposedChange
    from chitieu.workflow.services import accept_change

    stored = Claim.objects.get(pk=first.pk).data_value
    assert float(stored.value) == 35.2e9
    accept_change(user=approver, change=ProposedChange.objects.get(value=stored))
    second.refresh_from_db()
    assert second.review_state == "accepted" and float(second.data_value.value) == 37e9

    # The unlinked one cannot be accepted as it is; the reviewer rejects it with a reason.
    page.goto(f"{live_server.url}{unlinked.get_absolute_url()}")
    assert page.locator("form.accept-form button").is_disabled()
    page.fill("form.reject-form input[name=reason]", "không phải số liệu thực hiện")
    page.click("form.reject-form button")
    page.wait_for_load_state()
    assert Claim.objects.get(pk=unlinked.pk).review_state == "rejected"

    # The document page shows the decisions on the highlighted text.
    page.goto(f"{live_server.url}{first.source_url}")
    assert page.locator(f"mark#claim-{first.pk}.accepted").count() == 1
