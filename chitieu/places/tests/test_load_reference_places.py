import datetime

from chitieu.places.lookup import find_places, resolve_place
from chitieu.places.models import Place, PlaceAlias, ReferenceDataset, Succession
from chitieu.places.services import load_reference_places

from .conftest import LANG_SON, QUANG_NINH

IN_2020 = datetime.date(2020, 6, 30)
BEFORE_REFORM = datetime.date(2025, 6, 30)
REFORM = datetime.date(2025, 7, 1)
QUIET = {"log": lambda *a: None}


def units_of(district, day):
    return sorted(p.full_name for p in district.children.all() if p.exists_on(day))


def test_ba_che_has_its_eight_units_of_2020_and_seven_before_the_reform(places):
    ba_che = resolve_place("huyện Ba Chẽ")
    assert ba_che.code == "202" and ba_che.valid_to == BEFORE_REFORM
    assert units_of(ba_che, IN_2020) == sorted(
        ["Thị trấn Ba Chẽ", "Xã Thanh Sơn", "Xã Thanh Lâm", "Xã Đạp Thanh", "Xã Nam Sơn", "Xã Lương Mông", "Xã Minh Cầm", "Xã Đồn Đạc"]
    )
    assert units_of(ba_che, datetime.date(2025, 1, 1)) == sorted(
        ["Thị trấn Ba Chẽ", "Xã Thanh Sơn", "Xã Thanh Lâm", "Xã Đạp Thanh", "Xã Nam Sơn", "Xã Lương Minh", "Xã Đồn Đạc"]
    )
    assert units_of(ba_che, REFORM) == []


def test_binh_lieu_has_its_seven_units_of_2020(places):
    binh_lieu = resolve_place("huyện Bình Liêu")
    assert len(units_of(binh_lieu, IN_2020)) == 7
    assert "Xã Tình Húc" in units_of(binh_lieu, datetime.date(2019, 6, 1))


def test_official_codes_are_kept(places):
    assert resolve_place("xã Đạp Thanh").code == "06979"
    assert resolve_place("TT Bình Liêu").code == "06838"
    assert resolve_place("Ba Chẽ", on=REFORM).code == "06970"  # the code passed on to the new xã Ba Chẽ


def test_a_province_that_continued_unchanged_is_one_unit_across_the_reform(places):
    quang_ninh = resolve_place("tỉnh Quảng Ninh")
    assert quang_ninh.valid_from is None and quang_ninh.valid_to is None
    assert quang_ninh.children.filter(level="district").count() == 13
    assert quang_ninh.children.filter(level="commune", valid_from=REFORM).count() == 54
    assert resolve_place("Ba Chẽ", on=REFORM).parent == quang_ninh


def test_the_2020_communes_map_many_to_many_onto_todays(places):
    def successors_of(name, **kw):
        place = resolve_place(name, on=IN_2020, **kw)
        return sorted((s.successor.full_name, s.share) for s in place.successions.filter(date=REFORM))

    assert successors_of("huyện Ba Chẽ") == [("Xã Ba Chẽ", "part"), ("Xã Kỳ Thượng", "part"), ("Xã Lương Minh", "part")]
    assert successors_of("huyện Bình Liêu") == [
        ("Xã Bình Liêu", "part"), ("Xã Hoành Mô", "part"), ("Xã Lục Hồn", "part"), ("Xã Tiên Yên", "part"),
    ]
    assert successors_of("Vô Ngại") == [("Xã Bình Liêu", "part"), ("Xã Tiên Yên", "part")]
    assert successors_of("Đạp Thanh") == [("Xã Kỳ Thượng", "whole")]
    kỳ_thượng = resolve_place("xã Kỳ Thượng", on=REFORM)
    assert {s.predecessor.name for s in kỳ_thượng.predecessions.filter(predecessor__level="commune")} == {
        "Thanh Lâm", "Đạp Thanh", "Kỳ Thượng",
    }


def test_successions_cite_their_legal_basis(places):
    merged = Succession.objects.get(predecessor=resolve_place("Lương Mông"))
    assert merged.date == datetime.date(2024, 11, 1) and "1199/NQ-UBTVQH15" in merged.legal_basis
    reform = Succession.objects.get(predecessor=resolve_place("Đạp Thanh", on=IN_2020))
    assert "1679/NQ-UBTVQH15" in reform.legal_basis
    tinh_huc = Succession.objects.get(predecessor=resolve_place("Tình Húc"))
    assert "chưa kiểm chứng" in tinh_huc.legal_basis


