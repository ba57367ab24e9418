"""Files of every kind the ingest reads, made by the tests themselves with text written for them."""

from pathlib import Path

import pytest

# Written for these tests (not taken from any article).
BUDGET_ARTICLE = (
    "Huyện Ba Chẽ: kinh tế năm 2020 tăng trưởng khá\n\n"
    "18/12/2020 08:30\n\n"
    "Năm 2020, huyện Ba Chẽ tiếp tục tập trung phát triển kinh tế lâm nghiệp và "
    "du lịch cộng đồng. Thu ngân sách nhà nước trên địa bàn năm 2020 đạt 42,5 tỷ đồng, vượt dự toán "
    "tỉnh giao. Toàn huyện trồng rừng tập trung được 1.250 ha.\n\n"
    "Huyện tiếp tục hỗ trợ người dân phát triển sản xuất, chăm lo đời sống nhân dân vùng đồng bào dân tộc."
)
FOREST_REPORT_LINES = [
    "Báo cáo kết quả trồng rừng năm 2020 của huyện Ba Chẽ",
    "Năm 2020, diện tích trồng rừng tập trung toàn huyện đạt 1.320 ha.",
]
FOREST_TABLE = [
    ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
    ["Trồng rừng tập trung", "1.200 ha", "1.320 ha"],
    ["Thu ngân sách nhà nước", "38 tỷ đồng", "40,1 tỷ đồng"],
]
PDF_LINES = [
    "Báo cáo tình hình kinh tế - xã hội huyện Ba Chẽ",
    "Tính đến hết năm 2020, tổng thu NSNN trên địa bàn huyện đạt 44 tỷ đồng.",
    "Tỷ lệ hộ nghèo của huyện giảm còn 2,1%.",
]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def html_page(article=BUDGET_ARTICLE):
    """A news page: a menu, a sidebar, the article, readers' comments and a footer around it."""
    title, *paragraphs = [p for p in article.split("\n\n") if p]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - Báo Thử Nghiệm</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2020-12-18T08:00:00+07:00"></head>
<body>
<header><nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự MENUWORD</a></li>
<li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></nav></header>
<aside class="sidebar"><h3>Đọc nhiều</h3><ul><li><a href="/x">Tin SIDEBARWORD nổi bật trong tuần</a></li></ul></aside>
<main><article class="article-content"><h1>{title}</h1>{body}</article></main>
<section id="comments" class="comments"><h3>Bình luận</h3>
<div class="comment"><p>Bạn đọc COMMENTWORD viết: bài viết rất hay, cảm ơn tác giả đã chia sẻ thông tin 99 tỷ đồng.</p></div>
</section>
<footer>Bản quyền thuộc về Báo Thử Nghiệm. Lượt truy cập: 123456</footer>
</body></html>"""


def docx_bytes(lines=FOREST_REPORT_LINES, table=FOREST_TABLE):
    import io

    import docx

    document = docx.Document()
    document.core_properties.title = lines[0]
    document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    document.add_paragraph("Ủy ban nhân dân huyện báo cáo để các cơ quan biết.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(lines=PDF_LINES):
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) makes the PDF")
    if not DEJAVU.exists():
        pytest.skip("no DejaVu font to write Vietnamese into a PDF")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=12)
    pdf.set_title(lines[0])
    for line in lines:
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def mixed_folder(folder: Path):
    """An HTML page, a DOCX with a table, a PDF, a corrupt DOCX, an unsupported file and a duplicate."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bai-viet.html").write_text(html_page(), encoding="utf-8")
    (folder / "bao-cao-trong-rung.docx").write_bytes(docx_bytes())
    (folder / "bao-cao.pdf").write_bytes(pdf_bytes())
    (folder / "hong.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    (folder / "anh.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a document")
    nested = folder / "ban-sao"
    nested.mkdir(exist_ok=True)
    (nested / "bai-viet-ban-sao.html").write_text(html_page(), encoding="utf-8")
    return folder
