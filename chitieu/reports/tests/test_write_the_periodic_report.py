import datetime
import io

from django.core.management import call_command

from chitieu.reports.content import build_report
from chitieu.reports.roundtrip import docx_text
from chitieu.reports.writers import to_docx, to_html, to_pdf, to_xlsx

ISSUED = datetime.date(2020, 10, 5)


def _sentences(report):
    return [s.text for section in report.sections for s in section.sentences]


def test_the_budget_sentence_states_the_result_its_two_estimates_and_the_growth(world):
    report = build_report(world.ba_che, "2020-01/2020-09", issued_on=ISSUED)
    assert ("Thu ngân sách nhà nước trên địa bàn huyện Ba Chẽ 9 tháng năm 2020 đạt 29,577 tỷ đồng, bằng 82,2% dự toán "
            "HĐND huyện giao (36 tỷ đồng), bằng 86,4% dự toán UBND tỉnh giao (34,23 tỷ đồng), tăng 43,3% so với cùng kỳ."
            ) in _sentences(report)


def test_a_rate_states_its_change_in_points_and_an_estimate_says_so(world):
    sentences = _sentences(build_report(world.ba_che, "2020-01/2020-09", issued_on=ISSUED))
    assert "Tỷ lệ hộ nghèo của huyện Ba Chẽ tháng 9/2020 là 1,3%, giảm 0,84 điểm phần trăm so với cùng kỳ." in sentences
    assert any(s.startswith("Sản lượng lương thực có hạt của huyện Ba Chẽ 9 tháng năm 2020 ước đạt 2.500 tấn") for s in sentences)


def test_a_value_not_yet_approved_is_never_written(world):
    report = build_report(world.ba_che, "2020-01/2020-09", issued_on=ISSUED)
    assert not any("trồng rừng tập trung" in s for s in _sentences(report))
    assert not any(row.indicator.startswith("Diện tích trồng rừng tập trung") for row in report.appendix)


def test_nothing_the_data_does_not_hold_is_written(world):
    """No plan and no last year for the income: no % of plan, no growth."""
    sentences = _sentences(build_report(world.ba_che, "2020-01/2020-09", issued_on=ISSUED))
    income = next(s for s in sentences if s.startswith("Thu nhập bình quân đầu người"))
    assert income == "Thu nhập bình quân đầu người của huyện Ba Chẽ 9 tháng năm 2020 là 42 triệu đồng/người/năm."


def test_the_header_follows_the_administrative_document_rules(world):
    report = build_report(world.ba_che, "2020-01/2020-09", issued_on=datetime.date(2020, 2, 3))
    assert report.issuing_body == ["ỦY BAN NHÂN DÂN", "HUYỆN BA CHẼ"]
    assert report.place_and_date == "Ba Chẽ, ngày 03 tháng 02 năm 2020"
    assert report.subject == "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng năm 2020"
    assert report.recipients[0] == "- UBND tỉnh Quảng Ninh (b/c);"


def test_the_appendix_has_plan_result_percent_same_period_and_growth(world):
    report = build_report(world.ba_che, "2020-01/2020-09", issued_on=ISSUED)
    budget = next(r for r in report.appendix if r.indicator.startswith("Thu ngân sách"))
    assert (budget.unit, budget.result, budget.same_period, budget.growth) == ("tỷ đồng", "29,577", "20,64", "+43,3%")
    assert budget.plan == "36 (HĐND huyện)\n34,23 (UBND tỉnh)"
    assert budget.percent_of_plan == "82,2 (HĐND huyện)\n86,4 (UBND tỉnh)"
    poverty = next(r for r in report.appendix if r.indicator == "Tỷ lệ hộ nghèo")
    assert (poverty.unit, poverty.result, poverty.growth) == ("%", "1,3", "-0,84 điểm %")


def test_the_docx_is_a4_in_times_new_roman_with_the_decree_margins(world):
    from docx import Document

    document = Document(io.BytesIO(to_docx(build_report(world.ba_che, "2020-01/2020-09", issued_on=ISSUED))))
    first = document.sections[0]
    in_mm = [round(length.mm) for length in (first.page_width, first.page_height, first.top_margin,
                                             first.bottom_margin, first.left_margin, first.right_margin)]
    assert in_mm == [210, 297, 20, 20, 30, 15]
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert first.different_first_page_header_footer
    text = docx_text(document_bytes := to_docx(build_report(world.ba_che, "2020-01/2020-09", issued_on=ISSUED)))
    assert "29,577 tỷ đồng" in text and document_bytes[:2] == b"PK"
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in "\n".join(cells)


def test_the_pdf_and_the_spreadsheet_are_written(world):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    report = build_report(world.ba_che, "2020-01/2020-09", issued_on=ISSUED)
    assert "size: A4" in to_html(report)
    pdf = PdfReader(io.BytesIO(to_pdf(report)))
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "29,577" in text
    workbook = load_workbook(io.BytesIO(to_xlsx(report)))
    assert workbook.sheetnames == ["Báo cáo", "Phụ lục"]
    rows = list(workbook["Phụ lục"].iter_rows(values_only=True))
    budget = next(r for r in rows if r[1] and str(r[1]).startswith("Thu ngân sách"))
    assert budget[4] == 29.577


def test_the_command_writes_the_file(world, tmp_path):
    target = tmp_path / "bao-cao.docx"
    out = io.StringIO()
    call_command("report", "Ba Chẽ", "--period", "2020-01/2020-09", "-o", str(target), "--date", "2020-10-05", stdout=out)
    assert target.read_bytes()[:2] == b"PK"
    assert "số liệu đã duyệt" in out.getvalue()


def test_a_period_without_approved_values_says_so(world, tmp_path):
    report = build_report(world.ba_che, "2018", issued_on=ISSUED)
    assert report.sections == [] and report.appendix == []
    assert "Chưa có số liệu đã duyệt" in docx_text(to_docx(report))
