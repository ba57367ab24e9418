"""Speed of the web API at the server: a page of 1,000 values (target: under 150 ms), measured in-process
through Django's test client (no network, no server: the time Django and the database take).

    .venv/bin/python benchmarks/api_speed.py --load 1000000            # a fresh PostgreSQL database with
                                                                        # the national list and 1 M values
    .venv/bin/python benchmarks/api_speed.py --database-url postgres://postgres@127.0.0.1:5432/chitieu_national
                                                                        # a database already loaded (read only)

--load drops and makes the database of --database-url (default chitieu_api_bench), runs `chitieu init` (the
national list, the catalogue) and stores N synthetic approved values through
`chitieu.indicators.bulk.bulk_load_values`: every commune × indicator × quarter, as many as N needs.
Prints, for each kind of request, the median and the 95th percentile of 30 runs after 3 warm-up runs.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/chitieu_api_bench"


def arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--load", type=int, default=0, help="recreate the database with this many values")
    parser.add_argument("--runs", type=int, default=30)
    return parser.parse_args()


def recreate(url):
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def load(count):
    from django.core.management import call_command

    from chitieu.indicators.bulk import bulk_load_values
    from chitieu.indicators.models import Indicator
    from chitieu.places.models import Place

    started = time.perf_counter()
    call_command("init", verbosity=0)
    print(f"chitieu init: {time.perf_counter() - started:.0f} s")
    communes = list(Place.objects.filter(level="commune", valid_to__isnull=False).values_list("id", flat=True))
    indicators = list(Indicator.objects.values_list("id", flat=True))
    quarters = [f"{y}-{m:02d}/{y}-{m + 2:02d}" for y in range(2016, 2026) for m in (1, 4, 7, 10)]

    def rows():
        made = 0
        for quarter in quarters:
            for indicator in indicators:
                for place in communes:
                    yield indicator, place, quarter, "actual", "", (place * 7 + indicator * 13) % 100000
                    made += 1
                    if made >= count:
                        return

    started = time.perf_counter()
    result = bulk_load_values(rows(), name="api_speed")
    seconds = time.perf_counter() - started
    print(f"loaded {result.loaded:,} values in {seconds:.0f} s")


def measure(client, label, url, runs):
    for _ in range(3):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    rows = len(response.json().get("results", []))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"{label:<58} {rows:5} rows  median {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms")
    return statistics.median(times)


def main():
    args = arguments()
    if args.load:
        recreate(args.database_url)
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
    os.environ.setdefault("CHITIEU_DATA_DIR", str(REPO / "data" / "api_bench"))
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from chitieu.indicators.models import DataValue
    from chitieu.places.models import Place

    settings.ALLOWED_HOSTS = ["*"]
    settings.CHITIEU_API_RATES = {"public": None, "token": None}
    if args.load:
        load(args.load)
    total = DataValue.objects.count()
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}, {total:,} values")
    some = DataValue.objects.order_by("id").values("indicator_id", "place_id").first()
    middle_id = DataValue.objects.order_by("id").values_list("id", flat=True)[total // 2]
    province = Place.objects.filter(level="province", children__children__values__isnull=False).first() \
        or Place.objects.filter(level="province").first()
    client = Client()
    medians = [
        measure(client, "first page of 1,000", "/api/v1/values?limit=1000", args.runs),
        measure(client, "a page of 1,000 half way, by the next link (after=id)",
                f"/api/v1/values?limit=1000&after={middle_id}", args.runs),
        measure(client, "one indicator, 1,000", f"/api/v1/values?limit=1000&indicator={some['indicator_id']}", args.runs),
        measure(client, "a province and every unit below it, 1,000",
                f"/api/v1/values?limit=1000&place={province.pk}&descendants=true", args.runs),
        measure(client, "a period range (2020), 1,000",
                "/api/v1/values?limit=1000&period_from=2020-01-01&period_to=2020-12-31", args.runs),
    ]
    print(f"\nslowest median: {max(medians):.1f} ms (target: under 150 ms)")
    measure(client, "(for comparison) half way by offset= instead of the next link",
            f"/api/v1/values?limit=1000&offset={total // 2}", max(5, args.runs // 3))


if __name__ == "__main__":
    main()
