import csv
import io

from chitieu.exchange.sdmx import HEADER, export_sdmx_csv, sdmx_time
from chitieu.indicators.models import DataValue
from chitieu.periods import Period


def test_sdmx_time_periods():
    cases = {"2020": "2020", "2020-07/2020-09": "2020-Q3", "2020-01/2020-06": "2020-S1", "2020-09": "2020-09",
             "2020-09-15": "2020-09-15", "2020-01/2020-09": "2020-01-01/P9M", "2021/2025": "2021-01-01/P5Y",
             "2020-01/2020-11-30": "2020-01-01/P335D"}
    assert {text: sdmx_time(Period.parse(text)) for text in cases} == cases


def test_sdmx_csv_has_one_row_per_observation(values):
    rows = list(csv.reader(io.StringIO(export_sdmx_csv(DataValue.objects.public()).decode())))
    assert rows[0] == HEADER
    budget = next(r for r in rows[1:] if r[1] == "budget_revenue" and r[4] == "2020-01-01/P9M")
    assert budget[0] == "CHITIEU:DF_CHITIEU(1.0)" and budget[2] == "202" and budget[7] == "29577000000"
    assert budget[8] == "VND" and budget[9] == "A"
    assert len(rows) == 1 + DataValue.objects.public().count()


def test_the_template_of_a_reporting_form_imports_back_once_filled(db, mapped, catalogue, tmp_path):
    from openpyxl import load_workbook

    from chitieu.exchange.templates import form_template
    from chitieu.indicators.transfer import import_values
    from chitieu.reporting.models import FormIndicator, ReportForm

    form = ReportForm.objects.create(code="thu-nghiem", name="Biểu thử", periodicity="quarter")
    FormIndicator.objects.create(form=form, indicator=catalogue["budget_revenue"], position=1)
    FormIndicator.objects.create(form=form, indicator=catalogue["forest_planted"], position=2)
    path = tmp_path / "mau.xlsx"
    path.write_bytes(form_template(form, mapped.ba_che, Period.parse("2020-07/2020-09")))
    workbook = load_workbook(path)
    sheet = workbook.active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == ["budget_revenue", "forest_planted"]
    assert rows[0][3] == "2020-07/2020-09" and rows[0][7] == "tỷ đồng" and rows[0][6] is None
    sheet.cell(2, 7).value = 10.25
    sheet.cell(3, 7).value = 1200
    workbook.save(path)
    result = import_values(path)
    assert result.created == 2
    stored = DataValue.objects.get(indicator__code="budget_revenue", place=mapped.ba_che, period="2020-07/2020-09")
    assert stored.value == 10_250_000_000 and stored.state == "submitted"
