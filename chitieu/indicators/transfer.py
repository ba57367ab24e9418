"""Values in and out of CSV and Excel files, in one layout (docs/import-layout.md).

An import reads the whole file first and reports every error at once — file, row, column and reason —
and stores nothing unless there is none: the rows are written in one transaction. An export writes the
same layout, so that export → import gives back the same values.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from chitieu.indicators.models import DataValue, Indicator
from chitieu.indicators.services import (
    InvalidValue, check_modality, check_period, clean_issuer, convert_unit, to_decimal,
)
from chitieu.text import fold

# (key, header written by export and the template, other headers accepted on import)
COLUMNS = [
    ("indicator", "Mã chỉ tiêu", ["chỉ tiêu", "indicator", "indicator code"]),
    ("place_code", "Mã địa bàn", ["place code"]),
    ("place", "Địa bàn", ["tên địa bàn", "place"]),
    ("period", "Kỳ", ["period"]),
    ("modality", "Loại số liệu", ["loại", "modality"]),
    ("issuer", "Cấp giao", ["issuer"]),
    ("value", "Giá trị", ["value"]),
    ("unit", "Đơn vị", ["unit"]),
    ("note", "Ghi chú", ["note"]),
]
HEADERS = [header for _key, header, _others in COLUMNS]
COLUMN_KEYS = {key for key, _header, _others in COLUMNS}
REQUIRED = ["indicator", "period", "modality", "value"]
MODALITY_WORDS = {
    "actual": "actual", "thuc hien": "actual", "dat": "actual",
    "estimate": "estimate", "uoc": "estimate", "uoc tinh": "estimate", "uoc dat": "estimate",
    "target": "target", "ke hoach": "target", "chi tieu": "target", "du toan": "target", "muc tieu": "target",
    "expected": "expected", "du kien": "expected",
}
_VIETNAMESE_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$")  # 29.577.000.000 or 1.234,5
_PLAIN = re.compile(r"^-?\d+([.,]\d+)?$")  # 29577000000, 29577.5 or 29577,5


@dataclass
class RowError:
    file: str
    row: int
    column: str
    reason: str

    def __str__(self):
        return f"{self.file}, {_('dòng')} {self.row}, {_('cột')} “{self.column}”: {self.reason}"


class ImportFailed(Exception):
    """The file was not imported; `errors` lists every problem found."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass
class ImportResult:
    file: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    # New numbers for approved or reviewed values: kept as proposed changes beside them, not written over.
    proposed: int = 0
    rows: int = 0
    values: list = field(default_factory=list)
    changes: list = field(default_factory=list)


# ------------------------------------------------------------------------------------------ reading


def read_rows(path: Path, name: str | None = None) -> tuple[list[str], list[tuple[int, list]]]:
    """(header, [(row number, cells)]) of a .csv or .xlsx file; row numbers as a spreadsheet shows them."""
    path = Path(path)
    name = name or path.name
    suffix = Path(name).suffix.lower()
    _check_file_size(path, name)
    if suffix == ".xlsx":
        return _read_xlsx(path, name)
    if suffix in (".csv", ".txt"):
        return _read_csv(path, name)
    raise ImportFailed([RowError(name, 0, "", _("chỉ nhận tệp .csv hoặc .xlsx"))])


def _check_file_size(path, name):
    """The reading side's limits (chitieu.core.limits): the file's size, before anything is read."""
    from chitieu.core.limits import limit

    try:
        size = Path(path).stat().st_size
    except OSError as error:
        raise ImportFailed([RowError(name, 0, "", error.strerror or str(error))]) from None
    if size > limit("upload_bytes"):
        raise ImportFailed([RowError(name, 0, "", _("tệp %(size)d byte, quá giới hạn %(limit)d byte") % {
            "size": size, "limit": limit("upload_bytes")})])


