"""Imported values enter the reporting cycle: submitted whoever imports them, approved only when an approver
of those places asks; rows outside the importer's places are errors naming the row; nothing approved is
written over."""

import csv
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from chitieu.indicators.models import DataValue
from chitieu.indicators.services import record_value
from chitieu.indicators.transfer import HEADERS, ImportFailed, import_values


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADERS, *rows])
    return str(path)


def row(place_code, value, period="2020"):
    return ["budget_revenue", place_code, "", period, "actual", "", value, "tỷ đồng", ""]


def test_imported_values_land_as_submitted_and_the_public_does_not_see_them(catalogue, places, tmp_path):
    result = import_values(write(tmp_path / "a.csv", [row("202", "5")]))
    value = result.values[0]
    assert value.state == DataValue.State.SUBMITTED and not DataValue.objects.public().exists()


def test_a_clerk_importing_a_row_outside_their_places_gets_an_error_naming_the_row_and_nothing_is_stored(
        catalogue, places, tmp_path):
    from chitieu.accounts.services import create_user

    clerk = create_user("can_bo_dap_thanh", "clerk", places=[places.dap_thanh])
    path = write(tmp_path / "b.csv", [row("06985", "1"), row("06970", "2")])
    with pytest.raises(ImportFailed) as failed:
        import_values(path, user=clerk)
    [error] = failed.value.errors
    assert error.row == 3 and "Xã Thanh Sơn" in error.reason and "ngoài" in error.reason
    assert not DataValue.objects.exists()


def test_only_an_approver_of_the_places_imports_approved_values(catalogue, places, tmp_path):
    from chitieu.accounts.services import create_user

    clerk = create_user("can_bo_ba_che", "clerk", places=[places.ba_che])
    approver = create_user("lanh_dao_ba_che", "approver", places=[places.ba_che])
    path = write(tmp_path / "c.csv", [row("202", "5")])
    with pytest.raises(ImportFailed):
        import_values(path, user=clerk, approve=True)
    value = import_values(path, user=approver, approve=True).values[0]
    assert value.state == DataValue.State.APPROVED and value.approval_level == "district"


def test_an_import_never_writes_over_an_approved_or_reviewed_value(catalogue, places, tmp_path):
    reviewed = record_value(indicator=catalogue["budget_revenue"], place=places.ba_che, period="2020",
                            modality="actual", value="687.641", unit="tỷ đồng", source="claim", source_detail={"claim": 1})
    result = import_values(write(tmp_path / "d.csv", [row("202", "5")]))
    assert (result.proposed, result.updated, result.created) == (1, 0, 0)
    reviewed.refresh_from_db()
    assert reviewed.value == Decimal("687641000000") and reviewed.source == "claim"
    change = reviewed.proposed_changes.get()
    assert change.new_value == Decimal("5000000000") and change.via == "import:d.csv:2"


def test_the_command_imports_on_behalf_of_a_user_and_approves_on_request(catalogue, places, tmp_path, capsys):
    from chitieu.accounts.services import create_user

    create_user("can_bo_dap_thanh", "clerk", places=[places.dap_thanh])
    path = write(tmp_path / "e.csv", [row("06970", "2")])
    with pytest.raises(CommandError):
        call_command("import", path, "--as", "can_bo_dap_thanh")
    assert "ngoài các địa bàn" in capsys.readouterr().err
    call_command("import", path, "--approve")  # the operator at the command line
    assert DataValue.objects.get().state == DataValue.State.APPROVED
    with pytest.raises(CommandError):
        call_command("import", path, "--as", "nobody")
