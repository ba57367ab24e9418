"""A real Chromium reads a unit portal: axe-core finds no serious or critical violation on the public pages,
the text size chosen is kept from page to page, and a 390 px phone shows no page wider than its screen."""

import warnings

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _keep_a_screenshot(page, path, **options):
    """A picture of the page for a person to look at afterwards; not part of the check (a loaded machine's Chromium
    sometimes cannot capture one: "Unable to capture screenshot")."""
    from playwright.sync_api import Error

    try:
        page.screenshot(path=path, **options)
    except Error as error:
        warnings.warn(f"no screenshot at {path}: {error}")


def _serious(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [(v["id"], v["impact"], v["help"]) for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def test_public_portal_pages_pass_axe_and_keep_the_readers_settings(live_server, browser, article, commune_portal):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    urls = [commune_portal.url_path, article.url_path, article.get_parent().url_path,
            commune_portal.url_path + "van-ban/", commune_portal.url_path + "lich-cong-tac/",
            commune_portal.url_path + "hoi-dap/", "/kiem-tra-so-lieu/", "/cong/"]
    found = {}
    for url in urls:
        page.goto(live_server.url + url)
        problems = _serious(page)
        if problems:
            found[url] = problems
    assert found == {}

    page.goto(live_server.url + article.url_path)
    page.click("[data-reader-size=bigger]")
    page.click("[data-reader=contrast]")
    page.goto(live_server.url + commune_portal.url_path)
    classes = page.locator("html").get_attribute("class")
    assert "text-large" in classes and "high-contrast" in classes
    _keep_a_screenshot(page, "/tmp/portal-contrast.png")
    context.close()


def test_a_390_px_phone_shows_no_page_wider_than_the_screen(live_server, browser, article, commune_portal):
    context = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 844})
    page = context.new_page()
    for url in [commune_portal.url_path, article.url_path, commune_portal.url_path + "lich-cong-tac/"]:
        page.goto(live_server.url + url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, url
    _keep_a_screenshot(page, "/tmp/portal-phone.png", full_page=True)
    context.close()
