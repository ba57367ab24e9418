"""The reporting cycle in a real browser, as the cast does it: the commune clerk enters and submits, the
district approver sends back with a reason, the clerk corrects and resubmits, the approver approves, and the
public page shows the value only then. A 20-row monthly form is filled and submitted with Tab and Enter
alone; the screen fits a 390 px phone. Screenshots of each step go to $CHITIEU_SCREENSHOTS (or the test's
temporary folder)."""

import os
from decimal import Decimal
from pathlib import Path

import pytest
from playwright.sync_api import expect

from chitieu.indicators.models import DataValue
from chitieu.reporting.loader import load_forms
from chitieu.reporting.models import Report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("CHITIEU_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)

    def shot(page, name, full_page=True):
        page.screenshot(path=str(folder / f"{name}.png"), full_page=full_page)

    return shot


def new_page(browser, width=1280, height=900):
    context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": height})
    context.set_default_timeout(10_000)
    return context.new_page()


def entry_path(form, place, period="2020-03"):
    return f"/bao-cao/{form.code}/{place.pk}/?ky={period}"


def row(page, form, code):
    position = form.rows.get(indicator__code=code).position
    return page.locator(f"#dong-{position}")


def public_row(page, live_server, place, code):
    page.goto(f"{live_server.url}{place.get_absolute_url()}")
    return page.locator(f"table.values tr[data-indicator={code}]")


def test_the_whole_cycle_from_entry_to_the_public_page(live_server, browser, browser_page, login, monthly, store,
                                                       cycle_places, dap_thanh_clerk, ba_che_approver, shots):
    place = cycle_places.dap_thanh
    store("budget_revenue", place, "2020", 36, "tỷ đồng", modality="target", issuer="HĐND xã")
    store("budget_revenue", place, "2019-03", "20.64", "tỷ đồng")

    # 1. The commune clerk picks the form, the place and the period, never typing a code.
    clerk = browser_page
    login(clerk, live_server, dap_thanh_clerk)
    clerk.goto(f"{live_server.url}/bao-cao/")
    clerk.click(f"text={monthly.name}")
    assert "Xã Đạp Thanh — Huyện Ba Chẽ, Tỉnh Quảng Ninh" in clerk.locator("#dia_ban").inner_text()
    clerk.select_option("#ky", "2020-03")
    shots(clerk, "1-chon-dia-ban-ky")
    clerk.click("text=Mở biểu nhập liệu")
    # (the grid's script runs once the page has loaded: typing before that was lost once on a loaded CI machine)
    clerk.wait_for_load_state("load")
    assert "Tháng 3/2020" in clerk.locator(".facts").inner_text()

    # 2. The derived figures follow the typing.
    revenue = row(clerk, monthly, "budget_revenue")
    revenue.locator("input.value").fill("29,577")
    expect(revenue.locator("output.progress")).to_have_text("82,2%")
    expect(revenue.locator("output.change")).to_have_text("+43,3%")
    forest = row(clerk, monthly, "forest_planted")
    forest.locator("input.value").fill("37")
    rate = row(clerk, monthly, "poverty_rate")
    rate.locator("input.value").fill("130")
    assert "0–100%" in clerk.locator(f"#m-{monthly.rows.get(indicator__code='poverty_rate').position}").inner_text()
    shots(clerk, "2-nhap-lieu-tinh-ngay")
    clerk.click("button[value=submit]")
    assert "tỷ lệ phải nằm trong khoảng 0–100%" in clerk.locator(".check-summary").inner_text()
    shots(clerk, "3-loi-chan-gui-duyet")
    assert Report.objects.filter(state="submitted").count() == 0
    rate.locator("input.value").fill("")
    clerk.click("button[value=submit]")
    expect(clerk.locator("#report-state")).to_have_text("Đã gửi duyệt")
    shots(clerk, "4-da-gui-duyet")

    visitor = new_page(browser)
    assert public_row(visitor, live_server, place, "forest_planted").count() == 0

    # 3. The district approver sends it back with a reason.
    approver = new_page(browser)
    login(approver, live_server, ba_che_approver)
    approver.goto(f"{live_server.url}/bao-cao/")
    approver.click("text=Báo cáo tình hình kinh tế - xã hội hằng tháng · Xã Đạp Thanh")
    approver.fill("#reason", "Diện tích trồng rừng 37 ha không khớp sổ theo dõi, kiểm tra lại")
    shots(approver, "5-nguoi-duyet-tra-lai")
    approver.click("button[value=send_back]")
    expect(approver.locator("#report-state")).to_have_text("Bị trả lại")

    # 4. The clerk reads the reason, corrects and resubmits.
    clerk.goto(f"{live_server.url}/bao-cao/")
    clerk.click("text=Báo cáo tình hình kinh tế - xã hội hằng tháng · Xã Đạp Thanh")
    assert "không khớp sổ theo dõi" in clerk.locator(".notice.returned").inner_text()
    row(clerk, monthly, "forest_planted").locator("input.value").fill("3.772")
    shots(clerk, "6-sua-theo-ly-do")
    clerk.click("button[value=submit]")
    expect(clerk.locator("#report-state")).to_have_text("Đã gửi duyệt")
    assert public_row(visitor, live_server, place, "forest_planted").count() == 0

    # 5. The approver approves; only now does the public page show the value.
    approver.goto(f"{live_server.url}{entry_path(monthly, place)}")
    approver.click("button[value=approve]")
    expect(approver.locator("#report-state")).to_have_text("Đã duyệt")
    shots(approver, "7-da-duyet")
    assert DataValue.objects.get(indicator__code="forest_planted", period="2020-03").value == Decimal(3772)
    shown = public_row(visitor, live_server, place, "forest_planted")
    assert "3.772 ha" in shown.inner_text()
    shots(visitor, "8-trang-cong-khai")


def test_a_20_row_monthly_form_is_filled_and_submitted_with_the_keyboard_alone(live_server, browser_page, login, catalogue,
                                                                                cycle_places, dap_thanh_clerk, tmp_path, shots):
    codes = ["production_value", "grdp", "budget_revenue", "budget_expenditure", "public_investment_volume",
             "public_investment_disbursed", "social_investment", "retail_sales", "exports", "imports", "tourists",
             "tourism_revenue", "new_enterprises", "forest_planted", "grain_output", "sown_area", "households",
             "jobs_created", "labour_exported", "rural_roads_hardened"]
    (tmp_path / "bieu-20.yaml").write_text(
        "code: bieu-20\nname: Biểu tháng 20 chỉ tiêu\nperiodicity: month\nlevels: [commune]\nindicators: [%s]\n" % ", ".join(codes),
        encoding="utf-8")
    form = load_forms(log=lambda *a: None, folder=tmp_path)["bieu-20"]
    page = browser_page
    login(page, live_server, dap_thanh_clerk)
    page.goto(f"{live_server.url}{entry_path(form, cycle_places.dap_thanh)}")

    def focused():
        return page.evaluate("(e => e.tagName === 'BUTTON' ? e.textContent.trim() : e.name)(document.activeElement)")

    assert focused() == "value-1"  # the first empty value has the focus
    for n in range(1, 21):
        page.keyboard.type(f"{n},5")
        if n % 2:  # Tab walks the row in reading order: value, unit, % stated, comment, then the next row
            for expected in (f"unit-{n}", f"pct-{n}", f"note-{n}"):
                page.keyboard.press("Tab")
                assert focused() == expected
            page.keyboard.press("Tab")
        else:  # Enter goes straight to the next row's value
            page.keyboard.press("Enter")
        assert focused() == (f"value-{n + 1}" if n < 20 else "Lưu nháp")
    page.keyboard.press("Tab")
    assert focused() == "Gửi duyệt"
    shots(page, "9-ban-phim-truoc-khi-gui")
    page.keyboard.press("Enter")
    page.wait_for_selector("#report-state:has-text('Đã gửi duyệt')")
    shots(page, "10-ban-phim-da-gui")
    values = DataValue.objects.filter(place=cycle_places.dap_thanh, period="2020-03")
    assert values.count() == 20 and set(values.values_list("state", flat=True)) == {"submitted"}
    assert values.get(indicator__code="forest_planted").value == Decimal("14.5")
    assert values.get(indicator__code="budget_revenue").value == Decimal("3500000000")  # 3,5 tỷ đồng


def test_the_entry_screen_fits_a_phone(live_server, browser, login, monthly, cycle_places, dap_thanh_clerk, shots):
    page = new_page(browser, 390, 844)
    login(page, live_server, dap_thanh_clerk)
    page.goto(f"{live_server.url}{entry_path(monthly, cycle_places.dap_thanh)}")
    revenue = row(page, monthly, "budget_revenue").locator("input.value")
    revenue.fill("29,577")
    revenue.scroll_into_view_if_needed()
    width = page.evaluate("document.documentElement.scrollWidth")
    shots(page, "11-dien-thoai-390px", full_page=False)
    assert width <= 390
    box = row(page, monthly, "budget_revenue").locator("input.value").bounding_box()
    assert box["width"] > 120 and box["x"] + box["width"] <= 390


def test_a_figure_typed_before_the_screen_s_script_has_loaded_is_computed_when_it_loads(
        live_server, browser_page, login, monthly, store, cycle_places, dap_thanh_clerk):
    store("budget_revenue", cycle_places.dap_thanh, "2020", 36, "tỷ đồng", modality="target", issuer="HĐND xã")
    page = browser_page
    login(page, live_server, dap_thanh_clerk)
    held = []
    page.route("**/entry.js", lambda route: held.append(route))  # a slow line: the script comes after the typing
    page.goto(f"{live_server.url}{entry_path(monthly, cycle_places.dap_thanh)}", wait_until="commit")
    revenue = row(page, monthly, "budget_revenue")
    revenue.locator("input.value").fill("29,577")
    while not held:  # (the held request reaches the route while the page waits)
        page.wait_for_timeout(50)
    held[0].continue_()
    expect(revenue.locator("output.progress")).to_have_text("82,2%")
