from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from chitieu.documents.models import Document
from chitieu.documents.tests import sample_files


def test_staff_with_the_permission_ingest_files_from_the_browser(world, admin_client):
    page = admin_client.post("/documents/upload/", {
        "files": [
            SimpleUploadedFile("bai-viet.html", sample_files.html_page().encode("utf-8"), content_type="text/html"),
            SimpleUploadedFile("hong.docx", b"PK\x03\x04 not a zip"),
        ],
        "category": "tin_tuc", "place": "Ba Chẽ", "date": "2020-12-18", "source_url": "https://example.org/bai-viet",
    })
    html = page.content.decode()
    assert page.status_code == 200
    assert "hong.docx" in html and "DOCX" in html
    document = Document.objects.get()
    assert (document.place, document.source_url, document.format) == (world.district, "https://example.org/bai-viet", "html")
    assert document.ingested_by.username == "quan_tri"


def test_uploading_needs_the_permission_to_add_documents(world, visitor, reviewer, reviewer_client):
    assert visitor.get("/documents/upload/").status_code == 302
    if not reviewer.has_perm("documents.add_document"):
        assert reviewer_client.get("/documents/upload/").status_code == 403
    reviewer.user_permissions.add(Permission.objects.get(codename="add_document", content_type__app_label="documents"))
    assert reviewer_client.get("/documents/upload/").status_code == 200
