"""The report laid out as an administrative document (NĐ 30/2020/NĐ-CP, Appendix I), in three formats.

Appendix I, Part I of the decree (checked against its text): A4 paper; margins 20–25 mm top and bottom,
30–35 mm left, 15–20 mm right; the font Times New Roman (Unicode, TCVN 6909:2001), black; page numbers in
Arabic figures, 13–14 pt, centred in the top margin, none on the first page; Quốc hiệu in capitals 12–13 pt
bold, Tiêu ngữ 13–14 pt bold centred under it; paragraphs at least 6 pt apart, lines between single and 1.5.
The other sizes used (issuing body 12–13 pt bold capitals, number 13 pt, place and date 13–14 pt italic,
title 13–14 pt bold, body 13–14 pt justified with a 1–1.27 cm first-line indent, signer 13–14 pt bold,
"Nơi nhận:" 12 pt bold italic, the list 11 pt) follow the same appendix.

We take: margins 20 / 20 / 30 / 15 mm, body 14 pt, Quốc hiệu 12 pt, Tiêu ngữ 13 pt, issuing body 12 pt
(13 pt for the body's own name), first-line indent 1.27 cm, 6 pt after each paragraph, line spacing 1.15.
"""

from __future__ import annotations

import io

from django.template.loader import render_to_string

MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
FONT = "Times New Roman"
BODY_PT = 14
FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def render(report, fmt: str) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"định dạng “{fmt}” không có (có: {', '.join(FORMATS)})")
    return {"docx": to_docx, "pdf": to_pdf, "xlsx": to_xlsx}[fmt](report)


def file_name(report, fmt: str) -> str:
    from chitieu.text import fold

    slug = "-".join(fold(report.place.name).split())
    return f"bao-cao-{slug}-{str(report.period).replace('/', '_')}.{fmt}"


# ------------------------------------------------------------------------------------------ DOCX


