"""Where a figure holds when a bound defines a group of places listed after it with their own figures, when the text
speaks of "toàn thành phố" after naming the city, and how a two-part name the text spells two ways is copied; and when
a time said with its start ("từ 1/1 đến 31/8") dates a count. Sentences are written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import analyse, extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_a_bound_defining_a_group_holds_in_the_places_listed_after_it_each_with_its_figure():
    claims = by_text(extract("Trong 10 tháng qua, 3 tỉnh vẫn có kim ngạch xuất khẩu dưới ngưỡng 100 triệu USD, gồm: Lai "
                             "Châu đạt 40,5 triệu USD, Điện Biên đạt 60 triệu USD và Cao Bằng 85 triệu USD.",
                             date="2031-11-10"))
    assert claims["100 triệu USD"].place == ["Lai Châu", "Điện Biên", "Cao Bằng"]
    assert claims["60 triệu USD"].place == "Điện Biên"


def test_the_whole_city_unnamed_is_the_city_last_named():
    claims = by_text(extract("Năm 2030, thu ngân sách thành phố Đà Nẵng do cơ quan Thuế quản lý đạt 30.000 tỷ đồng.\n\n"
                             "Chủ tịch HĐND thành phố cho biết, thu ngân sách trên toàn thành phố năm 2030 ước đạt 33.000 tỷ "
                             "đồng. Trong khi đó, Cần Thơ thu được 15.000 tỷ đồng.", date="2031-01-10"))
    assert claims["33.000 tỷ đồng"].place == "Đà Nẵng"


def test_a_two_part_name_spelt_two_ways_is_copied_as_written_where_the_figure_is():
    extraction = analyse("Tỉnh Bà Rịa - Vũng Tàu được giao dự toán 90.000 tỷ đồng.\n\nNăm 2030, Bà Rịa-Vũng Tàu đã thu "
                         "109.800 tỷ đồng, tăng 25,2% so cùng kỳ.", date="2031-01-10")
    claims = by_text(extraction.claims)
    assert claims["109.800 tỷ đồng"].place == "Bà Rịa-Vũng Tàu"
    assert claims["90.000 tỷ đồng"].place == "Bà Rịa - Vũng Tàu"


def test_a_count_dated_by_a_time_said_with_its_start_runs_over_the_span():
    claims = by_text(extract("Trong giai đoạn từ 1/1 đến 31/8, cả nước ghi nhận 2.534 dự án vốn đầu tư nước ngoài.",
                             date="2031-09-10"))
    assert claims["2.534 dự án"].period == "2031-01/2031-08-31"


def test_a_count_held_at_a_day_without_a_start_holds_on_that_day():
    claims = by_text(extract("Tính đến ngày 31/8, cả nước có 42.000 dự án còn hiệu lực.", date="2031-09-10"))
    assert claims["42.000 dự án"].period == "2031-08-31"
