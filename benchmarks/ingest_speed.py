"""Speed of ingesting documents: reading, storing, extracting, linking and indexing — at 1 and 2 workers.

Ingests the dev articles (../shared/corpus/dev/docs) repeated --times times (each copy's text varied, so
that none is a duplicate) into a throw-away test database of the configured backend (SQLite by default,
or DATABASE_URL), with the reference places of Quảng Ninh and the catalogue loaded, and prints documents/s
with extraction in 1, then 2 worker processes (chitieu.documents.batch, as `chitieu ingest --workers N`), the
scaling from 1 to 2 (in wall time, and from CPU time, which other load on the machine leaves alone), the memory
during each run, and what a million articles would take on a cluster of N cores:

    .venv/bin/python benchmarks/ingest_speed.py --times 20
    .venv/bin/python benchmarks/ingest_speed.py --times 50 --workers 1,2 --cluster-cores 8,32,128
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_bench .venv/bin/python benchmarks/ingest_speed.py
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402


def copies(source_dir: Path, target: Path, times: int):
    """The articles `times` times, each copy with a line of its own so that its hash differs."""
    articles = sorted(source_dir.glob("*.txt"))
    target.mkdir(parents=True, exist_ok=True)
    for n in range(times):
        for article in articles:
            text = article.read_text(encoding="utf-8")
            title, _sep, rest = text.partition("\n")
            (target / f"{n:03d}_{article.name}").write_text(f"{title}\n(Bản số {n + 1})\n{rest}", encoding="utf-8")
    return len(articles) * times


def resident_mb():
    """This process's resident memory now (the peak of ru_maxrss would count the cleanup between runs)."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def cpu_seconds(who):
    import resource

    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


