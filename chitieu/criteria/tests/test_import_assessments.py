import datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook

from chitieu.criteria.importer import ImportErrors, import_assessments
from chitieu.criteria.models import Assessment

pytestmark = pytest.mark.usefixtures("binh_lieu")
lookup = pytest.importorskip("chitieu.places.lookup")

HEADER = "place,parent,set,date,code,value,met,evidence,note\n"


def write_csv(tmp_path, body, name="danh_gia.csv"):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_a_clean_csv_records_one_assessment_per_place_set_and_date(sets, tmp_path):
    path = write_csv(tmp_path, (
        "Hoành Mô,Bình Liêu,quangninh_commune_advanced_2016_2020,30/11/2020,số tiêu chí đạt,7,,doc:004_ff70d712946b5a71#4184-4196,\n"
        "Hoành Mô,Bình Liêu,quangninh_commune_advanced_2016_2020,30/11/2020,số chỉ tiêu đạt,26,,,\n"
        "Đồng Văn,Bình Liêu,ntm_commune_2016_2020,2020-11-30,10,\"37,5\",,,thu nhập 2020\n"
        "Đồng Văn,Bình Liêu,ntm_commune_2016_2020,2020-11-30,1.1,,đạt,,\n"
    ))
    assessments = import_assessments(path)
    assert len(assessments) == 2
    hoanh_mo = Assessment.objects.get(place__name="Hoành Mô")
    assert (hoanh_mo.criteria_met_count, hoanh_mo.indicators_met_count) == (7, 26)
    assert hoanh_mo.evidence == {"file": "danh_gia.csv", "row": 2}
    dong_van = Assessment.objects.get(place__name="Đồng Văn")
    income = dong_van.indicator_results.get(indicator__code="10")
    assert (income.value, income.met) == (Decimal("37.5"), False)  # below 45 (national) and 50 (ĐBSH)
    assert dong_van.assessed_on == datetime.date(2020, 11, 30)


def test_an_xlsx_in_the_same_layout_is_read(sets, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Địa bàn", "Trực thuộc", "Bộ tiêu chí", "Ngày", "Mã", "Giá trị", "Đạt", "Căn cứ", "Ghi chú"])
    sheet.append(["Hoành Mô", "Bình Liêu", "quangninh_commune_advanced_2016_2020", datetime.date(2020, 11, 30), "SO_TIEU_CHI", 7, None, None, None])
    path = tmp_path / "danh_gia.xlsx"
    workbook.save(path)
    (assessment,) = import_assessments(path)
    assert assessment.criteria_met_count == 7


def test_every_error_is_listed_with_row_and_column_and_nothing_is_stored(sets, tmp_path):
    path = write_csv(tmp_path, (
        "Hoành Mô,Bình Liêu,quangninh_commune_advanced_2016_2020,30/11/2020,số tiêu chí đạt,7,,,\n"  # fine on its own
        "Xã Không Có,Bình Liêu,ntm_commune_2016_2020,2020-11-30,10,40,,,\n"
        "Đồng Văn,Bình Liêu,bo_khong_co,2020-11-30,10,40,,,\n"
        "Đồng Văn,Bình Liêu,ntm_commune_2016_2020,31/02/2020,10,40,,,\n"
        "Đồng Văn,Bình Liêu,ntm_commune_2016_2020,2020-11-30,10,bốn mươi,,,\n"
        "Đồng Văn,Bình Liêu,ntm_commune_2016_2020,2020-11-30,1.1,,có lẽ,,\n"
        "Đồng Văn,Bình Liêu,ntm_commune_2016_2020,2020-11-30,99.9,3,,,\n"
        "Đồng Văn,Bình Liêu,ntm_commune_2016_2020,2020-11-30,14.2,,,,\n"
    ))
    with pytest.raises(ImportErrors) as error:
        import_assessments(path)
    found = [(p.row, p.column) for p in error.value.problems]
    assert found == [(3, "place"), (4, "set"), (5, "date"), (6, "value"), (7, "met"), (8, "code"), (9, "value")]
    assert all(p.file == "danh_gia.csv" for p in error.value.problems)
    assert "danh_gia.csv, dòng 3, cột place: không tìm thấy đơn vị “Xã Không Có”" in str(error.value)
    assert not Assessment.objects.exists()


def test_a_missing_required_column_is_reported(sets, tmp_path):
    path = tmp_path / "thieu_cot.csv"
    path.write_text("place,set,code\nHoành Mô,x,1\n", encoding="utf-8")
    with pytest.raises(ImportErrors, match="cột date: thiếu cột bắt buộc"):
        import_assessments(path)


def test_a_row_repeated_for_the_same_indicator_is_an_error(sets, tmp_path):
    path = write_csv(tmp_path, (
        "Đồng Văn,Bình Liêu,ntm_commune_2016_2020,2020-11-30,1.1,,đạt,,\n"
        "Đồng Văn,Bình Liêu,ntm_commune_2016_2020,2020-11-30,1.1,,không,,\n"
    ))
    with pytest.raises(ImportErrors, match="dòng 3, cột code: 1.1 đã có ở dòng 2"):
        import_assessments(path)


def test_a_dry_run_checks_the_file_and_stores_nothing(sets, tmp_path):
    path = write_csv(tmp_path, "Hoành Mô,Bình Liêu,quangninh_commune_advanced_2016_2020,30/11/2020,SO_TIEU_CHI,7,,,\n")
    assert import_assessments(path, dry_run=True) == []
    assert not Assessment.objects.exists()


def test_a_semicolon_csv_with_vietnamese_headers_is_read(sets, tmp_path):
    path = tmp_path / "danh_gia.csv"
    path.write_text("Địa bàn;Trực thuộc;Bộ tiêu chí;Ngày;Mã;Giá trị;Đạt\n"
                    "Hoành Mô;Bình Liêu;quangninh_commune_2016_2020;30/11/2020;số tiêu chí đạt;20;\n", encoding="utf-8")
    (assessment,) = import_assessments(path)
    assert assessment.criteria_met_count == 20
