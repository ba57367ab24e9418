import datetime

import pytest

from chitieu.places.lookup import AmbiguousPlace, PlaceFinder, PlaceNotFound, find_places, parse_name, resolve_place
from chitieu.places.models import Place

IN_2020 = datetime.date(2020, 6, 30)
IN_2026 = datetime.date(2026, 1, 1)


def names(places):
    return [p.path_name for p in places]


@pytest.mark.parametrize(
    "written, expected",
    [
        ("huyện Ba Chẽ", "Huyện Ba Chẽ, Tỉnh Quảng Ninh"),
        ("Huyen Ba Che", "Huyện Ba Chẽ, Tỉnh Quảng Ninh"),
        ("H. Ba Chẽ", "Huyện Ba Chẽ, Tỉnh Quảng Ninh"),
        ("xã Đạp Thanh", "Xã Đạp Thanh, Huyện Ba Chẽ, Tỉnh Quảng Ninh"),
        ("Dap Thanh", "Xã Đạp Thanh, Huyện Ba Chẽ, Tỉnh Quảng Ninh"),
        ("  ĐẠP   THANH ", "Xã Đạp Thanh, Huyện Ba Chẽ, Tỉnh Quảng Ninh"),
        ("TT Bình Liêu", "Thị trấn Bình Liêu, Huyện Bình Liêu, Tỉnh Quảng Ninh"),
        ("thị trấn Bình Liêu", "Thị trấn Bình Liêu, Huyện Bình Liêu, Tỉnh Quảng Ninh"),
        ("TT. Bình Liêu", "Thị trấn Bình Liêu, Huyện Bình Liêu, Tỉnh Quảng Ninh"),
        ("TP Hạ Long", "Thành phố Hạ Long, Tỉnh Quảng Ninh"),
        ("TP.Hạ Long", "Thành phố Hạ Long, Tỉnh Quảng Ninh"),
        ("thành phố Hạ Long", "Thành phố Hạ Long, Tỉnh Quảng Ninh"),
        ("tỉnh Quảng Ninh", "Tỉnh Quảng Ninh"),
        ("Quảng Ninh", "Tỉnh Quảng Ninh"),
        ("Lương Mông", "Xã Lương Mông, Huyện Ba Chẽ, Tỉnh Quảng Ninh"),
        ("xã Minh Cầm", "Xã Minh Cầm, Huyện Ba Chẽ, Tỉnh Quảng Ninh"),
    ],
)
def test_it_finds_a_unit_however_its_name_is_written(places, written, expected):
    assert names(find_places(written)) == [expected]


def test_a_bare_name_in_2020_means_the_district_and_in_2026_the_commune(places):
    assert names(find_places("Ba Chẽ", on=IN_2020)) == ["Huyện Ba Chẽ, Tỉnh Quảng Ninh"]
    assert names(find_places("Ba Chẽ", on=IN_2026)) == ["Xã Ba Chẽ, Tỉnh Quảng Ninh"]


def test_the_township_named_like_its_district_needs_its_kind_word(places):
    assert names(find_places("thị trấn Ba Chẽ", on=IN_2020)) == ["Thị trấn Ba Chẽ, Huyện Ba Chẽ, Tỉnh Quảng Ninh"]


def test_a_bare_name_without_a_date_gives_every_era(places):
    with pytest.raises(AmbiguousPlace) as error:
        resolve_place("Ba Chẽ")
    assert names(error.value.candidates) == ["Huyện Ba Chẽ, Tỉnh Quảng Ninh", "Xã Ba Chẽ, Tỉnh Quảng Ninh"]
    assert "Huyện Ba Chẽ" in str(error.value) and "01/07/2025" in str(error.value)


def test_a_name_shared_by_two_communes_returns_both_not_a_guess(places):
    found = find_places("xã Thanh Sơn", on=IN_2020)
    assert {p.parent.parent.name for p in found} == {"Quảng Ninh", "Lạng Sơn"}
    with pytest.raises(AmbiguousPlace) as error:
        resolve_place("xã Thanh Sơn", on=IN_2020)
    assert len(error.value.candidates) == len(found) >= 2


def test_the_parent_disambiguates_by_name_place_or_any_level_above(places):
    ba_che = resolve_place("huyện Ba Chẽ")
    assert resolve_place("Thanh Sơn", parent="Ba Chẽ").parent == ba_che
    assert resolve_place("Thanh Sơn", parent=ba_che).parent == ba_che
    assert resolve_place("Thanh Sơn", parent="huyen ba che", on=IN_2020).parent == ba_che
    in_lang_son = find_places("Thanh Sơn", parent="tỉnh Lạng Sơn", on=IN_2020)
    assert in_lang_son and all(p.parent.parent.name == "Lạng Sơn" for p in in_lang_son)


