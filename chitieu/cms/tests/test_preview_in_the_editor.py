"""An editor previews an article beside the editing form: Wagtail's preview frame loads under the site's
Content-Security-Policy (which forbids framing every other page)."""

import pytest
from django.conf import settings
from django.test import Client

from chitieu.cms.tests.conftest import make_editor, quiet_editing_sessions

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_preview_beside_the_editor_shows_the_article(live_server, browser_page, article, commune_portal):
    client = Client()
    client.force_login(make_editor("bien_tap_xa", commune_portal.place))
    page = browser_page
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                               "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}])
    quiet_editing_sessions(page)
    blocked = []
    page.on("console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None)
    page.goto(f"{live_server.url}/cms-admin/pages/{article.pk}/edit/")
    page.click('[data-side-panel-toggle="preview"]')
    # Wagtail loads the preview into a second frame, then swaps it in.
    frame = page.frame_locator("iframe.w-preview__iframe[src]").last
    frame.locator("h1", has_text="Thu ngân sách 9 tháng").wait_for(timeout=15_000)
    assert not [text for text in blocked if "frame-ancestors" in text]
    # Leave no request in flight: Wagtail keeps the previewed form in the session, and the test database is flushed
    # right after the test (a session still being written then locks the table).
    page.wait_for_load_state("networkidle")
    page.goto("about:blank")
