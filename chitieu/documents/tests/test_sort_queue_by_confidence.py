"""The review queue sorts and filters claims by the extractor's confidence, shown as a percentage; claims
without one come last."""

import pytest

from chitieu.documents.services import review_queue


@pytest.fixture
def claims(make_claim):
    from chitieu.documents.models import Claim

    made = {}
    for name, confidence in (("low", 0.2), ("mid", 0.55), ("high", 0.9), ("none", None)):
        claim = make_claim(35.2e9 + len(made), text="35,2 tỷ đồng")
        Claim.objects.filter(pk=claim.pk).update(confidence=confidence)
        made[name] = claim
    return made


def test_least_sure_first_and_most_sure_first(claims):
    order = [c.pk for c in review_queue(order="confidence")]
    assert order == [claims[n].pk for n in ("low", "mid", "high", "none")]
    order = [c.pk for c in review_queue(order="-confidence")]
    assert order == [claims[n].pk for n in ("high", "mid", "low", "none")]


def test_filtered_between_two_confidences(claims):
    assert {c.pk for c in review_queue(confidence_min=0.5)} == {claims["mid"].pk, claims["high"].pk}
    assert {c.pk for c in review_queue(confidence_max=0.5)} == {claims["low"].pk}


def test_the_queue_page_sorts_filters_and_shows_percentages(claims, reviewer_client):
    page = reviewer_client.get("/documents/review/?state=pending&order=-confidence&confidence_min=50").content.decode()
    assert page.index(f'data-claim="{claims["high"].pk}"') < page.index(f'data-claim="{claims["mid"].pk}"')
    assert f'data-claim="{claims["low"].pk}"' not in page
    assert "90%" in page and "55%" in page


def test_an_impossible_confidence_is_a_form_error_not_a_crash(claims, reviewer_client):
    response = reviewer_client.get("/documents/review/?confidence_min=500")
    assert response.status_code == 200
