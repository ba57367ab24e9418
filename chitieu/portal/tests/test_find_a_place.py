"""A visitor finds a place from the home page, typing its name with or without diacritics."""

import pytest

from chitieu.places.lookup import find_places

pytestmark = pytest.mark.django_db


def test_the_home_page_lists_the_provinces_and_highlights_the_places_with_data(places, visitor):
    from chitieu.indicators.services import load_catalogue, record_value

    catalogue = load_catalogue(log=lambda *a: None)
    for name in ("huyện Ba Chẽ", "huyện Bình Liêu"):
        record_value(indicator=catalogue["budget_revenue"], place=find_places(name)[0], period="2020",
                     modality="actual", value=30, unit="tỷ đồng")
    page = visitor.get("/").content.decode()
    assert "Tỉnh Quảng Ninh" in page and "Tỉnh Lạng Sơn" in page
    featured = page.split('class="cards"')[1].split("</ul>")[0]
    assert "Huyện Ba Chẽ" in featured and "Huyện Bình Liêu" in featured


def test_the_search_finds_ba_che_without_diacritics(places, visitor):
    page = visitor.get("/", {"q": "Ba Che"}).content.decode()
    district, commune = find_places("huyện Ba Chẽ")[0], find_places("xã Ba Chẽ")[0]
    assert f'href="/p/{district.pk}/"' in page and f'href="/p/{commune.pk}/"' in page


def test_a_name_that_means_one_unit_goes_straight_to_its_page(places, visitor):
    response = visitor.get("/place/", {"q": "Dap Thanh"})
    (commune,) = find_places("Đạp Thanh")
    assert response.status_code == 302 and response["Location"] == f"/p/{commune.pk}/"


def test_a_name_that_means_several_units_lists_every_candidate(places, visitor):
    page = visitor.get("/place/", {"q": "Ba Chẽ"}).content.decode()
    assert "Huyện Ba Chẽ" in page and "Xã Ba Chẽ" in page and "2 địa bàn" in page


def test_part_of_a_name_finds_the_units_that_contain_it(places, visitor):
    page = visitor.get("/", {"q": "Luong Mo"}).content.decode()
    assert "Xã Lương Mông" in page


def test_a_name_that_matches_nothing_says_so(places, visitor):
    page = visitor.get("/place/", {"q": "Atlantis"}).content.decode()
    assert "Không tìm thấy địa bàn nào tên “Atlantis”" in page


def test_the_home_page_works_before_any_place_is_loaded(visitor):
    page = visitor.get("/").content.decode()
    assert "chitieu init" in page
