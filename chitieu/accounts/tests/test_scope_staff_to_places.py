"""A role held at a place covers the place and everything below it, and the units it took over."""

import datetime

import pytest

from chitieu.accounts.scopes import can_act, require, scope_of
from chitieu.accounts.services import create_user, grant, revoke
from chitieu.places.models import Place, Succession

pytestmark = pytest.mark.django_db
REFORM = datetime.date(2025, 7, 1)


def unit(name, level, kind, parent=None, **dates):
    return Place.objects.create(level=level, kind=kind, name=name, full_name=f"{kind} {name}", parent=parent, **dates)


@pytest.fixture
def map_():
    m = type("Map", (), {})()
    m.quang_ninh = unit("Quảng Ninh", "province", "tinh")
    m.thai_binh = unit("Thái Bình", "province", "tinh")
    m.ba_che = unit("Ba Chẽ", "district", "huyen", m.quang_ninh, valid_to=REFORM - datetime.timedelta(days=1))
    m.dap_thanh = unit("Đạp Thanh", "commune", "xa", m.ba_che, valid_to=REFORM - datetime.timedelta(days=1))
    m.thanh_son = unit("Thanh Sơn", "commune", "xa", m.ba_che, valid_to=REFORM - datetime.timedelta(days=1))
    m.new_commune = unit("Ba Chẽ", "commune", "xa", m.quang_ninh, valid_from=REFORM)
    m.other_new = unit("Lương Minh", "commune", "xa", m.quang_ninh, valid_from=REFORM)
    Succession.objects.create(predecessor=m.dap_thanh, successor=m.new_commune, date=REFORM)
    Succession.objects.create(predecessor=m.thanh_son, successor=m.new_commune, date=REFORM, share="part")
    Succession.objects.create(predecessor=m.thanh_son, successor=m.other_new, date=REFORM, share="part")
    return m


def test_a_district_clerk_covers_the_district_and_its_communes_but_not_the_province_or_others(map_):
    clerk = create_user("clerk_ba_che", "clerk", places=[map_.ba_che])
    assert can_act(clerk, map_.ba_che, "clerk") and can_act(clerk, map_.dap_thanh, "clerk")
    assert not can_act(clerk, map_.quang_ninh, "clerk") and not can_act(clerk, map_.thai_binh, "clerk")


def test_a_clerk_cannot_act_as_an_approver_but_an_approver_can_act_as_a_clerk(map_):
    clerk = create_user("clerk_ba_che", "clerk", places=[map_.ba_che])
    approver = create_user("approver_ba_che", "approver", places=[map_.ba_che])
    assert not can_act(clerk, map_.dap_thanh, "approver")
    assert can_act(approver, map_.dap_thanh, "clerk") and can_act(approver, map_.dap_thanh, "approver")


def test_the_holder_of_every_successor_covers_a_unit_that_was_merged_away(map_):
    new_clerk = create_user("clerk_new", "clerk", places=[map_.new_commune])
    assert can_act(new_clerk, map_.dap_thanh, "clerk")  # wholly merged into the new commune
    assert not can_act(new_clerk, map_.thanh_son, "clerk")  # split: part of it went elsewhere
    grant(new_clerk, "clerk", map_.other_new)
    assert can_act(new_clerk, map_.thanh_son, "clerk")


def test_a_province_approver_covers_the_abolished_district_and_its_communes(map_):
    approver = create_user("approver_qn", "approver", places=[map_.quang_ninh])
    assert all(can_act(approver, p, "approver") for p in (map_.ba_che, map_.dap_thanh, map_.new_commune))


def test_a_country_wide_role_and_an_administrator_cover_everything(map_, admin_user):
    national = create_user("thong_ke", "reviewer")
    assert scope_of(national, "reviewer").place_ids() is None and can_act(national, map_.thai_binh, "reviewer")
    assert can_act(admin_user, map_.thai_binh, "approver")


def test_an_out_of_scope_request_is_refused_and_a_revoked_role_no_longer_covers(map_):
    from django.core.exceptions import PermissionDenied

    clerk = create_user("clerk_ba_che", "clerk", places=[map_.ba_che])
    with pytest.raises(PermissionDenied):
        require(clerk, map_.thai_binh, "clerk")
    revoke(clerk, "clerk", map_.ba_che)
    assert not can_act(clerk, map_.ba_che, "clerk")


def test_a_scope_filters_a_query_to_its_places(map_):
    clerk = create_user("clerk_ba_che", "clerk", places=[map_.ba_che])
    covered = scope_of(clerk, "clerk").filter(Place.objects.all(), field="id")
    assert set(covered) == {map_.ba_che, map_.dap_thanh, map_.thanh_son}
