"""A real Chromium reads the dashboards: the charts are drawn from their JSON blocks (no inline script), axe-core
finds no serious or critical violation, a 390 px phone scrolls no page sideways, and the print layout drops the
site's navigation."""

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _serious(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [(v["id"], v["impact"], v["help"]) for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def _urls(demo):
    return ["/", reverse("dashboards:place", args=[demo["ba_che"].pk]), reverse("dashboards:place", args=[demo["binh_lieu"].pk]),
            reverse("dashboards:place", args=[demo["ba_che"].parent_id]), reverse("dashboards:country")]


def test_the_dashboards_draw_their_charts_and_pass_axe(live_server, browser, demo):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    found = {}
    for url in _urls(demo):
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
        problems = _serious(page)
        if problems:
            found[url] = problems
    assert found == {}
    page.goto(live_server.url + _urls(demo)[1])
    page.wait_for_selector(".chart-canvas svg")
    assert page.locator(".chart-canvas svg").count() == page.locator("figure[data-chart]").count() > 3
    page.screenshot(path="/tmp/dashboard-ba-che.png", full_page=True)
    assert errors == []
    context.close()


def test_a_390_px_phone_shows_no_dashboard_wider_than_the_screen(live_server, browser, demo):
    context = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 844})
    page = context.new_page()
    for url in _urls(demo):
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, url
    page.screenshot(path="/tmp/dashboard-phone.png", full_page=True)
    context.close()


def test_the_print_layout_keeps_the_figures_and_drops_the_navigation(live_server, browser, demo):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + _urls(demo)[1] + "?print=1")
    page.wait_for_selector(".chart-canvas svg")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".downloads").first.is_visible()
    assert page.locator("#table-status").is_visible()
    page.pdf(path="/tmp/dashboard-print.pdf")
    context.close()
