#!/usr/bin/env python3
"""Extractor speed on one core: the dev documents repeated to at least 5 MB of text, read one by one.
Prints documents/s, MB/s (of UTF-8 text), and peak memory. The floor is 1 MB/s per core. Then times odd
synthetic inputs that must not hang: one huge line, bare numbers, binary junk, NFD, HTML, Windows line ends.

usage: .venv/bin/python benchmarks/extract_speed.py [--corpus DIR] [--megabytes 5]
"""

import argparse
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chitieu.extract import analyse  # noqa: E402

FLOOR_MB_PER_S = 1.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--no-odd", action="store_true", help="skip the odd inputs (junk, one huge line, NFD, HTML…)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.corpus, "docs").glob("*.txt"))]
    if not texts:
        sys.exit(f"no documents in {args.corpus}/docs")
    corpus_bytes = sum(len(t.encode("utf-8")) for t in texts)
    rounds = max(1, int(args.megabytes * 1_000_000 // corpus_bytes) + 1)
    analyse(texts[0])  # load tables and compile patterns outside the timing

    claims = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for _ in range(rounds):
        for text in texts:
            claims += len(analyse(text).claims)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    documents = rounds * len(texts)
    megabytes = rounds * corpus_bytes / 1_000_000

    tracemalloc.start()
    for text in texts:
        analyse(text)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    big = "\n".join(texts * max(1, int(10_000_000 // corpus_bytes)))[:10_000_000]
    big_started = time.perf_counter()
    big_claims = len(analyse(big).claims)
    big_wall = time.perf_counter() - big_started
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{documents} documents, {megabytes:.2f} MB, {claims} claims in {wall:.2f} s wall ({cpu:.2f} s CPU), one core")
    print(f"speed: {documents / wall:.0f} documents/s, {megabytes / wall:.2f} MB/s "
          f"(floor {FLOOR_MB_PER_S:.1f} MB/s: {'ok' if megabytes / wall >= FLOOR_MB_PER_S else 'BELOW'})")
    print(f"one 10 MB document: {big_claims} claims in {big_wall:.2f} s ({len(big.encode('utf-8')) / 1e6 / big_wall:.2f} MB/s)")
    print(f"memory: peak Python allocations over one pass of the corpus {traced_peak / 1e6:.1f} MB; "
          f"process peak RSS {max_rss:.0f} MB")
    if not args.no_odd:
        odd_inputs()


def odd_inputs():
    """Inputs that must not hang (synthetic text, about 1 MB each): time each."""
    import random
    import unicodedata

    rng = random.Random(1)
    sentence = "Năm 2021, thu ngân sách huyện Tân Sơn ước đạt 45,6 tỷ đồng, tăng 12% so với cùng kỳ."
    cases = {
        "one line, no full stop": "sản lượng lúa ước đạt 5 tấn và " * 35000,
        "one line of bare numbers": " ".join(str(i) for i in range(150000)),
        "binary junk": bytes(rng.randrange(256) for _ in range(1_000_000)).decode("latin-1"),
        "NFD text": unicodedata.normalize("NFD", (sentence + "\n") * 11000),
        "HTML fragments": ("<p>" + sentence.replace(" đạt ", " đạt <b>") + "</b>&nbsp;</p>") * 10000,
        "Windows line ends": (sentence + "\r\n") * 11000,
    }
    for name, text in cases.items():
        started = time.perf_counter()
        found = len(analyse(text).claims)
        elapsed = time.perf_counter() - started
        print(f"odd input: {name:26s} {len(text.encode('utf-8')) / 1e6:5.2f} MB, {found:6d} claims in {elapsed:5.2f} s")


if __name__ == "__main__":
    main()
