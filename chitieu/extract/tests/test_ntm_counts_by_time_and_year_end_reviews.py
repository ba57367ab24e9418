"""News of New Rural Development: communes counted by the time they met the standard, a bracket's own time, and what
a review of the year just ended says was added "đến nay". Sentences are written for these tests."""

import pytest

pytest.importorskip("chitieu.extract.quantities")

from chitieu.extract import extract  # noqa: E402
from chitieu.extract.tests.reading import by_text  # noqa: E402


def test_the_times_of_a_breakdown_by_time_date_their_own_items_only():
    claims = by_text(extract("Toàn tỉnh có 96 xã đạt chuẩn, trong đó: giai đoạn 2010 - 2015 có 41 xã; giai đoạn 2016 - "
                             "2020 có 49 xã; năm 2021 có 6 xã. Bên cạnh đó, còn 3 xã đạt 17/19 tiêu chí.",
                             date="2030-04-15"))
    assert [claims[t].period for t in ("41 xã", "49 xã", "6 xã")] == ["2010/2015", "2016/2020", "2021"]
    assert claims["3 xã"].period == "2030-04-15"


def test_a_time_in_a_bracket_with_a_figure_of_its_own_dates_that_figure_only():
    claims = by_text(extract("Toàn tỉnh có 31 xã đạt chuẩn nông thôn mới nâng cao (có 5 xã đang trình hồ sơ, công nhận "
                             "trong năm 2029), trong đó có 8 xã đạt chuẩn kiểu mẫu.", date="2030-04-15"))
    assert claims["5 xã"].period == "2029"
    assert claims["31 xã"].period == "2030-04-15"
    assert claims["8 xã"].period != "2029"


def test_what_a_january_review_says_was_added_to_date_was_added_over_the_year_it_reviews():
    text = ("Sáng 18-1, UBND tỉnh tổ chức hội nghị tổng kết chương trình xây dựng nông thôn mới năm 2029. Đến nay, tỉnh "
            "có thêm 17 xã đạt chuẩn, nâng tổng số xã đạt chuẩn lên 24 xã.")
    claims = by_text(extract(text, date="2030-01-19"))
    assert claims["17 xã"].period == "2029"
    assert claims["24 xã"].period == "2030-01-19"


def test_the_criteria_communes_reached_are_named_by_who_reached_them():
    claims = by_text(extract("Tỉnh có 41 xã đạt 13-18 tiêu chí; 30 xã đạt 10-12 tiêu chí, không còn xã đạt dưới 5 tiêu "
                             "chí xây dựng nông thôn mới.", date="2030-07-28"))
    assert claims["13-18 tiêu chí"].subject == claims["10-12 tiêu chí"].subject == "tiêu chí xã đạt"
    assert claims["5 tiêu chí"].subject == "tiêu chí xây dựng nông thôn mới xã đạt"


def test_a_bare_count_of_places_goes_on_counting_what_the_last_count_of_them_counted():
    claims = by_text(extract("Năm 2029, toàn tỉnh có thêm 11 xã đạt chuẩn nông thôn mới, nâng tổng số lên 68 xã, đạt "
                             "60%. Huyện có 12 xã và 1 thị trấn.\n\nDự kiến năm 2030 có 4 xã.", date="2029-12-20"))
    assert claims["68 xã"].subject == "xã đạt chuẩn nông thôn mới"
    assert claims["4 xã"].subject == "xã"  # (a new paragraph)


def test_an_average_per_commune_is_not_named_as_the_criteria_communes_reached():
    claims = by_text(extract("Số tiêu chí bình quân trên xã đạt 17,2 tiêu chí. Bình quân toàn huyện đạt 12,4/19 tiêu chí.",
                             date="2030-01-01"))
    assert claims["17,2 tiêu chí"].subject == "Số tiêu chí bình quân trên xã"
    assert claims["12,4/19 tiêu chí"].subject == "bình quân tiêu chí"
