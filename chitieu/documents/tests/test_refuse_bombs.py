"""Zip bombs and XML bombs, in a document to ingest or a spreadsheet to import, are refused before they
are inflated: quickly, in a few megabytes of memory, with a reason that names the limit.
(benchmarks/bombs.py measures the whole process's memory on the same files.)"""

import time
import tracemalloc

import pytest

from chitieu.documents.readers import UnreadableDocument, read_bytes
from chitieu.documents.tests import bombs
from chitieu.indicators.transfer import ImportFailed, read_rows


def measured(function, *args):
    """(result or exception, seconds, peak MB of Python memory) of one call."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        outcome = function(*args)
    except Exception as error:  # the outcome under test
        outcome = error
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / bombs.MB
    tracemalloc.stop()
    return outcome, seconds, peak


def test_a_docx_zip_bomb_is_refused_on_its_declared_size_before_it_is_inflated():
    bomb = bombs.docx_zip_bomb(300)
    assert len(bomb) < 2 * bombs.MB
    outcome, seconds, peak = measured(read_bytes, "bao-cao.docx", bomb)
    assert isinstance(outcome, UnreadableDocument)
    assert "giới hạn" in outcome.reason and "image1.bin" in outcome.reason
    assert seconds < 5 and peak < 32


def test_a_docx_whose_text_inflates_a_thousandfold_is_refused_on_its_ratio():
    outcome, seconds, peak = measured(read_bytes, "bao-cao.docx", bombs.docx_document_bomb(60))
    assert isinstance(outcome, UnreadableDocument) and "nén" in outcome.reason
    assert peak < 32


def test_a_docx_that_lies_about_its_inflated_size_is_refused_after_at_most_the_declared_bytes():
    bomb = bombs.lying_zip(bombs.docx_zip_bomb(120, zip64=False), "word/media/image1.bin", declared=1000)
    outcome, seconds, peak = measured(read_bytes, "bao-cao.docx", bomb)
    assert isinstance(outcome, UnreadableDocument) and "DOCX" in outcome.reason
    assert peak < 32


def test_a_docx_xml_bomb_does_not_expand_its_entities():
    outcome, seconds, peak = measured(read_bytes, "bao-cao.docx", bombs.docx_xml_bomb())
    if isinstance(outcome, UnreadableDocument):
        assert outcome.reason
    else:
        assert "lollollol" not in outcome.text and len(outcome.text) < 10_000
    assert seconds < 5 and peak < 32


def test_an_xlsx_zip_bomb_is_refused_before_openpyxl_reads_it(tmp_path):
    path = tmp_path / "so-lieu.xlsx"
    path.write_bytes(bombs.xlsx_sheet_bomb(150))
    outcome, seconds, peak = measured(read_rows, path)
    assert isinstance(outcome, ImportFailed)
    assert "giới hạn" in str(outcome) and "so-lieu.xlsx" in str(outcome)
    assert seconds < 5 and peak < 32


def test_an_xlsx_xml_bomb_is_refused(tmp_path):
    path = tmp_path / "so-lieu.xlsx"
    path.write_bytes(bombs.xlsx_xml_bomb())
    outcome, seconds, peak = measured(read_rows, path)
    assert isinstance(outcome, ImportFailed) and "Excel" in str(outcome)
    assert seconds < 5 and peak < 32


def test_a_zip_with_too_many_members_is_refused(settings):
    import io
    import zipfile

    from chitieu.core.safezip import ZipRefused, check_zip

    settings.CHITIEU_LIMITS = {"zip_members": 10}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in range(11):
            archive.writestr(f"part{n}.xml", "<x/>")
    with pytest.raises(ZipRefused, match="11 thành phần"):
        check_zip(buffer.getvalue())
