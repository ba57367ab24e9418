"""The XLSX template of a reporting form for one place and period: one sheet in the import layout
(`chitieu.indicators.transfer`, docs/import-layout.md), one row per indicator of the form, as clerks fill
it — the code, the place, the period, the modality and the unit filled in, the value left empty — so that
`chitieu import` reads the filled file back through the same checks and approval as the screen. With
`targets`, a row per indicator and issuer of the form's targets too."""

from __future__ import annotations

import io

from chitieu.indicators.transfer import HEADERS
from chitieu.periods import Period


def form_rows(form, place, period: Period, targets: bool = False) -> list[list]:
    rows = []
    year = str(Period.year(period.end.year))
    form_targets = list(form.targets.order_by("position", "id")) if targets else []
    for row in form.rows.select_related("indicator").order_by("position", "id"):
        indicator = row.indicator
        unit = "%" if indicator.unit == "%" else ("tỷ đồng" if indicator.unit == "VND" else indicator.unit)
        rows.append([indicator.code, place.code, place.path_name, str(period), "actual", "", None, unit, row.name])
        for target in form_targets:
            rows.append([indicator.code, place.code, place.path_name, year, "target", target.issuer, None, unit,
                         f"{target.label} ({target.issuer})"])
    return rows


def form_template(form, place, period: Period, targets: bool = False) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Số liệu"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in form_rows(form, place, period, targets):
        sheet.append(row)
    fill = PatternFill("solid", fgColor="FFF2CC")  # the cells a clerk fills
    numbers = DataValidation(type="decimal", allow_blank=True, error="Nhập một số (29577 hoặc 29,577)")
    sheet.add_data_validation(numbers)
    for index in range(2, sheet.max_row + 1):
        cell = sheet.cell(index, HEADERS.index("Giá trị") + 1)
        cell.fill = fill
        numbers.add(cell)
    for column, width in zip("ABCDEFGHI", (28, 10, 40, 18, 12, 16, 16, 16, 50)):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
