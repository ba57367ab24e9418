"""Reading a file into text: plain text, web pages, Word (DOCX) and PDF reports.

Each reader returns a `ReadDocument` (text, and the title/date/url the file itself tells); a file that
cannot be read raises `UnreadableDocument` naming the file and the reason.
"""

import datetime
import io
import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

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


def read_bytes(name, data: bytes) -> ReadDocument:
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


def read_text(data: bytes) -> ReadDocument:
    text = decode_text(data)
    if "\x00" in text:
        raise UnreadableDocument("", _("tệp nhị phân, không phải văn bản"))
    return ReadDocument(text=text, format="txt")


def read_html(data: bytes) -> ReadDocument:
    import trafilatura

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
        pages = [page.extract_text() or "" for page in reader.pages]
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
