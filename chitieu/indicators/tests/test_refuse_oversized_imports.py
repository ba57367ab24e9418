"""The reading side of an import has limits (chitieu.core.limits): the file's size, its rows and its
columns. A file past one is refused whole, with the limit named, before its rows are checked; the
template download leaves no temporary folder behind."""

import tempfile
from pathlib import Path

import pytest

from chitieu.documents.tests.bombs import HEADER, xlsx_bytes
from chitieu.indicators.transfer import ImportFailed, read_rows

ROW = ["budget_revenue", "", "Huyện Ba Chẽ, Tỉnh Quảng Ninh", "2020", "actual", "", "29,577", "tỷ đồng", ""]


def csv_file(folder, rows):
    path = folder / "so-lieu.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in row) for row in [HEADER, *rows]), encoding="utf-8")
    return path


def test_a_csv_with_more_rows_than_the_limit_is_refused_naming_the_limit(tmp_path, settings):
    settings.CHITIEU_LIMITS = {"import_rows": 50}
    with pytest.raises(ImportFailed, match="hơn 50 dòng"):
        read_rows(csv_file(tmp_path, [ROW] * 51))
    header, rows = read_rows(csv_file(tmp_path, [ROW] * 50))
    assert len(rows) == 50


def test_an_xlsx_with_more_rows_than_the_limit_is_refused(tmp_path, settings):
    settings.CHITIEU_LIMITS = {"import_rows": 20}
    path = tmp_path / "so-lieu.xlsx"
    path.write_bytes(xlsx_bytes([HEADER, *[ROW] * 30]))
    with pytest.raises(ImportFailed, match="hơn 20 dòng"):
        read_rows(path)


def test_a_file_larger_than_the_upload_limit_is_refused_before_it_is_read(tmp_path, settings):
    settings.CHITIEU_LIMITS = {"upload_bytes": 1000}
    with pytest.raises(ImportFailed, match="quá giới hạn 1000 byte"):
        read_rows(csv_file(tmp_path, [ROW] * 40))


def test_only_the_first_columns_up_to_the_limit_are_read(tmp_path, settings):
    settings.CHITIEU_LIMITS = {"import_columns": 12}
    path = tmp_path / "so-lieu.xlsx"
    path.write_bytes(xlsx_bytes([HEADER + ["x"] * 40, ROW + ["y"] * 40]))
    header, rows = read_rows(path)
    assert len(header) == 12 and len(rows[0][1]) == 12


def test_downloading_the_template_leaves_no_temporary_folder(visitor):
    before = set(Path(tempfile.gettempdir()).glob("chitieu-template-*"))
    for extension in ("csv", "xlsx"):
        response = visitor.get(f"/indicators/template.{extension}")
        assert response.status_code == 200
        assert b"".join(response.streaming_content)
    assert set(Path(tempfile.gettempdir()).glob("chitieu-template-*")) == before
