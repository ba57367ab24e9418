"""Speed of searching documents (full-text index of the database) over tens of thousands to a million documents.

Stores the dev articles repeated until there are --documents of them (each copy varied: own hash, category
and date) in a throw-away test database of the configured backend, then times queries with and without
filters, printing the mean, p50 and p95 of each:

    .venv/bin/python benchmarks/search_speed.py --documents 20000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_bench .venv/bin/python benchmarks/search_speed.py

A million documents: --synthetic writes short synthetic reports (sentences of report words, numbers and place
names) instead of the articles, through COPY on PostgreSQL, into the database of DATABASE_URL itself (migrated
if needed, kept for the next run: --documents only adds what is missing):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_search .venv/bin/python benchmarks/search_speed.py \
        --synthetic --documents 1000000
"""

import argparse
import datetime
import hashlib
import os
import random
import statistics
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


WORDS = ("thu ngân sách nhà nước trên địa bàn đạt tỷ đồng kế hoạch tăng so với cùng kỳ năm trồng rừng ha sản lượng "
         "lương thực tấn thu nhập bình quân đầu người triệu đồng tỷ lệ hộ nghèo giảm nông thôn mới tiêu chí xã "
         "đạt chuẩn giá trị sản xuất công nghiệp vốn đầu tư phát triển giải ngân chăn nuôi thủy sản du lịch "
         "lượt khách doanh thu dịch vụ y tế giáo dục trường học bảo hiểm lao động việc làm đường giao thông").split()
PLACES = ("Ba Chẽ", "Đạp Thanh", "Bình Liêu", "Hoành Bồ", "Tiên Yên", "Đầm Hà", "Hải Hà", "Vân Đồn", "Cô Tô",
          "Quảng Yên", "Đông Triều", "Uông Bí", "Cẩm Phả", "Móng Cái", "Hạ Long", "Thanh Lâm", "Lương Mông")


def synthetic_documents(count, start, seed=14):
    """(title, text) of short synthetic reports: common report words, figures and a few place names."""
    rng = random.Random(seed + start)
    for n in range(start, start + count):
        place = rng.choice(PLACES)
        sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))) + f" {rng.randint(1, 9999)}"
                     for _ in range(rng.randint(3, 8))]
        yield f"Báo cáo số {n + 1} của {place}", f"{place}: " + ". ".join(sentences) + "."


def copy_synthetic(count):
    """Add synthetic documents until there are `count` (COPY on PostgreSQL, bulk_create elsewhere)."""
    from django.db import connection

    from chitieu.documents.models import Document
    from chitieu.text import fold

    have = Document.objects.count()
    categories = ["tin_tuc", "bao_cao", "van_ban"]
    now = datetime.datetime.now(datetime.timezone.utc).isoformat()

    def rows():
        for n, (title, text) in enumerate(synthetic_documents(count - have, have), have):
            yield (title, text, fold(f"{title}\n{text}"), categories[n % 3],
                   (datetime.date(2015, 1, 1) + datetime.timedelta(days=n % 3650)).isoformat(),
                   hashlib.sha256(f"synthetic {n}".encode()).hexdigest())

    if connection.vendor == "postgresql":
        columns = "title, text, search_text, category, published_on, content_hash, source_url, format, original_name, file, extraction, ingested_at"
        with connection.cursor() as cursor, cursor.cursor.copy(f"COPY documents_document ({columns}) FROM STDIN") as copy:
            for row in rows():
                copy.write_row((*row, "", "txt", "", "", "done", now))
    else:
        batch = []
        for title, text, search_text, category, day, digest in rows():
            batch.append(Document(title=title, text=text, search_text=search_text, category=category, format="txt",
                                  published_on=datetime.date.fromisoformat(day), content_hash=digest))
            if len(batch) == 5000:
                Document.objects.bulk_create(batch)
                batch = []
        Document.objects.bulk_create(batch)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE documents_document")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--synthetic", action="store_true", help="synthetic reports in DATABASE_URL's database, kept")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs of each query")
    options = parser.parse_args()
    if options.synthetic:
        from django.core.management import call_command

        from chitieu.documents.models import Document

        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        copy_synthetic(options.documents)
        print(f"backend    {django.db.connection.vendor}")
        print(f"stored     {Document.objects.count():,} documents ({time.perf_counter() - started:.1f} s to add)")
        time_queries(options.repeat)
        return
    articles = [p.read_text(encoding="utf-8") for p in sorted((settings.SHARED_DIR / "corpus" / "dev" / "docs").glob("*.txt"))]
    if not articles:
        sys.exit("no dev corpus")

    old_config = setup_databases(verbosity=0, interactive=False, serialized_aliases=set())
    try:
        from chitieu.documents.models import Document
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
        time_queries(options.repeat)
    finally:
        teardown_databases(old_config, verbosity=0)


def time_queries(repeat):
    """Each query `repeat` times (after one to warm): mean, p50 and p95 in ms, and what it found."""
    from chitieu.documents.search import search_documents

    print(f"load {os.getloadavg()[0]:.1f}; {repeat} runs of each query, 20 results a page")
    print(f"{'mean':>8} {'p50':>8} {'p95':>8}  {'found':>9}  query")
    everything = []
    for query, filters in QUERIES:
        search_documents(query, **filters)  # warm
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            results = search_documents(query, limit=20, **filters)
            times.append((time.perf_counter() - started) * 1000)
        everything += times
        times.sort()
        label = query + (" " + ",".join(f"{k}={v}" for k, v in filters.items()) if filters else "")
        found = f"{results.total:,}{'+' if getattr(results, 'total_is_lower_bound', False) else ''}"
        print(f"{statistics.mean(times):8.1f} {times[len(times) // 2]:8.1f} {times[int(len(times) * 0.95)]:8.1f}  "
              f"{found:>9}  {label}")
    everything.sort()
    print(f"all queries: p50 {everything[len(everything) // 2]:.1f} ms, p95 {everything[int(len(everything) * 0.95)]:.1f} ms")


if __name__ == "__main__":
    main()
