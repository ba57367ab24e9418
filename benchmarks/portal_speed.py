"""Speed of a unit portal's home page and of a news page with many articles (target: under 100 ms at the server
with 10,000 articles), and of making commune portals.

Makes, in a throw-away test database of the configured backend, the portal of Quảng Ninh, --communes commune
portals, and --articles news articles spread over the province's categories (pages made directly, without
revisions or search indexing, to be quick to set up), then times requests through Django's full stack (the test
client: middleware, routing, Wagtail serving, templates — no network):

    .venv/bin/python benchmarks/portal_speed.py --articles 10000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_bench .venv/bin/python benchmarks/portal_speed.py

Each page is printed with its median and worst wall time, the median CPU time of this process (on SQLite the
whole server; the figure other work on the machine disturbs least) and its number of queries (which must not
grow with the articles: chitieu/cms/tests/test_serve_many_articles.py). --queries adds each page's slowest
query; --keepdb keeps the PostgreSQL test database so that a second run skips making the 10,000 articles.
"""

import argparse
import datetime
import os
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


def queries_of(client, url):
    """How many queries one request makes, and its slowest one (ms, SQL)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (benchmark)")
    slowest = max(captured.captured_queries, key=lambda q: float(q["time"]), default={"time": "0", "sql": ""})
    return len(captured.captured_queries), float(slowest["time"]) * 1000, slowest["sql"]


def timed(client, url, repeat):
    """Median and worst wall time, and median CPU time of this process (the whole server on SQLite, which runs
    in-process; Django's share on PostgreSQL) — CPU time is what other work on the machine disturbs least."""
    times, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (benchmark)")
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), max(times), statistics.median(cpu)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--communes", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--queries", action="store_true", help="print each page's slowest query")
    parser.add_argument("--keepdb", action="store_true",
                        help="keep the test database (PostgreSQL) and reuse its portals and articles on the next run")
    args = parser.parse_args()
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False  # setting up only: indexing is not timed
    # Static files are not collected here: their plain storage (what `chitieu serve` serves is the same pages).
    from django.test.utils import override_settings

    override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}).enable()
    old = setup_databases(verbosity=0, interactive=False, keepdb=args.keepdb)
    try:
        run(args)
    finally:
        if not args.keepdb:
            teardown_databases(old, verbosity=0)


def run(args):
    from django.test import Client
    from django.utils import timezone

    from chitieu.cms.models import NewsArticlePage, NewsCategoryPage, NewsIndexPage, UnitHomePage
    from chitieu.cms.services import create_portal
    from chitieu.places.services import load_reference_places

    print(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}; load average {os.getloadavg()[0]:.1f}")
    load_reference_places(log=lambda *a: None, only_provinces=["22"])
    from chitieu.places.models import Place

    province = Place.objects.get(level="province", code="22", valid_to__isnull=True)
    start = time.perf_counter()
    home = create_portal(province)
    communes = list(province.children.filter(valid_to__isnull=True, level="commune").order_by("name")[: args.communes])
    for commune in communes:
        create_portal(commune)
    made = time.perf_counter() - start
    print(f"portals: 1 province + {len(communes)} communes made in {made:.1f} s ({made / (len(communes) + 1) * 1000:.0f} ms each)")

    categories = list(NewsCategoryPage.objects.child_of(home.section(NewsIndexPage)))
    now = timezone.now()
    start = time.perf_counter()
    already = NewsArticlePage.objects.count()
    from django.db import connection, transaction

    for i in range(already, args.articles):
        category = categories[i % len(categories)]
        if (i - already) % 500 == 0:  # one commit per 500 articles, not one each
            if i > already:
                atomic.__exit__(None, None, None)
            atomic = transaction.atomic()
            atomic.__enter__()
        category.add_child(instance=NewsArticlePage(
            title=f"Tin số {i}: kết quả thực hiện chỉ tiêu", slug=f"tin-so-{i}", lead="Đoạn mở đầu của tin bài.",
            body=[("paragraph", "<p>Thu ngân sách đạt 29,577 tỷ đồng, bằng 82,2% dự toán.</p>")],
            date=now - datetime.timedelta(minutes=i), is_featured=i % 97 == 0, is_hot=i % 89 == 0,
        ))
    if args.articles > already:
        atomic.__exit__(None, None, None)
    print(f"articles: {args.articles} made in {time.perf_counter() - start:.1f} s")
    if connection.vendor == "postgresql":
        # What autovacuum does on a server after a load: without statistics the planner reads every article.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    client = Client()
    home_url = UnitHomePage.objects.get(pk=home.pk).url_path
    article = NewsArticlePage.objects.order_by("-date").first()
    middle = NewsArticlePage.objects.order_by("-date")[args.articles // 2]
    category_url = categories[0].url_path
    for label, url in [("province home", home_url), ("news page (latest)", article.url_path),
                       ("news page (middle)", middle.url_path), ("category list", category_url),
                       ("category list, page 100", category_url + "?trang=100"),
                       ("commune home", UnitHomePage.objects.get(place=communes[0]).url_path if communes else home_url)]:
        client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (warm-up)")
        median, worst, cpu = timed(client, url, args.repeat)
        count, slow_ms, slow_sql = queries_of(client, url)
        print(f"{label:26s} median {median:6.1f} ms   max {worst:6.1f} ms   cpu {cpu:5.1f} ms   {count:3d} queries   ({url})")
        if args.queries:
            print(f"    slowest query {slow_ms:.1f} ms: {slow_sql[:300]}")


if __name__ == "__main__":
    main()
