import csv
from decimal import Decimal

import pytest
from chitieu.indicators.models import DataValue
from chitieu.indicators.tests.files import write_xlsx
from chitieu.indicators.transfer import HEADERS, ImportFailed, import_values


def write_csv(path, rows, header=HEADERS, delimiter=","):
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


GOOD = [
    ["budget_revenue", "202", "Huyện Ba Chẽ", "2020-01/2020-09", "actual", "", 29.577, "tỷ đồng", ""],
    ["budget_revenue", "", "huyện Ba Chẽ", "2020", "target", "HĐND huyện", "36", "tỷ đồng", "dự toán"],
    ["poverty_rate", "", "Xã Đạp Thanh, Ba Chẽ", "2020-09", "thực hiện", "", "1,3", "%", ""],
    ["forest_planted", "202", "", "2020-01/2020-09", "ước", "", "3.772", "ha", ""],
]


def test_a_good_excel_file_is_stored_with_its_file_and_row(catalogue, places, clerk, tmp_path):
    result = import_values(write_xlsx(tmp_path / "ba-che.xlsx", GOOD), user=clerk)
    assert (result.rows, result.created, result.updated) == (4, 4, 0)
    revenue = DataValue.objects.get(indicator__code="budget_revenue", modality="actual")
    assert revenue.value == Decimal("29577000000") and revenue.place == places.ba_che
    assert revenue.source == "imported" and revenue.source_detail == {"file": "ba-che.xlsx", "row": 2}
    assert revenue.created_by == clerk
    assert DataValue.objects.get(indicator__code="poverty_rate").place == places.dap_thanh
    forest = DataValue.objects.get(indicator__code="forest_planted")
    assert forest.value == Decimal("3772") and forest.modality == "estimate"  # "3.772" written the Vietnamese way


def test_a_good_csv_file_with_semicolons_is_read_too(catalogue, places, tmp_path):
    result = import_values(write_csv(tmp_path / "ba-che.csv", GOOD, delimiter=";"))
    assert result.created == 4


def test_importing_the_same_file_again_changes_nothing(catalogue, places, tmp_path):
    path = write_xlsx(tmp_path / "ba-che.xlsx", GOOD)
    import_values(path)
    again = import_values(path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)


def test_a_bad_file_gets_every_error_with_row_and_column_and_nothing_is_stored(ba_che_budget, catalogue, places, tmp_path):
    before = list(DataValue.objects.values_list("pk", "value").order_by("pk"))
    rows = [
        ["budget_revenue", "", "Huyện Ba Chẽ", "2020-01/2020-06", "actual", "", "12", "tỷ đồng", ""],  # fine on its own
        ["budget_revenue", "", "Huyện Ba Chẽ", "2020-01/2020-03", "actual", "", "5", "ha", ""],  # wrong unit
        ["forest_planted", "", "Xã Không Có", "2020", "actual", "", "10", "ha", ""],  # unknown place
        ["forest_planted", "", "Huyện Ba Chẽ", "2020", "actual", "", "mười", "ha", ""],  # text in a number column
        ["budget_revenue", "", "Huyện Ba Chẽ", "2020-01/2020-06", "actual", "", "13", "tỷ đồng", ""],  # duplicate of row 2
        ["no_such_indicator", "", "Huyện Ba Chẽ", "2020", "actual", "", "1", "", ""],
        ["forest_planted", "", "Huyện Ba Chẽ", "9 tháng", "maybe", "", "1", "ha", ""],
    ]
    with pytest.raises(ImportFailed) as failure:
        import_values(write_xlsx(tmp_path / "bad.xlsx", rows))
    found = {(e.row, e.column) for e in failure.value.errors}
    assert found == {
        (3, "Đơn vị"), (4, "Địa bàn"), (5, "Giá trị"), (6, "Mã chỉ tiêu"), (7, "Mã chỉ tiêu"), (8, "Kỳ"), (8, "Loại số liệu"),
    }
    assert all(e.file == "bad.xlsx" for e in failure.value.errors)
    assert "dòng 2" in next(e.reason for e in failure.value.errors if e.row == 6)
    assert list(DataValue.objects.values_list("pk", "value").order_by("pk")) == before


def test_an_ambiguous_place_name_lists_the_candidates(catalogue, places, tmp_path):
    from chitieu.places.models import Place

    Place.objects.create(level="commune", kind="xa", code="07000", name="Thanh Sơn", full_name="Xã Thanh Sơn", parent=places.quang_ninh)
    rows = [["forest_planted", "", "Thanh Sơn", "2020", "actual", "", "10", "ha", ""]]
    with pytest.raises(ImportFailed) as failure:
        import_values(write_csv(tmp_path / "x.csv", rows))
    (error,) = failure.value.errors
    assert error.column == "Địa bàn" and "Huyện Ba Chẽ" in error.reason


def test_a_file_without_the_required_columns_is_refused_at_its_header(catalogue, tmp_path):
    with pytest.raises(ImportFailed) as failure:
        import_values(write_csv(tmp_path / "x.csv", [["1", "2"]], header=["Chỉ tiêu", "Số"]))
    columns = {e.column for e in failure.value.errors}
    assert {"Số", "Kỳ", "Loại số liệu", "Giá trị", "Địa bàn"} <= columns
    assert all(e.row == 1 for e in failure.value.errors)


def test_a_file_that_is_not_a_spreadsheet_is_refused_with_its_name(catalogue, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFailed) as failure:
        import_values(path)
    assert failure.value.errors[0].file == "broken.xlsx"


def test_a_dry_run_checks_and_stores_nothing(catalogue, places, tmp_path):
    result = import_values(write_xlsx(tmp_path / "ba-che.xlsx", GOOD), dry_run=True)
    assert result.created == 4 and not DataValue.objects.exists()
