import datetime

import pytest
from django.core.management import CommandError, call_command

from chitieu.documents.models import ArithmeticFlag, Claim, Document
from chitieu.documents.services import ingest_file, ingest_paths
from chitieu.documents.tests import sample_files


@pytest.fixture
def folder(tmp_path):
    return sample_files.mixed_folder(tmp_path / "hop-thu")


def test_it_ingests_a_folder_of_mixed_files_and_names_each_file_it_cannot_read(world, folder, capsys):
    call_command("ingest", str(folder), "--category", "bao_cao", "--place", "Ba Chẽ")
    out, err = capsys.readouterr()
    assert Document.objects.count() == 3  # the page (its copy is the same text), the DOCX, the PDF
    assert {d.format for d in Document.objects.all()} == {"html", "docx", "pdf"}
    assert "hong.docx" in err and "DOCX" in err
    assert "anh.jpg" in err and ".jpg" in err
    assert "3 mới, 1 đã có, 2 lỗi" in out
    assert set(Document.objects.values_list("category", flat=True)) == {"bao_cao"}
    assert set(Document.objects.values_list("place", flat=True)) == {world.district.pk}


def test_it_keeps_the_original_file_and_the_normalised_text(world, folder, media_root):
    result = ingest_file(folder / "bao-cao-trong-rung.docx", place=world.district)
    document = result.document
    assert document.file.read() == (folder / "bao-cao-trong-rung.docx").read_bytes()
    assert str(media_root) in document.file.path
    assert document.original_name == "bao-cao-trong-rung.docx"
    assert document.title == sample_files.FOREST_REPORT_LINES[0]
    assert "Trồng rừng tập trung | 1.200 ha | 1.320 ha" in document.text


def test_it_stores_each_claim_with_its_span_in_the_text(world, tmp_path):
    path = tmp_path / "tin.txt"
    path.write_text(sample_files.BUDGET_ARTICLE, encoding="utf-8")
    result = ingest_file(path, place=world.district, date=datetime.date(2020, 12, 18))
    assert result.status == "created" and result.claims >= 2
    claims = list(result.document.claims.all())
    for claim in claims:
        assert result.document.text[claim.start:claim.end] == claim.text
    budget = next(c for c in claims if c.text == "42,5 tỷ đồng")
    assert budget.value == pytest.approx(42.5e9) and budget.unit == "VND"
    assert budget.indicator == world.budget and budget.place == world.district and budget.period == "2020"
    assert budget.link_status == Claim.Link.LINKED and budget.review_state == Claim.Review.PENDING
    forest = next(c for c in claims if c.text.startswith("1.250"))
    assert forest.indicator == world.forest and forest.value == pytest.approx(1250)


def test_running_it_again_on_the_same_files_changes_nothing(world, folder):
    ingest_paths([folder], place=world.district)
    before = (
        list(Document.objects.values_list("pk", "content_hash", "ingested_at")),
        list(Claim.objects.values_list("pk", "start", "end", "indicator_id")),
        ArithmeticFlag.objects.count(),
    )
    results = ingest_paths([folder], place=world.district)
    assert {r.status for r in results} == {"unchanged", "error"}
    after = (
        list(Document.objects.values_list("pk", "content_hash", "ingested_at")),
        list(Claim.objects.values_list("pk", "start", "end", "indicator_id")),
        ArithmeticFlag.objects.count(),
    )
    assert after == before


def test_the_same_text_in_another_file_is_stored_once(world, tmp_path):
    (tmp_path / "a.txt").write_text(sample_files.BUDGET_ARTICLE, encoding="utf-8")
    # the same text, saved on Windows, with a byte order mark and decomposed accents
    import unicodedata

    (tmp_path / "b.txt").write_bytes(
        b"\xef\xbb\xbf" + unicodedata.normalize("NFD", sample_files.BUDGET_ARTICLE).replace("\n", "\r\n").encode("utf-8")
    )
    first, second = ingest_paths([tmp_path], place=world.district)
    assert first.status == "created" and second.status == "unchanged"
    assert second.document == first.document


def test_the_date_given_wins_over_the_date_in_the_text(world, tmp_path):
    path = tmp_path / "tin.txt"
    path.write_text(sample_files.BUDGET_ARTICLE, encoding="utf-8")
    call_command("ingest", str(path), "--date", "2021-01-05", "--place", "Ba Chẽ")
    assert Document.objects.get().published_on == datetime.date(2021, 1, 5)


def test_without_a_date_it_takes_the_date_the_extractor_reads_in_the_text(world, tmp_path):
    path = tmp_path / "tin.txt"
    path.write_text(sample_files.BUDGET_ARTICLE, encoding="utf-8")
    ingest_file(path, place=world.district)
    assert Document.objects.get().published_on == datetime.date(2020, 12, 18)


def test_an_unknown_place_stops_the_command_before_anything_is_stored(world, tmp_path):
    path = tmp_path / "tin.txt"
    path.write_text(sample_files.BUDGET_ARTICLE, encoding="utf-8")
    with pytest.raises(CommandError, match="Không tìm thấy"):
        call_command("ingest", str(path), "--place", "Xứ Sở Thần Tiên")
    with pytest.raises(CommandError, match="Thanh Sơn"):
        call_command("ingest", str(path), "--place", "Thanh Sơn")
    assert not Document.objects.exists()


def test_a_missing_path_is_reported_and_the_batch_goes_on(world, tmp_path, capsys):
    path = tmp_path / "tin.txt"
    path.write_text(sample_files.BUDGET_ARTICLE, encoding="utf-8")
    call_command("ingest", str(tmp_path / "khong-co.txt"), str(path))
    assert "khong-co.txt" in capsys.readouterr().err
    assert Document.objects.count() == 1


def test_it_reports_progress_on_long_batches(world, tmp_path, capsys):
    for n in range(60):
        (tmp_path / f"tin-{n:02d}.txt").write_text(f"Bản tin số {n} của huyện Ba Chẽ về công tác tuyên truyền trong tháng.", encoding="utf-8")
    call_command("ingest", str(tmp_path), "--place", "Ba Chẽ")
    err = capsys.readouterr().err
    assert "50/60" in err and "60/60" in err
    assert Document.objects.count() == 60
