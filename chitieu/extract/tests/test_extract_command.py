"""`chitieu extract`: files (or stdin) in, claims out; a bad file is reported and the others still read."""

import io
import json
import sys

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract.cli import extract_main  # noqa: E402

TEXT = "Năm 2022, thu ngân sách đạt 45,6 tỷ đồng, đạt 98% dự toán (50 tỷ đồng).\n"


def run(argv, capsys, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = extract_main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_it_prints_one_json_object_per_claim_named_by_the_file(tmp_path, capsys):
    path = tmp_path / "tan_uyen_2022.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out, _ = run([str(path)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows and all(r["doc"] == "tan_uyen_2022" for r in rows)
    assert rows[0]["value"] == 45600000000


def test_it_reads_standard_input(capsys, monkeypatch):
    code, out, _ = run(["-", "--date", "2022-07"], capsys, stdin=TEXT.encode(), monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out.splitlines()[0])["doc"] == "stdin"


def test_a_missing_or_undecodable_file_is_reported_and_the_others_go_on(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00 junk")
    code, out, err = run([str(tmp_path / "missing.txt"), str(bad), str(good)], capsys)
    assert code == 1
    assert "missing.txt: no such file" in err and "bad.txt: not UTF-8" in err
    assert json.loads(out.splitlines()[0])["doc"] == "good"


def test_check_prints_the_arithmetic_flags(tmp_path, capsys):
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out, _ = run([str(path), "--check", "--format", "table"], capsys)
    assert code == 0 and "ratio_vs_target" in out and "÷" in out


def test_json_format_holds_the_document_date_place_and_flags(tmp_path, capsys):
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out, _ = run([str(path), "--format", "json", "--check", "--place", "huyện Tân Uyên", "--date", "2022-07-01"], capsys)
    data = json.loads(out)
    assert data["date"] == "2022-07-01" and data["place"] == "Tân Uyên" and data["flags"]


def test_a_bad_date_option_is_refused(capsys):
    with pytest.raises(SystemExit):
        extract_main(["x.txt", "--date", "16/11/2020"])
    assert "YYYY-MM-DD" in capsys.readouterr().err