def _too_many_rows(name):
    from chitieu.core.limits import limit

    return ImportFailed([RowError(name, limit("import_rows") + 2, "", _(
        "tệp có hơn %d dòng số liệu, quá giới hạn một lần nhập: hãy chia thành nhiều tệp") % limit("import_rows"))])


def _read_csv(path, name):
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed([RowError(name, 0, "", _("tệp không phải UTF-8 (byte %d); hãy lưu lại dạng CSV UTF-8") % error.start)]) from None
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ("\t" if "\t" in first_line else ",")
    from chitieu.core.limits import limit

    lines = []
    for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        if len(lines) > limit("import_rows"):
            raise _too_many_rows(name)
        lines.append(cells[: limit("import_columns")])
    if not lines:
        raise ImportFailed([RowError(name, 1, "", _("tệp trống"))])
    return lines[0], [(number, cells) for number, cells in enumerate(lines[1:], start=2)]


def _read_xlsx(path, name):
    from openpyxl import load_workbook

    from chitieu.core.limits import limit
    from chitieu.core.safezip import ZipRefused, check_zip

    try:  # a zip bomb is refused on its declared sizes before openpyxl inflates anything
        with open(path, "rb") as handle:
            check_zip(handle)
    except ZipRefused as error:
        reason = _("tệp hỏng hoặc không phải Excel (%s)") % error if error.broken else str(error)
        raise ImportFailed([RowError(name, 0, "", _("không đọc được tệp Excel: %s") % reason)]) from None
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file (and defusedxml an XML bomb)
        raise ImportFailed([RowError(name, 0, "", _("không đọc được tệp Excel: %s") % error)]) from None
    try:
        sheet = workbook.worksheets[0]
        rows = []
        # At most `import_columns` columns: a sheet that declares 16,384 columns is not padded to them.
        for row in sheet.iter_rows(values_only=True, max_col=limit("import_columns")):
            if len(rows) > limit("import_rows"):
                raise _too_many_rows(name)
            rows.append(list(row))
    finally:
        workbook.close()
    if not rows:
        raise ImportFailed([RowError(name, 1, "", _("tệp trống"))])
    header = ["" if cell is None else str(cell) for cell in rows[0]]
    return header, [(number, cells) for number, cells in enumerate(rows[1:], start=2)]


def _column_map(header, name):
    accepted = {}
    for key, title, others in COLUMNS:
        for spelling in [key, title, *others]:
            accepted[fold(spelling)] = key
    positions, errors = {}, []
    for index, title in enumerate(header):
        key = accepted.get(fold(str(title or "")))
        if key is None:
            if str(title or "").strip():
                errors.append(RowError(name, 1, str(title), _("cột không có trong mẫu (các cột: %s)") % ", ".join(HEADERS)))
            continue
        positions[key] = index
    for key in REQUIRED:
        if key not in positions:
            errors.append(RowError(name, 1, _title(key), _("thiếu cột bắt buộc")))
    if "place" not in positions and "place_code" not in positions:
        errors.append(RowError(name, 1, _title("place"), _("thiếu cột địa bàn (mã hoặc tên)")))
    if errors:
        raise ImportFailed(errors)
    return positions


def _title(key):
    return next(title for k, title, _others in COLUMNS if k == key)


def _cell(cells, positions, key):
    index = positions.get(key)
    if index is None or index >= len(cells) or cells[index] is None:
        return ""
    value = cells[index]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, (int, float, Decimal)) else str(value).strip()


def parse_cell_number(cell):
    """A number from a cell: a spreadsheet number, or text written `29577000000`, `29577,5`, `29.577.000.000`."""
    if isinstance(cell, (int, float, Decimal)) and not isinstance(cell, bool):
        return to_decimal(cell)
    text = str(cell).replace(" ", "").replace("\u00a0", "")
    if _VIETNAMESE_GROUPED.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif _PLAIN.match(text):
        text = text.replace(",", ".")
    else:
        raise InvalidValue("value", _("“%s” không phải là số") % cell if text else _("thiếu giá trị"))
    return to_decimal(text)


