"""Every input of the ingest has a limit: a file too large or a text too long is refused with the limit
named; a document with more claims than the limit is stored, marked too large to extract in one go, and
the reviewers are told; a field too long for its column (an og:url of 2,000 characters) is cut or left
out for that file alone and the batch goes on."""

import pytest

from chitieu.documents.models import Claim, Document
from chitieu.documents.readers import UnreadableDocument, read_bytes
from chitieu.documents.services import Ingestor, ingest_paths
from chitieu.documents.tests.sample_files import BUDGET_ARTICLE, html_page

MANY_FIGURES = "Báo cáo kinh tế huyện Ba Chẽ năm 2020.\n\n" + "\n".join(
    f"Năm 2020, thu ngân sách nhà nước trên địa bàn xã số {n} đạt {n},5 tỷ đồng." for n in range(1, 13)
)


def test_a_file_above_the_upload_limit_is_refused_naming_the_limit(settings):
    settings.CHITIEU_LIMITS = {"upload_bytes": 100}
    with pytest.raises(UnreadableDocument, match="quá giới hạn 100 byte"):
        read_bytes("bai.txt", BUDGET_ARTICLE.encode())


def test_a_text_above_the_character_limit_is_refused(settings):
    settings.CHITIEU_LIMITS = {"document_chars": 200}
    with pytest.raises(UnreadableDocument, match="quá giới hạn 200 ký tự"):
        read_bytes("bai.txt", BUDGET_ARTICLE.encode())
    with pytest.raises(UnreadableDocument, match="quá giới hạn"):
        read_bytes("lon.txt", ("Thu ngân sách đạt 42 tỷ đồng. " * 100).encode())


def test_a_web_page_above_its_limit_is_refused(settings):
    settings.CHITIEU_LIMITS = {"html_bytes": 1000}
    with pytest.raises(UnreadableDocument, match="trang web"):
        read_bytes("bai.html", html_page().encode())


def test_a_document_with_more_claims_than_the_limit_is_stored_and_marked_too_large(world, settings, reviewer_client):
    settings.CHITIEU_LIMITS = {"document_claims": 5}
    result = Ingestor(place=world.district).ingest_bytes("bao-cao.txt", MANY_FIGURES.encode())
    assert result.status == "created" and result.claims == 0
    assert "quá giới hạn 5" in str(result)
    document = result.document
    assert document.extraction == Document.Extraction.TOO_LARGE and document.claims_found >= 12
    assert not Claim.objects.filter(document=document).exists()
    queue = reviewer_client.get("/documents/review/").content.decode()
    assert "quá nhiều số liệu" in queue and document.get_absolute_url() in queue
    page = reviewer_client.get(document.get_absolute_url()).content.decode()
    assert "too-large-notice" in page


def test_within_the_limit_the_claims_are_stored_and_counted(world, settings):
    settings.CHITIEU_LIMITS = {"document_claims": 100}
    result = Ingestor(place=world.district).ingest_bytes("bao-cao.txt", MANY_FIGURES.encode())
    assert result.claims >= 12
    assert result.document.extraction == Document.Extraction.DONE
    assert result.document.claims_found == result.claims


def test_an_over_long_og_url_is_left_out_for_that_file_and_the_batch_goes_on(world, tmp_path):
    long_url = "https://baothunghiem.vn/" + "a" * 2000
    page = html_page().replace("<meta charset=\"utf-8\">", f'<meta charset="utf-8"><meta property="og:url" content="{long_url}">')
    (tmp_path / "1-dai.html").write_text(page, encoding="utf-8")
    (tmp_path / "2-thuong.txt").write_text(BUDGET_ARTICLE.replace("42,5", "43,5"), encoding="utf-8")
    results = ingest_paths([tmp_path], place=world.district)
    assert [r.status for r in results] == ["created", "created"]
    stored = results[0].document
    stored.refresh_from_db()
    assert stored.source_url == ""
    assert any("source_url" in note for note in results[0].notes)


def test_the_extractors_confidence_is_kept_when_it_gives_one(world):
    from chitieu.documents.services import _confidence

    assert _confidence(None) is None and _confidence("x") is None and _confidence(float("nan")) is None
    assert _confidence(0.75) == 0.75 and _confidence(3) == 1.0 and _confidence(-1) == 0.0


def test_the_upload_page_refuses_a_file_above_the_limit_without_reading_it(world, admin_client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.CHITIEU_LIMITS = {"upload_bytes": 100}
    upload = SimpleUploadedFile("bai.txt", BUDGET_ARTICLE.encode(), content_type="text/plain")
    response = admin_client.post("/documents/upload/", {"files": [upload], "category": "tin_tuc"})
    assert response.status_code == 200
    assert "quá giới hạn 100 byte" in response.content.decode()
    assert not Document.objects.exists()


def test_a_file_above_the_limit_on_disk_is_refused_before_it_is_read(world, tmp_path, settings):
    settings.CHITIEU_LIMITS = {"upload_bytes": 100}
    path = tmp_path / "bai.txt"
    path.write_text(BUDGET_ARTICLE, encoding="utf-8")
    result = Ingestor(place=world.district).ingest_file(path)
    assert result.status == "error" and "quá giới hạn 100 byte" in result.error
