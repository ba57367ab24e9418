import datetime

import pytest

from chitieu.documents.readers import UnreadableDocument, read_bytes
from chitieu.documents.tests import sample_files


def test_it_reads_the_article_of_a_web_page_without_its_menus_sidebar_and_comments():
    read = read_bytes("bai-viet.html", sample_files.html_page().encode("utf-8"))
    assert read.format == "html"
    assert "Thu ngân sách nhà nước trên địa bàn năm 2020 đạt 42,5 tỷ đồng" in read.text
    assert read.title == "Huyện Ba Chẽ: kinh tế năm 2020 tăng trưởng khá"
    for furniture in ("MENUWORD", "SIDEBARWORD", "COMMENTWORD", "Lượt truy cập"):
        assert furniture not in read.text
    assert read.date == datetime.date(2020, 12, 18)


def test_it_reads_the_paragraphs_and_the_tables_of_a_word_report():
    read = read_bytes("bao-cao.docx", sample_files.docx_bytes())
    assert read.format == "docx"
    assert read.title == sample_files.FOREST_REPORT_LINES[0]
    assert "diện tích trồng rừng tập trung toàn huyện đạt 1.320 ha" in read.text
    assert "Trồng rừng tập trung | 1.200 ha | 1.320 ha" in read.text
    # the table stays where it was, before the closing paragraph
    assert read.text.index("40,1 tỷ đồng") < read.text.index("Ủy ban nhân dân huyện báo cáo")


def test_it_reads_the_text_of_a_pdf_report_in_nfc():
    read = read_bytes("bao-cao.pdf", sample_files.pdf_bytes())
    assert read.format == "pdf"
    assert "tổng thu NSNN trên địa bàn huyện đạt 44 tỷ đồng" in read.text
    assert read.title == sample_files.PDF_LINES[0]


def test_it_reads_a_text_file_that_is_not_utf8():
    text = "Huyện Ba Chẽ năm 2020: thu ngân sách đạt 42 tỷ đồng, trồng rừng được 1.250 ha."
    read = read_bytes("tin.txt", text.encode("utf-16"))
    assert read.text == text
    assert read.title == text


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("hong.docx", b"PK\x03\x04 not really a zip archive", "DOCX"),
        ("hong.pdf", b"%PDF-1.4\n garbage without any object", "PDF"),
        ("anh.jpg", b"\xff\xd8\xff\xe0 not a document", ".jpg"),
        ("cu.doc", b"\xd0\xcf\x11\xe0 old word file", ".docx"),
        ("rong.txt", b"   \n", "rỗng"),
    ],
)
def test_it_names_the_file_and_the_reason_when_it_cannot_read_it(name, data, reason):
    with pytest.raises(UnreadableDocument) as raised:
        read_bytes(name, data)
    assert raised.value.name == name
    assert reason in raised.value.reason
    assert str(raised.value).startswith(name)


def test_a_table_whose_unit_stands_in_the_row_label_or_a_unit_column_reads_as_figures():
    table = [["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So sánh (%)"],
             ["Trồng rừng tập trung", "ha", "1.200", "1.350", "112,5"],
             ["Thu ngân sách (tỷ đồng)", "", "38", "40,1", "105,5"]]
    read = read_bytes("bang.docx", sample_files.docx_bytes(table=table))
    assert "Trồng rừng tập trung: Kế hoạch 1.200 ha; Thực hiện 1.350 ha; So sánh 112,5%." in read.text
    assert "Thu ngân sách: Kế hoạch 38 tỷ đồng; Thực hiện 40,1 tỷ đồng; So sánh 105,5%." in read.text

    from chitieu.extract import extract

    claims = {c.text: c for c in extract(read.text, date="2023-12-20")}
    assert (claims["1.200 ha"].modality, claims["1.350 ha"].modality) == ("target", "actual")
    assert claims["1.350 ha"].subject == "Trồng rừng tập trung"
