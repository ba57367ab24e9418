"""A clerk downloads the template, uploads a broken file and reads every error, then a correct one; a
visitor reads the figures on the place page."""

import pytest
from playwright.sync_api import expect
from chitieu.indicators.models import DataValue
from chitieu.indicators.tests.files import write_xlsx

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def workbook(path, rows):
    return str(write_xlsx(path, rows))


def test_a_clerk_sees_every_error_of_a_bad_file_then_imports_a_good_one(live_server, browser_page, login, clerk, approver, catalogue, places, tmp_path):
    page = browser_page
    login(page, live_server, clerk)
    page.goto(f"{live_server.url}/indicators/")
    assert "budget_revenue" in page.locator("table.catalogue").inner_text()
    page.click("text=Nhập số liệu từ tệp")

    bad = workbook(tmp_path / "sai.xlsx", [
        ["budget_revenue", "", "Huyện Ba Chẽ", "2020", "actual", "", "29,577", "ha", ""],
        ["budget_revenue", "", "Xã Không Có", "2020", "actual", "", "1", "tỷ đồng", ""],
    ])
    page.set_input_files("#id_file", bad)
    page.click("#import-form button[type=submit]")
    errors = page.locator(".import-errors tbody tr")
    expect(errors).to_have_count(2)  # waits for the posted page: counting at once raced the reload
    assert "chưa lưu dòng nào" in page.locator(".import-errors h2").inner_text()
    assert "Đơn vị" in errors.nth(0).inner_text() and "Địa bàn" in errors.nth(1).inner_text()
    assert not DataValue.objects.exists()

    good = workbook(tmp_path / "dung.xlsx", [
        ["budget_revenue", "", "Huyện Ba Chẽ", "2020-01/2020-09", "actual", "", "29,577", "tỷ đồng", ""],
        ["budget_revenue", "", "Huyện Ba Chẽ", "2020", "target", "HĐND huyện", "36", "tỷ đồng", ""],
    ])
    page.set_input_files("#id_file", good)
    page.click("#import-form button[type=submit]")
    expect(page.locator(".messages")).to_contain_text("Đã nhập 2 dòng")

    # Imported values wait for approval: the public does not see them until an approver approves.
    page.context.clear_cookies()  # log out: look as the public would
    page.goto(f"{live_server.url}{places.ba_che.get_absolute_url()}")
    assert page.locator("table.values tr[data-indicator=budget_revenue]").count() == 0
    from chitieu.workflow.services import approve

    approve(user=approver, values=list(DataValue.objects.all()))
    page.goto(f"{live_server.url}{places.ba_che.get_absolute_url()}")
    row = page.locator("table.values tr[data-indicator=budget_revenue]")
    assert "29,577 tỷ đồng" in row.inner_text() and "đạt 82,2%" in row.inner_text()
