"""A small world for the indicator tests: Quảng Ninh with Ba Chẽ (until the 2025 reform) and two of its
communes, and the real catalogue."""

from decimal import Decimal

import pytest

from chitieu.indicators.services import record_value


@pytest.fixture
def places(cycle_places):
    return cycle_places


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
