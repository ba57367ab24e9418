"""Every reporting page × every member of the cast × a place inside or outside their own: an out-of-scope
request gets 403 (or is sent to log in), never data."""

import pytest
from django.test import Client
from django.urls import reverse

from chitieu.indicators.models import DataValue

CAST = ["visitor", "dap_thanh_clerk", "ba_che_clerk", "ba_che_approver", "quang_ninh_approver", "thai_binh_clerk"]
# Who may open a place's entry screen (clerk scope: approvers cover a clerk's work).
MAY_ENTER = {
    "dap_thanh": {"dap_thanh_clerk", "ba_che_clerk", "ba_che_approver", "quang_ninh_approver"},
    "huc_dong": {"quang_ninh_approver"},
}
MAY_APPROVE = {"dap_thanh": {"ba_che_approver", "quang_ninh_approver"}, "huc_dong": {"quang_ninh_approver"}}


@pytest.fixture
def cast(cycle_places, dap_thanh_clerk, ba_che_clerk, ba_che_approver, quang_ninh_approver):
    from chitieu.accounts.services import create_user

    thai_binh_clerk = create_user("can_bo_thai_binh", "clerk", password="x" * 12, places=[cycle_places.thai_binh])
    users = {"visitor": None, "dap_thanh_clerk": dap_thanh_clerk, "ba_che_clerk": ba_che_clerk,
             "ba_che_approver": ba_che_approver, "quang_ninh_approver": quang_ninh_approver, "thai_binh_clerk": thai_binh_clerk}
    clients = {}
    for name, user in users.items():
        clients[name] = Client()
        if user is not None:
            clients[name].force_login(user)
    return clients


def entry(monthly, place):
    return reverse("reporting:entry", args=[monthly.code, place.pk]) + "?ky=2020-03"


@pytest.mark.parametrize("who", CAST)
@pytest.mark.parametrize("where", ["dap_thanh", "huc_dong"])
def test_the_entry_screen_opens_only_for_staff_of_the_place(monthly, cycle_places, cast, who, where):
    response = cast[who].get(entry(monthly, getattr(cycle_places, where)))
    if who == "visitor":
        assert response.status_code == 302 and "/login/" in response["Location"]
    elif who in MAY_ENTER[where]:
        assert response.status_code == 200
    else:
        assert response.status_code == 403
        assert "Diện tích trồng rừng" not in response.content.decode()


@pytest.mark.parametrize("who", CAST)
@pytest.mark.parametrize("where", ["dap_thanh", "huc_dong"])
def test_saving_writes_only_for_staff_of_the_place(monthly, cycle_places, cast, who, where):
    position = monthly.rows.get(indicator__code="forest_planted").position
    response = cast[who].post(entry(monthly, getattr(cycle_places, where)), {"action": "save", f"value-{position}": "12"})
    assert DataValue.objects.exists() == (who in MAY_ENTER[where])
    assert response.status_code in ((302, 200) if who in MAY_ENTER[where] else (302, 403))


@pytest.mark.parametrize("who", CAST)
@pytest.mark.parametrize("where", ["dap_thanh", "huc_dong"])
def test_approving_works_only_for_approvers_of_the_place(monthly, catalogue, cycle_places, cast, who, where):
    from chitieu.periods import Period
    from chitieu.reporting.services import submit_report
    from chitieu.reporting.validation import RowInput
    from chitieu.accounts.services import create_user

    place = getattr(cycle_places, where)
    submitter = create_user("nguoi_gui", "clerk", password="x" * 12, places=[place])
    submit_report(user=submitter, form=monthly, place=place, period=Period.parse("2020-03"),
                  rows=[RowInput(catalogue["forest_planted"], "12", "ha")])
    cast[who].post(entry(monthly, place), {"action": "approve"})
    assert (DataValue.objects.get().state == "approved") == (who in MAY_APPROVE[where])


@pytest.mark.parametrize("who", CAST)
def test_the_progress_page_lists_only_the_approvers_places(monthly, cycle_places, cast, who):
    response = cast[who].get(reverse("reporting:progress"), {"bieu": monthly.code, "ky": "2020-03"})
    if who == "visitor":
        assert response.status_code == 302
        return
    if "approver" not in who:
        assert response.status_code == 403
        return
    page = response.content.decode()
    assert ("Húc Động" in page) == (who == "quang_ninh_approver")
    assert "Đạp Thanh" in page


def test_the_picker_offers_no_place_outside_ones_own(monthly, cycle_places, cast):
    page = cast["thai_binh_clerk"].get(reverse("reporting:choose", args=[monthly.code])).content.decode()
    assert "Quảng Ninh" not in page
    assert cast["thai_binh_clerk"].get(reverse("reporting:choose", args=[monthly.code]),
                                       {"dia_ban": cycle_places.dap_thanh.pk, "ky": "2020-03"}).status_code == 403
