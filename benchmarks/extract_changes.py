#!/usr/bin/env python3
"""What a change to the extractor's rules changes: every claim of a fixed set of texts, written out before and after
the change and compared, claim by claim, with the words around each one that changed.

The texts: each dev document (../shared/corpus/dev, where it is beside the project), with its date from sources.tsv
and without any date; and every string of the extractor's tests long enough to hold a figure (over 20 characters, a
digit in it), as written and again with a date of June 2031 (the tests' sentences are invented, dated 2030 and
later). About 2,700 texts: a rule that was meant for one family of sentences shows where else it reaches, and each
changed claim can be read before the change is committed (docs/DEVELOPING.md, "Reading a change").

usage: .venv/bin/python benchmarks/extract_changes.py dump OUT.jsonl [--corpus DIR]
       .venv/bin/python benchmarks/extract_changes.py compare BEFORE.jsonl AFTER.jsonl [--limit 40]

Dump before the change (or from a worktree of the base commit: `git worktree add /tmp/base REV` and run this script
there), change the rules, dump again and compare.
"""

import argparse
import ast
import csv
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chitieu.extract import analyse  # noqa: E402

TESTS = ROOT / "chitieu" / "extract" / "tests"
TEST_DATE = "2031-06-30"
SHORTEST_TEST_TEXT = 20


def texts(corpus: Path):
    """(id, text, date) of every text compared, always in the same order."""
    docs = corpus / "docs"
    if docs.is_dir():
        dates = {}
        if (corpus / "sources.tsv").exists():
            with open(corpus / "sources.tsv", encoding="utf-8") as handle:
                dates = {row[0]: row[2].strip() for row in csv.reader(handle, delimiter="\t")
                         if len(row) >= 3 and row[2].strip()}
        for path in sorted(docs.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            yield path.stem, text, dates.get(path.stem)
            yield f"undated {path.stem}", text, None
    seen = set()
    for path in sorted(TESTS.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and len(value) > SHORTEST_TEST_TEXT and any(c.isdigit() for c in value) \
                    and value not in seen:
                seen.add(value)
                # (named by the text itself, so that a string added elsewhere renames nothing)
                name = f"{path.stem}#{hashlib.sha1(value.encode('utf-8')).hexdigest()[:10]}"
                yield name, value, None
                yield f"{name} dated", value, TEST_DATE


def dump(out: Path, corpus: Path):
    count = claims = 0
    with open(out, "w", encoding="utf-8") as handle:
        for name, text, date in texts(corpus):
            found = [claim.to_dict(name) for claim in analyse(text, date=date).claims]
            handle.write(json.dumps({"id": name, "text": text, "claims": found}, ensure_ascii=False, sort_keys=True)
                         + "\n")
            count += 1
            claims += len(found)
    print(f"{count} texts, {claims} claims: {out}")


def _read(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle)}


def compare(before_path: Path, after_path: Path, limit: int):
    before, after = _read(before_path), _read(after_path)
    if before.keys() != after.keys():
        print("the two dumps are of different texts (a test string was added or changed): only the shared ones compared")
    shared = [name for name in before if name in after]
    changed = [name for name in shared if before[name]["claims"] != after[name]["claims"]]
    print(f"{len(changed)} of {len(shared)} texts changed; claims {sum(len(before[name]['claims']) for name in shared)}"
          f" -> {sum(len(after[name]['claims']) for name in shared)}")
    for name in changed[:limit]:
        text = after[name]["text"]
        old = {(c["start"], c["end"]): c for c in before[name]["claims"]}
        new = {(c["start"], c["end"]): c for c in after[name]["claims"]}
        print(f"## {name}")
        for span in sorted(old.keys() | new.keys()):
            if old.get(span) == new.get(span):
                continue
            words = " ".join(text[max(0, span[0] - 90):span[1] + 30].split())
            print(f"  … {words}")
            if span not in old or span not in new:
                print(f"    {'added' if span not in old else 'removed'}: {(new.get(span) or old[span])['text']!r}")
                continue
            for field in sorted(old[span].keys() | new[span].keys()):
                if old[span].get(field) != new[span].get(field):
                    print(f"    {field}: {old[span].get(field)!r} -> {new[span].get(field)!r}")
    if len(changed) > limit:
        print(f"(and {len(changed) - limit} more texts: --limit)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out")
    dumping.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    comparing = commands.add_parser("compare")
    comparing.add_argument("before")
    comparing.add_argument("after")
    comparing.add_argument("--limit", type=int, default=40)
    args = parser.parse_args()
    if args.command == "dump":
        dump(Path(args.out), Path(args.corpus))
    else:
        compare(Path(args.before), Path(args.after), args.limit)


if __name__ == "__main__":
    main()
