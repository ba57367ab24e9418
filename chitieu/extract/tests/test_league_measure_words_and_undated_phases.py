"""Texts that compare provinces, and undated texts: "với mức tăng N" in a league table keeps the indicator ranked, a
rank said with a superlative is no part of the subject, and neither a goal's year nor the phase a noun is named with
dates a text that has no date. Sentences are written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_rise_said_with_mức_tăng_in_a_league_table_keeps_the_indicator_ranked():
    claims = by_text(extract("Dẫn đầu về tốc độ tăng GRDP của cả nước là Quảng Ninh với mức tăng 11,5%. Hải Phòng đứng "
                             "thứ hai với mức tăng 11,2%; Hà Nội đứng thứ 16 với mức tăng ấn tượng 8,1%.",
                             date="2030-01-06"))
    assert [claims[t].subject for t in ("11,5%", "11,2%", "8,1%")] == ["tốc độ tăng GRDP"] * 3


def test_a_rank_said_with_a_superlative_is_no_part_of_the_subject():
    claims = by_text(extract("Bắc Ninh có kim ngạch lớn thứ 2 cả nước với 8,1 tỷ USD.", date="2030-04-23"))
    assert claims["8,1 tỷ USD"].subject == "kim ngạch"


def test_a_goal_year_said_without_đến_does_not_date_an_undated_text():
    claims = by_text(extract("Tỉnh đã có 35 xã được công nhận đạt chuẩn. Phấn đấu hết năm 2030, tỉnh sẽ có thêm 10 xã "
                             "đạt chuẩn."))
    assert claims["35 xã"].period is None
    assert claims["10 xã"].period == "2030"


def test_the_phase_a_roadmap_is_named_with_does_not_date_an_undated_text():
    claims = by_text(extract("Đến nay, bình quân mỗi xã đạt 10,2 tiêu chí. Riêng 40 xã nằm trong lộ trình xây dựng nông "
                             "thôn mới giai đoạn 2026-2030 đạt trung bình 14,9 tiêu chí."))
    assert claims["10,2 tiêu chí"].period is None


def test_what_an_office_announces_opens_no_subject():
    claims = by_text(extract("(Xây dựng) - Tổng cục Hải quan vừa công bố quý I cả nước có 12 tỉnh thành đạt kim ngạch "
                             "xuất khẩu từ 1 tỷ USD trở lên.", date="2030-04-23"))
    assert claims["12 tỉnh"].subject.startswith("tỉnh thành đạt kim ngạch xuất khẩu")


def test_an_investor_country_opening_an_item_gives_its_part_of_the_indicator():
    claims = by_text(extract("Về đối tác, tổng vốn đăng ký cấp mới đạt 2,4 tỷ USD; Xin-ga-po dẫn đầu với 580 triệu USD, chiếm "
                             "24%; tiếp đến là Đặc khu Hành chính Hồng Công (TQ) 390 triệu USD; Nhật Bản 370 triệu USD.",
                             date="2030-03-01"))
    assert claims["580 triệu USD"].subject == "tổng vốn đăng ký cấp mới của Xin-ga-po"
    assert claims["390 triệu USD"].subject == "tổng vốn đăng ký cấp mới của Hồng Công"
    assert claims["370 triệu USD"].subject == "tổng vốn đăng ký cấp mới của Nhật Bản"