# ------------------------------------------------------------------------------------------ import


class _PlaceResolver:
    def __init__(self):
        from chitieu.places.lookup import PlaceFinder

        self.finder = PlaceFinder()
        self._by_code = {}

    def resolve(self, code, name, on):
        from chitieu.places.lookup import AmbiguousPlace, PlaceNotFound
        from chitieu.places.models import Place

        if code:
            key = (code, on)
            if key not in self._by_code:
                candidates = [p for p in Place.objects.filter(code=code).select_related("parent") if p.exists_on(on)]
                self._by_code[key] = candidates
            candidates = self._by_code[key]
            if name and len(candidates) > 1:
                candidates = [p for p in candidates if fold(p.name) in fold(name) or fold(p.full_name) in fold(name)]
            if len(candidates) == 1:
                return candidates[0]
            if not candidates:
                raise InvalidValue("place_code", _("không có đơn vị mã %(code)s vào ngày %(day)s") % {"code": code, "day": f"{on:%d/%m/%Y}"})
            raise InvalidValue("place_code", _("mã %s ứng với nhiều đơn vị") % code)
        try:
            return self.finder.resolve(name, on=on)
        except PlaceNotFound:
            raise InvalidValue("place", _("không tìm thấy đơn vị hành chính “%(name)s” vào ngày %(day)s") % {"name": name, "day": f"{on:%d/%m/%Y}"}) from None
        except AmbiguousPlace as error:
            names = "; ".join(p.path_name for p in error.candidates[:5])
            raise InvalidValue("place", _("“%(name)s” ứng với nhiều đơn vị: %(names)s — ghi thêm mã hoặc đơn vị cấp trên") % {"name": name, "names": names}) from None


def import_values(path, *, user=None, name: str | None = None, dry_run: bool = False,
                  approve: bool = False) -> ImportResult:
    """Check every row of the file, then store them all in one transaction — or raise ImportFailed with
    every error and store nothing.

    Imported values enter the reporting cycle as submitted, whoever imports them; with `approve`, approved
    by `user`, who must be an approver of every place in the file. A row for a place outside `user`'s places
    is an error naming the row. A new number for an approved or reviewed value becomes a proposed change.
    `user=None` is the operator at the server's command line: no place bounds apply."""
    from chitieu.accounts.scopes import scope_of
    from chitieu.workflow.models import ProposedChange
    from chitieu.workflow.services import enter_value, is_protected

    path = Path(path)
    name = name or path.name
    header, rows = read_rows(path, name)
    positions = _column_map(header, name)
    indicators = {i.code: i for i in Indicator.objects.all()}
    places = _PlaceResolver()
    role = "approver" if approve else "clerk"
    scope = scope_of(user, role) if user is not None else None
    errors, checked, seen = [], [], {}
    for number, cells in rows:
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        row, row_errors = _check_row(name, number, cells, positions, indicators, places)
        errors.extend(row_errors)
        if row is None:
            continue
        if scope is not None and not scope.covers(row["place"]):
            column = _title("place_code") if "place_code" in positions else _title("place")
            errors.append(RowError(name, number, column, (
                _("%s nằm ngoài các địa bàn bạn được duyệt số liệu") if approve
                else _("%s nằm ngoài các địa bàn bạn được nhập số liệu")) % row["place"].path_name))
            continue
        key = (row["indicator"].pk, row["place"].pk, str(row["period"]), row["modality"], row["issuer"])
        if key in seen:
            errors.append(RowError(name, number, _title("indicator"), _("trùng với dòng %d (cùng chỉ tiêu, địa bàn, kỳ, loại và cấp giao)") % seen[key]))
            continue
        seen[key] = number
        checked.append((number, row))
    if errors:
        raise ImportFailed(errors)
    result = ImportResult(file=name, rows=len(checked))
    landing = DataValue.State.APPROVED if approve else DataValue.State.SUBMITTED
    with transaction.atomic():
        stored = _stored_values({row["indicator"].pk for _n, row in checked}, {row["place"].pk for _n, row in checked})
        for number, row in checked:
            existing = stored.get((row["indicator"].pk, row["place"].pk, str(row["period"]), row["modality"], row["issuer"]))
            if (existing is not None and existing.value == row["canonical"] and existing.note == row["note"]
                    and (existing.state == landing or is_protected(existing))):
                result.unchanged += 1
                continue
            value = enter_value(
                user=user, indicator=row["indicator"], place=row["place"], period=row["period"], modality=row["modality"],
                value=row["value"], unit=row["unit"], issuer=row["issuer"], source=DataValue.Source.IMPORTED,
                source_detail={"file": name, "row": number}, note=row["note"], via=f"import:{name}:{number}",
                reason=_("Nhập từ tệp %(file)s, dòng %(row)d") % {"file": name, "row": number},
                submit=not approve, approve=approve,
            )
            if isinstance(value, ProposedChange):
                result.proposed += 1
                result.changes.append(value)
                continue
            result.values.append(value)
            if existing is None:
                result.created += 1
            else:
                result.updated += 1
        if dry_run:
            transaction.set_rollback(True)
    return result


