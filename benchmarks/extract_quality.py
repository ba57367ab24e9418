#!/usr/bin/env python3
"""Claim extraction quality on the dev corpus: runs the extractor over ../shared/corpus/dev (passing each
document's date from sources.tsv when it has one, unless --no-dates), then the shared scorer.

With --confidence, also how well the claims' `confidence` ranks them: the share of right claims (paired with a
gold claim and agreeing on measure, basis and modality; and also on place and period) in the most and the least
confident tenth.

usage: .venv/bin/python benchmarks/extract_quality.py [--corpus DIR] [--scorer FILE] [--no-dates] [--show-errors]
                                                      [--keep FILE] [--confidence]
"""

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chitieu.extract import analyse  # noqa: E402


def read_dates(corpus: Path) -> dict:
    dates = {}
    sources = corpus / "sources.tsv"
    if sources.exists():
        with open(sources, encoding="utf-8") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if len(row) >= 3 and row[2].strip():
                    dates[row[0]] = row[2].strip()
    return dates


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    parser.add_argument("--scorer", default=str(ROOT.parent / "shared" / "eval" / "score.py"),
                        help="the shared scorer (for a corpus kept outside ../shared)")
    parser.add_argument("--no-dates", action="store_true", help="do not pass sources.tsv dates (datelines only)")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--keep", help="write the predictions here instead of a temporary file")
    parser.add_argument("--confidence", action="store_true", help="also the precision of the top and bottom tenths")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    scorer = Path(args.scorer)
    if not (corpus / "docs").is_dir() or not scorer.exists():
        sys.exit(f"no corpus at {corpus} or no scorer at {scorer}")
    dates = {} if args.no_dates else read_dates(corpus)
    output = open(args.keep, "w", encoding="utf-8") if args.keep else \
        tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
    started = time.perf_counter()
    documents = 0
    with output:
        for path in sorted((corpus / "docs").glob("*.txt")):
            extraction = analyse(path.read_text(encoding="utf-8"), date=dates.get(path.stem))
            for claim in extraction.claims:
                output.write(json.dumps(claim.to_dict(path.stem), ensure_ascii=False) + "\n")
            documents += 1
    elapsed = time.perf_counter() - started
    print(f"extracted {documents} documents in {elapsed:.2f} s "
          f"({'dates from sources.tsv' if dates else 'datelines only'}); predictions: {output.name}")
    command = [sys.executable, str(scorer), "--gold", str(corpus / "gold"), "--pred", output.name]
    if args.show_errors:
        command.append("--show-errors")
    status = subprocess.call(command)
    if args.confidence:
        sys.stdout.flush()
        confidence_report(scorer, corpus / "gold", Path(output.name))
    sys.exit(status)


def confidence_report(scorer: Path, gold_dir: Path, predictions: Path):
    """Precision of the most and least confident tenth of the predicted claims (pairing of the shared scorer)."""
    import importlib.util
    from collections import defaultdict

    spec = importlib.util.spec_from_file_location("shared_score", scorer)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    by_doc = defaultdict(list)
    for row in score.load_jsonl(predictions):
        by_doc[row["doc"]].append(row)
    graded = []  # (confidence, claim right, claim and place and period right)
    for gold_file in sorted(gold_dir.glob("*.jsonl")):
        predicted = by_doc.get(gold_file.stem, [])
        pairs = {id(p): g for g, p in score.pair_doc(score.load_jsonl(gold_file), predicted)}
        for row in predicted:
            gold = pairs.get(id(row))
            right = gold is not None and all(score.norm_opt(gold.get(f)) == score.norm_opt(row.get(f))
                                             for f in ("measure", "basis", "modality"))
            whole = right and score.norm_place(gold.get("place")) == score.norm_place(row.get("place")) \
                and score.norm_opt(gold.get("period")) == score.norm_opt(row.get("period"))
            graded.append((row.get("confidence", 1.0), right, whole))
    if not graded:
        print("confidence: no claims")
        return
    graded.sort(key=lambda g: -g[0])
    tenth = max(1, len(graded) // 10)

    def precision(rows, column):
        return sum(r[column] for r in rows) / len(rows)

    top, bottom = graded[:tenth], graded[-tenth:]
    print(f"confidence  {len(graded)} claims, tenths of {tenth}: "
          f"top (≥{top[-1][0]:.3f}) claim P {precision(top, 1):.3f}, with place and period {precision(top, 2):.3f}; "
          f"bottom (≤{bottom[0][0]:.3f}) claim P {precision(bottom, 1):.3f}, with place and period {precision(bottom, 2):.3f}; "
          f"all claim P {precision(graded, 1):.3f}, with place and period {precision(graded, 2):.3f}")


if __name__ == "__main__":
    main()
