"""Checking a report's rows: errors that block, warnings that need a comment, every message a Vietnamese
sentence naming the row."""

from decimal import Decimal

import pytest

from chitieu.periods import Period
from chitieu.reporting.validation import History, RowInput, Thresholds, read_number, validate_rows

MARCH = Period.parse("2020-03")


def check(catalogue, *rows, history=None, previous=None, period=MARCH):
    inputs = [RowInput(catalogue[code], text, unit, *rest) for code, text, unit, *rest in rows]
    return validate_rows(inputs, period=period, previous=previous, history=history or History())


@pytest.mark.parametrize("typed, number, unit", [
    ("29,577", Decimal("29.577"), ""), ("3.772", Decimal(3772), ""), ("1,3", Decimal("1.3"), ""),
    ("1.234,5", Decimal("1234.5"), ""), ("-5", Decimal(-5), ""), ("29,577 tỷ", Decimal("29.577"), "tỷ"),
    ("45 hộ", Decimal(45), "hộ"), (" 12 ", Decimal(12), ""),
])
def test_numbers_are_read_as_vietnamese_reports_write_them(typed, number, unit):
    assert read_number(typed) == (number, unit)


def test_a_value_is_kept_in_the_indicators_unit(catalogue):
    result = check(catalogue, ("budget_revenue", "29,577", "tỷ đồng"), ("forest_planted", "3.772", "ha"))
    assert [row.value for row in result.rows] == [Decimal("29577000000"), Decimal(3772)]
    assert result.ok


def test_a_unit_typed_after_the_number_wins_over_the_chosen_one(catalogue):
    result = check(catalogue, ("budget_revenue", "500 triệu", "tỷ đồng"))
    assert result.rows[0].value == Decimal(500_000_000)


def test_a_rate_of_130_percent_is_an_error_that_names_the_row(catalogue):
    result = check(catalogue, ("households", "1.200", "hộ"), ("poverty_rate", "130", "%"))
    [error] = result.errors
    assert error.code == "rate_range" and error.row == 1
    assert error.text.startswith("Dòng 2 (Tỷ lệ hộ nghèo)") and "0–100%" in error.text and "130%" in error.text
    assert not result.ok


def test_a_growth_rate_may_be_negative(catalogue):
    assert check(catalogue, ("economic_growth", "-2,5", "%")).ok


def test_a_negative_count_is_an_error(catalogue):
    [error] = check(catalogue, ("poor_households", "-5", "hộ")).errors
    assert error.code == "negative" and "không thể âm" in error.text and "Số hộ nghèo" in error.text


def test_a_part_larger_than_its_whole_on_the_same_report_is_an_error(catalogue):
    result = check(catalogue, ("budget_revenue", "20", "tỷ đồng"), ("budget_revenue_domestic", "25", "tỷ đồng"))
    [error] = result.errors
    assert error.code == "part_whole" and error.row == 1
    assert "lớn hơn “Thu ngân sách nhà nước trên địa bàn”" in error.text


def test_poor_households_may_not_outnumber_households(catalogue):
    [error] = check(catalogue, ("households", "800", "hộ"), ("poor_households", "950", "hộ")).errors
    assert error.code == "part_whole" and "Số hộ dân cư" in error.text


def test_a_part_is_checked_against_a_whole_already_stored(catalogue):
    history = History(results={(catalogue["households"].pk, "2020-03"): Decimal(800)})
    [error] = check(catalogue, ("poor_households", "950", "hộ"), history=history).errors
    assert error.code == "part_whole"


def test_a_whole_smaller_than_a_stored_part_is_an_error(catalogue):
    history = History(results={(catalogue["poor_households"].pk, "2020-03"): Decimal(950)},
                      parts={catalogue["households"].pk: [catalogue["poor_households"]]})
    [error] = check(catalogue, ("households", "800", "hộ"), history=history).errors
    assert error.code == "part_whole" and "Số hộ nghèo" in error.text


def test_a_unit_the_indicator_does_not_take_is_an_error(catalogue):
    [error] = check(catalogue, ("forest_planted", "12", "tấn")).errors
    assert error.code == "unit" and "Dòng 1" in error.text and "tấn" in error.text


def test_text_that_is_not_a_number_is_an_error(catalogue):
    [error] = check(catalogue, ("forest_planted", "khoảng mười", "ha")).errors
    assert error.code == "number"


def test_a_jump_against_the_same_period_last_year_is_a_warning_that_a_comment_keeps(catalogue):
    revenue = catalogue["budget_revenue"]
    history = History(results={(revenue.pk, "2019-03"): Decimal(2_000_000_000)})
    result = check(catalogue, ("budget_revenue", "5", "tỷ đồng"), history=history)
    [warning] = result.warnings
    assert warning.code == "jump_last_year" and "+150%" in warning.text and "Tháng 3/2019" in warning.text
    assert not result.ok
    explained = check(catalogue, ("budget_revenue", "5", "tỷ đồng", "", "thu tiền sử dụng đất một lần"), history=history)
    assert explained.warnings and explained.ok


def test_a_jump_against_the_previous_period_is_a_warning(catalogue):
    forest = catalogue["forest_planted"]
    history = History(results={(forest.pk, "2020-02"): Decimal(100)})
    [warning] = check(catalogue, ("forest_planted", "400", "ha"), history=history, previous=Period.parse("2020-02")).warnings
    assert warning.code == "jump_previous" and "kỳ trước" in warning.text


def test_a_rate_jumps_in_points(catalogue):
    rate = catalogue["poverty_rate"]
    history = History(results={(rate.pk, "2019-03"): Decimal("12.5")})
    [warning] = check(catalogue, ("poverty_rate", "1,3", "%"), history=history).warnings
    assert "điểm %" in warning.text
    assert check(catalogue, ("poverty_rate", "10,5", "%"), history=history).ok


def test_a_value_outside_the_places_history_is_a_warning(catalogue):
    forest = catalogue["forest_planted"]
    history = History(series={forest.pk: [Decimal(90), Decimal(110), Decimal(100)]})
    [warning] = check(catalogue, ("forest_planted", "3.772", "ha"), history=history).warnings
    assert warning.code == "history_range" and "3 kỳ trước" in warning.text
    assert check(catalogue, ("forest_planted", "120", "ha"), history=history).ok


def test_a_stated_percent_that_disagrees_with_value_and_target_is_a_warning(catalogue):
    revenue = catalogue["budget_revenue"]
    history = History(targets={revenue.pk: [("HĐND huyện", Decimal(36_000_000_000))]})
    [warning] = check(catalogue, ("budget_revenue", "29,577", "tỷ đồng", "95"), history=history).warnings
    assert warning.code == "stated_percent" and "95%" in warning.text and "82,2%" in warning.text
    assert check(catalogue, ("budget_revenue", "29,577", "tỷ đồng", "82,2"), history=history).ok


def test_thresholds_come_from_the_form(catalogue):
    revenue = catalogue["budget_revenue"]
    history = History(results={(revenue.pk, "2019-03"): Decimal(2_000_000_000)})
    inputs = [RowInput(revenue, "5", "tỷ đồng")]
    assert validate_rows(inputs, period=MARCH, history=history, thresholds=Thresholds(jump_percent=Decimal(200))).ok


def test_the_history_is_read_from_the_store_when_not_given(catalogue, cycle_places, store):
    store("households", cycle_places.dap_thanh, "2020-03", 800)
    inputs = [RowInput(catalogue["poor_households"], "950", "hộ")]
    result = validate_rows(inputs, period=MARCH, place=cycle_places.dap_thanh, periodicity="month")
    assert [m.code for m in result.errors] == ["part_whole"]
