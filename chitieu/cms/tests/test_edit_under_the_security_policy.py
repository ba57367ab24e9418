"""An editor's page editor runs its widgets (image chooser, date pickers, inline panels) under the site's
Content-Security-Policy, without opening inline scripts to anything else; public pages keep the strict policy."""

import pytest
from django.conf import settings
from django.test import Client

from chitieu.cms.tests.conftest import make_editor, quiet_editing_sessions

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """window.__violations = [];
document.addEventListener('securitypolicyviolation', event => window.__violations.push(
  `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));"""


def open_recording(page, url):
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    return response


def test_the_page_editor_runs_its_widgets_without_a_policy_violation(live_server, browser_page, article,
                                                                     commune_portal):
    client = Client()
    client.force_login(make_editor("bien_tap_xa", commune_portal.place))
    page = browser_page
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                               "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}])
    quiet_editing_sessions(page)
    response = open_recording(page, f"{live_server.url}/cms-admin/pages/{article.pk}/edit/")
    assert "'sha256-" in response.headers["content-security-policy"]
    assert page.evaluate("window.__violations") == []
    # The date field's picker was started by its inline script.
    page.click("#id_date")
    page.locator(".xdsoft_datetimepicker:visible").first.wait_for(timeout=5_000)
    # So was the image chooser: its button opens the chooser's dialog.
    page.keyboard.press("Escape")
    page.locator("#id_image-chooser .unchosen button").click()
    page.locator(".modal").first.wait_for(timeout=8_000)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__violations") == []
    # Any other inline script stays blocked.
    page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
                  " document.body.append(s); }")
    assert page.evaluate("window.__ran") is None
    assert page.evaluate("window.__violations")
    page.goto("about:blank")  # no admin request left in flight while the test database is flushed


def test_public_pages_keep_the_strict_policy(live_server, browser_page, article):
    for url in ("/", article.url_path):
        response = open_recording(browser_page, f"{live_server.url}{url}")
        assert response.status == 200
        assert response.headers["content-security-policy"] == settings.CHITIEU_CSP
        assert browser_page.evaluate("window.__violations") == []
