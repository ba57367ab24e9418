"""A citizen who clicks "Nguồn" beside a figure reads its sentence without logging in."""

from chitieu.documents.services import accept_claim
from chitieu.documents.tests.conftest import make_claim, make_document, media_root, world  # noqa: F401 (fixtures)


def test_an_accepted_claim_has_a_public_page_with_its_sentence_figure_and_value(make_claim, reviewer, visitor):  # noqa: F811
    claim = make_claim()
    value = accept_claim(claim, user=reviewer)
    response = visitor.get(f"/nguon/{claim.pk}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="claim accepted" id="claim">35,2 tỷ đồng</mark>' in page
    assert "Thu ngân sách nhà nước trên địa bàn" in page
    if value.state == "approved":
        assert "Số liệu đã ghi nhận" in page and f"/p/{value.place_id}/" in page


def test_an_unreviewed_claim_stays_staff_only(make_claim, visitor, reviewer_client):  # noqa: F811
    claim = make_claim()
    assert visitor.get(f"/nguon/{claim.pk}/").status_code == 404
    staff = reviewer_client.get(f"/nguon/{claim.pk}/")
    assert staff.status_code == 302 and staff["Location"].endswith(f"/{claim.pk}/")


def test_the_place_pages_source_link_is_the_public_page(make_claim, reviewer):  # noqa: F811
    from chitieu.indicators.display import source_url

    claim = make_claim()
    value = accept_claim(claim, user=reviewer)
    assert source_url(value) == f"/nguon/{claim.pk}/"
