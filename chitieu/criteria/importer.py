"""Import of assessments from a spreadsheet (.xlsx or .csv), in the layout of docs/criteria-import-layout.md.

All or nothing: every row is checked, every problem is listed with file, row, column and reason, and nothing
is stored unless the whole file is clean.
"""

import csv
import datetime
import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from chitieu.criteria import rules
from chitieu.criteria.models import CriteriaSet
from chitieu.criteria.services import AssessmentError, record_assessment
from chitieu.text import fold

COLUMNS = ["place", "parent", "set", "date", "code", "value", "met", "evidence", "note"]
HEADER_ALIASES = {
    "place": {"place", "dia ban", "don vi", "xa"},
    "parent": {"parent", "truc thuoc", "huyen"},
    "set": {"set", "bo tieu chi", "ma bo"},
    "date": {"date", "ngay", "ngay danh gia"},
    "code": {"code", "ma", "chi tieu", "ma chi tieu"},
    "value": {"value", "gia tri", "so lieu"},
    "met": {"met", "dat", "ket qua"},
    "evidence": {"evidence", "can cu", "nguon"},
    "note": {"note", "ghi chu"},
}
REQUIRED = ["place", "set", "date", "code"]
CRITERIA_COUNT_CODES = {"so tieu chi dat", "so_tieu_chi", "so_tieu_chi_dat"}
INDICATORS_COUNT_CODES = {"so chi tieu dat", "so_chi_tieu", "so_chi_tieu_dat"}
CRITERION_CODE = re.compile(r"^tc\s*(\d+)$")
CONDITION_CODE = re.compile(r"^dk\s*[:.]?\s*(\S+)$")
EVIDENCE_DOC = re.compile(r"^doc:(?P<doc>[\w.-]+)(?:#(?P<start>\d+)-(?P<end>\d+))?(?:\s+(?P<rest>.*))?$")


@dataclass
class ImportProblem:
    file: str
    row: int | None
    column: str
    reason: str

    def __str__(self):
        where = f"dòng {self.row}" if self.row else "(tệp)"
        return f"{self.file}, {where}, cột {self.column or '—'}: {self.reason}"


