"""Server time of the data-entry screen of a 60-indicator monthly form at a commune with five years of monthly
history and the targets of three issuers each year (target: under 200 ms). Builds it in a throw-away test
database of the configured backend (SQLite by default, or DATABASE_URL), then times --runs requests of the
screen (GET, through Django's test client: the whole view, template and middleware), and of a save of all
60 rows (POST, validation included). Prints medians and the 90th percentile:

    .venv/bin/python benchmarks/entry_speed.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_bench .venv/bin/python benchmarks/entry_speed.py
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
os.environ.setdefault("CHITIEU_JOBS_IMMEDIATE", "1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.test import override_settings  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402


def report(label, seconds):
    seconds = sorted(seconds)
    p90 = seconds[max(0, int(len(seconds) * 0.9) - 1)]
    print(f"{label:<44} median {statistics.median(seconds) * 1000:7.1f} ms   p90 {p90 * 1000:7.1f} ms   (n={len(seconds)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--indicators", type=int, default=60)
    parser.add_argument("--years", type=int, default=5)
    options = parser.parse_args()
    old_config = setup_databases(verbosity=0, interactive=False, serialized_aliases=set())
    # Pages render without `collectstatic` having run (as in the tests): plain static storage.
    plain_static = override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}})
    plain_static.enable()
    try:
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from chitieu.accounts.services import create_user, ensure_roles
        from chitieu.indicators.models import DataValue
        from chitieu.indicators.services import load_catalogue, record_value
        from chitieu.places.models import Place
        from chitieu.reporting.loader import load_forms

        catalogue = load_catalogue(log=lambda *a: None)
        province = Place.objects.create(level="province", kind="tinh", code="22", name="Quảng Ninh", full_name="Tỉnh Quảng Ninh")
        district = Place.objects.create(level="district", kind="huyen", code="202", name="Ba Chẽ", full_name="Huyện Ba Chẽ", parent=province)
        commune = Place.objects.create(level="commune", kind="xa", code="06985", name="Đạp Thanh", full_name="Xã Đạp Thanh", parent=district)
        indicators = list(catalogue.values())[: options.indicators]
        folder = Path(tempfile.mkdtemp(prefix="chitieu-forms-"))
        (folder / "bieu-60.yaml").write_text(
            "code: bieu-60\nname: Biểu tháng %d chỉ tiêu\nperiodicity: month\nlevels: [commune]\n"
            "targets: [{label: Dự toán, issuer: HĐND huyện}, {label: Dự toán, issuer: UBND tỉnh}, {label: Kế hoạch, issuer: HĐND xã}]\n"
            "indicators: [%s]\n" % (len(indicators), ", ".join(i.code for i in indicators)), encoding="utf-8")
        form = load_forms(log=lambda *a: None, folder=folder)["bieu-60"]

        last_year = 2020
        years = range(last_year - options.years + 1, last_year + 1)
        started = time.perf_counter()
        count = 0
        for indicator in indicators:
            base = Decimal(50) if indicator.unit == "%" else Decimal(1000)
            for year in years:
                for issuer in ("HĐND huyện", "UBND tỉnh", "HĐND xã"):
                    record_value(indicator=indicator, place=commune, period=str(year), modality="target", issuer=issuer,
                                 value=base * 12, state="approved")
                    count += 1
                for month in range(1, 13):
                    if year == last_year and month >= 3:
                        break
                    record_value(indicator=indicator, place=commune, period=f"{year}-{month:02d}", modality="actual",
                                 value=base + month, state="approved")
                    count += 1
        print(f"{count} stored values ({len(indicators)} indicators × {options.years} years of months and targets) "
              f"in {time.perf_counter() - started:.1f} s; {DataValue.objects.count()} in the store")

        ensure_roles(log=lambda *a: None)
        clerk = create_user("can_bo_do_toc_do", "clerk", password="mat-khau-do-toc-do", places=[commune])
        client = Client()
        client.force_login(clerk)
        url = f"/bao-cao/{form.code}/{commune.pk}/?ky={last_year}-03"
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        print(f"queries for one screen: {len(queries.captured_queries)}")

        timings = []
        for _run in range(options.runs):
            started = time.perf_counter()
            response = client.get(url)
            timings.append(time.perf_counter() - started)
            assert response.status_code == 200
        report(f"GET entry screen ({len(indicators)} rows)", timings)
        from chitieu.periods import Period
        from chitieu.reporting.sheet import build_sheet

        timings = []
        for _run in range(options.runs):
            started = time.perf_counter()
            build_sheet(form, commune, Period.parse(f"{last_year}-03"))
            timings.append(time.perf_counter() - started)
        report("  of which the sheet (queries, derived figures)", timings)

        data = {"action": "save"}
        for row in form.rows.select_related("indicator"):
            data[f"value-{row.position}"] = "55" if row.indicator.unit == "%" else "1.010"
            data[f"note-{row.position}"] = "đo tốc độ"
        timings = []
        for run in range(max(5, options.runs // 3)):
            for row in form.rows.all():  # a new figure each time, so every row is really written
                if data[f"value-{row.position}"] != "55":
                    data[f"value-{row.position}"] = f"1.0{10 + run:02d}"
            started = time.perf_counter()
            response = client.post(url, data)
            timings.append(time.perf_counter() - started)
            assert response.status_code in (200, 302), response.status_code
        report(f"POST save of {len(indicators)} rows (checks + history)", timings)
    finally:
        plain_static.disable()
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
