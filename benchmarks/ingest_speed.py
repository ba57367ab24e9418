"""Speed of ingesting documents: reading, storing, extracting, linking and indexing.

Ingests the dev articles (../shared/corpus/dev/docs) repeated --times times (each copy's text varied, so
that none is a duplicate) into a throw-away test database of the configured backend (SQLite by default,
or DATABASE_URL), with the reference places of Quảng Ninh and the catalogue loaded, and prints documents/s:

    .venv/bin/python benchmarks/ingest_speed.py --times 20
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

        started = time.perf_counter()
        results = ingest_paths([work / "docs"], category="tin_tuc")
        elapsed = time.perf_counter() - started
        errors = [r for r in results if r.status == "error"]
        claims = Claim.objects.count()
        linked = Claim.objects.filter(link_status="linked").count()
        print(f"backend                 {django.db.connection.vendor}")
        print(f"documents               {Document.objects.count()} of {total} files ({len(errors)} errors)")
        print(f"claims                  {claims} ({linked} linked, {ArithmeticFlag.objects.count()} arithmetic flags)")
        print(f"ingest time             {elapsed:.1f} s")
        print(f"ingest speed            {total / elapsed:.1f} documents/s, {claims / elapsed:.0f} claims/s")

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
