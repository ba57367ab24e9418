"""A long document is shown a slice of its text at a time, with the claims of that slice, and the review
queue a page of claims at a time: a report with thousands of claims answers like a short article."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.documents.models import TEXT_PAGE_CHARS, Claim, text_pages

SENTENCE = "Năm 2020, thu ngân sách nhà nước trên địa bàn đạt 42,5 tỷ đồng, vượt dự toán.\n"


@pytest.fixture
def long_document(world, make_document):
    text = SENTENCE * 3000  # about 240,000 characters, 12 slices
    document = make_document(text=text, place=world.district)
    offset = SENTENCE.index("42,5 tỷ đồng")
    Claim.objects.bulk_create([
        Claim(document=document, start=n * len(SENTENCE) + offset, end=n * len(SENTENCE) + offset + 12,
              text="42,5 tỷ đồng", value=42.5e9, unit="VND", measure="level", modality="actual",
              subject="thu ngân sách", confidence=(n % 100) / 100)
        for n in range(3000)
    ], batch_size=500)
    return document


def test_the_text_is_cut_in_slices_at_line_breaks():
    text = "một dòng văn bản\n" * 5000
    pages = text_pages(text)
    assert pages[0][0] == 0 and pages[-1][1] == len(text)
    assert all(text[end - 1] == "\n" for _start, end in pages[:-1])
    assert all(end - start <= TEXT_PAGE_CHARS for start, end in pages)


def test_the_first_page_of_a_long_document_shows_its_first_slice_only(long_document, visitor):
    page = visitor.get(long_document.get_absolute_url()).content.decode()
    pages = text_pages(long_document.text)
    assert len(pages) > 5
    first_slice_claims = long_document.claims.filter(start__lt=pages[0][1]).count()
    assert page.count('<mark class="claim') == first_slice_claims
    assert "3.000 số liệu" in page or "3000 số liệu" in page
    assert f"Trang 1 / {len(pages)}" in page


def test_a_later_page_shows_its_slice_and_beyond_the_last_answers_404(long_document, visitor):
    pages = text_pages(long_document.text)
    response = visitor.get(f"{long_document.get_absolute_url()}?page=3")
    assert response.status_code == 200
    inside = long_document.claims.filter(start__gte=pages[2][0]).order_by("start").first()
    assert f'id="claim-{inside.pk}"' in response.content.decode()
    assert visitor.get(f"{long_document.get_absolute_url()}?page={len(pages) + 1}").status_code == 404


def test_a_claim_links_to_the_page_that_shows_it(long_document):
    last = long_document.claims.order_by("-start").first()
    assert f"?page={len(text_pages(long_document.text))}#claim-{last.pk}" in last.source_url
    first = long_document.claims.order_by("start").first()
    assert "?page=" not in first.source_url


def test_the_document_page_queries_do_not_grow_with_its_claims(long_document, visitor):
    with CaptureQueriesContext(connection) as queries:
        visitor.get(long_document.get_absolute_url())
    assert len(queries) < 20


def test_the_review_queue_reads_each_document_once_per_page(long_document, reviewer_client):
    with CaptureQueriesContext(connection) as queries:
        response = reviewer_client.get(f"/documents/review/?document={long_document.pk}&page=2")
    assert response.status_code == 200
    assert response.content.decode().count('class="claim-row') == 50
    assert len(queries) < 25
