"""A figure a reviewer accepts from a document enters the same cycle: submitted, public once approved; a
reviewer acts only on the claims of their places."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied

from chitieu.indicators.models import DataValue

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim_at(budget):
    from chitieu.documents.models import Claim, Document

    def make(place, value=29.577e9, text="29,577 tỷ đồng"):
        sentence = f"Thu ngân sách 9 tháng đạt {text}."
        document = Document.objects.create(title="Báo cáo 9 tháng", text=sentence, place=place, format="txt",
                                           published_on=datetime.date(2020, 10, 1), content_hash=f"h-{place.pk}-{value}")
        start = sentence.find(text)
        return Claim.objects.create(
            document=document, start=start, end=start + len(text), text=text, value=value, unit="VND",
            measure="level", modality="actual", subject="Thu ngân sách", period_text="9 tháng", indicator=budget,
            place=place, period="2020-01/2020-09", link_status=Claim.Link.LINKED)

    return make


def _reviewer_of(place):
    from chitieu.accounts.services import create_user

    return create_user(f"nguoi_duyet_{place.pk}", "reviewer", places=[place])


def test_an_accepted_claim_waits_for_approval_before_the_public_sees_it(cycle_places, claim_at, ba_che_approver):
    from chitieu.documents.services import accept_claim
    from chitieu.workflow.services import approve, value_history

    value = accept_claim(claim_at(cycle_places.ba_che), user=_reviewer_of(cycle_places.ba_che))
    assert value.state == DataValue.State.SUBMITTED and not DataValue.objects.public().exists()
    approve(user=ba_che_approver, values=[value])
    assert list(DataValue.objects.public()) == [value]
    assert value_history(value)[0].via.startswith("claim:")


def test_a_reviewer_cannot_accept_a_claim_about_a_place_outside_theirs(cycle_places, claim_at):
    from chitieu.documents.services import accept_claim

    with pytest.raises(PermissionDenied):
        accept_claim(claim_at(cycle_places.huc_dong), user=_reviewer_of(cycle_places.ba_che))
    assert not DataValue.objects.exists()
