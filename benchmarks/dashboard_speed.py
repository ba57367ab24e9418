"""Dashboard speed at the server, without any cache: the time Django takes to answer a dashboard (middleware,
queries, charts' data, templates), measured through Django's test client, and the number of queries.

    .venv/bin/python benchmarks/dashboard_speed.py                       # SQLite, a reduced synthetic dataset
    .venv/bin/python benchmarks/dashboard_speed.py --database-url postgres://postgres@127.0.0.1:5432/chitieu_dashbench
    .venv/bin/python benchmarks/dashboard_speed.py --existing postgres://postgres@127.0.0.1:5432/chitieu_national

The synthetic dataset (its own database, made anew): one province with --districts districts of --communes
communes each; for every unit (communes and districts) --indicators indicators × --years years of quarterly
results, the yearly results and a yearly target, all approved — at the defaults 10 × 15 communes, 50 indicators,
5 years: ≈ 250 000 values, the density of the national case around one district (every commune, 50 indicators,
5 years of quarterly values). `--existing` measures a database already loaded (benchmarks/national.py) as it is.
Prints p50 / p95 / max in ms over --repeat requests per page, and the queries per page.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=None, help="default: a new SQLite file in a temporary folder")
    parser.add_argument("--existing", default=None, help="measure this loaded database as it is (no load)")
    parser.add_argument("--districts", type=int, default=10)
    parser.add_argument("--communes", type=int, default=15)
    parser.add_argument("--indicators", type=int, default=50)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=20)
    return parser.parse_args()


def setup(url):
    if url:
        os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
    sys.modules.setdefault("pytest", type(sys)("pytest"))  # plain static storage: no collected manifest needed
    import django

    django.setup()


def recreate_postgres(url):
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def load(args):
    import datetime
    from decimal import Decimal

    from django.core.management import call_command

    from chitieu.indicators.models import DataValue, Indicator
    from chitieu.indicators.services import load_catalogue
    from chitieu.places.models import Place

    call_command("migrate", verbosity=0)
    load_catalogue(log=lambda *a: None)
    indicators = list(Indicator.objects.exclude(aggregation="none").order_by("code")[: args.indicators])
    for number in range(len(indicators), args.indicators):
        indicators.append(Indicator.objects.create(code=f"synthetic_{number}", name_vi=f"Chỉ tiêu {number}",
                                                   name_en=f"Indicator {number}", unit="ha", kind="flow", aggregation="sum"))
    province = Place.objects.create(level="province", kind="tinh", name="Tỉnh Thử", full_name="Tỉnh Thử")
    units = []
    for d in range(args.districts):
        district = Place.objects.create(level="district", kind="huyen", name=f"Huyện {d}", full_name=f"Huyện {d}", parent=province)
        units.append(district)
        for c in range(args.communes):
            units.append(Place.objects.create(level="commune", kind="xa", name=f"Xã {d}-{c}", full_name=f"Xã {d}-{c}", parent=district))
    first_year = 2025 - args.years
    batch, total = [], 0
    approved = DataValue.State.APPROVED
    for unit in units:
        for i, indicator in enumerate(indicators):
            for year in range(first_year, 2025):
                base = Decimal(1000 + 37 * i + unit.pk % 97 + 50 * (year - first_year))
                for q, month in enumerate((1, 4, 7, 10)):
                    end_month = month + 2
                    batch.append(DataValue(indicator=indicator, place=unit, period=f"{year}-{month:02d}/{year}-{end_month:02d}",
                                           period_start=datetime.date(year, month, 1),
                                           period_end=datetime.date(year, end_month, 30 if end_month in (6, 9) else 31),
                                           modality="actual", value=base / 4 + q, unit=indicator.unit, source="imported",
                                           state=approved))
                for modality, value in (("actual", base), ("target", base * Decimal("1.05"))):
                    batch.append(DataValue(indicator=indicator, place=unit, period=str(year), period_start=datetime.date(year, 1, 1),
                                           period_end=datetime.date(year, 12, 31), modality=modality,
                                           issuer="HĐND huyện" if modality == "target" else "", value=value, unit=indicator.unit,
                                           source="imported", state=approved))
            if len(batch) > 20000:
                DataValue.objects.bulk_create(batch)
                total += len(batch)
                batch = []
    DataValue.objects.bulk_create(batch)
    total += len(batch)
    analyze()
    return province, total


def analyze():
    """Planner statistics, as a database in service has them (PostgreSQL's autovacuum; on SQLite `ANALYZE`, without
    which SQLite walks the index on the approval state, which every value shares, instead of the unit's)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(paths, repeat):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for label, path in paths:
        client.get(path)  # the first request compiles templates and imports code: not counted
        times, cpu = [], []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(path)
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        print(f"{label:<30} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  max {times[-1]:6.1f} ms  "
              f"(CPU of this process p50 {statistics.median(cpu):6.1f} ms)  {len(queries.captured_queries):2d} queries  "
              f"{len(response.content) // 1024} KiB")
    # Other work on the machine slows every figure: the load average says how much.
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))


def main():
    args = arguments()
    if args.existing:
        setup(args.existing)
        from chitieu.indicators.models import DataValue
        from chitieu.places.models import Place

        commune_id = DataValue.objects.filter(place__level="commune").values_list("place_id", flat=True).first()
        commune = Place.objects.get(pk=commune_id)
        print(f"database {args.existing.rsplit('@', 1)[-1]}: {DataValue.objects.count():,} values (as loaded)")
        paths = [("commune", f"/dashboards/{commune.pk}/"), ("district (communes below)", f"/dashboards/{commune.parent_id}/")]
        if commune.parent and commune.parent.parent_id:
            paths.append(("province", f"/dashboards/{commune.parent.parent_id}/"))
        measure(paths + [("country", "/dashboards/")], args.repeat)
        return
    url = args.database_url
    if url is None:
        folder = tempfile.mkdtemp(prefix="chitieu-dashbench-")
        os.environ["CHITIEU_DATA_DIR"] = folder
    elif url.startswith("postgres"):
        recreate_postgres(url)
    setup(url)
    from django.db import connection

    started = time.perf_counter()
    province, total = load(args)
    print(f"{connection.vendor}: {total:,} synthetic values ({args.districts} districts × {args.communes} communes, "
          f"{args.indicators} indicators, {args.years} years quarterly + yearly + targets) loaded in "
          f"{time.perf_counter() - started:.0f} s")
    district = province.children.first()
    commune = district.children.first()
    measure([("commune", f"/dashboards/{commune.pk}/"), ("district (15 communes below)", f"/dashboards/{district.pk}/"),
             ("province (districts below)", f"/dashboards/{province.pk}/"), ("country", "/dashboards/")], args.repeat)


if __name__ == "__main__":
    main()
