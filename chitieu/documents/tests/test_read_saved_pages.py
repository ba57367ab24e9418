"""An article saved from a portal's page reads as the article: headline as title, its own date, lead, body,
captions — without the portal's menus, boxes and visitor counter. Checked on every dev-corpus document."""

from pathlib import Path

import pytest
from django.conf import settings

from chitieu.documents.readers import normalise_text, read_bytes, read_file

CORPUS = settings.SHARED_DIR / "corpus" / "dev" / "docs"
PAGE = """Tất cả chuyên mục
Thứ Ba, 14/05/2024 08:41 (GMT +7)
Huyện X: kết quả năm 2020
Thứ 5, 18/03/2021 | 09:14:52 [GMT +7] A A
Năm 2020 huyện X đạt nhiều kết quả trên các lĩnh vực kinh tế, xã hội.
Thu ngân sách đạt 30 tỷ đồng.
Lễ hội mùa vàng năm 2020. Ảnh: Tạ Quân |
Phóng viên
Thống kê truy cập
Hôm nay: 516
Đã truy cập: 3081954
Website liên kết
Ý kiến ()
"""
CHROME = ["Tất cả chuyên mục", "Thống kê truy cập", "Hôm nay: 516", "Đã truy cập", "Website liên kết", "Ý kiến ()",
          "Tìm kiếm theo chuyên mục", "Tin tiêu điểm", "Lịch công tác trống", "EmailPrintAa", "Vui lòng nhập",
          "Email của bạn sẽ không được hiển thị"]


def test_a_saved_page_keeps_the_headline_date_lead_body_and_captions():
    read = read_bytes("trang.txt", PAGE.encode())
    assert read.title == "Huyện X: kết quả năm 2020"
    assert str(read.date) == "2021-03-18"
    assert read.lead.startswith("Năm 2020 huyện X")
    assert "Ảnh: Tạ Quân" in read.text and "Tạ Quân |" not in read.text
    for chrome in ("Tất cả chuyên mục", "14/05/2024", "Hôm nay", "Website liên kết", "Ý kiến ()", "A A"):
        assert chrome not in read.text


def test_a_plain_report_is_left_as_it_is():
    text = "Báo cáo tình hình kinh tế - xã hội năm 2020\n\nThu ngân sách đạt 30 tỷ đồng, tăng 5% so với cùng kỳ."
    assert read_bytes("bao-cao.txt", text.encode()).text == normalise_text(text)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs the shared dev corpus")
@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [], ids=lambda p: Path(p).stem)
def test_no_dev_corpus_document_keeps_the_portals_chrome_as_its_title_or_ends(path):
    read = read_file(path)
    assert read.title and read.title not in ("Tất cả chuyên mục",) and not read.title[:2].isdigit() or read.title[:3] == "3/1"
    for chrome in CHROME:
        assert chrome not in read.text, chrome
    # Every photo caption of the page is kept (as the article's text, not as chrome).
    assert read.text.count("Ảnh:") == Path(path).read_text(encoding="utf-8").count("Ảnh:")