def _stored_values(indicator_ids, place_ids):
    """The values already stored for these indicators and places, by key: one query, not one a row."""
    stored = {}
    place_ids = list(place_ids)
    for start in range(0, len(place_ids), 500):  # keeps the IN list within every backend's limits
        values = DataValue.objects.filter(indicator_id__in=indicator_ids, place_id__in=place_ids[start:start + 500]).order_by()
        for value in values:
            stored[(value.indicator_id, value.place_id, value.period, value.modality, value.issuer)] = value
    return stored


def _check_row(name, number, cells, positions, indicators, places):
    errors = []

    def fail(key, reason):
        errors.append(RowError(name, number, _title(key) if key in COLUMN_KEYS else key, reason))

    code = str(_cell(cells, positions, "indicator"))
    indicator = indicators.get(code)
    if not code:
        fail("indicator", _("thiếu mã chỉ tiêu"))
    elif indicator is None:
        fail("indicator", _("không có chỉ tiêu mã “%s” trong danh mục") % code)
    period = modality = issuer = None
    try:
        period = check_period(str(_cell(cells, positions, "period")))
    except InvalidValue as error:
        fail(error.field, error.message)
    modality_text = str(_cell(cells, positions, "modality"))
    try:
        modality = check_modality(MODALITY_WORDS.get(fold(modality_text), modality_text))
    except InvalidValue as error:
        fail(error.field, error.message)
    try:
        issuer = clean_issuer(str(_cell(cells, positions, "issuer")))
    except InvalidValue as error:
        fail(error.field, error.message)
    place = None
    place_code = str(_cell(cells, positions, "place_code"))
    place_name = str(_cell(cells, positions, "place"))
    if not place_code and not place_name:
        fail("place", _("thiếu địa bàn"))
    elif period is not None:
        try:
            place = places.resolve(place_code, place_name, period.start)
        except InvalidValue as error:
            fail(error.field, error.message)
    unit = str(_cell(cells, positions, "unit"))
    number_value = None
    try:
        number_value = parse_cell_number(_cell(cells, positions, "value"))
    except InvalidValue as error:
        fail("value", error.message)
    canonical = None
    if indicator is not None:
        try:
            factor = convert_unit(indicator, unit)
            if number_value is not None:
                canonical = (number_value * factor).quantize(Decimal("0.000001"))
        except InvalidValue as error:
            fail("unit", error.message)
    note = str(_cell(cells, positions, "note"))
    if errors:
        return None, errors
    return {
        "indicator": indicator, "place": place, "period": period, "modality": modality, "issuer": issuer,
        "value": number_value, "unit": unit, "canonical": canonical, "note": note,
    }, []


