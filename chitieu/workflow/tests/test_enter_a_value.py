from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from chitieu.indicators.models import DataValue
from chitieu.workflow.models import ProposedChange
from chitieu.workflow.services import approve, enter_value, send_back, submit

pytestmark = pytest.mark.django_db


def test_a_clerk_enters_a_draft_that_the_public_does_not_see(enter, dap_thanh_clerk):
    value = enter(dap_thanh_clerk, "29,577".replace(",", "."))
    assert value.state == DataValue.State.DRAFT
    assert value.value == Decimal("29577000000")
    assert value.created_by == dap_thanh_clerk
    assert not DataValue.objects.public().exists()


def test_a_clerk_cannot_enter_a_value_for_a_place_outside_their_scope(enter, dap_thanh_clerk, cycle_places):
    with pytest.raises(PermissionDenied):
        enter(dap_thanh_clerk, 5, place=cycle_places.thanh_son)
    with pytest.raises(PermissionDenied):
        enter(dap_thanh_clerk, 5, place=cycle_places.ba_che)
    assert not DataValue.objects.exists()


def test_a_district_clerk_enters_values_for_the_district_and_its_communes(enter, ba_che_clerk, cycle_places):
    enter(ba_che_clerk, 5, place=cycle_places.ba_che)
    enter(ba_che_clerk, 1, place=cycle_places.thanh_son)
    with pytest.raises(PermissionDenied):
        enter(ba_che_clerk, 1, place=cycle_places.huc_dong)
    assert DataValue.objects.count() == 2


def test_editing_a_draft_or_a_returned_value_keeps_it_a_draft(enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, 5)
    enter(dap_thanh_clerk, 6)
    submit(user=dap_thanh_clerk, values=[value])
    send_back(user=ba_che_approver, values=[value], reason="Thiếu số thu tháng 9")
    edited = enter(dap_thanh_clerk, 7)
    assert edited.pk == value.pk and edited.state == DataValue.State.DRAFT and edited.value == Decimal("7e9")


def test_a_new_number_for_an_approved_value_becomes_a_proposed_change_and_the_value_stays(
        enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, "29.577")
    submit(user=dap_thanh_clerk, values=[value])
    approve(user=ba_che_approver, values=[value])
    proposal = enter(dap_thanh_clerk, 1, reason="Số mới của phòng Tài chính")
    assert isinstance(proposal, ProposedChange)
    value.refresh_from_db()
    assert value.value == Decimal("29577000000") and value.state == DataValue.State.APPROVED
    assert proposal.old_value == value.value and proposal.new_value == Decimal("1e9")
    assert proposal.status == ProposedChange.Status.OPEN and proposal.proposed_by == dap_thanh_clerk


def test_the_same_number_for_an_approved_value_changes_nothing(enter, dap_thanh_clerk, ba_che_approver):
    value = enter(dap_thanh_clerk, 5)
    submit(user=dap_thanh_clerk, values=[value])
    approve(user=ba_che_approver, values=[value])
    again = enter(dap_thanh_clerk, 5)
    assert again.pk == value.pk and not ProposedChange.objects.exists()


def test_a_value_accepted_from_a_reviewed_claim_is_never_written_over(budget, cycle_places, ba_che_clerk):
    from chitieu.indicators.services import record_value

    reviewed = record_value(indicator=budget, place=cycle_places.ba_che, period="2020", modality="actual",
                            value=687641, unit="tỷ đồng", source="claim", source_detail={"claim": 1},
                            state=DataValue.State.SUBMITTED)
    proposal = enter_value(user=ba_che_clerk, indicator=budget, place=cycle_places.ba_che, period="2020",
                           modality="actual", value=5, unit="tỷ đồng", via="import:values.csv:3", source="imported")
    assert isinstance(proposal, ProposedChange)
    reviewed.refresh_from_db()
    assert reviewed.value == Decimal("687641e9") and reviewed.source == "claim"


def test_a_bad_number_or_unit_is_refused_naming_the_field(enter, dap_thanh_clerk):
    from chitieu.indicators.services import InvalidValue

    with pytest.raises(InvalidValue) as error:
        enter(dap_thanh_clerk, "5", unit="ha")
    assert error.value.field == "unit"
