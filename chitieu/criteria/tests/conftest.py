"""Small place fixtures made directly (not the national load) and the criteria sets loaded from the repository."""

import datetime

import pytest

from chitieu.criteria.services import assign_region, load_reference_sets
from chitieu.places.models import Place

BA_CHE_COMMUNES = ["Thanh Sơn", "Thanh Lâm", "Đạp Thanh", "Nam Sơn", "Lương Mông", "Minh Cầm", "Đồn Đạc"]
BINH_LIEU_COMMUNES = ["Hoành Mô", "Đồng Tâm", "Đồng Văn", "Vô Ngại", "Lục Hồn", "Húc Động"]


def make_place(name, level, kind, parent=None, **extra):
    prefix = {"tinh": "Tỉnh", "huyen": "Huyện", "xa": "Xã", "thi_tran": "Thị trấn"}[kind]
    return Place.objects.create(name=name, full_name=f"{prefix} {name}", level=level, kind=kind, parent=parent, **extra)


def make_quang_ninh():
    return make_place("Quảng Ninh", Place.Level.PROVINCE, Place.Kind.PROVINCE, code="22")


def make_ba_che(province):
    district = make_place("Ba Chẽ", Place.Level.DISTRICT, Place.Kind.RURAL_DISTRICT, province, code="202")
    make_place("Ba Chẽ", Place.Level.COMMUNE, Place.Kind.TOWNSHIP, district)
    for name in BA_CHE_COMMUNES:
        until = datetime.date(2024, 10, 31) if name in ("Lương Mông", "Minh Cầm") else None
        make_place(name, Place.Level.COMMUNE, Place.Kind.COMMUNE, district, valid_to=until)
    return district


def make_binh_lieu(province):
    district = make_place("Bình Liêu", Place.Level.DISTRICT, Place.Kind.RURAL_DISTRICT, province, code="198")
    make_place("Bình Liêu", Place.Level.COMMUNE, Place.Kind.TOWNSHIP, district)
    for name in BINH_LIEU_COMMUNES:
        make_place(name, Place.Level.COMMUNE, Place.Kind.COMMUNE, district)
    return district


@pytest.fixture
def quang_ninh(db):
    return make_quang_ninh()


@pytest.fixture
def ba_che(quang_ninh):
    return make_ba_che(quang_ninh)


@pytest.fixture
def binh_lieu(quang_ninh):
    return make_binh_lieu(quang_ninh)


@pytest.fixture
def sets(db):
    return {s.code: s for s in load_reference_sets(log=lambda *a: None)}


@pytest.fixture
def commune_in(quang_ninh):
    """A factory: a commune in a new district of a province placed in the given region."""

    def make(region, name="Xã Thử"):
        province = make_place(f"Tỉnh {region}", Place.Level.PROVINCE, Place.Kind.PROVINCE)
        assign_region(province, region, verified=True, source="test")
        district = make_place(f"Huyện {region}", Place.Level.DISTRICT, Place.Kind.RURAL_DISTRICT, province)
        return make_place(name, Place.Level.COMMUNE, Place.Kind.COMMUNE, district)

    return make


def place_named(name, parent):
    return Place.objects.get(name=name, parent=parent, kind=Place.Kind.COMMUNE)
