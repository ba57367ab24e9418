import pytest
from django.conf import settings

from chitieu.documents.demo import load_demo_documents
from chitieu.documents.models import Claim, Document

pytestmark = pytest.mark.slow

SEEDS = settings.SHARED_DIR / "corpus" / "dev" / "docs"


@pytest.fixture
def reference(db):
    from chitieu.indicators.services import load_catalogue
    from chitieu.places.services import load_reference_places

    quiet = lambda *args, **kwargs: None  # noqa: E731
    load_reference_places(log=quiet, only_provinces=["22"])
    load_catalogue(log=quiet)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the dev corpus (../shared) is not here")
def test_the_demo_ingests_the_dev_articles_and_every_seed_value_traces_to_a_sentence(reference):
    lines = []
    load_demo_documents(log=lines.append)
    assert Document.objects.count() == len(list(SEEDS.glob("*.txt")))
    accepted = Claim.objects.filter(review_state="accepted").select_related("data_value", "document")
    assert accepted.exists()
    for claim in accepted:
        assert claim.document.original_name.startswith(("000_", "004_"))
        detail = claim.data_value.source_detail
        assert claim.document.text[detail["start"]:detail["end"]] == claim.text
    ba_che = Document.objects.get(original_name__startswith="000_")
    assert ba_che.place is not None and ba_che.place.name == "Ba Chẽ"

    load_demo_documents(log=lines.append)  # safe to run twice
    assert Document.objects.count() == len(list(SEEDS.glob("*.txt")))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the dev corpus (../shared) is not here")
def test_the_demo_keeps_the_district_and_the_province_estimate_of_ba_che_revenue(reference):
    from chitieu.indicators.derived import place_table

    load_demo_documents(log=lambda *args: None)
    ba_che = Document.objects.get(original_name__startswith="000_").place
    row = next(r for r in place_table(ba_che, "2020-01/2020-09") if r.indicator.code == "budget_revenue")
    assert sorted((t.issuer, round(float(t.percent), 1)) for t in row.targets) == [("HĐND huyện", 82.2), ("UBND tỉnh", 86.4)]
