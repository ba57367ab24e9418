import pytest

from chitieu.documents.models import Claim, ReviewDecision
from chitieu.documents.services import ConflictError, ReviewError, accept_claim, correct_claim, reject_claim, review_queue


def test_accepting_a_claim_stores_a_value_whose_provenance_is_the_claim_the_document_and_the_span(world, make_claim, reviewer):
    claim = make_claim(35.2e9)
    value = accept_claim(claim, user=reviewer)
    claim.refresh_from_db()
    assert claim.review_state == Claim.Review.ACCEPTED
    assert claim.data_value == value
    assert (value.indicator, value.place, value.period, value.modality) == (world.budget, world.district, "2020", "actual")
    assert float(value.value) == pytest.approx(35.2e9)
    assert value.source == "claim"
    detail = value.source_detail
    assert (detail["document"], detail["claim"], detail["start"], detail["end"]) == (claim.document_id, claim.pk, claim.start, claim.end)
    assert claim.document.text[detail["start"]:detail["end"]] == detail["quote"] == "35,2 tỷ đồng"
    assert detail["url"].endswith(f"/documents/{claim.document_id}/#claim-{claim.pk}")


def test_every_decision_is_recorded_with_who_when_and_what(make_claim, reviewer):
    claim = make_claim()
    accept_claim(claim, user=reviewer, reason="đúng với báo cáo")
    decision = ReviewDecision.objects.get(claim=claim)
    assert decision.user == reviewer and decision.action == "accept" and decision.decided_at is not None
    assert decision.before["review_state"] == "pending" and decision.after["review_state"] == "accepted"
    assert decision.reason == "đúng với báo cáo"


def test_an_unlinked_claim_cannot_be_accepted_before_it_is_corrected(make_claim, reviewer):
    claim = make_claim(linked=False)
    with pytest.raises(ReviewError):
        accept_claim(claim, user=reviewer)
    assert Claim.objects.get(pk=claim.pk).review_state == "pending"


def test_correcting_a_claim_changes_what_it_says_and_accepts_it(world, make_claim, reviewer):
    claim = make_claim(linked=False, subject="nguồn thu trên địa bàn")
    value = correct_claim(
        claim, user=reviewer, indicator=world.budget, place=world.commune, period="2020-01/2020-09",
        value=36e9, modality="estimate", issuer="", reason="bài viết gọi khác tên chỉ tiêu",
    )
    claim.refresh_from_db()
    assert claim.review_state == Claim.Review.CORRECTED and claim.link_status == Claim.Link.LINKED
    assert (value.indicator, value.place, value.period, value.modality) == (world.budget, world.commune, "2020-01/2020-09", "estimate")
    assert float(value.value) == pytest.approx(36e9)
    decision = claim.decisions.get()
    assert decision.action == "correct"
    assert decision.before["indicator"] is None and decision.after["indicator"] == world.budget.code
    assert decision.before["value"] == pytest.approx(35.2e9) and decision.after["value"] == pytest.approx(36e9)


def test_a_correction_with_a_period_that_is_not_one_is_refused(world, make_claim, reviewer):
    claim = make_claim()
    with pytest.raises(ReviewError):
        correct_claim(claim, user=reviewer, period="quý sau")
    assert not claim.decisions.exists()


def test_rejecting_a_claim_needs_a_reason_and_stores_no_value(make_claim, reviewer):
    claim = make_claim()
    with pytest.raises(ReviewError):
        reject_claim(claim, user=reviewer, reason="  ")
    reject_claim(claim, user=reviewer, reason="số liệu của huyện khác")
    claim.refresh_from_db()
    assert claim.review_state == Claim.Review.REJECTED and claim.data_value is None
    assert claim.decisions.get().reason == "số liệu của huyện khác"


def test_a_claim_that_disagrees_with_a_stored_value_is_a_conflict_and_overwrites_nothing(world, make_claim, reviewer):
    first = make_claim(35.2e9)
    stored = accept_claim(first, user=reviewer)
    second = make_claim(37e9, text="37 tỷ đồng")
    assert list(review_queue(conflict=True)) == [second]
    assert list(review_queue(conflict=False, state="pending")) == []
    with pytest.raises(ConflictError) as raised:
        accept_claim(second, user=reviewer)
    assert raised.value.existing == stored
    stored.refresh_from_db()
    assert float(stored.value) == pytest.approx(35.2e9)
    assert stored.source_detail["claim"] == first.pk
    assert Claim.objects.get(pk=second.pk).review_state == "pending"


def test_a_conflicting_claim_replaces_a_reviewed_value_only_when_an_approver_accepts_the_proposed_change(
        world, make_claim, reviewer, approver):
    from chitieu.workflow.models import ProposedChange
    from chitieu.workflow.services import accept_change

    stored = accept_claim(make_claim(35.2e9), user=reviewer)
    second = make_claim(37e9, text="37 tỷ đồng")
    # The reviewer says "replace": a reviewed value is never written over, the figure waits beside it.
    assert accept_claim(second, user=reviewer, replace=True, reason="số liệu quyết toán") is None
    stored.refresh_from_db()
    assert float(stored.value) == pytest.approx(35.2e9)
    change = ProposedChange.objects.get(value=stored)
    value = accept_change(user=approver, change=change)
    assert value.pk == stored.pk
    assert float(value.value) == pytest.approx(37e9)
    assert value.source_detail["claim"] == second.pk
    assert Claim.objects.get(pk=second.pk).data_value_id == stored.pk
    assert list(review_queue(conflict=True)) == []


def test_a_claim_that_repeats_a_stored_value_is_accepted_without_rewriting_it(world, make_claim, reviewer):
    stored = accept_claim(make_claim(35.2e9), user=reviewer)
    repeat = make_claim(35.2e9)
    assert accept_claim(repeat, user=reviewer) == stored
    stored.refresh_from_db()
    assert stored.source_detail["claim"] != repeat.pk


def test_the_queue_filters_by_document_state_link_and_flag(world, make_claim, make_document, reviewer):
    from chitieu.documents.models import ArithmeticFlag

    linked = make_claim()
    unlinked = make_claim(linked=False)
    rejected = make_claim()
    reject_claim(rejected, user=reviewer, reason="trùng")
    flag = ArithmeticFlag.objects.create(document=linked.document, kind="sum", message="tổng các phần khác tổng")
    flag.claims.add(linked)
    assert set(review_queue(state="pending")) == {linked, unlinked}
    assert list(review_queue(linked=False)) == [unlinked]
    assert list(review_queue(flagged=True)) == [linked]
    assert list(review_queue(document=rejected.document)) == [rejected]
    assert list(review_queue(state="rejected", linked=True)) == [rejected]
