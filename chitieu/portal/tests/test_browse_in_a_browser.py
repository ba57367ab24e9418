"""A real Chromium opens the place page, follows a successor link, switches language and logs in as staff."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_visitor_searches_opens_a_place_and_a_reviewer_logs_in(live_server, browser_page, login, ba_che, reviewer):
    page = browser_page
    page.goto(f"{live_server.url}/")
    page.fill("#place-query", "huyen Ba Che")
    page.click("form.search button[type=submit]")
    page.wait_for_url(f"**/p/{ba_che.pk}/")
    expect(page.locator("h1")).to_have_text("Huyện Ba Chẽ")
    assert page.locator("nav.breadcrumb").inner_text().startswith("Tỉnh Quảng Ninh")

    page.click(".history a >> text=Xã Kỳ Thượng")
    expect(page.locator("h1")).to_have_text("Xã Kỳ Thượng")
    assert "Huyện Ba Chẽ" in page.locator(".history").inner_text()  # formed from part of it

    page.click(".lang button[value=en]")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Formed on 1/7/2025 from" in page.locator(".history").inner_text()
    page.click(".lang button[value=vi]")

    assert page.locator(".account").inner_text().strip() == "Đăng nhập"
    login(page, live_server, reviewer)
    page.goto(f"{live_server.url}/p/{ba_che.pk}/")
    header = page.locator("header.site-header").inner_text()
    assert "Duyệt số liệu" in header and "Đăng xuất" in header
    page.click(".account button >> text=Đăng xuất")
    page.goto(f"{live_server.url}/")
    assert "Duyệt số liệu" not in page.locator("header.site-header").inner_text()
