"""Reading a file into text: plain text, web pages, Word (DOCX) and PDF reports.

Each reader returns a `ReadDocument` (text, and the title/date/url the file itself tells); a file that
cannot be read raises `UnreadableDocument` naming the file and the reason.

Every input is bounded before it is parsed (chitieu.core.limits): the file's size, what a DOCX unpacks to
(checked on the zip's declared sizes, then inflated in counted chunks, chitieu.core.safezip), the pages of a
PDF, and the characters of the text read. A file past a limit is refused with the limit in the reason.
"""

import datetime
import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from chitieu.core.limits import limit
from chitieu.core.safezip import ZipRefused, check_zip
from chitieu.text import fold, nfc


class UnreadableDocument(Exception):
    def __init__(self, name, reason):
        self.name = str(name)
        self.reason = str(reason)
        super().__init__(f"{self.name}: {self.reason}")


@dataclass
class ReadDocument:
    text: str
    format: str
    title: str = ""
    date: datetime.date | None = None
    url: str = ""
    lead: str = ""


EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}


def normalise_text(text: str) -> str:
    """NFC, Unix line endings, no trailing spaces, at most one blank line: the text offsets count in."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def detect_format(name, data: bytes) -> str | None:
    head = data[:1024].lstrip().lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and Path(str(name)).suffix.lower() == ".docx":
        return "docx"
    found = EXTENSIONS.get(Path(str(name)).suffix.lower())
    if found:
        return found
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def read_file(path) -> ReadDocument:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableDocument(path, error.strerror or str(error)) from error
    return read_bytes(path.name, data)


def _vi_count(number):
    return f"{number:,}".replace(",", ".")


def read_bytes(name, data: bytes) -> ReadDocument:
    if len(data) > limit("upload_bytes"):
        raise UnreadableDocument(name, _("tệp %(size)s byte, quá giới hạn %(limit)s byte") % {
            "size": _vi_count(len(data)), "limit": _vi_count(limit("upload_bytes"))})
    if not data.strip():
        raise UnreadableDocument(name, _("tệp rỗng"))
    kind = detect_format(name, data)
    if kind is None:
        suffix = Path(str(name)).suffix.lower() or _("(không có phần mở rộng)")
        if suffix == ".doc":
            raise UnreadableDocument(name, _("định dạng Word 97 (.doc) chưa được hỗ trợ: hãy lưu thành .docx"))
        raise UnreadableDocument(name, _("định dạng %s chưa được hỗ trợ (nhận .txt, .html, .docx, .pdf)") % suffix)
    reader = {"txt": read_text, "html": read_html, "docx": read_docx, "pdf": read_pdf}[kind]
    try:
        document = reader(data)
    except UnreadableDocument as error:
        raise UnreadableDocument(name, error.reason) from error
    except Exception as error:  # a broken file can fail anywhere inside a parser library
        raise UnreadableDocument(name, _("không đọc được tệp %(kind)s: %(error)s") % {"kind": kind.upper(), "error": error}) from error
    document.text = normalise_text(document.text)
    if document.format in ("txt", "html"):
        document = without_page_chrome(document)  # a saved web page: the article, not the portal around it
    if len(document.text) > limit("document_chars"):
        raise UnreadableDocument(name, _("văn bản dài %(chars)s ký tự, quá giới hạn %(limit)s ký tự: hãy chia thành nhiều tệp") % {
            "chars": _vi_count(len(document.text)), "limit": _vi_count(limit("document_chars"))})
    if len(re.findall(r"\w", document.text)) < 20:
        raise UnreadableDocument(name, _("không tìm thấy nội dung văn bản trong tệp"))
    document.title = re.sub(r"\s+", " ", nfc(document.title or "")).strip()[:500] or first_line(document.text)
    return document


def first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:500]
    return ""


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the encoding charset-normalizer finds (TCVN3 and
    VNI fonts are not encodings and are not recognised)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocument("", _("không nhận ra bảng mã của tệp văn bản (không phải UTF-8)"))
    return str(best)


def _check_chars(raw_length):
    # Before normalising: a text several times over the limit is refused without more work.
    if raw_length > 2 * limit("document_chars"):
        raise UnreadableDocument("", _("văn bản dài hơn %s ký tự, quá giới hạn: hãy chia thành nhiều tệp") % _vi_count(limit("document_chars")))


def read_text(data: bytes) -> ReadDocument:
    _check_chars(len(data) // 4)
    text = decode_text(data)
    _check_chars(len(text))
    if "\x00" in text:
        raise UnreadableDocument("", _("tệp nhị phân, không phải văn bản"))
    return ReadDocument(text=text, format="txt")


def read_html(data: bytes) -> ReadDocument:
    import trafilatura

    if len(data) > limit("html_bytes"):  # the parsed tree takes many times the page's size in memory
        raise UnreadableDocument("", _("trang web %(size)s byte, quá giới hạn %(limit)s byte") % {
            "size": _vi_count(len(data)), "limit": _vi_count(limit("html_bytes"))})
    html = decode_text(data)
    # The article body only: trafilatura drops menus, sidebars and readers' comments.
    found = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, with_metadata=True, favor_precision=True
    )
    if found is None or not (found.text or "").strip():
        raise UnreadableDocument("", _("không tìm thấy nội dung bài viết trong trang web"))
    title = found.title or ""
    body = found.text
    if title and not body.lstrip().startswith(title[:40]):
        body = f"{title}\n\n{body}"
    return ReadDocument(text=body, format="html", title=title, date=_parse_iso_date(found.date), url=found.url or "")


def _parse_iso_date(value):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_docx(data: bytes) -> ReadDocument:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        check_zip(data)
    except ZipRefused as error:
        if error.broken:
            raise UnreadableDocument("", _("tệp DOCX hỏng hoặc không phải DOCX (%s)") % error) from None
        raise UnreadableDocument("", str(error)) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableDocument("", _("tệp DOCX hỏng hoặc không phải DOCX (%s)") % error) from error
    parts = []
    # Paragraphs and tables in the order they appear; a table row becomes one line (table_row_text).
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(Paragraph(child, document).text)
        elif tag == "tbl":
            header = None
            for row in Table(child, document).rows:
                cells = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if not cells or cells[-1] != text:  # a merged cell is returned once per grid column
                        cells.append(text)
                parts.append(table_row_text(header, cells))
                header = header or cells
            parts.append("")
    # core_properties.created is when the file was made, not when the report was issued: not used as its date.
    return ReadDocument(text="\n".join(parts), format="docx", title=document.core_properties.title or "")


_UNIT_IN_LABEL_RE = re.compile(r"^(?P<label>.*?)\s*\((?P<unit>[^()\d]{1,25})\)\s*$")
_NUMBER_CELL_RE = re.compile(r"^[+\-−]?\d[\d.,]*$")
_UNIT_COLUMN_NAMES = {"don vi", "don vi tinh", "dvt"}  # folded: Đơn vị, Đơn vị tính, ĐVT


def table_row_text(header, cells):
    """A row of a report's table as a line the extractor reads like prose: the unit that the row's label
    (`Trồng rừng (ha)`) or a unit column (`ĐVT`) gives is written after each number, under its column's
    name: `Trồng rừng: Kế hoạch 1.200 ha; Thực hiện 1.350 ha.` A row without a unit stays cells joined by " | "."""
    plain = " | ".join(cells)
    if not header or len(cells) < 2 or len(header) != len(cells):
        return plain
    label, unit = cells[0], None
    match = _UNIT_IN_LABEL_RE.match(label)
    if match:
        label, unit = match.group("label"), match.group("unit").strip()
    unit_columns = [i for i, name in enumerate(header) if fold(name).strip(" .:") in _UNIT_COLUMN_NAMES]
    if unit_columns and cells[unit_columns[0]]:
        unit = cells[unit_columns[0]]
    figures = []
    for name, cell in zip(header[1:], cells[1:]):
        if not _NUMBER_CELL_RE.match(cell):
            continue
        column_unit = "%" if "%" in name else unit
        if column_unit is None:
            return plain
        name = _UNIT_IN_LABEL_RE.sub(r"\g<label>", name) if "%" in name else name
        figures.append(f"{name} {cell}{column_unit}" if column_unit == "%" else f"{name} {cell} {column_unit}")
    if not figures:
        return plain
    return f"{label}: " + "; ".join(figures) + "."


def read_pdf(data: bytes) -> ReadDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about a broken file repeat our error
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument("", _("tệp PDF có mật khẩu"))
        if len(reader.pages) > limit("pdf_pages"):
            raise UnreadableDocument("", _("tệp PDF có %(pages)s trang, quá giới hạn %(limit)s trang") % {
                "pages": _vi_count(len(reader.pages)), "limit": _vi_count(limit("pdf_pages"))})
        pages, chars = [], 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            chars += len(pages[-1])
            _check_chars(chars)
    except PdfReadError as error:
        raise UnreadableDocument("", _("tệp PDF hỏng (%s)") % error) from error
    text = "\n\n".join(pages)
    if not text.strip():
        raise UnreadableDocument("", _("tệp PDF không có lớp chữ (bản quét?): cần nhận dạng chữ (OCR) trước"))
    title = ""
    try:
        title = (reader.metadata or {}).get("/Title") or ""
    except Exception:  # broken metadata must not lose a readable text
        title = ""
    return ReadDocument(text=text, format="pdf", title=str(title))


# ---------------------------------------------------------------- articles saved from a portal's page
# A page saved as text (or read from HTML) carries the portal around the article: a category menu and the
# page's clock above the headline, and below the article the portal's boxes (search, hot news, the work
# calendar, linked sites, the visitor counter, the comment box). Folded words of such lines:
_CHROME_LINES = {
    "tat ca chuyen muc", "tim kiem theo chuyen muc - noi dung - ngay thang", "tin nong", "tin tieu diem",
    "lich cong tac", "lich cong tac trong", "website lien ket", "lien ket website", "thong ke truy cap",
    "y kien", "y kien ban doc", "gui y kien", "binh luan", "chia se", "in bai viet", "tin lien quan",
    "tin khac", "cac tin khac", "a a", "a a a", "dang nhap", "trang chu", "emailprintaa", "tags", "tra loi",
    "gui binh luan", "dang duoc quan tam", "vui long nhap binh luan cua ban", "vui long nhap ten cua ban o day", "0",
}
_CHROME_RE = re.compile(
    r"^(?:(?:hom nay|da truy cap|tong (?:so )?luot truy cap|dang truy cap|dang online|truc tuyen)\s*:?\s*[\d.,]+"
    r"|y kien \(\d*\)|binh luan \(\d*\)|\(\d+\) binh luan|hotline\s*:.*"
    r"|email cua ban se khong duoc hien thi cong khai.*)$"
)
# A dateline: `16/11/2020 10:00`, `Thứ 5, 18/03/2021 | 09:14:52 [GMT +7] A A`, `Thứ Ba, 14/05/2024 08:41 (GMT +7)`.
_DATELINE_RE = re.compile(
    r"^(?:ngay dang\s*:\s*)?(?:(?:thu\s*(?:\d|hai|ba|tu|nam|sau|bay)|chu nhat)\s*,?\s*)?(?:\d{1,2}:\d{2}\s+)?"
    r"(\d{1,2})/(\d{1,2})/(\d{4})"
    r"(?:\s*[,|]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm))?)?\s*(?:[\[(]?gmt\s*\+?\s*7[\])]?)?(?:\s*a\s*a)?\s*$"
)


def _is_chrome(line: str) -> bool:
    folded = " ".join(fold(line).split())
    return folded in _CHROME_LINES or bool(_CHROME_RE.match(folded))


def _dateline_date(line: str):
    match = _DATELINE_RE.match(" ".join(fold(line).split()))
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def without_page_chrome(document: ReadDocument) -> ReadDocument:
    """The article of a page saved from a portal: the headline as title (not "Tất cả chuyên mục" nor the page's
    clock), the article's own dateline and date, the lead, the body and the photo captions (their table bar
    `… Ảnh: Tạ Quân |` dropped), without the portal's menus, boxes and visitor counter. A text that is not
    such a page comes back unchanged."""
    lines = document.text.split("\n")
    head = 0
    page_clock = None
    # Above the headline: menu lines and the page's clock (the date the page was saved, not the article's).
    while head < len(lines) and (not lines[head].strip() or _is_chrome(lines[head]) or _dateline_date(lines[head])):
        if _dateline_date(lines[head]):
            page_clock = head
        head += 1
    if head >= len(lines):
        return document
    title = lines[head].strip()
    end = len(lines)
    # Below the article: the portal's boxes, and the headline repeated by a "related" box.
    while end > head + 1 and (not lines[end - 1].strip() or _is_chrome(lines[end - 1]) or lines[end - 1].strip() == title):
        end -= 1
    body = lines[head + 1:end]
    # Right under the headline: share and print buttons, a comment count.
    while body and body[0].strip() and _is_chrome(body[0]):
        body.pop(0)
    date = None
    for index, line in enumerate(body[:3]):
        found = _dateline_date(line)
        if found:
            date = found
            # The article's dateline stays (the extractor reads the report's date from it), its "A A" goes.
            body[index] = re.sub(r"\s*A\s*A\s*$", "", line)
            break
    if date is None and page_clock is not None and head - page_clock == 1 and head > 0:
        date = None  # the page's clock right above the headline is not the article's date
    body = [re.sub(r"\s+\|$", "", line) for line in body]  # caption cells `… Ảnh: Tạ Quân |`
    if head == 0 and end == len(lines) and body == lines[1:] and date is None:
        return document
    text = "\n".join([title, *body]).strip()
    lead = next((line.strip() for line in body if line.strip() and not _dateline_date(line)), "")
    document.text = re.sub(r"\n{3,}", "\n\n", text)
    if not document.title or _is_chrome(document.title) or _dateline_date(document.title):
        document.title = title
    document.date = document.date or date
    document.lead = lead[:1000]
    return document

