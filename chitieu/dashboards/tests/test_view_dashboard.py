"""A visitor opens a place's dashboard: what is behind first, status with its rule, stated and computed figures
side by side, roll-ups, charts with their tables, demonstration data marked."""

import json
import re

import pytest
from django.urls import reverse

from chitieu.dashboards import services
from chitieu.dashboards.tests.reading import page, text_of
from chitieu.indicators.services import record_value


@pytest.fixture
def demo(demo_of_the_module, db):
    """The demo loaded once for this module (conftest): these tests read it, or roll back what they add."""
    return demo_of_the_module


def test_ba_che_shows_its_revenue_on_track_with_the_rule_and_both_growth_figures(visitor, demo):
    text = text_of(page(visitor, demo["ba_che"]))
    assert "29,577 tỷ đồng" in text and "36 tỷ đồng (HĐND huyện)" in text
    assert "● Đúng tiến độ" in text
    assert "9 tháng của dự toán 36 tỷ đồng là 27 tỷ đồng" in text  # the rule, stated on the page
    assert "Tăng so với cùng kỳ (%): nguồn ghi +43,3% · hệ thống tính +43,3% ✔" in text


def test_a_figure_only_the_article_states_is_shown_with_its_source(visitor, demo):
    text = text_of(page(visitor, demo["ba_che"]))
    assert "% kế hoạch: nguồn ghi 125,7%" in text  # forest planted: the plan itself is not known
    assert "Báo Quảng Ninh, 16/11/2020" in text


def test_the_leaders_list_puts_what_is_behind_first(visitor, demo):
    html = page(visitor, demo["binh_lieu"])
    leader = html.split('id="leader-title"')[1].split("</ul>")[0]
    assert "Tỷ lệ hộ nghèo" in leader and "Có nguy cơ chậm" in leader
    dashboard = services.place_dashboard(demo["binh_lieu"])
    ranks = [row.worst.rank for row in dashboard.rows]
    assert ranks == sorted(ranks)


def test_invented_values_are_marked_as_demonstration_data(visitor, demo):
    html = page(visitor, demo["binh_lieu"])
    assert "Dữ liệu minh họa." in html and "dữ liệu minh họa" in html
    assert "Có dữ liệu minh họa (tự đặt) trong biểu đồ này." in html


def test_each_chart_carries_its_data_as_json_and_as_a_table(visitor, demo):
    html = page(visitor, demo["ba_che"])
    block = re.search(r'<script id="chart-data-series-budget_revenue" type="application/json">(.*?)</script>', html, re.S)
    data = json.loads(block.group(1))
    assert data["categories"][-1] == "9 tháng năm 2020" and data["series"][0]["data"][-1] == pytest.approx(29.577)
    assert data["series"][1]["data"][-1] == pytest.approx(20.64)  # the same period a year earlier
    assert 'id="table-series-budget_revenue"' in html
    assert "<script>" not in html.split("<main")[1]  # no inline script: a strict CSP holds


def test_the_communes_are_ranked_with_the_districts_own_figure(visitor, demo):
    html = page(visitor, demo["ba_che"], so_sanh="poverty_rate")
    ranking = html.split('id="table-ranking"')[1].split("</table>")[0]
    assert "Bình quân gia quyền các đơn vị (8/8)" in text_of(ranking) and "Số báo cáo của Ba Chẽ" in text_of(ranking)


def test_the_ntm_grid_describes_one_date_and_marks_demonstration_assessments(visitor, demo):
    text = text_of(page(visitor, demo["ba_che"]))
    assert "7/7 xã đạt chuẩn ngày 16/11/2020" in text
    assert "ngày 16/11/2020 có 7/7 xã đạt" in text
    assert "* Đánh giá minh họa" in text


def test_the_country_dashboard_ranks_the_provinces(visitor, demo):
    response = visitor.get(reverse("dashboards:country"))
    assert response.status_code == 200 and "Cả nước" in response.content.decode()


def test_the_place_page_links_to_the_dashboard(visitor, demo):
    response = visitor.get(reverse("portal:place", args=[demo["binh_lieu"].pk]))
    assert reverse("dashboards:place", args=[demo["binh_lieu"].pk]) in response.content.decode()


def test_the_number_of_queries_does_not_grow_with_the_values(visitor, demo, catalogue, django_assert_max_num_queries):
    place = demo["binh_lieu"]
    with django_assert_max_num_queries(60) as captured:
        page(visitor, place)
    before = len(captured.captured_queries)
    for year in range(2000, 2016):  # many more values, periods and targets
        for code in ("budget_revenue", "forest_planted", "tourists", "retail_sales"):
            record_value(indicator=catalogue[code], place=place, period=str(year), modality="actual", value=100 + year)
            record_value(indicator=catalogue[code], place=place, period=str(year), modality="target", value=100,
                         issuer="HĐND huyện")
    with django_assert_max_num_queries(before):
        page(visitor, place)
