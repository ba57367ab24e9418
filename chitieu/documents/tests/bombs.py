"""Zip and XML bombs, built by the tests themselves (nothing of the kind is stored in the repository).

Each is built by streaming into the zip, so building one takes a few megabytes of memory whatever it
inflates to."""

import io
import struct
import zipfile

from chitieu.documents.tests.sample_files import docx_bytes

MB = 1024 * 1024
ZEROS = b"\0" * MB


def _copy_members(source: bytes, target: zipfile.ZipFile, skip=()):
    with zipfile.ZipFile(io.BytesIO(source)) as original:
        for item in original.infolist():
            if item.filename not in skip:
                target.writestr(item, original.read(item.filename))


def docx_zip_bomb(inflated_mb=300, zip64=True) -> bytes:
    """A real DOCX with one more member that is `inflated_mb` MB of zeros (about 1/1000 of that compressed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        _copy_members(docx_bytes(), bomb)
        with bomb.open("word/media/image1.bin", "w", force_zip64=zip64) as member:
            for _ in range(inflated_mb):
                member.write(ZEROS)
    return buffer.getvalue()


def docx_document_bomb(inflated_mb=60) -> bytes:
    """A DOCX whose word/document.xml itself is `inflated_mb` MB (under the per-member limit, far over the ratio)."""
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    paragraph = b"<w:p><w:r><w:t>Thu ng\xc3\xa2n s\xc3\xa1ch \xc4\x91\xe1\xba\xa1t 42 t\xe1\xbb\xb7 \xc4\x91\xe1\xbb\x93ng.</w:t></w:r></w:p>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        _copy_members(docx_bytes(), bomb, skip={"word/document.xml"})
        with bomb.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(head)
            block = paragraph * (MB // len(paragraph))
            for _ in range(inflated_mb):
                member.write(block)
            member.write(b"</w:body></w:document>")
    return buffer.getvalue()


def lying_zip(data: bytes, member_name: str, declared: int = 1000) -> bytes:
    """The zip `data` with `member_name`'s inflated size declared as `declared` bytes in both of its headers
    (the local one and the central directory's): a bomb that hides its size."""
    data = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(member_name)
        local = info.header_offset
    assert data[local:local + 4] == b"PK\x03\x04"
    name_length, extra_length = struct.unpack("<HH", data[local + 26:local + 30])
    struct.pack_into("<I", data, local + 22, declared)
    # Central directory entry of the member.
    central = data.find(b"PK\x01\x02")
    while central != -1:
        length = struct.unpack("<H", data[central + 28:central + 30])[0]
        if bytes(data[central + 46:central + 46 + length]).decode() == member_name:
            struct.pack_into("<I", data, central + 24, declared)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lollollollollollollollollollol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n"
)


def docx_xml_bomb() -> bytes:
    """A DOCX whose document.xml declares the 'billion laughs' entities (3 GB once expanded) and uses them."""
    body = (BILLION_LAUGHS + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        _copy_members(docx_bytes(), bomb, skip={"word/document.xml"})
        bomb.writestr("word/document.xml", body)
    return buffer.getvalue()


def xlsx_bytes(rows):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


HEADER = ["Mã chỉ tiêu", "Mã địa bàn", "Địa bàn", "Kỳ", "Loại số liệu", "Cấp giao", "Giá trị", "Đơn vị", "Ghi chú"]


def xlsx_sheet_bomb(inflated_mb=150) -> bytes:
    """An XLSX whose first sheet is `inflated_mb` MB of rows (the 12.5 MB file that ran 10 minutes, larger)."""
    base = xlsx_bytes([HEADER])
    row = ('<row><c t="inlineStr"><is><t>budget_revenue</t></is></c><c t="inlineStr"><is><t>22</t></is></c>'
           '<c t="inlineStr"><is><t>2020</t></is></c></row>').encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        _copy_members(base, bomb, skip={"xl/worksheets/sheet1.xml"})
        with bomb.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            block = row * (MB // len(row))
            for _ in range(inflated_mb):
                member.write(block)
            member.write(b"</sheetData></worksheet>")
    return buffer.getvalue()


def xlsx_xml_bomb() -> bytes:
    base = xlsx_bytes([HEADER])
    sheet = (BILLION_LAUGHS + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        _copy_members(base, bomb, skip={"xl/worksheets/sheet1.xml"})
        bomb.writestr("xl/worksheets/sheet1.xml", sheet)
    return buffer.getvalue()
