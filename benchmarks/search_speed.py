"""Speed of searching documents (full-text index of the database) over tens of thousands of documents.

Stores the dev articles repeated until there are --documents of them (each copy varied: own hash, category
and date) in a throw-away test database of the configured backend, then times queries with and without
filters:

    .venv/bin/python benchmarks/search_speed.py --documents 20000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_bench .venv/bin/python benchmarks/search_speed.py
"""

import argparse
import datetime
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

QUERIES = [
    ("ngan sach", {}),
    ("thu ngan sach nha nuoc", {}),
    ('"nong thon moi"', {}),
    ("ho ngheo", {"category": "bao_cao"}),
    ("trong rung", {"date_from": datetime.date(2021, 1, 1), "date_to": datetime.date(2021, 12, 31)}),
    ("ngan sach", {"category": "tin_tuc", "date_from": datetime.date(2020, 6, 1)}),
    ("", {"category": "van_ban"}),
    ("xylophone", {}),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20000)
    options = parser.parse_args()
    articles = [p.read_text(encoding="utf-8") for p in sorted((settings.SHARED_DIR / "corpus" / "dev" / "docs").glob("*.txt"))]
    if not articles:
        sys.exit("no dev corpus")

    old_config = setup_databases(verbosity=0, interactive=False, serialized_aliases=set())
    try:
        from chitieu.documents.models import Document
        from chitieu.documents.search import search_documents
        from chitieu.documents.services import content_hash
        from chitieu.text import fold

        categories = ["tin_tuc", "bao_cao", "van_ban"]
        started = time.perf_counter()
        batch = []
        for n in range(options.documents):
            text = f"{articles[n % len(articles)]}\n(Bản số {n})"
            title = text.split("\n", 1)[0][:500]
            batch.append(Document(
                title=title, text=text, search_text=fold(f"{title}\n{text}"), content_hash=content_hash(text),
                format="txt", category=categories[n % 3],
                published_on=datetime.date(2019, 1, 1) + datetime.timedelta(days=n % 2000),
            ))
            if len(batch) == 1000:
                Document.objects.bulk_create(batch)
                batch = []
        Document.objects.bulk_create(batch)
        print(f"backend    {django.db.connection.vendor}")
        print(f"stored     {Document.objects.count()} documents in {time.perf_counter() - started:.1f} s")
        for query, filters in QUERIES:
            search_documents(query, **filters)  # warm
            started = time.perf_counter()
            for _ in range(5):
                results = search_documents(query, limit=20, **filters)
            elapsed = (time.perf_counter() - started) / 5 * 1000
            label = query + (" " + ",".join(f"{k}={v}" for k, v in filters.items()) if filters else "")
            print(f"{elapsed:8.1f} ms  {results.total:6d} found  {label}")
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
