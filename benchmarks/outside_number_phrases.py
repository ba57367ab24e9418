#!/usr/bin/env python3
"""The extractor's number and money reading against an outside corpus: Duckling's Vietnamese examples.

Duckling (github.com/facebook/duckling, BSD licence) keeps, beside its rules, a corpus of phrases with the value
each must give: `Duckling/Numeral/VI/Corpus.hs` (numbers) and `Duckling/AmountOfMoney/VI/Corpus.hs` (money,
ranges, bounds). This reads both from a local copy of that repository (a work tree, or a bare git directory whose
HEAD is read) — nothing of it is kept here — and parses every phrase with `parse_quantity`. A phrase agrees when:

- a number: the value (within 0.5%), and no unit;
- money: the value and the unit, đồng, dollars and euros as the claim spec names them (VND, USD, EUR), other
  currencies by their ISO code (rupees INR, pounds GBP, dirham AED; cents alone are a number, unit "");
- a range: both ends; an upper or lower bound: the value and a qualifier that bounds it that way (under/at_most,
  over/at_least).

Where this project reads a phrase otherwise on purpose, the phrase is counted apart and the reason printed: a
comparison with no "không" ("ít hơn 7.000 đồng", "cao hơn $1,42") is a difference in a report, so it gets no
qualifier (spec: "thấp hơn 4% so với năm trước" is the 4 points).

usage: .venv/bin/python benchmarks/outside_number_phrases.py --duckling PATH/TO/duckling [--all]
"""

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chitieu.extract.quantities import parse_quantity  # noqa: E402

CORPORA = ["Duckling/Numeral/VI/Corpus.hs", "Duckling/AmountOfMoney/VI/Corpus.hs"]
# (Duckling's "Pound" names no country; the Vietnamese "bảng", "pounds" of its corpus are read as sterling)
CURRENCIES = {"Dollar": "USD", "USD": "USD", "VND": "VND", "EUR": "EUR", "INR": "INR", "GBP": "GBP", "AED": "AED",
              "JPY": "JPY", "KRW": "KRW", "CNY": "CNY", "Pound": "GBP"}
BOUNDS = {"under": ("under", "at_most"), "above": ("over", "at_least")}
# A comparison without "không": a difference in a report, by design no bound.
COMPARISON_RE = re.compile(r"^(?:ít|kém|nhiều|cao|thấp) hơn ")
EXAMPLES_RE = re.compile(r"examples \((.*?)\)\s*\n\s*\[(.*?)\]", re.S)
PHRASE_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')


def read_corpus(duckling: Path, path: str) -> str:
    if (duckling / path).is_file():
        return (duckling / path).read_text(encoding="utf-8")
    shown = subprocess.run(["git", "-C", str(duckling), "show", "HEAD:" + path], capture_output=True, text=True)
    if shown.returncode != 0:
        sys.exit(f"{duckling}: no {path} (a clone of github.com/facebook/duckling is expected)")
    return shown.stdout


def examples(source: str):
    """(what Duckling expects, as written in the corpus, phrase) for every example."""
    for match in EXAMPLES_RE.finditer(source):
        for phrase in PHRASE_RE.findall(match.group(2)):
            yield match.group(1).strip(), phrase


def _close(found, wanted) -> bool:
    return found is not None and abs(found - wanted) <= 0.005 * max(abs(wanted), 1e-9)


def judge(expected: str, phrase: str) -> tuple[str, str]:
    """('agree' | 'differs by design' | 'disagree', what was read)."""
    quantity = parse_quantity(phrase)
    read = "nothing" if quantity is None else str(quantity.as_json())
    if quantity is None:
        return "disagree", read
    found = quantity.as_json()
    value, unit = found["value"], found["unit"]
    numeral = re.fullmatch(r"NumeralValue \(?(-?[\d.]+)\)?", expected)
    if numeral:
        return ("agree" if _close(value, float(numeral.group(1))) and unit == "" else "disagree"), read
    kind, currency, *numbers = re.findall(r"[\w.]+", expected)
    wanted_unit = CURRENCIES.get(currency, "")
    wanted = float(numbers[0])
    if unit != wanted_unit or not _close(value, wanted):
        return "disagree", read
    if kind == "between":
        return ("agree" if _close(found.get("max"), float(numbers[1])) else "disagree"), read
    if kind in BOUNDS:
        if found.get("qualifier") in BOUNDS[kind]:
            return "agree", read
        return ("differs by design" if COMPARISON_RE.match(phrase) else "disagree"), read
    return "agree", read


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duckling", type=Path, required=True, help="a clone of github.com/facebook/duckling")
    parser.add_argument("--all", action="store_true", help="print every phrase, not only those that disagree")
    args = parser.parse_args()
    totals = {}
    for path in CORPORA:
        counts = {"agree": 0, "differs by design": 0, "disagree": 0}
        for expected, phrase in examples(read_corpus(args.duckling, path)):
            verdict, read = judge(expected, phrase)
            counts[verdict] += 1
            if args.all or verdict != "agree":
                print(f"  {verdict:17}  {phrase!r:45} Duckling: {expected:28} read: {read}")
        totals[path] = counts
    print()
    for path, counts in totals.items():
        total = sum(counts.values())
        print(f"{path}: {total} phrases, agree {counts['agree']} ({counts['agree'] / total:.1%}), "
              f"differ by design {counts['differs by design']}, disagree {counts['disagree']}")


if __name__ == "__main__":
    main()
