import datetime

import pytest
from django.test import Client

from chitieu.documents.models import Claim
from chitieu.documents.sections import place_documents
from chitieu.documents.services import accept_claim


def test_the_search_page_finds_documents_without_diacritics_with_its_three_filters(make_document):
    make_document(title="Thu ngân sách vượt dự toán", text="Thu ngân sách năm 2020 của huyện đạt khá, vượt dự toán được giao.")
    make_document(title="Đồng bào trồng rừng", text="Người dân trồng rừng keo trên các sườn đồi, thu nhập ổn định.")
    page = Client().get("/documents/", {"q": "ngan sach", "category": "tin_tuc", "date_from": "2020-01-01", "date_to": "2020-12-31"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "Thu ngân sách vượt dự toán" in html and "Đồng bào trồng rừng" not in html
    assert '<mark>ngân sách</mark>' in html
    for name in ('name="q"', 'name="category"', 'name="date_from"', 'name="date_to"'):
        assert name in html


def test_the_document_page_highlights_every_claim_with_its_state(make_claim, reviewer):
    claim = make_claim()
    other = make_claim(linked=False, document=claim.document, text="vượt dự toán")
    accept_claim(claim, user=reviewer)
    html = Client().get(claim.document.get_absolute_url()).content.decode()
    assert f'<mark class="claim accepted linked" id="claim-{claim.pk}"' in html
    assert f'<mark class="claim pending unlinked" id="claim-{other.pk}"' in html
    assert f'id="card-{claim.pk}"' in html and "Thu ngân sách nhà nước trên địa bàn" in html
    assert "không khớp chỉ tiêu" in html  # why the second one is unlinked


def test_an_accepted_value_links_back_to_its_sentence(make_claim, reviewer):
    claim = make_claim()
    value = accept_claim(claim, user=reviewer)
    url, anchor = value.source_detail["url"].split("#")
    html = Client().get(url).content.decode()
    assert f'id="{anchor}"' in html


def test_the_review_queue_is_for_reviewers_only(make_claim, visitor, clerk_client, reviewer_client):
    make_claim()
    assert visitor.get("/documents/review/").status_code == 302
    assert clerk_client.get("/documents/review/").status_code == 403
    page = reviewer_client.get("/documents/review/")
    assert page.status_code == 200 and "35,2 tỷ đồng" in page.content.decode()


def test_a_reviewer_accepts_a_claim_from_its_page(make_claim, reviewer_client):
    claim = make_claim()
    response = reviewer_client.post(claim.get_absolute_url(), {"action": "accept"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.review_state == Claim.Review.ACCEPTED and claim.data_value is not None


def test_the_claim_page_shows_the_conflicting_value_beside_it_and_keeps_it(make_claim, reviewer, reviewer_client):
    stored = accept_claim(make_claim(35.2e9), user=reviewer)
    second = make_claim(37e9, text="37 tỷ đồng")
    page = reviewer_client.get(second.get_absolute_url()).content.decode()
    assert 'class="conflict bad"' in page and "35.200.000.000 VND" in page
    response = reviewer_client.post(second.get_absolute_url(), {"action": "accept"}, follow=True)
    assert "Đã có số liệu khác" in response.content.decode()
    stored.refresh_from_db()
    assert float(stored.value) == pytest.approx(35.2e9)
    reviewer_client.post(second.get_absolute_url(), {"action": "accept", "replace": "on"})
    stored.refresh_from_db()
    # A reviewed value is never written over: the new figure waits beside it for an approver.
    assert float(stored.value) == pytest.approx(35.2e9)
    assert float(stored.proposed_changes.get().new_value) == pytest.approx(37e9)


def test_a_reviewer_corrects_and_rejects_from_the_claim_page(world, make_claim, reviewer_client):
    unlinked = make_claim(linked=False)
    response = reviewer_client.post(unlinked.get_absolute_url(), {
        "action": "correct", "indicator": world.budget.pk, "place": "Huyện Ba Chẽ, Tỉnh Quảng Ninh",
        "period": "2020", "value": "35200000000", "modality": "actual", "issuer": "", "reason": "tên khác",
    })
    assert response.status_code == 302
    unlinked.refresh_from_db()
    assert unlinked.review_state == "corrected" and unlinked.data_value.place == world.district

    other = make_claim()
    page = reviewer_client.post(other.get_absolute_url(), {"action": "reject", "reason": ""})
    assert page.status_code == 200 and Claim.objects.get(pk=other.pk).review_state == "pending"
    reviewer_client.post(other.get_absolute_url(), {"action": "reject", "reason": "số liệu của năm trước"})
    assert Claim.objects.get(pk=other.pk).review_state == "rejected"


def test_the_place_page_lists_the_documents_about_the_place(world, make_document, make_claim):
    own = make_document(title="Tin của Ba Chẽ", place=world.district)
    about = make_claim(place=world.commune)
    section = place_documents(world.commune, datetime.date(2021, 1, 1), None)
    assert [d.pk for d in section["context"]["documents"]] == [about.document_id]
    section = place_documents(world.district, datetime.date(2021, 1, 1), None)
    assert own in section["context"]["documents"]
    assert place_documents(world.other_district, datetime.date(2021, 1, 1), None) is None


def test_the_original_file_can_be_downloaded_from_the_document_page(world, tmp_path):
    from chitieu.documents.services import ingest_file
    from chitieu.documents.tests.sample_files import docx_bytes

    path = tmp_path / "bao-cao-trong-rung.docx"
    path.write_bytes(docx_bytes())
    document = ingest_file(path, place=world.district).document
    html = Client().get(document.get_absolute_url()).content.decode()
    assert f"/documents/{document.pk}/original/" in html
    response = Client().get(f"/documents/{document.pk}/original/")
    assert b"".join(response.streaming_content) == path.read_bytes()
    assert "bao-cao-trong-rung.docx" in response["Content-Disposition"]
