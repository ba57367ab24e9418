import json

import pytest

from chitieu.exchange.dhis2 import (
    ImportFailed, build_export, chitieu_period, dhis2_period, import_data_value_set, to_csv, to_json,
)
from chitieu.indicators.models import DataValue
from chitieu.periods import Period


@pytest.mark.parametrize("ours, theirs", [
    ("2020", "2020"), ("2020-07/2020-09", "2020Q3"), ("2020-09", "202009"), ("2020-01/2020-06", "2020S1"),
    ("2020-07/2020-12", "2020S2"), ("2020-09-15", "20200915"),
])
def test_periods_map_both_ways(ours, theirs):
    assert dhis2_period(Period.parse(ours)) == theirs
    assert str(chitieu_period(theirs)) == ours


def test_a_span_dhis2_has_no_period_type_for_is_not_exported():
    assert dhis2_period(Period.parse("2020-01/2020-09")) is None
    with pytest.raises(ValueError, match="2020Q3"):
        chitieu_period("2020-09")


def test_the_export_uses_the_mapping_and_lists_what_it_leaves_out(values):
    export = build_export(DataValue.objects.public())
    rows = {(r["dataElement"], r["categoryOptionCombo"], r["orgUnit"], r["period"]): r["value"] for r in export.rows}
    assert rows[("DeBudgetRv1", "", "OuBaChe0001", "2020Q3")] == "10250"  # triệu đồng in DHIS2
    assert rows[("DeBudgetRv1", "CocPlanHdnd", "OuBaChe0001", "2020")] == "36000000000"
    assert rows[("DePoverty01", "", "OuBaChe0001", "2020")] == "1.3"
    assert len(export.rows) == 5
    assert any("2020-01/2020-09" in line for line in export.skipped)
    assert any("forest_planted" in line for line in export.skipped)


@pytest.mark.parametrize("writer, name", [(to_json, "export.json"), (to_csv, "export.csv")])
def test_an_export_imported_back_changes_nothing(values, writer, name):
    before = {(v.pk, v.value, v.state) for v in DataValue.objects.all()}
    content = writer(build_export(DataValue.objects.public()))
    result = import_data_value_set(content, name)
    assert (result.rows, result.created, result.updated, result.unchanged, result.proposed) == (5, 0, 0, 5, 0)
    assert {(v.pk, v.value, v.state) for v in DataValue.objects.all()} == before
    again = writer(build_export(DataValue.objects.public()))
    assert json.loads(again) == json.loads(content) if name.endswith(".json") else again == content


def test_an_import_enters_values_for_approval_in_scope(values, ba_che_staff):
    content = json.dumps({"dataValues": [
        {"dataElement": "DeBudgetRv1", "period": "2020Q2", "orgUnit": "OuBaChe0001", "value": "8100"},
        {"dataElement": "DePoverty01", "period": "2019", "orgUnit": "OuBaChe0001", "value": "2.14"},
    ]}).encode()
    result = import_data_value_set(content, "q2.json", user=ba_che_staff.clerk)
    assert result.created == 2
    stored = DataValue.objects.get(indicator__code="budget_revenue", period="2020-04/2020-06")
    assert (stored.value, stored.state, stored.source) == (8_100_000_000, "submitted", "imported")


def test_a_bad_file_gets_every_error_and_stores_nothing(values, ba_che_staff):
    count = DataValue.objects.count()
    content = json.dumps({"dataValues": [
        {"dataElement": "DeBudgetRv1", "period": "2020Q2", "orgUnit": "OuBaChe0001", "value": "8100"},
        {"dataElement": "DeUnknown01", "period": "2020Q2", "orgUnit": "OuBaChe0001", "value": "1"},
        {"dataElement": "DeBudgetRv1", "period": "2020-09", "orgUnit": "OuNowhere01", "value": "x"},
    ]}).encode()
    with pytest.raises(ImportFailed) as failure:
        import_data_value_set(content, "bad.json", user=ba_che_staff.clerk)
    found = {(e.row, e.field) for e in failure.value.errors}
    assert found == {(2, "dataElement"), (3, "orgUnit"), (3, "period"), (3, "value")}
    assert DataValue.objects.count() == count


def test_a_place_outside_the_importers_scope_is_an_error_of_its_row(values, ba_che_staff):
    count = DataValue.objects.count()
    content = ("dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\n"
               "DeBudgetRv1,2020Q2,OuBaChe0001,,,8100\n"
               "DeBudgetRv1,2020Q2,OuBinhLieu1,,,9000\n").encode()
    with pytest.raises(ImportFailed) as failure:
        import_data_value_set(content, "scope.csv", user=ba_che_staff.clerk)
    assert [(e.row, e.field) for e in failure.value.errors] == [(3, "orgUnit")]
    assert DataValue.objects.count() == count


def test_the_command_exports_and_imports(values, tmp_path):
    import io

    from django.core.management import call_command

    target = tmp_path / "out.json"
    out, err = io.StringIO(), io.StringIO()
    call_command("exchange", "dhis2-export", str(target), stdout=out, stderr=err)
    assert "5 dataValues" in out.getvalue() and "bỏ qua" in err.getvalue()
    call_command("exchange", "dhis2-import", str(target), stdout=out)
    assert "5 không đổi" in out.getvalue()