# ------------------------------------------------------------------------------------------ export


def export_rows(values=None):
    """The header and one row per value, in the import layout, values in their canonical unit."""
    values = values if values is not None else DataValue.objects.all()
    values = values.select_related("indicator", "place__parent__parent").order_by(
        "indicator__code", "place__code", "period_start", "period_end", "modality", "issuer"
    )
    yield HEADERS
    for value in values.iterator(chunk_size=2000) if hasattr(values, "iterator") else values:
        yield [
            value.indicator.code, value.place.code, value.place.path_name, value.period, value.modality,
            value.issuer, _plain_number(value.value), value.unit, value.note,
        ]


def _plain_number(value: Decimal) -> str:
    """`29577000000`, `1,333`: no thousands separator, a decimal comma — never `1.333`, which a
    Vietnamese reader (and the import) takes for one thousand three hundred and thirty-three."""
    return f"{value.normalize():f}".replace(".", ",")


def export_values(path, values=None) -> int:
    """Write the values to a .csv (UTF-8 with a byte-order mark, for Excel) or .xlsx file; returns the count."""
    path = Path(path)
    rows = export_rows(values)
    count = -1
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(_("Số liệu"))
        for count, row in enumerate(rows):
            if count:
                row = [*row[:6], _xlsx_number(row[6]), *row[7:]]
            sheet.append(row)
        workbook.save(path)
    else:
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            for count, row in enumerate(rows):
                writer.writerow(row)
    return max(count, 0)


def _xlsx_number(text: str):
    """A spreadsheet number where it is exact as a float, the text otherwise (so nothing is rounded)."""
    number = Decimal(text.replace(",", "."))
    as_float = float(number)
    if Decimal(repr(as_float)) == number:
        return int(as_float) if as_float.is_integer() and abs(as_float) < 2**53 else as_float
    return text


def write_template(path) -> None:
    """An empty file of the layout with two example rows (Ba Chẽ's budget revenue and its estimate)."""
    path = Path(path)
    examples = [
        ["budget_revenue", "", "Huyện Ba Chẽ, Tỉnh Quảng Ninh", "2020-01/2020-09", "actual", "", "29,577", "tỷ đồng", ""],
        ["budget_revenue", "", "Huyện Ba Chẽ, Tỉnh Quảng Ninh", "2020", "target", "HĐND huyện", "36", "tỷ đồng", "dự toán"],
    ]
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = _("Số liệu")
        sheet.append(HEADERS)
        for row in examples:
            sheet.append(row)
        guide = workbook.create_sheet(_("Hướng dẫn"))
        for line in TEMPLATE_GUIDE:
            guide.append([line])
        workbook.save(path)
    else:
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADERS)
            writer.writerows(examples)


TEMPLATE_GUIDE = [
    "Mã chỉ tiêu: mã trong danh mục (chitieu show --catalogue hoặc trang /indicators/).",
    "Mã địa bàn / Địa bàn: mã đơn vị hành chính, hoặc tên (\"Xã Đạp Thanh, Huyện Ba Chẽ\"); cần ít nhất một.",
    "Kỳ: 2020 (năm), 2020-11 (tháng), 2020-01/2020-09 (9 tháng), 2020-01/2020-11-30 (từ đầu năm đến ngày), 2020-09-15 (thời điểm), 2021/2025 (giai đoạn).",
    "Loại số liệu: actual (thực hiện), estimate (ước), target (kế hoạch, dự toán), expected (dự kiến).",
    "Cấp giao: ai giao kế hoạch (HĐND huyện, UBND tỉnh…); để trống với số thực hiện.",
    "Giá trị: số, dấu phẩy hoặc chấm thập phân (29,577); Đơn vị: tỷ đồng, triệu đồng, ha, %, hộ… (trống = đơn vị chuẩn của chỉ tiêu).",
]
