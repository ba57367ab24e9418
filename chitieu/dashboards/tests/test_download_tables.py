"""Every table and chart of a dashboard downloads as CSV (UTF-8 with BOM) and XLSX."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook


@pytest.fixture
def demo(demo_of_the_module, db):
    """The demo loaded once for this module (conftest): these tests only read it."""
    return demo_of_the_module


def download(visitor, place, key, fmt):
    response = visitor.get(reverse("dashboards:download", args=[place.pk, key, fmt]))
    assert response.status_code == 200
    return response


def test_the_status_table_downloads_as_csv_with_a_byte_order_mark(visitor, demo):
    response = download(visitor, demo["ba_che"], "status", "csv")
    assert response["Content-Type"].startswith("text/csv")
    body = response.content
    assert body.startswith("\ufeff".encode("utf-8"))
    text = body.decode("utf-8-sig")
    assert "Thu ngân sách nhà nước trên địa bàn" in text and "29,577 tỷ đồng" in text


def test_a_charts_data_downloads_as_xlsx_with_figures_as_numbers(visitor, demo):
    response = download(visitor, demo["ba_che"], "series-budget_revenue", "xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][:3] == ("Kỳ", "Kết quả", "Cùng kỳ năm trước")
    last = next(r for r in rows if r[0] == "9 tháng năm 2020")
    assert last[1] == 29577000000 and round(last[2]) == 20640000000


def test_the_ranking_and_the_ntm_grid_download_too(visitor, demo):
    for key in ("ranking", "ntm"):
        for fmt in ("csv", "xlsx"):
            download(visitor, demo["ba_che"], key, fmt)


def test_an_unknown_table_is_not_found(visitor, demo):
    assert visitor.get(reverse("dashboards:download", args=[demo["ba_che"].pk, "nothing", "csv"])).status_code == 404
