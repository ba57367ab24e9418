"""`chitieu compile-extractor`: the compiled extractor says exactly what pure Python says, and never runs stale."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import chitieu.extract as package
from chitieu.extract import native

DEV_DOCS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "dev" / "docs"
INVENTED = (
    "Năm 2023, thu ngân sách trên địa bàn huyện ước đạt 125,4 tỷ đồng, bằng 104% dự toán tỉnh giao, tăng 8,2% so "
    "với cùng kỳ; trong đó thu nội địa 98 tỷ đồng.\n"
    "Toàn huyện có 12/14 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm còn 2,1%.\n"
    "9 tháng đầu năm, sản lượng lúa đạt hai chục nghìn tấn, giảm 300 ha (bằng 1,2%).\n"
)


def _extract(files, pure):
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("CHITIEU_EXTRACT_PURE", None)
    if pure:
        env["CHITIEU_EXTRACT_PURE"] = "1"
    done = subprocess.run([sys.executable, "-m", "chitieu.cli", "extract", "--check", *map(str, files)],
                          capture_output=True, text=True, env=env, check=True)
    return done.stdout, done.stderr


def test_the_set_up_built_the_compiled_extractor_for_these_sources():
    if not package.COMPILED and not os.environ.get("CI"):
        pytest.skip("not compiled here (no C compiler, or the sources changed since: `chitieu compile-extractor`)")
    assert package.COMPILED, "scripts/install should have compiled the extractor (see .venv/compile-extractor.log)"
    assert native.built_stamp() == native.source_stamp()


def test_the_compiled_extractor_reads_every_figure_as_pure_python_does(tmp_path):
    if not package.COMPILED:
        pytest.skip("not compiled here")
    invented = tmp_path / "invented.txt"
    invented.write_text(INVENTED, encoding="utf-8")
    dev = sorted(DEV_DOCS.glob("*.txt"))
    # (and every dev text as one document, as the speed benchmark reads them: a text's date and places then reach
    # figures of the texts after it, paths no single text takes; a type the compiler trusts wrongly shows there)
    joined = tmp_path / "joined.txt"
    joined.write_text("\n".join(path.read_text(encoding="utf-8") for path in dev), encoding="utf-8")
    files = [invented, joined, *dev]
    compiled, pure = _extract(files, pure=False), _extract(files, pure=True)
    assert compiled[0].count("\n") > 3
    assert compiled == pure


def test_every_rule_module_but_the_pipeline_is_in_the_build():
    # (pipeline.py is left out on purpose: mypyc needed 12 GB and more to build it, native.COMPILED_MODULES says why)
    modules = {path.stem for path in native.PACKAGE_DIR.glob("*.py")}
    assert modules - set(native.COMPILED_MODULES) == {"__init__", "cli", "model", "native", "pipeline"}


def test_a_build_made_from_other_sources_is_not_used(tmp_path, monkeypatch):
    (tmp_path / "STAMP").write_text("0" * 64 + "\n", encoding="ascii")
    (tmp_path / "chitieu_extract__mypyc.so").write_bytes(b"not a library")
    monkeypatch.setattr(native, "NATIVE_DIR", tmp_path)
    path = ["/the/package"]
    assert native.activate(path) is False
    assert path == ["/the/package"]


def test_pure_python_can_be_asked_for_whatever_was_built(monkeypatch):
    monkeypatch.setenv("CHITIEU_EXTRACT_PURE", "1")
    path = ["/the/package"]
    assert native.activate(path) is False
    assert path == ["/the/package"]