def to_docx(report) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    # East Asian and complex-script slots too, so that Word never falls back to another font for a diacritic.
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.header_distance = Mm(10)
    section.different_first_page_header_footer = True  # no page number on the first page
    _page_number(section.header.paragraphs[0], OxmlElement, qn, Pt, WD_ALIGN_PARAGRAPH)

    def paragraph(container, text="", *, size=BODY_PT, bold=False, italic=False, align=None, indent=False,
                  after=0, line=1.0, upper=False):
        para = container.add_paragraph()
        if align is not None:
            para.alignment = align
        form = para.paragraph_format
        form.space_after = Pt(after)
        form.line_spacing = line
        if indent:
            form.first_line_indent = Cm(1.27)
        if text:
            run = para.add_run(text.upper() if upper else text)
            run.font.size, run.bold, run.italic = Pt(size), bold, italic
        return para

    center, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    # The header: issuing body and number on the left, Quốc hiệu, Tiêu ngữ, place and date on the right.
    header = document.add_table(rows=1, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    header.autofit = False
    left, right = header.rows[0].cells
    left.width, right.width = Mm(62), Mm(103)
    left.paragraphs[0].text = ""
    first, second = report.issuing_body
    _first_paragraph(left, first, size=12, bold=True, align=center, Pt=Pt)
    paragraph(left, second, size=13, bold=True, align=center)
    paragraph(left, "—————", size=8, align=center)
    paragraph(left, report.number_symbol, size=13, align=center)
    _first_paragraph(right, report.national_title, size=12, bold=True, align=center, Pt=Pt)
    paragraph(right, report.motto, size=13, bold=True, align=center)
    paragraph(right, "———————————————", size=8, align=center)
    paragraph(right, report.place_and_date, size=14, italic=True, align=center)

    paragraph(document, "", after=6)
    paragraph(document, report.kind_title, size=14, bold=True, align=center)
    paragraph(document, report.subject, size=14, bold=True, align=center)
    paragraph(document, "———————", size=8, align=center, after=12)
    paragraph(document, report.introduction, indent=True, align=justify, after=6, line=1.15)
    if not report.sections:
        paragraph(document, "Chưa có số liệu đã duyệt cho kỳ báo cáo này.", indent=True, align=justify, after=6)
    for title, sentences in report.numbered_sections():
        paragraph(document, title, bold=True, indent=True, after=6, line=1.15)
        for sentence in sentences:
            paragraph(document, sentence.text, indent=True, align=justify, after=6, line=1.15)

    # Recipients (left) and the signature block (right).
    closing = document.add_table(rows=1, cols=2)
    closing.autofit = False
    left, right = closing.rows[0].cells
    left.width, right.width = Mm(80), Mm(85)
    _first_paragraph(left, "Nơi nhận:", size=12, bold=True, italic=True, Pt=Pt)
    for line in report.recipients:
        paragraph(left, line, size=11)
    _first_paragraph(right, report.signature_role[0], size=14, bold=True, align=center, Pt=Pt)
    paragraph(right, report.signature_role[1], size=14, bold=True, align=center)

    if report.appendix:
        appendix = document.add_section(WD_SECTION.NEW_PAGE)
        appendix.orientation = WD_ORIENT.LANDSCAPE
        appendix.page_width, appendix.page_height = Mm(297), Mm(210)
        appendix.left_margin, appendix.right_margin = Mm(20), Mm(20)
        appendix.top_margin, appendix.bottom_margin = Mm(30), Mm(15)
        paragraph(document, "PHỤ LỤC", size=14, bold=True, align=center)
        paragraph(document, report.appendix_title, size=14, bold=True, align=center)
        paragraph(document, report.appendix_note, size=14, italic=True, align=center, after=6)
        table = document.add_table(rows=1, cols=len(report.appendix_headers))
        table.style = "Table Grid"
        widths = [Mm(w) for w in (12, 80, 25, 30, 30, 25, 30, 25)]
        for cell, text, width in zip(table.rows[0].cells, report.appendix_headers, widths):
            cell.width = width
            _first_paragraph(cell, text, size=12, bold=True, align=center, Pt=Pt)
        for row in report.appendix:
            cells = table.add_row().cells
            texts = [str(row.number), row.indicator, row.unit, row.plan, row.result, row.percent_of_plan,
                     row.same_period, row.growth]
            for i, (cell, text, width) in enumerate(zip(cells, texts, widths)):
                cell.width = width
                _first_paragraph(cell, text, size=12, align=None if i == 1 else (center if i in (0, 2) else WD_ALIGN_PARAGRAPH.RIGHT), Pt=Pt)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _first_paragraph(cell, text, *, size, bold=False, italic=False, align=None, Pt):
    para = cell.paragraphs[0]
    if align is not None:
        para.alignment = align
    run = para.add_run(text)
    run.font.size, run.bold, run.italic = Pt(size), bold, italic
    return para


def _page_number(para, OxmlElement, qn, Pt, WD_ALIGN_PARAGRAPH):
    """A PAGE field, centred in the top margin, 13 pt."""
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run()
    run.font.size = Pt(13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


# ------------------------------------------------------------------------------------------ PDF


def to_html(report) -> str:
    return render_to_string("reports/report.html", {"report": report, "margins": MARGINS_MM, "body_pt": BODY_PT})


def to_pdf(report) -> bytes:
    from weasyprint import HTML

    return HTML(string=to_html(report)).write_pdf()


# ------------------------------------------------------------------------------------------ XLSX


def to_xlsx(report) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Báo cáo"
    bold = Font(name=FONT, size=13, bold=True)
    plain = Font(name=FONT, size=13)
    italic = Font(name=FONT, size=13, italic=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="top", wrap_text=True)
    sheet.column_dimensions["A"].width = 45
    sheet.column_dimensions["B"].width = 70
    lines = [
        ((report.issuing_body[0], bold), (report.national_title, bold)),
        ((report.issuing_body[1], bold), (report.motto, bold)),
        ((report.number_symbol, plain), (report.place_and_date, italic)),
    ]
    for left, right in lines:
        sheet.append([left[0], right[0]])
        for cell, font in zip(sheet[sheet.max_row], (left[1], right[1])):
            cell.font, cell.alignment = font, centre
    sheet.append([])
    for text in (report.kind_title, report.subject):
        sheet.append([text])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=2)
        sheet.cell(sheet.max_row, 1).font, sheet.cell(sheet.max_row, 1).alignment = bold, centre
    body = [(report.introduction, plain)]
    for title, sentences in report.numbered_sections():
        body.append((title, bold))
        body.extend((s.text, plain) for s in sentences)
    for text, font in body:
        sheet.append([text])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=2)
        cell = sheet.cell(sheet.max_row, 1)
        cell.font, cell.alignment = font, wrap
        sheet.row_dimensions[sheet.max_row].height = 17 * (1 + len(text) // 95)

    table = workbook.create_sheet("Phụ lục")
    table.append([report.appendix_title])
    table.cell(1, 1).font = bold
    table.append(report.appendix_headers)
    thin = Side(style="thin")
    for cell in table[2]:
        cell.font, cell.alignment = Font(name=FONT, size=12, bold=True), centre
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for row in report.appendix:
        numbers = row.numbers
        table.append([
            row.number, row.indicator, row.unit,
            numbers.get("plan") if numbers.get("plan") is not None else row.plan,
            numbers.get("result") if numbers.get("result") is not None else row.result,
            row.percent_of_plan, numbers.get("same_period") if numbers.get("same_period") is not None else row.same_period,
            row.growth,
        ])
        for cell in table[table.max_row]:
            cell.font = Font(name=FONT, size=12)
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, float):
                cell.number_format = "#,##0.###"
    for column, width in zip("ABCDEFGH", (6, 50, 14, 16, 16, 14, 16, 16)):
        table.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
