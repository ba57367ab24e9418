#!/usr/bin/env python3
"""Claim extraction quality on the dev corpus: runs the extractor over ../shared/corpus/dev (passing each
document's date from sources.tsv when it has one, unless --no-dates), then the shared scorer.

usage: .venv/bin/python benchmarks/extract_quality.py [--corpus DIR] [--scorer FILE] [--no-dates] [--show-errors] [--keep FILE]
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
    sys.exit(subprocess.call(command))


if __name__ == "__main__":
    main()