class DatabaseCpu:
    """CPU seconds of the PostgreSQL server processes serving the benchmark's database (this process's and
    the workers' connections), read from /proc every 0.2 s while a run lasts (on this machine; nothing
    on SQLite, which runs inside the processes measured)."""

    def __init__(self):
        from django.db import connection

        self.name = connection.settings_dict["NAME"] if connection.vendor == "postgresql" else None
        self.first, self.last = {}, {}

    def _sample(self):
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                command = (stat.parent / "cmdline").read_bytes()
                if not command.startswith(b"postgres: ") or f" {self.name} ".encode() not in command:
                    continue
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            self.first.setdefault(stat.parent.name, seconds)
            self.last[stat.parent.name] = seconds

    def __enter__(self):
        import threading

        self.seconds, self.running = 0.0, self.name is not None
        if self.running:
            self._sample()
            self.thread = threading.Thread(target=self._loop, daemon=True)
            self.thread.start()
        return self

    def _loop(self):
        while self.running:
            time.sleep(0.2)
            self._sample()

    def __exit__(self, *exc):
        if self.name is not None:
            self.running = False
            self.thread.join()
            self._sample()
            self.seconds = sum(self.last[pid] - self.first[pid] for pid in self.last)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, default=20, help="copies of the dev corpus (default 20)")
    parser.add_argument("--all-places", action="store_true", help="load the national list of places, not only Quảng Ninh")
    parser.add_argument("--workers", default="1,2", help="worker counts to measure (default 1,2)")
    parser.add_argument("--cluster-cores", default="8,32,128", help="cluster sizes for the million-article estimate")
    options = parser.parse_args()

    source_dir = settings.SHARED_DIR / "corpus" / "dev" / "docs"
    if not source_dir.is_dir():
        sys.exit(f"no dev corpus at {source_dir}")
    work = Path(tempfile.mkdtemp(prefix="chitieu-ingest-"))
    settings.MEDIA_ROOT = work / "media"
    total = copies(source_dir, work / "docs", options.times)

    old_config = setup_databases(verbosity=0, interactive=False, serialized_aliases=set())
    try:
        from chitieu.documents.models import ArithmeticFlag, Claim, Document
        from chitieu.documents.search import search_documents
        from chitieu.documents.services import ingest_paths
        from chitieu.indicators.services import load_catalogue
        from chitieu.places.services import load_reference_places

        quiet = lambda *args, **kwargs: None  # noqa: E731
        load_reference_places(log=quiet, only_provinces=None if options.all_places else ["22"])
        load_catalogue(log=quiet)

        import resource

        from chitieu.documents.batch import ingest_in_batches

        print(f"backend                 {django.db.connection.vendor}")
        rates, cpu = {}, {}
        for workers in map(int, options.workers.split(",")):
            Claim.objects.all().delete()
            Document.objects.all().delete()
            errors, timings = [], {}
            children_cpu = cpu_seconds(resource.RUSAGE_CHILDREN)
            writer_cpu = time.process_time()
            started = time.perf_counter()
            memory = [resident_mb()]

            def progress(done, total_, result):
                if result.status == "error":
                    errors.append(result)
                if done % 100 == 0:
                    memory.append(resident_mb())

            with DatabaseCpu() as database:
                counts = ingest_in_batches([work / "docs"], category="tin_tuc", workers=workers, timings=timings,
                                           progress=progress)
            elapsed = time.perf_counter() - started
            writer_cpu = (time.process_time() - writer_cpu) / total
            children_cpu = (cpu_seconds(resource.RUSAGE_CHILDREN) - children_cpu) / total
            database_cpu = database.seconds / total
            rates[workers] = total / elapsed
            cpu[workers] = (writer_cpu + database_cpu, children_cpu)
            claims = Claim.objects.count()
            linked = Claim.objects.filter(link_status="linked").count()
            print(f"-- {workers} worker(s)")
            print(f"documents               {Document.objects.count()} of {total} files ({counts['error']} errors)")
            print(f"claims                  {claims} ({linked} linked, {ArithmeticFlag.objects.count()} arithmetic flags)")
            print(f"ingest time             {elapsed:.1f} s (this process storing {timings['storing']:.1f} s, "
                  f"waiting for extraction {timings['waiting']:.1f} s)")
            print(f"ingest speed            {rates[workers]:.1f} documents/s, {claims / elapsed:.0f} claims/s "
                  f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
            print(f"CPU per document        {1000 * writer_cpu:.2f} ms writing process"
                  + (f" + {1000 * database_cpu:.2f} ms in the database server" if database_cpu else "")
                  + (f", {1000 * children_cpu:.2f} ms in the {workers} workers together" if workers > 1 else
                     " (reading, extracting, linking and writing: no worker)"))
            print(f"memory                  {memory[0]:.0f} MB here at the start, {max(memory):.0f} MB at most during "
                  f"the run ({memory[len(memory) // 2]:.0f} MB halfway, {memory[-1]:.0f} MB at the end); "
                  f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB at most per worker")
            store_rate = total / max(timings["storing"], 1e-9)
        if 1 in rates and 2 in rates:
            scaling = rates[2] / (2 * rates[1])
            print(f"scaling 1 → 2 workers   {rates[2] / rates[1]:.2f}× ({100 * scaling:.0f}% of linear in wall time; the "
                  f"machine has {os.cpu_count()} cores, shared with this process's database writes and any other load)")
            # The same from CPU time, which other load on the machine does not change: one worker is one core
            # doing everything; two workers on two cores go as fast as the busier of the two cores allows
            # (all the CPU spread over both), or the writing process alone, whichever is slower.
            alone = sum(cpu[1])
            writer2, workers2 = cpu[2]
            rate1, rate2 = 1 / alone, min(2 / (writer2 + workers2), 1 / writer2)
            cpu_scaling = rate2 / (2 * rate1)
            print(f"scaling from CPU time   {rate2 / rate1:.2f}× ({100 * cpu_scaling:.0f}% of linear: {1000 * alone:.2f} ms "
                  f"a document alone, {1000 * (writer2 + workers2):.2f} ms with 2 workers, of which "
                  f"{1000 * writer2:.2f} ms writing and in the database server)")
            extraction_rate = 1 / workers2 * 2 if workers2 else rates[1]  # one worker core, per second
            store_rate = 1 / writer2 if writer2 else store_rate
            for cores in map(int, options.cluster_cores.split(",")):
                # The workers' part scales with the cluster's cores; the one process that writes to the database
                # stores at most `store_rate` documents/s (its CPU per document): the slower of the two bounds it.
                rate = min(extraction_rate * cores, store_rate)
                print(f"1,000,000 articles      {1_000_000 / rate / 3600:.1f} h on a {cores}-core cluster "
                      f"({rate:.0f} documents/s; its workers {extraction_rate * cores:.0f}/s, "
                      f"the database writer {store_rate:.0f}/s)")

        started = time.perf_counter()
        again = ingest_paths([work / "docs"], category="tin_tuc")
        print(f"re-ingest (unchanged)   {total / (time.perf_counter() - started):.1f} documents/s, "
              f"{sum(r.status == 'unchanged' for r in again)} unchanged")

        started = time.perf_counter()
        for query in ("ngan sach", "thu ngan sach nha nuoc", "trong rung", '"nong thon moi"', "ho ngheo"):
            search_documents(query, limit=20)
        print(f"search                  {(time.perf_counter() - started) / 5 * 1000:.1f} ms a query over {Document.objects.count()} documents")
        for error in errors[:5]:
            print("  ", error)
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
