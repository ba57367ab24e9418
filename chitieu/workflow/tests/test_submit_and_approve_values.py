from django.core.exceptions import PermissionDenied
import pytest

from chitieu.indicators.models import DataValue
from chitieu.workflow.services import WorkflowError, approve, enter_value, submit

pytestmark = pytest.mark.django_db


def test_a_submitted_value_approved_by_the_district_approver_becomes_public_at_district_level(
        enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, 5)
    [value] = submit(user=dap_thanh_clerk, values=[value])
    assert value.state == DataValue.State.SUBMITTED and value.submitted_by == dap_thanh_clerk
    assert not DataValue.objects.public().exists()
    [value] = approve(user=ba_che_approver, values=[value])
    assert value.state == DataValue.State.APPROVED and value.approval_level == "district"
    assert value.approved_by == ba_che_approver
    assert list(DataValue.objects.public()) == [value]


def test_approval_goes_up_from_district_to_province_but_not_down(enter, dap_thanh_clerk, ba_che_approver,
                                                                  quang_ninh_approver):
    value = enter(dap_thanh_clerk, 5)
    submit(user=dap_thanh_clerk, values=[value])
    approve(user=ba_che_approver, values=[value])
    [value] = approve(user=quang_ninh_approver, values=[value])
    assert value.approval_level == "province" and value.approved_by == quang_ninh_approver
    with pytest.raises(WorkflowError):
        approve(user=ba_che_approver, values=[value])


def test_nobody_approves_their_own_submission(enter, ba_che_approver):
    value = enter(ba_che_approver, 5)
    submit(user=ba_che_approver, values=[value])
    with pytest.raises(WorkflowError, match="tự duyệt"):
        approve(user=ba_che_approver, values=[value])


def test_a_draft_cannot_be_approved_and_a_clerk_cannot_approve(enter, dap_thanh_clerk, ba_che_approver, ba_che_clerk):
    value = enter(dap_thanh_clerk, 5)
    with pytest.raises(WorkflowError):
        approve(user=ba_che_approver, values=[value])
    submit(user=dap_thanh_clerk, values=[value])
    with pytest.raises(PermissionDenied):
        approve(user=ba_che_clerk, values=[value])


def test_an_approver_of_another_district_cannot_approve(enter, dap_thanh_clerk, cycle_places):
    from chitieu.accounts.services import create_user

    binh_lieu_approver = create_user("lanh_dao_binh_lieu", "approver", places=[cycle_places.binh_lieu])
    value = enter(dap_thanh_clerk, 5)
    submit(user=dap_thanh_clerk, values=[value])
    with pytest.raises(PermissionDenied):
        approve(user=binh_lieu_approver, values=[value])
    assert DataValue.objects.get().state == DataValue.State.SUBMITTED


def test_submitting_several_values_is_all_or_nothing(enter, dap_thanh_clerk, ba_che_approver, budget, cycle_places):
    first = enter(dap_thanh_clerk, 5)
    other = enter_value(user=ba_che_approver, indicator=budget, place=cycle_places.thanh_son, period="2020",
                        modality="actual", value=3, unit="tỷ đồng")
    with pytest.raises(PermissionDenied):
        submit(user=dap_thanh_clerk, values=[first, other])
    assert set(DataValue.objects.values_list("state", flat=True)) == {DataValue.State.DRAFT}


def test_an_approver_importing_with_approve_stores_approved_values_at_once(budget, cycle_places, ba_che_approver):
    value = enter_value(user=ba_che_approver, indicator=budget, place=cycle_places.ba_che, period="2020",
                        modality="actual", value=5, unit="tỷ đồng", approve=True, via="import:a.csv:2")
    assert value.state == DataValue.State.APPROVED and value.approval_level == "district"


def test_a_clerk_cannot_store_approved_values(budget, cycle_places, ba_che_clerk):
    with pytest.raises(PermissionDenied):
        enter_value(user=ba_che_clerk, indicator=budget, place=cycle_places.ba_che, period="2020",
                    modality="actual", value=5, unit="tỷ đồng", approve=True)
