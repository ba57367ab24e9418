"""Speed of the bulk path for values (`chitieu.indicators.bulk.bulk_load_values`, COPY on PostgreSQL).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_bulk .venv/bin/python benchmarks/bulk_speed.py --values 1000000

Needs a database that `chitieu init` has filled (the national list and the catalogue); its values are
deleted first (--keep to load on top of them). Loads --values synthetic values of every commune (the rows of
benchmarks/national.py) into the empty table — secondary indexes deferred and built again —, then a second
load of --append values on top of the full table (indexes kept, as a monthly load would), and a repeated
chunk (every key already stored: all skipped). Prints values/s of each, and the CPU seconds of this process
(formatting the rows) and of the database's backend (parsing and storing them, building the indexes) beside
the wall time: the two run in parallel, so on two free cores the rate is bounded by the larger.
"""

import argparse
import itertools
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")


def process_cpu(pid):
    """CPU seconds of a process of this machine (the database's backend serving this connection), or 0."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", type=int, default=1_000_000)
    parser.add_argument("--append", type=int, default=200_000)
    parser.add_argument("--keep", action="store_true", help="keep the values already stored")
    parser.add_argument("--verbose", action="store_true", help="print each chunk")
    options = parser.parse_args()
    import django

    django.setup()
    from django.db import connection

    from chitieu.indicators.bulk import bulk_load_values
    from chitieu.indicators.models import DataValue, Indicator
    from national import communes, synthetic_rows

    if not options.keep:
        with connection.cursor() as cursor:
            cursor.execute(f'TRUNCATE "{DataValue._meta.db_table}" CASCADE')
    indicators = list(Indicator.objects.order_by("code").values_list("pk", flat=True))
    places = communes()
    rows = synthetic_rows(indicators, places)
    print(f"backend {connection.vendor}; {len(indicators)} indicators × {len(places):,} communes; load {os.getloadavg()[0]:.1f}")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()" if connection.vendor == "postgresql" else "SELECT 0")
        backend = cursor.fetchone()[0]
    for label, count in (("into the empty table", options.values), ("on top (indexes kept)", options.append)):
        cpu, server_cpu = time.process_time(), process_cpu(backend)
        result = bulk_load_values(itertools.islice(rows, count), name="benchmarks/bulk_speed.py",
                                  log=lambda line: print(f"  {time.perf_counter():.1f} {line}") if options.verbose else None)
        client, server = time.process_time() - cpu, process_cpu(backend) - server_cpu
        print(f"{label:<24} {result.loaded:>10,} values in {result.seconds:6.1f} s = {result.per_second:>9,.0f} values/s; "
              f"CPU: this process {client:.1f} s, the database's {server:.1f} s → "
              f"{result.loaded / max(client, server, 1e-9):,.0f} values/s on 2 free cores "
              f"({result.skipped:,} skipped; load {os.getloadavg()[0]:.1f})", flush=True)
    again = list(itertools.islice(synthetic_rows(indicators, places), 50_000))
    result = bulk_load_values(again, name="benchmarks/bulk_speed.py")
    print(f"{'already stored':<24} {result.skipped:>10,} skipped in {result.seconds:6.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size(%s))" if connection.vendor == "postgresql"
                       else "SELECT 'n/a', %s", [DataValue._meta.db_table])
        print(f"values table: {cursor.fetchone()[0]}, {DataValue.objects.count():,} values; load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
