"""Real import files for the tests, in the layout of docs/import-layout.md."""

from openpyxl import Workbook

from chitieu.indicators.transfer import HEADERS


def write_xlsx(path, rows, header=HEADERS):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path
