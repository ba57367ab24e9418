"""Period strings of the claim spec: parsed, written back, ordered, labelled."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.periods import Period


@pytest.mark.parametrize("text,kind,start,end", [
    ("2020", "year", date(2020, 1, 1), date(2020, 12, 31)),
    ("2020-11", "month", date(2020, 11, 1), date(2020, 11, 30)),
    ("2020-01/2020-09", "months", date(2020, 1, 1), date(2020, 9, 30)),
    ("2020-01/2020-11-30", "to_date", date(2020, 1, 1), date(2020, 11, 30)),
    ("2020-09-15", "day", date(2020, 9, 15), date(2020, 9, 15)),
    ("2022-10/2022-12", "months", date(2022, 10, 1), date(2022, 12, 31)),
    ("2021/2025", "years", date(2021, 1, 1), date(2025, 12, 31)),
])
def test_it_reads_every_kind_of_period_of_the_spec(text, kind, start, end):
    period = Period.parse(text)
    assert (period.kind, period.start, period.end, str(period)) == (kind, start, end, text)


@pytest.mark.parametrize("text", ["", "2020-13", "20201", "2020-09/2020-01", "năm 2020", "2020-02-30"])
def test_it_rejects_what_is_not_a_period_with_a_clear_message(text):
    with pytest.raises(ValueError, match="period"):
        Period.parse(text)


def test_the_same_period_a_year_earlier_keeps_its_shape():
    assert str(Period.parse("2020-01/2020-09").same_period_a_year_earlier()) == "2019-01/2019-09"
    assert str(Period.parse("2024-02-29").same_period_a_year_earlier()) == "2023-02-28"


def test_labels_read_as_a_report_writes_them():
    assert Period.parse("2020-01/2020-09").label_vi() == "9 tháng năm 2020"
    assert Period.parse("2022-10/2022-12").label_vi() == "Quý IV/2022"
    assert Period.parse("2021/2025").label_vi() == "Giai đoạn 2021-2025"


def test_periods_sort_by_their_end_and_a_year_before_its_last_quarter():
    texts = ["2020-10/2020-12", "2020", "2019", "2020-01/2020-09"]
    assert [str(p) for p in sorted(map(Period.parse, texts))] == ["2019", "2020-01/2020-09", "2020", "2020-10/2020-12"]


@given(st.integers(1990, 2060), st.integers(1, 12), st.integers(1, 12), st.integers(1, 28))
def test_writing_a_period_and_reading_it_back_gives_the_same_period(year, first, last, day):
    first, last = min(first, last), max(first, last)
    for text in (f"{year}", f"{year}-{first:02d}", f"{year}-{first:02d}/{year}-{last:02d}",
                 f"{year}-{first:02d}/{year}-{last:02d}-{day:02d}", f"{year}-{last:02d}-{day:02d}"):
        period = Period.parse(text)
        assert Period.parse(str(period)) == period
