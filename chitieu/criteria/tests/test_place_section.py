import datetime

import pytest
from django.template.loader import render_to_string

from chitieu.criteria.demo import load_demo_assessments
from chitieu.criteria.sections import place_ntm
from chitieu.criteria.tests.conftest import place_named



@pytest.fixture
def demo(sets, ba_che, binh_lieu):
    pytest.importorskip("chitieu.places.lookup")
    load_demo_assessments(log=lambda *a: None)


def render(section):
    return render_to_string(section["template"], section["context"])


def test_the_commune_section_shows_the_grid_of_its_sets(demo, binh_lieu):
    section = place_ntm(place_named("Hoành Mô", binh_lieu), datetime.date(2020, 12, 1), None)
    assert section["template"] == "criteria/_place_ntm.html"
    html = render(section)
    assert "7/8 tiêu chí, 26/27 chỉ tiêu" in html
    assert "20/20 tiêu chí, 53/53 chỉ tiêu" in html


def test_the_district_section_shows_the_roll_up(demo, binh_lieu):
    html = render(place_ntm(binh_lieu, datetime.date(2020, 12, 1), None))
    assert 'class="ntm-average-criteria">19<' in html
    assert 'class="ntm-average-indicators">50,3<' in html


def test_a_place_without_assessments_has_no_section(sets, binh_lieu):
    assert place_ntm(place_named("Hoành Mô", binh_lieu), datetime.date(2020, 12, 1), None) is None


def test_the_set_page_lists_thresholds_by_region_with_verified_marks(sets, client):
    response = client.get("/criteria/sets/ntm_commune_2016_2020/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Quyết định 1980/QĐ-TTg" in html
    assert "Thu nhập bình quân đầu người khu vực nông thôn" in html
    assert "verification-unverified" in html
    assert client.get("/criteria/").status_code == 200


def test_the_board_page_shows_a_past_date(demo, binh_lieu, client):
    hoanh_mo = place_named("Hoành Mô", binh_lieu)
    html = client.get(f"/criteria/places/{hoanh_mo.pk}/?date=2020-12-01").content.decode()
    assert "7/8 tiêu chí, 26/27 chỉ tiêu" in html
    html = client.get(f"/criteria/places/{hoanh_mo.pk}/?date=2020-01-01").content.decode()
    assert "Chưa có đánh giá nông thôn mới đến ngày này" in html


def test_a_commune_formed_by_a_merger_shows_what_its_former_communes_reached(demo, ba_che):
    pytest.importorskip("chitieu.places.services")
    from chitieu.criteria.tests.conftest import make_place
    from chitieu.places.models import Place, Succession

    merged = make_place("Lương Minh", Place.Level.COMMUNE, Place.Kind.COMMUNE, ba_che, valid_from=datetime.date(2024, 11, 1))
    for name in ("Lương Mông", "Minh Cầm"):
        Succession.objects.create(predecessor=place_named(name, ba_che), successor=merged, date=datetime.date(2024, 11, 1))
    html = render(place_ntm(merged, datetime.date(2025, 1, 1), None))
    assert "Đơn vị tiền thân" in html
    assert "Xã Lương Mông" in html and "3/8 tiêu chí" in html