def test_names_without_diacritics_and_package_aliases_are_stored(places):
    assert resolve_place("xã Đạp Thanh").name_folded == "dap thanh"
    # vietnamadminunits gives older names in key form: xã Vĩnh Tiến was merged into xã Khánh Long.
    alias = PlaceAlias.objects.get(name="vinhtien", place__parent__parent__code=LANG_SON)
    assert alias.place.full_name == "Xã Khánh Long" and "vietnamadminunits" in alias.note
    # The package's alias "Minh Cầm" of Lương Minh gives way to the unit of the history file.
    assert not PlaceAlias.objects.filter(place__code="06985", name_folded__in=["minhcam", "luongmong"]).exists()


def test_loading_twice_changes_nothing_and_is_skipped(places):
    before = (Place.objects.count(), PlaceAlias.objects.count(), Succession.objects.count())
    ids = set(Place.objects.values_list("id", flat=True))
    assert load_reference_places(**QUIET, only_provinces=[QUANG_NINH, LANG_SON]) == {"skipped": True}
    counts = load_reference_places(**QUIET, only_provinces=[QUANG_NINH, LANG_SON], force=True)
    assert (counts["created"], counts["updated"], counts["aliases"], counts["successions"]) == (0, 0, 0, 0)
    assert (Place.objects.count(), PlaceAlias.objects.count(), Succession.objects.count()) == before
    assert set(Place.objects.values_list("id", flat=True)) == ids


def test_a_reload_repairs_an_edited_reference_row_in_place(places):
    dap_thanh = resolve_place("xã Đạp Thanh")
    Place.objects.filter(id=dap_thanh.id).update(name="Đạp Thanh cũ", name_folded="dap thanh cu")
    counts = load_reference_places(**QUIET, only_provinces=[QUANG_NINH, LANG_SON], force=True)
    assert counts["updated"] == 1 and resolve_place("xã Đạp Thanh").id == dap_thanh.id


def test_a_wider_load_adds_to_a_narrower_one(places):
    before = Place.objects.count()
    load_reference_places(**QUIET, only_provinces=[QUANG_NINH, LANG_SON, "02"])
    assert Place.objects.count() > before
    marker = ReferenceDataset.objects.get(name="places")
    assert "02,20,22" in marker.version


def test_a_merged_province_gets_a_successor_unit_and_keeps_its_own(db, read_cached):
    load_reference_places(**QUIET, only_provinces=["02", "08"])  # Hà Giang and Tuyên Quang
    old = resolve_place("tỉnh Hà Giang")
    assert old.valid_to == BEFORE_REFORM
    tuyen_quang = find_places("tỉnh Tuyên Quang")
    assert [(p.valid_from, p.valid_to) for p in tuyen_quang] == [(None, BEFORE_REFORM), (REFORM, None)]
    new = tuyen_quang[1]
    assert {s.predecessor.name for s in new.predecessions.all()} == {"Hà Giang", "Tuyên Quang"}
    assert all("202/2025/QH15" in s.legal_basis for s in new.predecessions.all())


def test_the_full_national_list_loads_with_the_expected_counts(db):
    load_reference_places(**QUIET)
    before = Place.objects.filter(valid_from__isnull=True)
    after = Place.objects.filter(valid_to__isnull=True)
    assert before.filter(level="province").count() == 63
    assert after.filter(level="province").count() == 34
    assert before.filter(level="district").count() == 696
    # 10,040 rows less 5 island districts without communes
    assert Place.objects.filter(level="commune", valid_to=BEFORE_REFORM).count() == 10035
    assert after.filter(level="commune").count() == 3321
    assert Place.objects.filter(level="province", valid_from__isnull=True, valid_to__isnull=True).count() == 11
    # every pre-reform commune has somewhere to go
    orphans = Place.objects.filter(level="commune", valid_to=BEFORE_REFORM, successions__isnull=True)
    assert orphans.count() == 0
    # common forms from the history file
    assert [p.valid_to for p in find_places("Thừa Thiên Huế")] == [None]
    assert [p.valid_from for p in find_places("TP.HCM")] == [None, REFORM]
    assert find_places("TP.HCM", on=IN_2020)[0].full_name == "Thành phố Hồ Chí Minh"
    assert load_reference_places(**QUIET) == {"skipped": True}
