"""Speed of loading the national list of places and of looking names up.

Runs on a throw-away test database of the configured backend (SQLite by default, or DATABASE_URL):

    .venv/bin/python benchmarks/places_speed.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_bench .venv/bin/python benchmarks/places_speed.py
"""

import datetime
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402

NAMES = ["Ba Chẽ", "huyện Ba Chẽ", "xã Đạp Thanh", "Dap Thanh", "TT Bình Liêu", "TP Hạ Long", "tỉnh Quảng Ninh", "Thanh Sơn", "Tân Thành", "Phường 1"]


def timed(label, action):
    started = time.perf_counter()
    result = action()
    print(f"{label:<48} {time.perf_counter() - started:8.3f} s")
    return result


def main():
    old_config = setup_databases(verbosity=0, interactive=False, serialized_aliases=set())
    try:
        from chitieu.places.lookup import PlaceFinder, find_places
        from chitieu.places.models import Place, PlaceAlias, Succession
        from chitieu.places.services import load_reference_places

        quiet = {"log": lambda *a: None}
        print(f"database: {connection.vendor}")
        timed("first load (empty database)", lambda: load_reference_places(**quiet))
        print(f"  {Place.objects.count()} units, {PlaceAlias.objects.count()} aliases, {Succession.objects.count()} successions")
        timed("second load (version marker matches)", lambda: load_reference_places(**quiet))
        timed("forced reload (nothing to change)", lambda: load_reference_places(**quiet, force=True))
        rounds = 50
        day = datetime.date(2020, 6, 30)
        timed(
            f"{rounds * len(NAMES)} lookups (find_places, on=2020)",
            lambda: [find_places(name, on=day) for _ in range(rounds) for name in NAMES],
        )
        started = time.perf_counter()
        for _ in range(rounds):
            for name in NAMES:
                find_places(name, parent="Quảng Ninh", on=day)
        per = (time.perf_counter() - started) / (rounds * len(NAMES)) * 1000
        print(f"{'lookup with a parent name':<48} {per:8.2f} ms each")
        finder = PlaceFinder()
        timed(f"{rounds * len(NAMES)} lookups through a PlaceFinder", lambda: [finder.find(n, on=day) for _ in range(rounds) for n in NAMES])
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
