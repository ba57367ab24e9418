"""Demo data of the documents app: the dev articles ingested, and the claims of the two seed articles
(Ba Chẽ, Bình Liêu) accepted, so that every demo value on their place pages traces back to a sentence."""

from pathlib import Path

from django.conf import settings

from chitieu.documents.models import Claim, Document
from chitieu.documents.services import ReviewError, accept_claim, ingest_paths, read_sources, stored_value_for

SEED_PREFIXES = ("000_", "004_")


def corpus_dir():
    return settings.SHARED_DIR / "corpus" / "dev"


def demo_reviewer():
    """The demo's reviewer account (accounts.demo gives it its random password, before or after this step)."""
    from django.contrib.auth import get_user_model

    from chitieu.accounts.demo import demo_username
    from chitieu.accounts.services import create_user

    username = demo_username("reviewer")
    return get_user_model().objects.filter(username=username).first() or create_user(username, "reviewer")


def load_demo_documents(log=print):
    docs = corpus_dir() / "docs"
    if not docs.is_dir():
        log(f"  bỏ qua: không có {docs}")
        return
    sources_file = corpus_dir() / "sources.tsv"
    sources = read_sources(sources_file) if sources_file.exists() else {}
    results = ingest_paths(sorted(docs.glob("*.txt")), category=Document.Category.NEWS, sources=sources)
    created = sum(r.status == "created" for r in results)
    unchanged = sum(r.status == "unchanged" for r in results)
    failed = [r for r in results if r.status == "error"]
    for result in failed:
        log(f"  {result}")
    seed_documents = [r.document for r in results if r.document and Path(r.name).name.startswith(SEED_PREFIXES)]
    log(f"  {created} văn bản mới, {unchanged} đã có, {len(failed)} lỗi")

    reviewer = demo_reviewer()
    accepted = skipped = 0
    values = []
    for document in seed_documents:
        pending = document.claims.filter(link_status=Claim.Link.LINKED, review_state=Claim.Review.PENDING)
        for claim in pending.order_by("start"):
            # A value of the interim demo (source "demo", typed from the gold claims) gives way to the claim.
            stored = stored_value_for(claim)
            try:
                value = accept_claim(claim, user=reviewer, reason="dữ liệu mẫu", replace=bool(stored and stored.source == "demo"))
                values.append(value)
                accepted += 1
            except ReviewError as error:
                skipped += 1
                log(f"  không chấp nhận {claim.text} ({document.original_name}): {error}")
    log(f"  {accepted} số liệu được chấp nhận từ các bài mẫu, {skipped} để lại chờ duyệt")
    # The reporting cycle (issue 16): accepted figures await approval; the demo approves them (as the operator,
    # at country level) so that the public pages show them.
    from chitieu.workflow.services import approve

    submitted = [v for v in values if v is not None and v.state == v.State.SUBMITTED]
    if submitted:
        approve(user=None, values=submitted, reason="dữ liệu mẫu", via="demo")
