import datetime

from chitieu.places.lookup import resolve_place
from chitieu.places.services import predecessors, successors

IN_2020 = datetime.date(2020, 6, 30)


def named(links):
    return [(place.path_name, share) for place, share in links]


def test_a_2020_commune_leads_through_its_2024_merger_to_todays_commune(places):
    luong_mong = resolve_place("Lương Mông")
    assert named(successors(luong_mong)) == [("Xã Lương Minh, Tỉnh Quảng Ninh", "whole")]
    assert named(successors(luong_mong, on=datetime.date(2025, 1, 1))) == [("Xã Lương Minh, Huyện Ba Chẽ, Tỉnh Quảng Ninh", "whole")]


def test_a_split_commune_leads_to_each_part(places):
    vo_ngai = resolve_place("Vô Ngại", on=IN_2020)
    assert named(successors(vo_ngai)) == [("Xã Bình Liêu, Tỉnh Quảng Ninh", "part"), ("Xã Tiên Yên, Tỉnh Quảng Ninh", "part")]


def test_a_district_leads_to_the_communes_that_share_its_territory(places):
    ba_che = resolve_place("huyện Ba Chẽ")
    assert [p.name for p, share in successors(ba_che)] == ["Ba Chẽ", "Kỳ Thượng", "Lương Minh"]
    assert {share for _, share in successors(ba_che)} == {"part"}


def test_todays_commune_goes_back_to_the_2020_communes_it_was_made_of(places):
    luong_minh = resolve_place("xã Lương Minh", on=datetime.date(2026, 1, 1))
    communes = predecessors(luong_minh, on=IN_2020, level="commune")
    assert named(communes) == [
        ("Xã Lương Mông, Huyện Ba Chẽ, Tỉnh Quảng Ninh", "whole"),
        ("Xã Minh Cầm, Huyện Ba Chẽ, Tỉnh Quảng Ninh", "whole"),
        ("Xã Đồng Sơn, Thành phố Hạ Long, Tỉnh Quảng Ninh", "whole"),
    ]
    districts = predecessors(luong_minh, on=IN_2020, level="district")
    assert named(districts) == [("Thành phố Hạ Long, Tỉnh Quảng Ninh", "part"), ("Huyện Ba Chẽ, Tỉnh Quảng Ninh", "part")]


def test_a_unit_without_changes_has_no_successors(places):
    assert successors(resolve_place("tỉnh Quảng Ninh")) == []


def test_nothing_succeeds_a_unit_before_it_changed(places):
    assert successors(resolve_place("Lương Mông"), on=IN_2020) == []
