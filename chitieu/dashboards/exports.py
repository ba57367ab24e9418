"""A dashboard table as CSV (UTF-8 with a byte order mark, so that Excel reads Vietnamese) or XLSX (figures as
numbers a spreadsheet can add up, with the text a person reads in the CSV)."""

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table_csv(table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([table.title])
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([cell.text for cell in row])
    for note in table.notes:
        writer.writerow([note])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def table_xlsx(table) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.key[:31]
    sheet.append([table.title])
    sheet["A1"].font = Font(bold=True)
    sheet.append(list(table.columns))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in table.rows:
        # A figure goes in as its number; a text cell (a name, a status, a note) as text.
        sheet.append([cell.number if cell.number is not None else cell.text for cell in row])
    for note in table.notes:
        sheet.append([note])
    for column in sheet.columns:
        width = max((len(str(c.value)) for c in column[1:] if c.value is not None), default=8)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width, 8), 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
