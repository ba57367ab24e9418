"""Speed of ingesting documents: reading, storing, extracting, linking and indexing — at 1 and 2 workers.

Ingests the dev articles (../shared/corpus/dev/docs) repeated --times times (each copy's text varied, so
that none is a duplicate) into a throw-away test database of the configured backend (SQLite by default,
or DATABASE_URL), with the reference places of Quảng Ninh and the catalogue loaded, and prints documents/s
with extraction in 1, then 2 worker processes (chitieu.documents.batch, as `chitieu ingest --workers N`), the
scaling from 1 to 2, the peak memory, and what a million articles would take on a cluster of N cores:

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
        rates = {}
        for workers in map(int, options.workers.split(",")):
            Claim.objects.all().delete()
            Document.objects.all().delete()
            errors, timings = [], {}
            started = time.perf_counter()
            counts = ingest_in_batches([work / "docs"], category="tin_tuc", workers=workers, timings=timings,
                                       progress=lambda done, total_, r: errors.append(r) if r.status == "error" else None)
            elapsed = time.perf_counter() - started
            rates[workers] = total / elapsed
            claims = Claim.objects.count()
            linked = Claim.objects.filter(link_status="linked").count()
            print(f"-- {workers} worker(s)")
            print(f"documents               {Document.objects.count()} of {total} files ({counts['error']} errors)")
            print(f"claims                  {claims} ({linked} linked, {ArithmeticFlag.objects.count()} arithmetic flags)")
            print(f"ingest time             {elapsed:.1f} s (this process storing {timings['storing']:.1f} s, "
                  f"waiting for extraction {timings['waiting']:.1f} s)")
            print(f"ingest speed            {rates[workers]:.1f} documents/s, {claims / elapsed:.0f} claims/s")
            print(f"peak memory             {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB here, "
                  f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB per worker")
            store_rate = total / max(timings["storing"], 1e-9)
        if 1 in rates and 2 in rates:
            scaling = rates[2] / (2 * rates[1])
            print(f"scaling 1 → 2 workers   {rates[2] / rates[1]:.2f}× ({100 * scaling:.0f}% of linear; the machine has "
                  f"{os.cpu_count()} cores, shared with this process's database writes)")
            extraction_rate = rates[1]  # one core extracting, per second
            for cores in map(int, options.cluster_cores.split(",")):
                # Extraction scales with the cluster's cores at the measured efficiency; the one process that
                # writes to the database stores at most `store_rate` documents/s: the slower of the two bounds it.
                rate = min(extraction_rate * cores * scaling, store_rate)
                print(f"1,000,000 articles      {1_000_000 / rate / 3600:.1f} h on a {cores}-core cluster "
                      f"({rate:.0f} documents/s; extraction {extraction_rate * cores * scaling:.0f}/s, "
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
