"""Values as SDMX-CSV (version 1.0 of the format, for statistics offices): one row per observation with the
dataflow, the dimensions, the observation and its attributes.

Dimensions: INDICATOR (the catalogue code), REF_AREA (the GSO code of the unit, its name beside it),
TIME_PERIOD (SDMX time: `2020`, `2020-Q3`, `2020-S1`, `2020-09`, `2020-09-15`, and a span without an SDMX
period type as a start and an ISO 8601 duration: `2020-01-01/P9M`, `2020-01-01/P335D`), MODALITY (actual,
estimate, target, expected) and ISSUER (who set a target). OBS_VALUE in the canonical unit, UNIT_MEASURE,
OBS_STATUS (A normal, E estimated, F forecast), and the approval state.
"""

from __future__ import annotations

import csv
import io

from chitieu.periods import Period

DATAFLOW = "CHITIEU:DF_CHITIEU(1.0)"
HEADER = ["DATAFLOW", "INDICATOR", "REF_AREA", "REF_AREA_NAME", "TIME_PERIOD", "MODALITY", "ISSUER", "OBS_VALUE",
          "UNIT_MEASURE", "OBS_STATUS", "APPROVAL_STATE"]
_STATUS = {"actual": "A", "estimate": "E", "target": "F", "expected": "F"}


def sdmx_time(period: Period) -> str:
    s, e = period.start, period.end
    if period.kind == "year":
        return str(s.year)
    if period.kind == "month":
        return f"{s.year}-{s.month:02d}"
    if period.kind == "day":
        return s.isoformat()
    if period.is_quarter:
        return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
    if period.kind == "months" and s.year == e.year and (s.month, e.month) in ((1, 6), (7, 12)):
        return f"{s.year}-S{1 if s.month == 1 else 2}"
    if period.kind in ("months", "years"):
        months = (e.year - s.year) * 12 + e.month - s.month + 1
        duration = f"P{months // 12}Y" if months % 12 == 0 else f"P{months}M"
        return f"{s.isoformat()}/{duration}"
    return f"{s.isoformat()}/P{period.length_days()}D"


def _plain(number) -> str:
    text = f"{number.normalize():f}"
    return text


def export_sdmx_csv(values) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for value in values.select_related("indicator", "place").order_by("id").iterator(chunk_size=2000):
        writer.writerow([
            DATAFLOW, value.indicator.code, value.place.code or f"chitieu:{value.place_id}", value.place.full_name,
            sdmx_time(Period.parse(value.period)), value.modality, value.issuer, _plain(value.value), value.unit,
            _STATUS.get(value.modality, "A"), value.state,
        ])
    return buffer.getvalue().encode("utf-8")
