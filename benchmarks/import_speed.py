"""Speed of importing and exporting values, and of computing a place's table.

Writes an .xlsx (and a .csv) of --rows values spread over the communes of Quảng Ninh, the catalogue's
indicators and monthly periods, imports it into a throw-away test database of the configured backend
(SQLite by default, or DATABASE_URL), imports it again (nothing changes), exports everything, and
computes the indicator table of every place. Prints rows/s and peak memory:

    .venv/bin/python benchmarks/import_speed.py --rows 20000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/chitieu_bench .venv/bin/python benchmarks/import_speed.py
"""

import argparse
import datetime
import itertools
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")

import django  # noqa: E402

django.setup()

from django.test.utils import setup_databases, teardown_databases  # noqa: E402


def timed(label, function, count, unit="rows"):
    started = time.perf_counter()
    result = function()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {seconds:7.2f} s  {count / seconds:9.0f} {unit}/s")
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20000)
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="chitieu-import-"))
    old_config = setup_databases(verbosity=0, interactive=False, serialized_aliases=set())
    try:
        from openpyxl import Workbook

        from chitieu.indicators.derived import place_table
        from chitieu.indicators.models import DataValue
        from chitieu.indicators.services import load_catalogue
        from chitieu.indicators.transfer import HEADERS, export_values, import_values
        from chitieu.places.models import Place
        from chitieu.places.services import load_reference_places

        load_reference_places(log=lambda *a: None, only_provinces=["22"])
        catalogue = load_catalogue(log=lambda *a: None)
        first, last = datetime.date(2019, 1, 1), datetime.date(2020, 12, 31)
        communes = [c for c in Place.objects.filter(level="commune", parent__parent__code="22")
                    if c.exists_on(first) and c.exists_on(last)]
        indicators = [i for i in catalogue.values() if i.unit in ("VND", "ha", "%", "hộ")]
        periods = [f"{year}-{month:02d}" for year in (2019, 2020) for month in range(1, 13)]
        keys = itertools.islice(itertools.product(periods, indicators, communes), options.rows)
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("values")
        sheet.append(HEADERS)
        rows = 0
        for n, (period, indicator, commune) in enumerate(keys):
            unit = {"VND": "triệu đồng"}.get(indicator.unit, indicator.unit)
            sheet.append([indicator.code, commune.code, commune.path_name, period, "actual", "", 100 + n % 997, unit, ""])
            rows += 1
        source = work / "values.xlsx"
        workbook.save(source)
        print(f"{rows} rows over {len(communes)} communes, {len(indicators)} indicators, {len(periods)} months "
              f"({source.stat().st_size / 1e6:.1f} MB .xlsx)")

        timed("import .xlsx (new values)", lambda: import_values(source), rows)
        timed("import .xlsx again (no change)", lambda: import_values(source), rows)
        exported = work / "export.csv"
        timed("export .csv", lambda: export_values(exported), rows)
        DataValue.objects.all().delete()
        timed("import the export .csv", lambda: import_values(exported), rows)
        timed("place tables (every commune)", lambda: [place_table(c) for c in communes], len(communes), "places")
        print(f"peak resident memory of the whole run: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
