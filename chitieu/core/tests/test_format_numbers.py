from decimal import Decimal

import pytest

from chitieu.formatting import vi_amount, vi_average, vi_number, vi_percent, vi_points


@pytest.mark.parametrize("value, unit, written", [
    (Decimal("29577000000"), "VND", "29,577 tỷ đồng"),
    (Decimal("34230000000"), "VND", "34,23 tỷ đồng"),
    (Decimal("687641000000"), "VND", "687,641 tỷ đồng"),
    (Decimal("1950000000000"), "VND", "1.950 tỷ đồng"),
    (Decimal("56000000"), "VND/person/year", "56 triệu đồng/người/năm"),
    (Decimal("2500000"), "VND", "2,5 triệu đồng"),
    (Decimal("3772"), "ha", "3.772 ha"),
    (Decimal("45"), "hộ", "45 hộ"),
    (Decimal("1.3"), "%", "1,3%"),
    (Decimal("125000"), "tonne", "125.000 tấn"),
    (Decimal("320000000"), "USD", "320 triệu USD"),
])
def test_amounts_are_written_as_a_vietnamese_report_writes_them(value, unit, written):
    assert vi_amount(value, unit) == written


def test_english_swaps_the_marks_and_the_words():
    assert vi_amount(Decimal("29577000000"), "VND", language="en") == "29.577 billion VND"
    assert vi_number(Decimal("1234.5"), language="en") == "1,234.5"


def test_percentages_round_to_one_decimal_and_can_carry_a_sign():
    assert vi_percent(Decimal("82.15833")) == "82,2%"
    assert vi_percent(Decimal("43.3"), signed=True) == "+43,3%"
    assert vi_percent(Decimal("-9.44"), signed=True) == "-9,4%"
    assert vi_points(Decimal("-0.84")) == "-0,84 điểm %"


def test_averages_keep_one_decimal_and_drop_a_zero_one():
    assert vi_average(Decimal("50.333")) == "50,3"
    assert vi_average(19) == "19"


def test_nothing_to_write_gives_an_empty_string():
    assert vi_number(None) == "" and vi_amount("", "VND") == "" and vi_number("abc") == ""
    assert vi_number(Decimal("-0.0001")) == "0"
