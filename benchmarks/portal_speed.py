"""Speed of a unit portal's home page and of a news page with many articles (target: under 100 ms at the server
with 10,000 articles), and of making commune portals.

Makes, in a throw-away test database of the configured backend, the portal of Quảng Ninh, --communes commune
portals, and --articles news articles spread over the province's categories (pages made directly, without
revisions or search indexing, to be quick to set up), then times requests through Django's full stack (the test
client: middleware, routing, Wagtail serving, templates — no network):

    .venv/bin/python benchmarks/portal_speed.py --articles 10000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_bench .venv/bin/python benchmarks/portal_speed.py
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


def timed(client, url, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (benchmark)")
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), max(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--communes", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False  # setting up only: indexing is not timed
    # Static files are not collected here: their plain storage (what `chitieu serve` serves is the same pages).
    from django.test.utils import override_settings

    override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}).enable()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        run(args)
    finally:
        teardown_databases(old, verbosity=0)


def run(args):
    from django.test import Client
    from django.utils import timezone

    from chitieu.cms.models import NewsArticlePage, NewsCategoryPage, NewsIndexPage, UnitHomePage
    from chitieu.cms.services import create_portal
    from chitieu.places.services import load_reference_places

    print(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
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
    for i in range(args.articles):
        category = categories[i % len(categories)]
        category.add_child(instance=NewsArticlePage(
            title=f"Tin số {i}: kết quả thực hiện chỉ tiêu", slug=f"tin-so-{i}", lead="Đoạn mở đầu của tin bài.",
            body=[("paragraph", "<p>Thu ngân sách đạt 29,577 tỷ đồng, bằng 82,2% dự toán.</p>")],
            date=now - datetime.timedelta(minutes=i), is_featured=i % 97 == 0, is_hot=i % 89 == 0,
        ))
    print(f"articles: {args.articles} made in {time.perf_counter() - start:.1f} s")

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
        median, worst = timed(client, url, args.repeat)
        print(f"{label:28s} median {median:6.1f} ms   max {worst:6.1f} ms   ({url})")


if __name__ == "__main__":
    main()