def test_parents_may_follow_the_name_after_commas(places):
    assert names(find_places("Thanh Sơn, Ba Chẽ, Quảng Ninh")) == ["Xã Thanh Sơn, Huyện Ba Chẽ, Tỉnh Quảng Ninh"]
    assert find_places("Thanh Sơn, Bình Liêu") == []


def test_the_date_keeps_only_units_existing_then(places):
    assert names(find_places("Lương Minh", on=datetime.date(2024, 1, 1))) == []
    assert names(find_places("Lương Minh", on=datetime.date(2025, 1, 1))) == ["Xã Lương Minh, Huyện Ba Chẽ, Tỉnh Quảng Ninh"]
    assert names(find_places("Lương Minh", on=IN_2026)) == ["Xã Lương Minh, Tỉnh Quảng Ninh"]
    assert find_places("Minh Cầm", on=datetime.date(2025, 1, 1)) == []
    assert len(find_places("Minh Cầm", on=IN_2020)) == 1


def test_the_level_narrows_the_candidates(places):
    assert names(find_places("Ba Chẽ", level=Place.Level.COMMUNE, on=IN_2020)) == ["Thị trấn Ba Chẽ, Huyện Ba Chẽ, Tỉnh Quảng Ninh"]


def test_names_spelt_with_diacritics_keep_their_exact_spelling(places):
    # "Tân Thanh" and "Tân Thành" fold alike; written with marks, only the exact one is meant.
    loose = find_places("Tan Thanh", on=IN_2020)
    exact = find_places("Tân Thanh", on=IN_2020)
    assert {p.name for p in loose} >= {p.name for p in exact}
    assert exact and all(p.name == "Tân Thanh" for p in exact)


def test_old_style_tone_marks_find_the_same_unit(places):
    modern = find_places("Hòa Bình", on=IN_2020)
    assert modern and find_places("Hoà Bình", on=IN_2020) == modern


def test_an_alias_of_the_package_finds_the_unit_that_absorbed_it(places):
    # vietnamadminunits lists older names as aliases, in key form.
    assert names(find_places("xã Vĩnh Tiến")) == ["Xã Khánh Long, Huyện Tràng Định, Tỉnh Lạng Sơn"]
    assert names(find_places("Đại Đồng", parent="Tràng Định")) == ["Thị trấn Thất Khê, Huyện Tràng Định, Tỉnh Lạng Sơn"]



def test_an_unknown_name_raises_a_clear_error(places):
    with pytest.raises(PlaceNotFound) as error:
        resolve_place("xã Không Có", parent="Ba Chẽ")
    assert "Không Có" in str(error.value) and "Ba Chẽ" in str(error.value)
    assert find_places("") == [] and find_places("xã") == []


def test_a_kind_word_alone_is_not_stripped_from_a_name_that_is_only_a_number(places):
    assert parse_name("Phường 1").key == "1" and parse_name("Phường 1").whole == "phuong 1"
    assert parse_name("TP. Hạ Long").key == "ha long"
    assert parse_name("Tp Hạ Long").kinds == {"thanh_pho", "thanh_pho_tw"}
    assert parse_name("Thanh Sơn").kinds is None  # "Thanh" is not "thành phố"


def test_units_added_by_hand_are_found_too(db):
    province = Place.objects.create(level="province", kind="tinh", name="Quảng Ninh", full_name="Tỉnh Quảng Ninh")
    district = Place.objects.create(level="district", kind="huyen", name="Ba Chẽ", full_name="Huyện Ba Chẽ", parent=province)
    assert resolve_place("huyen ba che", parent="Quảng Ninh") == district


def test_a_finder_remembers_its_answers_for_bulk_callers(places, django_assert_max_num_queries):
    finder = PlaceFinder()
    first = finder.resolve("xã Đạp Thanh", on=IN_2020)
    with django_assert_max_num_queries(0):
        for _ in range(100):
            assert finder.resolve("xã Đạp Thanh", on=IN_2020) == first


def test_a_lookup_takes_a_handful_of_indexed_queries(places, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        find_places("Thanh Sơn", parent="Ba Chẽ", on=IN_2020)