class ImportErrors(ValueError):
    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def read_rows(path):
    """[(row number, {column: text})] from an .xlsx (first sheet) or .csv (UTF-8, comma or semicolon)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True, data_only=True)
        raw = [list(r) for r in workbook.worksheets[0].iter_rows(values_only=True)]
        workbook.close()
    elif suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
        raw = list(csv.reader(text.splitlines(), dialect))
    else:
        raise ImportErrors([ImportProblem(path.name, None, "", "chỉ nhận tệp .xlsx hoặc .csv")])
    if not raw:
        raise ImportErrors([ImportProblem(path.name, None, "", "tệp rỗng")])
    header = [fold(str(h or "")).strip() for h in raw[0]]
    mapping, problems = {}, []
    for index, name in enumerate(header):
        for column, aliases in HEADER_ALIASES.items():
            if name in aliases:
                mapping[index] = column
    for column in REQUIRED:
        if column not in mapping.values():
            problems.append(ImportProblem(path.name, 1, column, "thiếu cột bắt buộc"))
    if problems:
        raise ImportErrors(problems)
    rows = []
    for number, values in enumerate(raw[1:], start=2):
        row = {column: values[index] if index < len(values) else None for index, column in mapping.items()}
        if all(v in (None, "") for v in row.values()):
            continue
        rows.append((number, row))
    return rows


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _text(value)
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            pass
    raise ValueError(f"“{text}” không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY)")


def _number(value):
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return rules.as_decimal(value)
    text = _text(value).replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", text):  # Vietnamese: 1.234,5
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", ".")
    number = rules.as_decimal(text)
    if number is None:
        raise ValueError(f"“{value}” không phải số")
    return number


def _evidence(text, file_name, row_number):
    evidence = {"file": file_name, "row": row_number}
    text = _text(text)
    match = EVIDENCE_DOC.match(text)
    if match:
        evidence["doc"] = match["doc"]
        if match["start"]:
            evidence["start"], evidence["end"] = int(match["start"]), int(match["end"])
        if match["rest"]:
            evidence["note"] = match["rest"]
    elif text:
        evidence["note"] = text
    return evidence


def _resolve(place_name, parent_name, on_date):
    from chitieu.places import lookup

    filters = {"on": on_date}
    if parent_name:
        filters["parent"] = parent_name
    try:
        return lookup.resolve_place(place_name, **filters), None
    except lookup.AmbiguousPlace as error:
        names = ", ".join(str(c) for c in getattr(error, "candidates", [])[:5])
        return None, f"“{place_name}” trùng tên nhiều đơn vị ({names}): ghi thêm cột parent"
    except lookup.PlaceNotFound:
        return None, f"không tìm thấy đơn vị “{place_name}”" + (f" thuộc “{parent_name}”" if parent_name else "")


def import_assessments(path, *, user=None, dry_run=False):
    """Read, check and (unless dry_run) record every assessment of the file. Returns the assessments.

    Raises ImportErrors listing every problem; nothing is stored then.
    """
    path = Path(path)
    name = path.name
    rows = read_rows(path)
    problems = []
    groups = OrderedDict()  # (place id, set id, date) -> dict of inputs and row numbers per key
    sets = {s.code: s for s in CriteriaSet.objects.all()}
    places_cache = {}
    for number, row in rows:
        row_problems = []
        place_name, parent_name = _text(row.get("place")), _text(row.get("parent"))
        set_code, code = _text(row.get("set")), _text(row.get("code"))
        for column in REQUIRED:
            if not _text(row.get(column)):
                row_problems.append(ImportProblem(name, number, column, "trống"))
        criteria_set = sets.get(set_code)
        if set_code and criteria_set is None:
            row_problems.append(ImportProblem(name, number, "set", f"không có bộ tiêu chí mã “{set_code}”"))
        on_date = None
        if _text(row.get("date")):
            try:
                on_date = _date(row.get("date"))
            except ValueError as error:
                row_problems.append(ImportProblem(name, number, "date", str(error)))
        place = None
        if place_name and on_date:
            key = (fold(place_name), fold(parent_name), on_date)
            if key not in places_cache:
                places_cache[key] = _resolve(place_name, parent_name, on_date)
            place, reason = places_cache[key]
            if reason:
                row_problems.append(ImportProblem(name, number, "place", reason))
        try:
            value = _number(row.get("value"))
        except ValueError as error:
            row_problems.append(ImportProblem(name, number, "value", str(error)))
            value = None
        try:
            met = rules.parse_yes_no(_text(row.get("met")))
        except rules.RuleError as error:
            row_problems.append(ImportProblem(name, number, "met", str(error)))
            met = None
        if row_problems or criteria_set is None or place is None:
            problems.extend(row_problems)
            continue
        group = groups.setdefault((place.pk, criteria_set.pk, on_date), {
            "place": place, "criteria_set": criteria_set, "assessed_on": on_date, "indicators": {}, "criteria": {},
            "conditions": {}, "counts": {}, "rows": {}, "first_row": number,
        })
        evidence = _evidence(row.get("evidence"), name, number)
        note = _text(row.get("note"))
        folded = fold(code)
        if folded in CRITERIA_COUNT_CODES or folded in INDICATORS_COUNT_CODES:
            target = "criteria_met_count" if folded in CRITERIA_COUNT_CODES else "indicators_met_count"
            if value is None or value != value.to_integral_value() or value < 0:
                problems.append(ImportProblem(name, number, "value", "cần số nguyên không âm"))
                continue
            key = "số tiêu chí đạt" if target == "criteria_met_count" else "số chỉ tiêu đạt"
            _put(group, "counts", target, int(value), key, number, problems, name)
        elif CRITERION_CODE.match(folded):
            criterion_number = int(CRITERION_CODE.match(folded)[1])
            entry = {"met": met, "evidence": evidence, "note": note}
            if value is not None:
                entry["indicators_met"] = int(value)
            _put(group, "criteria", criterion_number, entry, f"TC {criterion_number}", number, problems, name)
        elif CONDITION_CODE.match(folded):
            condition_code = re.sub(r"^(?i:đk|dk)\s*[:.]?\s*", "", code.strip())
            _put(group, "conditions", condition_code, {"value": value, "passed": met, "evidence": evidence, "note": note},
                 f"ĐK {condition_code}", number, problems, name)
        else:
            _put(group, "indicators", code, {"value": value, "passed": met, "evidence": evidence, "note": note},
                 code, number, problems, name)

    # Check each assessment with the same service that records it, inside a transaction that is rolled back
    # when anything is wrong: the rules live in one place.
    results = []
    try:
        with transaction.atomic():
            for group in groups.values():
                counts = group["counts"]
                try:
                    results.append(record_assessment(
                        place=group["place"], criteria_set=group["criteria_set"], assessed_on=group["assessed_on"],
                        indicators=group["indicators"], criteria=group["criteria"], conditions=group["conditions"],
                        criteria_met_count=counts.get("criteria_met_count"),
                        indicators_met_count=counts.get("indicators_met_count"),
                        kind="counts" if counts or (group["criteria"] and not group["indicators"] and any(
                            "indicators_met" in c for c in group["criteria"].values())) else None,
                        user=user, evidence={"file": name, "row": group["first_row"]},
                    ))
                except AssessmentError as error:
                    for problem in error.problems:
                        row_number = group["rows"].get(problem.key, group["first_row"])
                        column = _column_for(problem) if problem.key in group["rows"] else "set"
                        problems.append(ImportProblem(name, row_number, column, f"{problem.key}: {problem.reason}"))
            if problems or dry_run:
                raise _Rollback()
    except _Rollback:
        pass
    if problems:
        problems.sort(key=lambda p: (p.row or 0, p.column))
        raise ImportErrors(problems)
    return [] if dry_run else results


def _column_for(problem):
    reason = problem.reason
    if "không có" in reason:
        return "code"
    if "giá trị" in reason or "lớn hơn" in reason or "số nguyên" in reason:
        return "value"
    return "met"


class _Rollback(Exception):
    pass


def _put(group, bucket, key, entry, label, row_number, problems, file_name):
    if key in group[bucket]:
        problems.append(ImportProblem(file_name, row_number, "code",
                                      f"{label} đã có ở dòng {group['rows'][label]} cho cùng địa bàn, bộ và ngày"))
        return
    group[bucket][key] = entry
    group["rows"][label] = row_number

