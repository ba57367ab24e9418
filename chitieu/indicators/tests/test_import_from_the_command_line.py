import csv

import pytest
from django.core.management import CommandError, call_command

from chitieu.indicators.models import DataValue
from chitieu.indicators.transfer import HEADERS


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADERS, *rows])
    return str(path)


def test_the_command_lists_every_error_and_fails(catalogue, places, tmp_path, capsys):
    path = write(tmp_path / "sai.csv", [
        ["budget_revenue", "", "Huyện Ba Chẽ", "2020", "actual", "", "abc", "", ""],
        ["forest_planted", "", "Huyện Ba Chẽ", "20200", "actual", "", "1", "ha", ""],
    ])
    with pytest.raises(CommandError):
        call_command("import", path)
    errors = capsys.readouterr().err
    assert "sai.csv, dòng 2, cột “Giá trị”" in errors and "sai.csv, dòng 3, cột “Kỳ”" in errors
    assert not DataValue.objects.exists()


def test_the_command_imports_and_exports_to_standard_output(catalogue, places, tmp_path, capsys):
    path = write(tmp_path / "dung.csv", [["budget_revenue", "202", "", "2020", "actual", "", "38,5", "tỷ đồng", ""]])
    call_command("import", path)
    assert "1 mới" in capsys.readouterr().out
    call_command("export")
    exported = capsys.readouterr().out.splitlines()
    assert exported[0].split(",")[:2] == ["Mã chỉ tiêu", "Mã địa bàn"]
    assert exported[1].startswith("budget_revenue,202,") and ",38500000000,VND," in exported[1]
