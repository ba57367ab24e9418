"""Reading and validating the criteria set files (`chitieu/criteria/data/sets/*.yaml`).

One file per set. Top-level keys (schema `chitieu.criteria/1`):

  code, name, level (commune | commune_advanced | commune_model | district | district_advanced | province),
  legal_basis, issuer, signed_on, effective_on, valid_from, valid_to, validity_note, legal_documents (free list),
  jurisdiction (province name, for a province's own set), derived_from (code of another set),
  region_scheme (none | regions_7 | commune_groups), groups [{code, name}],
  recognition {conditions, verification, note}, conditions [{code, text, kind, communes_level, comparison, threshold,
  unit, verification}], declared_counts {criteria, criteria_verified, indicators, indicators_verified, note},
  criteria [{number, name, name_verified, group, note, indicators [{code, name, unit, comparison,
  threshold {national, text, by_region {REGION: value}}, reference_year, verification, sources, note, catalogue}]}],
  sources [urls], completeness (text).

Every problem is reported with the file, the path inside it and the reason; nothing is loaded from a file
with a problem.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

import yaml

from chitieu.criteria.models import Comparison, CriteriaSet, Region, SetCondition, Verification

SETS_DIR = Path(__file__).resolve().parent / "data" / "sets"
REGIONS_FILE = Path(__file__).resolve().parent / "data" / "regions.yaml"
SCHEMA = "chitieu.criteria/1"

LEVELS = set(CriteriaSet.Level.values)
SCHEMES = set(CriteriaSet.RegionScheme.values)
COMPARISONS = set(Comparison.values)
VERIFICATIONS = set(Verification.values)
REGIONS = set(Region.values)
CONDITION_KINDS = set(SetCondition.Kind.values)


@dataclass
class Problem:
    file: str
    path: str
    reason: str

    def __str__(self):
        return f"{self.file}: {self.path}: {self.reason}"


class SetFileError(ValueError):
    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class _Checker:
    def __init__(self, file_name):
        self.file = file_name
        self.problems = []

    def fail(self, path, reason):
        self.problems.append(Problem(self.file, path, reason))

    def required_text(self, data, key, path):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{path}{key}", "bắt buộc, phải là chuỗi không rỗng")
        return value

    def optional_date(self, data, key, path):
        value = data.get(key)
        if value is None or isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{path}{key}", f"“{value}” không phải ngày dạng YYYY-MM-DD")
            return None

    def choice(self, value, allowed, path, default=None):
        if value is None and default is not None:
            return default
        if value not in allowed:
            self.fail(path, f"“{value}” không hợp lệ; chọn một trong: {', '.join(sorted(allowed))}")
        return value

    def optional_number(self, value, path):
        if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
            return value
        self.fail(path, f"“{value}” phải là số hoặc null")
        return None


def read_set_file(path) -> dict:
    """The validated content of one set file. Raises SetFileError listing every problem."""
    path = Path(path)
    check = _Checker(path.name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"dòng {mark.line + 1}, cột {mark.column + 1}" if mark else "(tệp)"
        raise SetFileError([Problem(path.name, where, f"YAML không đọc được: {getattr(error, 'problem', error)}")])
    except OSError as error:
        raise SetFileError([Problem(path.name, "(tệp)", f"không mở được: {error}")])
    if not isinstance(data, dict):
        raise SetFileError([Problem(path.name, "(gốc)", "tệp phải là một ánh xạ YAML (key: value)")])

    if data.get("schema") != SCHEMA:
        check.fail("schema", f"phải là “{SCHEMA}”")
    check.required_text(data, "code", "")
    check.required_text(data, "name", "")
    check.required_text(data, "legal_basis", "")
    check.choice(data.get("level"), LEVELS, "level")
    data["region_scheme"] = check.choice(data.get("region_scheme"), SCHEMES, "region_scheme", default="none")
    for key in ("signed_on", "effective_on", "valid_from", "valid_to"):
        data[key] = check.optional_date(data, key, "")
    if data.get("valid_from") and data.get("valid_to") and data["valid_to"] < data["valid_from"]:
        check.fail("valid_to", "trước valid_from")
    for key in ("sources", "legal_documents", "groups", "criteria", "conditions"):
        if data.get(key) is None:
            data[key] = []
        elif not isinstance(data[key], list):
            check.fail(key, "phải là một danh sách")
            data[key] = []

    recognition = data.get("recognition") or {}
    if not isinstance(recognition, dict):
        check.fail("recognition", "phải là ánh xạ {conditions, verification, note}")
        recognition = {}
    recognition["verification"] = check.choice(
        recognition.get("verification"), VERIFICATIONS, "recognition.verification", default="unverified"
    )
    data["recognition"] = recognition

    counts = data.get("declared_counts") or {}
    for key in ("criteria", "indicators"):
        value = counts.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
            check.fail(f"declared_counts.{key}", f"“{value}” phải là số nguyên dương hoặc null")
    data["declared_counts"] = counts

    group_names = {}
    for index, group in enumerate(data["groups"]):
        if not isinstance(group, dict) or not group.get("code") or not group.get("name"):
            check.fail(f"groups[{index}]", "mỗi nhóm cần code và name")
        else:
            group_names[group["code"]] = group["name"]

    for index, condition in enumerate(data["conditions"]):
        where = f"conditions[{index}]"
        if not isinstance(condition, dict):
            check.fail(where, "phải là ánh xạ")
            continue
        check.required_text(condition, "code", f"{where}.")
        check.required_text(condition, "text", f"{where}.")
        condition["kind"] = check.choice(condition.get("kind"), CONDITION_KINDS, f"{where}.kind", default="assessed")
        condition["comparison"] = check.choice(condition.get("comparison"), COMPARISONS, f"{where}.comparison", default="dat")
        condition["verification"] = check.choice(condition.get("verification"), VERIFICATIONS, f"{where}.verification", default="unverified")
        check.optional_number(condition.get("threshold"), f"{where}.threshold")
        if condition["kind"] == "communes_share" and condition.get("communes_level") not in LEVELS:
            check.fail(f"{where}.communes_level", "cần cấp bộ tiêu chí của xã (commune, commune_advanced…)")
        if condition["comparison"] in (">=", "<=", "=") and condition["kind"] != "own_criteria" and condition.get("threshold") is None:
            check.fail(f"{where}.threshold", "phép so sánh số cần ngưỡng")
    codes = [c.get("code") for c in data["conditions"] if isinstance(c, dict)]
    for code in {c for c in codes if codes.count(c) > 1}:
        check.fail("conditions", f"mã điều kiện “{code}” bị lặp")

    numbers = []
    for index, criterion in enumerate(data["criteria"]):
        where = f"criteria[{index}]"
        if not isinstance(criterion, dict):
            check.fail(where, "phải là ánh xạ")
            continue
        number = criterion.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number <= 0:
            check.fail(f"{where}.number", f"“{number}” phải là số nguyên dương")
        numbers.append(number)
        check.required_text(criterion, "name", f"{where}.")
        group = criterion.get("group") or ""
        if group and group not in group_names:
            check.fail(f"{where}.group", f"nhóm “{group}” không có trong groups")
        criterion["group_name"] = group_names.get(group, "")
        indicators = criterion.get("indicators") or []
        if not isinstance(indicators, list):
            check.fail(f"{where}.indicators", "phải là một danh sách")
            indicators = []
        criterion["indicators"] = indicators
        indicator_codes = []
        for position, indicator in enumerate(indicators):
            _check_indicator(check, indicator, f"{where}.indicators[{position}]")
            indicator_codes.append(indicator.get("code") if isinstance(indicator, dict) else None)
        for code in {c for c in indicator_codes if c and indicator_codes.count(c) > 1}:
            check.fail(f"{where}.indicators", f"mã chỉ tiêu “{code}” bị lặp")
    for number in {n for n in numbers if numbers.count(n) > 1}:
        check.fail("criteria", f"tiêu chí số {number} bị lặp")
    declared = counts.get("criteria")
    if declared and data["criteria"] and len(data["criteria"]) > declared:
        check.fail("criteria", f"có {len(data['criteria'])} tiêu chí, nhiều hơn số công bố ({declared})")

    if check.problems:
        raise SetFileError(check.problems)
    return data


def _check_indicator(check, indicator, where):
    if not isinstance(indicator, dict):
        check.fail(where, "phải là ánh xạ")
        return
    if not isinstance(indicator.get("code"), str) or not indicator["code"].strip():
        check.fail(f"{where}.code", "bắt buộc, là chuỗi (ví dụ '2.1'; đặt trong dấu nháy)")
    check.required_text(indicator, "name", f"{where}.")
    comparison = check.choice(indicator.get("comparison"), COMPARISONS, f"{where}.comparison")
    indicator["verification"] = check.choice(indicator.get("verification"), VERIFICATIONS, f"{where}.verification", default="unverified")
    threshold = indicator.get("threshold") or {}
    if not isinstance(threshold, dict):
        check.fail(f"{where}.threshold", "phải là ánh xạ {national, text, by_region}")
        threshold = {}
    by_region = threshold.get("by_region") or {}
    if not isinstance(by_region, dict):
        check.fail(f"{where}.threshold.by_region", "phải là ánh xạ vùng → giá trị")
        by_region = {}
    for region in by_region:
        if region not in REGIONS:
            check.fail(f"{where}.threshold.by_region.{region}", f"vùng không hợp lệ; chọn một trong: {', '.join(sorted(REGIONS))}")
    national = threshold.get("national")
    check.optional_number(national, f"{where}.threshold.national")
    numeric = [v for v in [national, *by_region.values()] if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if comparison in ("dat", "none") and numeric:
        check.fail(f"{where}.threshold", "chỉ tiêu đạt/không không có ngưỡng số")
    if indicator["verification"] == "unverified" and numeric:
        # The house rule: a threshold nobody has read in a source is not data.
        check.fail(f"{where}.threshold", "chỉ tiêu chưa kiểm chứng không được mang ngưỡng")
    threshold.setdefault("text", "")
    threshold["by_region"] = by_region
    indicator["threshold"] = threshold
    if indicator.get("sources") is None:
        indicator["sources"] = []


def read_regions_file(path=REGIONS_FILE) -> list[dict]:
    path = Path(path)
    check = _Checker(path.name)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rows = data.get("assignments") or []
    for index, row in enumerate(rows):
        where = f"assignments[{index}]"
        check.required_text(row, "place", f"{where}.")
        row["scheme"] = check.choice(row.get("scheme"), SCHEMES, f"{where}.scheme", default="regions_7")
        check.choice(row.get("region"), REGIONS, f"{where}.region")
        if not isinstance(row.get("verified"), bool):
            check.fail(f"{where}.verified", "phải là true hoặc false")
    if check.problems:
        raise SetFileError(check.problems)
    return rows


def set_files(directory=SETS_DIR):
    return sorted(Path(directory).glob("*.yaml"))
