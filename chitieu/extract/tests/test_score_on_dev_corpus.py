"""Dev-set scores stay above their floors (reads ../shared/corpus/dev; skipped where it is absent)."""

import importlib.util
import json
from pathlib import Path

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse  # noqa: E402

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"

FLOORS = {"quantity": 0.90, "claim": 0.75, "place": 0.85, "period": 0.75, "subject": 0.55}


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    if not (CORPUS / "docs").is_dir() or not SCORER.exists():
        pytest.skip("no shared dev corpus")
    spec = importlib.util.spec_from_file_location("chitieu_shared_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    predictions = tmp_path_factory.mktemp("dev") / "pred.jsonl"
    with open(predictions, "w", encoding="utf-8") as out:
        for path in sorted((CORPUS / "docs").glob("*.txt")):
            for claim in analyse(path.read_text(encoding="utf-8")).claims:
                out.write(json.dumps(claim.to_dict(path.stem), ensure_ascii=False) + "\n")
    return score.score(str(CORPUS / "gold"), str(predictions))[0]


def test_quantities_are_found(result):
    assert result["quantity"]["f1"] >= FLOORS["quantity"]


def test_claims_are_read_right(result):
    assert result["claim"]["f1"] >= FLOORS["claim"]


def test_places_and_periods_are_right(result):
    assert result["accuracy"]["place"] >= FLOORS["place"]
    assert result["accuracy"]["period"] >= FLOORS["period"]


def test_subjects_overlap(result):
    assert result["subject_f1"] >= FLOORS["subject"]
