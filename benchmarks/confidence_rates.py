#!/usr/bin/env python3
"""The rates behind the extractor's confidence (chitieu/extract/data/confidence.yaml), measured on annotated corpora.

For every claim the extractor gives on the corpora's documents (dates from each corpus's sources.tsv), it notes how
each field was decided (the ways the rules record before they turn them into a confidence), pairs the claim with the
gold as the shared scorer does, and counts, per field and way, how often the field agreed with the gold. It prints
the rates as confidence.yaml holds them: smoothed toward the field's overall rate with --smoothing pseudo-claims, with
the number of claims behind each. Run it on articles the rules were not written from (the dev corpus is fitted).

usage: .venv/bin/python benchmarks/confidence_rates.py CORPUS [CORPUS …] [--scorer ../shared/eval/score.py]
"""

import argparse
import importlib.util
import os
import sys
from collections import defaultdict
from pathlib import Path

os.environ["CHITIEU_EXTRACT_PURE"] = "1"  # the ways are read off the pure Python rules (same results, see native.py)
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import chitieu.extract.pipeline as pipeline  # noqa: E402
from chitieu.extract import analyse  # noqa: E402
from chitieu.extract.confidence import FIELDS  # noqa: E402

SEPARATOR = "|"


def _load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dates(corpus):
    dates = {}
    sources = corpus / "sources.tsv"
    if sources.exists():
        for line in sources.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) > 2 and parts[2].strip():
                dates[parts[0]] = parts[2].strip()
    return dates


def _field_right(score, gold, claim):
    if gold is None:
        return dict.fromkeys(FIELDS, False)
    return {"subject": score.overlap_f1(gold.get("subject"), claim.get("subject")) >= 0.5,
            "period": score.norm_opt(gold.get("period")) == score.norm_opt(claim.get("period")),
            "place": score.norm_place(gold.get("place")) == score.norm_place(claim.get("place")),
            "modality": score.norm_opt(gold.get("modality")) == score.norm_opt(claim.get("modality")),
            "measure": all(score.norm_opt(gold.get(k)) == score.norm_opt(claim.get(k)) for k in ("measure", "basis"))}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+")
    parser.add_argument("--scorer", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    parser.add_argument("--smoothing", type=float, default=5.0)
    args = parser.parse_args()
    score = _load_scorer(args.scorer)
    # the ways themselves, not their product: the rules hand them to `confidence` as five strings
    pipeline.confidence = lambda *ways: SEPARATOR.join(ways)
    counts = {field: defaultdict(lambda: [0, 0]) for field in FIELDS}
    documents = 0
    for corpus in map(Path, args.corpora):
        dates = _dates(corpus)
        for gold_file in sorted((corpus / "gold").glob("*.jsonl")):
            documents += 1
            text = (corpus / "docs" / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
            claims = [dict(claim.to_dict(gold_file.stem)) for claim in analyse(text, date=dates.get(gold_file.stem)).claims]
            paired = {id(claim): gold for gold, claim in score.pair_doc(score.load_jsonl(gold_file), claims)}
            for claim in claims:
                ways = str(claim["confidence"]).split(SEPARATOR)
                right = _field_right(score, paired.get(id(claim)), claim)
                for field, way in zip(FIELDS, ways):
                    counts[field][way][0] += 1
                    counts[field][way][1] += right[field]
    total = sum(n for n, _ in counts[FIELDS[0]].values())
    print(f"# {documents} documents, {total} claims; smoothing {args.smoothing:g}")
    for field in FIELDS:
        seen = sum(n for n, _ in counts[field].values())
        overall = sum(r for _, r in counts[field].values()) / seen if seen else 0.0
        rates = [f"overall: {overall:.3f}"] + [
            f"{way}: {(right + args.smoothing * overall) / (n + args.smoothing):.3f}"
            for way, (n, right) in sorted(counts[field].items(), key=lambda item: -item[1][0])]
        print(f"{field}: {{{', '.join(rates)}}}")
        print("  # claims: " + ", ".join(f"{way} {n}" for way, (n, _) in sorted(counts[field].items(), key=lambda item: -item[1][0])))


if __name__ == "__main__":
    main()
