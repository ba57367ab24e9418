#!/usr/bin/env python3
"""Extractor speed on one core, on the dev documents repeated to 20 MB of text (UTF-8), two ways:

- whole process: `chitieu extract FILE…` as a fresh process over the documents written out as files (start-up,
  reading, JSON lines output included), the way the command is used;
- per call: `analyse(text)` document after document in this process (tables loaded before the timing).

Each is run --runs times; the median is printed, as MB/s of CPU time (user + system: the machine is shared, so wall
time is disturbed by other work) and of wall time, with the load average next to it. The target of issue 13 is
3 MB/s per core for the whole process (aim 5). Then one 10 MB document, memory, and odd synthetic inputs that must
not hang: one huge line, bare numbers, binary junk, NFD, HTML, Windows line ends. It times the compiled extractor
where `chitieu compile-extractor` built it for these sources (native.py), pure Python otherwise or with
CHITIEU_EXTRACT_PURE=1 (the child processes inherit it).

usage: .venv/bin/python benchmarks/extract_speed.py [--corpus DIR] [--megabytes 20] [--runs 3] [--no-odd]
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import chitieu.extract  # noqa: E402
from chitieu.extract import analyse  # noqa: E402

FLOOR_MB_PER_S = 1.0
TARGET_MB_PER_S = 3.0  # issue 13: per core, whole process


def _children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def whole_process(paths, megabytes, runs):
    """(CPU seconds, wall seconds) of each run of `chitieu extract` over the files, output thrown away."""
    command = [sys.executable, "-m", "chitieu.cli", "extract", *map(str, paths)]
    times = []
    for _ in range(runs):
        cpu, wall = _children_cpu(), time.perf_counter()
        subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
        times.append((_children_cpu() - cpu, time.perf_counter() - wall))
    return times


def per_call(texts, rounds, runs):
    times = []
    claims = 0
    for _ in range(runs):
        claims = 0
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(rounds):
            for text in texts:
                claims += len(analyse(text).claims)
        times.append((time.process_time() - cpu, time.perf_counter() - wall))
    return times, claims


def _report(name, megabytes, times):
    cpu = statistics.median(t[0] for t in times)
    wall = statistics.median(t[1] for t in times)
    speed = megabytes / cpu
    print(f"{name}: {megabytes:.2f} MB in {cpu:.2f} s CPU ({wall:.2f} s wall), median of {len(times)}: "
          f"{speed:.2f} MB/s CPU, {megabytes / wall:.2f} MB/s wall")
    return speed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-odd", action="store_true", help="skip the odd inputs (junk, one huge line, NFD, HTML…)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core (the child processes inherit it)
    paths = sorted(Path(args.corpus, "docs").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if not texts:
        sys.exit(f"no documents in {args.corpus}/docs")
    corpus_bytes = sum(len(t.encode("utf-8")) for t in texts)
    rounds = max(1, round(args.megabytes * 1_000_000 / corpus_bytes))
    documents = rounds * len(texts)
    megabytes = rounds * corpus_bytes / 1_000_000
    print(f"{documents} documents ({len(texts)} dev documents × {rounds}), {megabytes:.2f} MB; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print("extractor: " + ("compiled (mypyc; CHITIEU_EXTRACT_PURE=1 times pure Python)" if chitieu.extract.COMPILED
                           else "pure Python (`chitieu compile-extractor` builds the compiled one)"))

    with tempfile.TemporaryDirectory() as folder:
        copies = []
        for copy in range(rounds):
            for path, text in zip(paths, texts):
                target = Path(folder, f"{copy:04d}_{path.name}")
                target.write_text(text, encoding="utf-8")
                copies.append(target)
        whole = _report("whole process (chitieu extract)", megabytes, whole_process(copies, megabytes, args.runs))

    analyse(texts[0])  # load tables and compile patterns outside the timing
    times, claims = per_call(texts, rounds, args.runs)
    _report(f"per call (analyse, {claims} claims a run)", megabytes, times)
    verdict = "ok" if whole >= TARGET_MB_PER_S else ("BELOW target" if whole >= FLOOR_MB_PER_S else "BELOW floor")
    print(f"whole process: {whole:.2f} MB/s CPU (target {TARGET_MB_PER_S:.0f} MB/s, floor {FLOOR_MB_PER_S:.0f}): "
          f"{verdict}")

    tracemalloc.start()
    for text in texts:
        analyse(text)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    big = "\n".join(texts * max(1, int(10_000_000 // corpus_bytes) + 1))[:10_000_000]
    big_started = time.process_time()
    big_claims = len(analyse(big).claims)
    big_cpu = time.process_time() - big_started
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    big_speed = len(big.encode("utf-8")) / 1e6 / big_cpu
    per_call_speed = megabytes / statistics.median(t[0] for t in times)
    # (one long document must read about as fast as many short ones: a rule that scans the whole text for each figure
    # makes its time grow with the square of its length, as a 'toàn vùng' test did in December 2026: 400 s)
    linear = "linear" if big_speed >= per_call_speed / 2 else "NOT LINEAR: a rule scans the whole text per figure"
    print(f"one 10 MB document: {big_claims} claims in {big_cpu:.2f} s CPU ({big_speed:.2f} MB/s; "
          f"{big_speed / per_call_speed:.2f} of the per-call speed: {linear})")
    print(f"memory: peak Python allocations over one pass of the corpus {traced_peak / 1e6:.1f} MB; "
          f"process peak RSS {max_rss:.0f} MB")
    if not args.no_odd:
        odd_inputs()


def odd_inputs():
    """Inputs that must not hang (synthetic text, about 1 MB each): the CPU time of each, and of its first half, so
    that a rule whose time grows with the square of a sentence's length shows ("NOT LINEAR": the whole took more than
    three times its half; a list of 22,000 items in one sentence once took 306 s where it takes 7)."""
    import random
    import unicodedata

    rng = random.Random(1)
    sentence = "Năm 2021, thu ngân sách huyện Tân Sơn ước đạt 45,6 tỷ đồng, tăng 12% so với cùng kỳ."
    cases = {
        "one line, no full stop": "sản lượng lúa ước đạt 5 tấn và " * 35000,
        "one line of bare numbers": " ".join(str(i) for i in range(150000)),
        # (one sentence of thousands of items: each figure looks back a bounded way, so this stays linear)
        "one list joined by ;": "Ước tính: " + "; ".join(f"xã A{i} đạt {i} tỷ đồng, tăng {i % 9 + 1}%"
                                                      for i in range(22000)) + ".",
        "years and bases, one line": " ".join(f"năm {2000 + i % 25} đạt {i} tấn, so với cùng kỳ năm {2000 + i % 25} "
                                              f"tăng {i % 7}%," for i in range(14000)),
        "binary junk": bytes(rng.randrange(256) for _ in range(1_000_000)).decode("latin-1"),
        "NFD text": unicodedata.normalize("NFD", (sentence + "\n") * 11000),
        "HTML fragments": ("<p>" + sentence.replace(" đạt ", " đạt <b>") + "</b>&nbsp;</p>") * 10000,
        "Windows line ends": (sentence + "\r\n") * 11000,
    }
    for name, text in cases.items():
        started = time.process_time()
        analyse(text[:len(text) // 2])
        half = time.process_time() - started
        started = time.process_time()
        found = len(analyse(text).claims)
        elapsed = time.process_time() - started
        ratio = elapsed / max(half, 1e-3)
        print(f"odd input: {name:26s} {len(text.encode('utf-8')) / 1e6:5.2f} MB, {found:6d} claims in "
              f"{elapsed:5.2f} s CPU (its half: {half:5.2f} s, {ratio:.1f}×: {'linear' if ratio <= 3 else 'NOT LINEAR'})")


if __name__ == "__main__":
    main()
