"""A small world for the indicator tests: Quảng Ninh with Ba Chẽ (until the 2025 reform) and two of its
communes, and the real catalogue."""

import datetime
from decimal import Decimal

import pytest

from chitieu.indicators.services import load_catalogue, record_value


@pytest.fixture
def catalogue(db):
    return load_catalogue(log=lambda *a: None)


@pytest.fixture
def places(db):
    from chitieu.places.models import Place

    class Places:
        pass

    p = Places()
    end = datetime.date(2025, 6, 30)
    p.quang_ninh = Place.objects.create(level="province", kind="tinh", code="22", name="Quảng Ninh", full_name="Tỉnh Quảng Ninh")
    p.ba_che = Place.objects.create(level="district", kind="huyen", code="202", name="Ba Chẽ", full_name="Huyện Ba Chẽ",
                                    parent=p.quang_ninh, valid_to=end)
    p.dap_thanh = Place.objects.create(level="commune", kind="xa", code="06985", name="Đạp Thanh", full_name="Xã Đạp Thanh",
                                       parent=p.ba_che, valid_to=end)
    p.thanh_son = Place.objects.create(level="commune", kind="xa", code="06970", name="Thanh Sơn", full_name="Xã Thanh Sơn",
                                       parent=p.ba_che, valid_to=end)
    return p


@pytest.fixture
def ba_che_budget(catalogue, places, reviewer):
    """Ba Chẽ's budget revenue of the first nine months of 2020 and the two estimates for the year."""
    budget = catalogue["budget_revenue"]
    common = {"indicator": budget, "place": places.ba_che, "user": reviewer}
    return {
        "result": record_value(**common, period="2020-01/2020-09", modality="actual", value="29,577".replace(",", "."), unit="tỷ đồng"),
        "district": record_value(**common, period="2020", modality="target", issuer="HĐND huyện", value=36, unit="tỷ đồng"),
        "province": record_value(**common, period="2020", modality="target", issuer="UBND tỉnh", value=Decimal("34.23"), unit="tỷ đồng"),
    }
