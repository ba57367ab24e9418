"""DHIS2 dataValueSets, JSON and CSV, both ways, through the mapping tables.

Periods map by rule: a year `2020`, a quarter `2020Q3`, a half `2020S1`/`2020S2`, a month `202009`, a day
`20200915`. A span DHIS2 has no period type for (the first nine months, a span to a day) cannot be exported:
it is listed as skipped, with the reason.

An import reads the whole file and checks every row (data element, org unit, period, value) against the
mapping, then enters every value through the reporting cycle (`chitieu.workflow.services.enter_value`,
submitted for approval as any import, or approved with `approve=True` by an approver) in one transaction: any
error — of the file or of the cycle (a place outside the user's scope, a unit the indicator does not take) — and
nothing is stored, with every error listed by row and field.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction

from chitieu.exchange.models import DataElementMapping, OrgUnitMapping
from chitieu.indicators.models import DataValue
from chitieu.periods import Period

CSV_HEADER = ["dataelement", "period", "orgunit", "categoryoptioncombo", "attributeoptioncombo", "value",
              "storedby", "lastupdated", "comment", "followup"]
_QUARTER = re.compile(r"^(\d{4})Q([1-4])$")
_HALF = re.compile(r"^(\d{4})S([12])$")
_MONTH = re.compile(r"^(\d{4})(\d{2})$")
_DAY = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


# ------------------------------------------------------------------------------------------ periods


def dhis2_period(period: Period) -> str | None:
    """`2020Q3`, `202009`, `2020`, `2020S1`, `20200915`; None where DHIS2 has no such period type."""
    s, e = period.start, period.end
    if period.kind == "year":
        return str(s.year)
    if period.kind == "month":
        return f"{s.year}{s.month:02d}"
    if period.kind == "day":
        return f"{s.year}{s.month:02d}{s.day:02d}"
    if period.is_quarter:
        return f"{s.year}Q{(s.month - 1) // 3 + 1}"
    if period.kind == "months" and s.year == e.year and (s.month, e.month) in ((1, 6), (7, 12)):
        return f"{s.year}S{1 if s.month == 1 else 2}"
    return None


def chitieu_period(text: str) -> Period:
    """The Period of a DHIS2 period id; ValueError naming the forms accepted."""
    text = (text or "").strip()
    if match := _YEAR.match(text):
        return Period.year(int(match[1]))
    if match := _QUARTER.match(text):
        year, quarter = int(match[1]), int(match[2])
        first = 3 * quarter - 2
        return Period.parse(f"{year}-{first:02d}/{year}-{first + 2:02d}")
    if match := _HALF.match(text):
        year, half = int(match[1]), int(match[2])
        return Period.parse(f"{year}-01/{year}-06" if half == 1 else f"{year}-07/{year}-12")
    if match := _MONTH.match(text):
        return Period.parse(f"{match[1]}-{match[2]}")
    if match := _DAY.match(text):
        return Period.parse(f"{match[1]}-{match[2]}-{match[3]}")
    raise ValueError(f"kỳ DHIS2 “{text}” không đọc được (dạng nhận: 2020, 2020Q3, 2020S1, 202009, 20200915)")


# ------------------------------------------------------------------------------------------ export


@dataclass
class Export:
    rows: list[dict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per value left out, with the reason


def _mappings():
    elements = {(m.indicator_id, m.modality, m.issuer): m for m in DataElementMapping.objects.all()}
    units = dict(OrgUnitMapping.objects.values_list("place_id", "org_unit"))
    return elements, units


def _factor(mapping: DataElementMapping, indicator) -> Decimal:
    from chitieu.indicators.services import convert_unit

    return convert_unit(indicator, mapping.unit) if mapping.unit else Decimal(1)


def _plain(number: Decimal) -> str:
    text = f"{number.normalize():f}"
    return text[:-2] if text.endswith(".0") else text


def build_export(values) -> Export:
    """The dataValues of `values` (a DataValue queryset) that the mapping covers; the others skipped."""
    elements, units = _mappings()
    result = Export()
    for value in values.select_related("indicator", "place").order_by("id"):
        mapping = elements.get((value.indicator_id, value.modality, value.issuer))
        where = f"{value.indicator.code} · {value.place.full_name} · {value.period} · {value.modality}"
        if mapping is None:
            result.skipped.append(f"{where}: chưa ánh xạ sang data element DHIS2")
            continue
        if value.place_id not in units:
            result.skipped.append(f"{where}: địa bàn chưa ánh xạ sang org unit DHIS2")
            continue
        period = dhis2_period(Period.parse(value.period))
        if period is None:
            result.skipped.append(f"{where}: DHIS2 không có loại kỳ cho {value.period}")
            continue
        result.rows.append({
            "dataElement": mapping.data_element, "period": period, "orgUnit": units[value.place_id],
            "categoryOptionCombo": mapping.category_option_combo, "attributeOptionCombo": mapping.attribute_option_combo,
            "value": _plain(value.value / _factor(mapping, value.indicator)),
            "storedBy": value.updated_by.get_username() if value.updated_by_id else "chitieu",
            "lastUpdated": value.updated_at.strftime("%Y-%m-%dT%H:%M:%S.000"),
            "comment": value.note,
        })
    return result


def to_json(export: Export) -> bytes:
    return json.dumps({"dataValues": export.rows}, ensure_ascii=False, indent=1).encode("utf-8")


def to_csv(export: Export) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for row in export.rows:
        writer.writerow([row["dataElement"], row["period"], row["orgUnit"], row["categoryOptionCombo"],
                         row["attributeOptionCombo"], row["value"], row["storedBy"], row["lastUpdated"],
                         row["comment"], "false"])
    return buffer.getvalue().encode("utf-8")


# ------------------------------------------------------------------------------------------ import


@dataclass
class RowError:
    file: str
    row: int  # 1-based: the position in dataValues (JSON) or the line (CSV)
    field: str
    message: str

    def __str__(self):
        return f"{self.file}, dòng {self.row}, {self.field}: {self.message}"


class ImportFailed(Exception):
    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__(f"{len(errors)} lỗi; không lưu gì:\n" + "\n".join(str(e) for e in errors))


@dataclass
class ImportResult:
    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    proposed: int = 0  # new numbers for approved values: waiting as proposed changes


def read_rows(content: bytes, name: str) -> list[tuple[int, dict]]:
    """(row number, {dataElement, period, orgUnit, categoryOptionCombo, attributeOptionCombo, value, comment})."""
    text = content.decode("utf-8-sig")
    if name.lower().endswith(".json") or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ImportFailed([RowError(name, error.lineno, "JSON", error.msg)]) from None
        rows = data.get("dataValues") if isinstance(data, dict) else None
        if not isinstance(rows, list):
            raise ImportFailed([RowError(name, 1, "dataValues", "không có danh sách dataValues")])
        defaults = {k: data.get(k) for k in ("period", "orgUnit", "attributeOptionCombo") if data.get(k)}
        return [(i, {**defaults, **row} if isinstance(row, dict) else {}) for i, row in enumerate(rows, start=1)]
    reader = csv.reader(io.StringIO(text))
    found = []
    for number, cells in enumerate(reader, start=1):
        if not cells or all(not c.strip() for c in cells):
            continue
        if number == 1 and cells[0].strip().lower().replace(" ", "") in ("dataelement", "de"):
            continue  # the header
        cells = cells + [""] * (len(CSV_HEADER) - len(cells))
        row = dict(zip(["dataElement", "period", "orgUnit", "categoryOptionCombo", "attributeOptionCombo", "value",
                        "storedBy", "lastUpdated", "comment"], cells))
        found.append((number, row))
    return found


def import_data_value_set(content: bytes, name: str, *, user=None, approve: bool = False, dry_run: bool = False) -> ImportResult:
    from django.core.exceptions import PermissionDenied

    from chitieu.indicators.services import InvalidValue
    from chitieu.workflow.models import ProposedChange
    from chitieu.workflow.services import WorkflowError, enter_value

    rows = read_rows(content, name)
    elements = {(m.data_element, m.category_option_combo, m.attribute_option_combo): m
                for m in DataElementMapping.objects.select_related("indicator")}
    units = {u.org_unit: u.place for u in OrgUnitMapping.objects.select_related("place")}
    errors, checked, seen = [], [], {}
    for number, row in rows:
        def fail(field_name, message):
            errors.append(RowError(name, number, field_name, message))

        key = (str(row.get("dataElement") or "").strip(), str(row.get("categoryOptionCombo") or "").strip(),
               str(row.get("attributeOptionCombo") or "").strip())
        mapping = elements.get(key) or (elements.get((key[0], "", "")) if not key[1] and not key[2] else None)
        if not key[0]:
            fail("dataElement", "thiếu data element")
        elif mapping is None:
            fail("dataElement", f"data element {key[0]} (categoryOptionCombo “{key[1]}”, attributeOptionCombo "
                                f"“{key[2]}”) chưa được ánh xạ sang chỉ tiêu nào")
        org_unit = str(row.get("orgUnit") or "").strip()
        place = units.get(org_unit)
        if place is None:
            fail("orgUnit", f"org unit “{org_unit}” chưa được ánh xạ sang địa bàn nào")
        period = None
        try:
            period = chitieu_period(str(row.get("period") or ""))
        except ValueError as error:
            fail("period", str(error))
        number_value = None
        try:
            number_value = Decimal(str(row.get("value") or "").strip())
            if not number_value.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            fail("value", f"“{row.get('value')}” không phải là số")
        if mapping is not None and place is not None and period is not None:
            value_key = (mapping.pk, place.pk, str(period))
            if value_key in seen:
                fail("dataElement", f"trùng với dòng {seen[value_key]}")
            seen[value_key] = number
        checked.append((number, row, mapping, place, period, number_value))
    if errors:
        raise ImportFailed(errors)

    result = ImportResult(file=name, rows=len(checked))
    with transaction.atomic():
        for number, row, mapping, place, period, number_value in checked:
            existing = DataValue.objects.filter(indicator=mapping.indicator, place=place, period=str(period),
                                                modality=mapping.modality, issuer=mapping.issuer).first()
            before = existing.value if existing else None
            try:
                stored = enter_value(
                    user=user, indicator=mapping.indicator, place=place, period=period, modality=mapping.modality,
                    value=number_value, unit=mapping.unit or None, issuer=mapping.issuer,
                    source=DataValue.Source.IMPORTED, source_detail={"file": name, "row": number, "dhis2": row},
                    note=str(row.get("comment") or "")[:500], via=f"dhis2:{name}", submit=not approve, approve=approve,
                )
            except InvalidValue as error:
                errors.append(RowError(name, number, error.field, error.message))
                continue
            except (PermissionDenied, WorkflowError) as error:
                errors.append(RowError(name, number, "orgUnit", str(error)))
                continue
            if isinstance(stored, ProposedChange):
                result.proposed += 1
            elif existing is None:
                result.created += 1
            elif before == stored.value:
                result.unchanged += 1
            else:
                result.updated += 1
        if errors:
            transaction.set_rollback(True)
            raise ImportFailed(errors)
        if dry_run:
            transaction.set_rollback(True)
    return result
