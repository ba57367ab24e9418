"""The round trip of the periodic report: generate the report of every place and period that has approved
values, read each DOCX back with the extractor, and count the figures recovered with value, unit, measure,
basis, modality, period and place. Target: 100%.

    .venv/bin/python benchmarks/report_roundtrip.py            # on the database of DATABASE_URL / ./data
    .venv/bin/python benchmarks/report_roundtrip.py --verbose  # and every figure missed, with the reason
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    import django

    django.setup()
    from chitieu.reports.content import build_report
    from chitieu.reports.roundtrip import RoundTrip, demo_reports, round_trip

    total, reports, started = RoundTrip(), 0, time.perf_counter()
    for place, period in demo_reports():
        result = round_trip(build_report(place, period))
        reports += 1
        total += result
        print(f"{place.path_name:55} {str(period):22} {result.recovered:3}/{result.figures:<3} figures")
        if args.verbose:
            for miss in result.misses:
                print(f"    ✗ {miss}")
    seconds = time.perf_counter() - started
    print(f"\n{reports} reports, {total.figures} figures, {total.recovered} recovered: "
          f"recovery rate {total.rate:.1%} ({seconds:.1f} s)")
    return 0 if total.rate == 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
