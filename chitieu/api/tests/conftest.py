"""A small world for the API: Quảng Ninh with Ba Chẽ and Bình Liêu, the catalogue, approved and draft values,
and staff whose roles are held at one district."""

import datetime
from decimal import Decimal

import pytest


@pytest.fixture
def places(cycle_places):
    """The shared world, with xã Ba Chẽ of 2025, which took over xã Đạp Thanh."""
    from chitieu.places.models import Place, Succession

    p = cycle_places
    p.new_ba_che = Place.objects.create(level="commune", kind="xa", code="06970", name="Ba Chẽ", full_name="Xã Ba Chẽ",
                                        parent=p.quang_ninh, valid_from=datetime.date(2025, 7, 1))
    Succession.objects.create(predecessor=p.dap_thanh, successor=p.new_ba_che, date=datetime.date(2025, 7, 1))
    return p


@pytest.fixture
def values(catalogue, places):
    from chitieu.indicators.services import record_value

    def put(code, place, period, modality, value, state, issuer=""):
        return record_value(indicator=catalogue[code], place=place, period=period, modality=modality, issuer=issuer,
                            value=Decimal(value), unit=None, state=state)

    return {
        "ba_che_revenue": put("budget_revenue", places.ba_che, "2020-01/2020-09", "actual", "29577000000", "approved"),
        "ba_che_target": put("budget_revenue", places.ba_che, "2020", "target", "36000000000", "approved", "HĐND huyện"),
        "ba_che_draft": put("forest_planted", places.ba_che, "2020-01/2020-09", "actual", "3772", "draft"),
        "dap_thanh_revenue": put("budget_revenue", places.dap_thanh, "2020", "actual", "1250000000", "approved"),
        "binh_lieu_draft": put("budget_revenue", places.binh_lieu, "2020-01/2020-11-30", "actual", "233861000000", "draft"),
    }


@pytest.fixture
def staff(db, places):
    """A clerk and an approver of Ba Chẽ, and an approver of Bình Liêu, each with a token."""
    from chitieu.accounts.services import create_user, ensure_roles
    from chitieu.api.services import create_token

    ensure_roles(log=lambda *a: None)

    class Staff:
        pass

    s = Staff()
    s.clerk = create_user("clerk_ba_che", "clerk", places=[places.ba_che])
    s.approver = create_user("approver_ba_che", "approver", places=[places.ba_che])
    s.other_approver = create_user("approver_binh_lieu", "approver", places=[places.binh_lieu])
    for name in ("clerk", "approver", "other_approver"):
        token, key = create_token(getattr(s, name), "tests")
        setattr(s, f"{name}_key", key)
        setattr(s, f"{name}_token", token)
    return s


@pytest.fixture
def call(client):
    """`call("get", "/api/v1/values", key=…, data=…)`: a request to the API, with a token when `key` is given."""
    import json

    def request(method, url, key=None, data=None, **params):
        headers = {"HTTP_AUTHORIZATION": f"Bearer {key}"} if key else {}
        if method == "get":
            return client.get(url, data=params or None, **headers)
        return client.post(url, data=json.dumps(data or {}), content_type="application/json", **headers)

    return request
