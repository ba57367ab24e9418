"""Ba Chẽ and Bình Liêu with approved values of several period kinds, DHIS2 mappings for two indicators
(one counted in triệu đồng in DHIS2) and the two districts, and a clerk and an approver of Ba Chẽ."""

from decimal import Decimal

import pytest


@pytest.fixture
def places(cycle_places):
    return cycle_places


@pytest.fixture
def mapped(catalogue, places):
    from chitieu.exchange.services import map_data_element, map_org_unit

    map_data_element("budget_revenue", "DeBudgetRv1", unit="triệu đồng")
    map_data_element("budget_revenue", "DeBudgetRv1", modality="target", issuer="HĐND huyện", category_option_combo="CocPlanHdnd")
    map_data_element("poverty_rate", "DePoverty01")
    map_org_unit(places.ba_che, "OuBaChe0001")
    map_org_unit(places.binh_lieu, "OuBinhLieu1")
    return places


@pytest.fixture
def values(mapped, catalogue):
    from chitieu.indicators.services import record_value

    rows = [
        ("budget_revenue", mapped.ba_che, "2020-07/2020-09", "actual", "", "10.25", "tỷ đồng"),
        ("budget_revenue", mapped.ba_che, "2020-09", "actual", "", "3.5", "tỷ đồng"),
        ("budget_revenue", mapped.ba_che, "2020", "target", "HĐND huyện", "36", "tỷ đồng"),
        ("budget_revenue", mapped.ba_che, "2020-01/2020-09", "actual", "", "29.577", "tỷ đồng"),  # no DHIS2 period
        ("budget_revenue", mapped.binh_lieu, "2020-01/2020-06", "actual", "", "120.5", "tỷ đồng"),
        ("poverty_rate", mapped.ba_che, "2020", "actual", "", "1.3", "%"),
        ("forest_planted", mapped.ba_che, "2020", "actual", "", "3772", "ha"),  # not mapped
    ]
    return [record_value(indicator=catalogue[c], place=pl, period=pe, modality=m, issuer=i, value=Decimal(v), unit=u,
                         state="approved") for c, pl, pe, m, i, v, u in rows]


@pytest.fixture
def ba_che_staff(db, mapped):
    from chitieu.accounts.services import create_user, ensure_roles

    ensure_roles(log=lambda *a: None)

    class Staff:
        pass

    s = Staff()
    s.clerk = create_user("clerk_ba_che", "clerk", places=[mapped.ba_che])
    s.approver = create_user("approver_ba_che", "approver", places=[mapped.ba_che])
    return s
