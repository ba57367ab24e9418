"""Server time of the pages of a document with a hundred thousand claims (target: under 1 s each): the
document's first and last page, and the review queue of that document (first and last page, and sorted by
the extractor's confidence). Builds it in a throw-away test database of the configured backend (SQLite by
default, or DATABASE_URL), then times --runs requests through Django's test client (view, template and
middleware). Prints medians and the 90th percentile:

    .venv/bin/python benchmarks/long_document.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_bench .venv/bin/python benchmarks/long_document.py
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
os.environ.setdefault("CHITIEU_JOBS_IMMEDIATE", "1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test import override_settings  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

SENTENCE = "Năm 2020, thu ngân sách nhà nước trên địa bàn xã đạt 42,5 tỷ đồng, vượt dự toán.\n"


def report(label, seconds):
    seconds = sorted(seconds)
    p90 = seconds[max(0, int(len(seconds) * 0.9) - 1)]
    print(f"{label:<52} median {statistics.median(seconds) * 1000:7.1f} ms   p90 {p90 * 1000:7.1f} ms   (n={len(seconds)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true", help="print where the first page's time goes")
    options = parser.parse_args()
    old_config = setup_databases(verbosity=0, interactive=False, serialized_aliases=set())
    plain_static = override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}, CHITIEU_RATE_LIMITS={})
    plain_static.enable()
    try:
        from django.test import Client

        from chitieu.accounts.services import create_user, ensure_roles
        from chitieu.documents.models import Claim, Document, text_pages
        from chitieu.documents.services import content_hash
        from chitieu.places.models import Place

        ensure_roles(log=lambda *a: None)
        reviewer = create_user("nguoi_duyet", "reviewer", password="mat-khau-thu")
        district = Place.objects.create(level="district", kind="huyen", code="202", name="Ba Chẽ", full_name="Huyện Ba Chẽ")
        text = SENTENCE * options.claims
        started = time.perf_counter()
        document = Document.objects.create(title="Báo cáo rất dài", text=text, format="txt", content_hash=content_hash(text), place=district)
        offset = SENTENCE.index("42,5 tỷ đồng")
        batch = []
        for n in range(options.claims):
            start = n * len(SENTENCE) + offset
            batch.append(Claim(document=document, start=start, end=start + 12, text="42,5 tỷ đồng", value=42.5e9, unit="VND",
                               measure="level", modality="actual", subject="thu ngân sách", confidence=(n % 97) / 97))
            if len(batch) == 5000:
                Claim.objects.bulk_create(batch)
                batch = []
        Claim.objects.bulk_create(batch)
        print(f"{options.claims:,} claims over {len(text):,} characters ({len(text_pages(text))} text pages) "
              f"stored in {time.perf_counter() - started:.1f} s on {django.db.connection.vendor}")

        client = Client()
        client.force_login(reviewer)
        last_text_page = len(text_pages(text))
        last_queue_page = (options.claims + 49) // 50
        urls = {
            "document page 1": document.get_absolute_url(),
            f"document page {last_text_page} (last)": f"{document.get_absolute_url()}?page={last_text_page}",
            "review queue of the document, page 1": f"/documents/review/?document={document.pk}",
            f"review queue, page {last_queue_page} (last)": f"/documents/review/?document={document.pk}&page={last_queue_page}",
            "review queue sorted by confidence": f"/documents/review/?document={document.pk}&order=confidence",
        }
        if options.profile:
            import cProfile
            import pstats

            for url in (document.get_absolute_url(), f"/documents/review/?document={document.pk}&page=2000"):
                client.get(url)
                profiler = cProfile.Profile()
                profiler.runcall(client.get, url)
                print(url)
                pstats.Stats(profiler).sort_stats("tottime").print_stats(12)
        for label, url in urls.items():
            client.get(url)  # warm
            times, size = [], 0
            for _ in range(options.runs):
                began = time.perf_counter()
                response = client.get(url)
                times.append(time.perf_counter() - began)
                assert response.status_code == 200, (url, response.status_code)
                size = len(response.content)
            report(f"{label} ({size / 1024:,.0f} KB)", times)
    finally:
        plain_static.disable()
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
