"""The page of a place: where it sits, when it existed, what it became, what it holds, and the sections."""

import datetime

import pytest

from chitieu.places.lookup import find_places

pytestmark = pytest.mark.django_db


def page_of(client, place, **params):
    response = client.get(f"/p/{place.pk}/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_shows_the_breadcrumb_of_parents(places, visitor):
    (commune,) = find_places("Đạp Thanh")
    page = page_of(visitor, commune)
    breadcrumb = page.split('class="breadcrumb"')[1].split("</nav>")[0]
    assert breadcrumb.index("Tỉnh Quảng Ninh") < breadcrumb.index("Huyện Ba Chẽ") < breadcrumb.index("Xã Đạp Thanh")
    assert "<h1>Xã Đạp Thanh</h1>" in page


def test_an_abolished_district_links_to_the_communes_that_took_it_over(ba_che, visitor):
    page = page_of(visitor, ba_che)
    assert "Đơn vị này không còn tồn tại." in page
    assert "Từ 1/7/2025 thuộc" in page and "1679/NQ-UBTVQH15" in page
    for name in ("Ba Chẽ", "Kỳ Thượng", "Lương Minh"):
        (successor,) = find_places(f"xã {name}", parent="Quảng Ninh", on=datetime.date(2025, 7, 1))
        assert f'href="/p/{successor.pk}/"' in page


def test_a_merged_commune_names_the_communes_it_was_formed_from(places, visitor):
    (luong_minh_2024,) = [p for p in find_places("Lương Minh") if p.valid_to]
    page = page_of(visitor, luong_minh_2024)
    assert "Thành lập ngày 1/11/2024 từ" in page and "Xã Lương Mông" in page and "Xã Minh Cầm" in page


def test_the_district_lists_its_communes_and_a_date_keeps_only_those_existing_then(ba_che, visitor):
    children = page_of(visitor, ba_che).split('id="children"')[1]
    assert "Xã Lương Mông" in children and "Xã Lương Minh" in children
    on_2020 = page_of(visitor, ba_che, on="2020-12-31").split('id="children"')[1]
    assert "Xã Lương Mông" in on_2020 and "Xã Lương Minh" not in on_2020


def test_a_date_that_is_not_one_is_refused_with_a_plain_error_page(ba_che, visitor):
    # Dates are checked in one place for every page (chitieu.core.guard): a bad one is a 400, never a 500.
    response = visitor.get(f"/p/{ba_che.pk}/", {"on": "31/12/2020"})
    assert response.status_code == 400 and "Traceback" not in response.content.decode()


def test_an_unknown_place_is_not_found(visitor, db):
    assert visitor.get("/p/999999/").status_code == 404


def section_for_test(place, on_date, request):
    return {"title": "Mục thử nghiệm", "template": "portal/tests/section.html",
            "context": {"name": place.name, "on": on_date}}


def section_with_nothing_to_say(place, on_date, request):
    return None


def test_the_sections_of_the_settings_are_rendered_with_the_chosen_date(ba_che, visitor, tmp_path, settings):
    settings.CHITIEU_PLACE_SECTIONS = [
        "chitieu.portal.tests.test_show_a_place.section_with_nothing_to_say",
        "chitieu.not_an_app.sections.missing",
        "chitieu.portal.tests.test_show_a_place.section_for_test",
    ]
    (tmp_path / "portal" / "tests").mkdir(parents=True)
    (tmp_path / "portal" / "tests" / "section.html").write_text("<p class='probe'>{{ name }} {{ on|date:'Y-m-d' }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    page = page_of(visitor, ba_che, on="2020-12-31")
    assert "<h2 id=\"section-for-test-title\">Mục thử nghiệm</h2>" in page
    assert "<p class='probe'>Ba Chẽ 2020-12-31</p>" in page
