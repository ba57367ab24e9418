"""Periods as the claim spec writes them, parsed, ordered and labelled. Pure Python.

    2020                  a year
    2020-11               a month
    2020-01/2020-09       the first nine months (a span of whole months)
    2020-10/2020-12       a quarter; 2020-01/2020-06 a half
    2020-01/2020-11-30    from the start of the year to a date
    2020-09-15            a point in time (a deadline too)
    2021/2025             a plan phase or an open span of years
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import total_ordering

_YEAR = r"(\d{4})"
_MONTH = r"(\d{4})-(\d{2})"
_DAY = r"(\d{4})-(\d{2})-(\d{2})"
_PATTERNS = [
    ("year", re.compile(rf"^{_YEAR}$")),
    ("month", re.compile(rf"^{_MONTH}$")),
    ("day", re.compile(rf"^{_DAY}$")),
    ("months", re.compile(rf"^{_MONTH}/{_MONTH}$")),
    ("to_date", re.compile(rf"^{_MONTH}/{_DAY}$")),
    ("years", re.compile(rf"^{_YEAR}/{_YEAR}$")),
]
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@total_ordering
@dataclass(frozen=True)
class Period:
    """A closed span of days [start, end] with the kind it was written as."""

    kind: str  # year, month, day, months, to_date, years
    start: date
    end: date

    @classmethod
    def parse(cls, text: str) -> "Period":
        text = (text or "").strip()
        for kind, pattern in _PATTERNS:
            match = pattern.match(text)
            if not match:
                continue
            numbers = [int(group) for group in match.groups()]
            try:
                return cls._build(kind, numbers)
            except ValueError as error:
                raise ValueError(f"“{text}” is not a valid period: {error}") from None
        raise ValueError(
            f"“{text}” is not a period: write 2020, 2020-11, 2020-01/2020-09, 2020-01/2020-11-30, 2020-09-15 or 2021/2025"
        )

    @classmethod
    def _build(cls, kind, n):
        if kind == "year":
            return cls(kind, date(n[0], 1, 1), date(n[0], 12, 31))
        if kind == "month":
            return cls(kind, date(n[0], n[1], 1), _month_end(n[0], n[1]))
        if kind == "day":
            day = date(*n)
            return cls(kind, day, day)
        if kind == "months":
            start, end = date(n[0], n[1], 1), _month_end(n[2], n[3])
        elif kind == "to_date":
            start, end = date(n[0], n[1], 1), date(n[2], n[3], n[4])
        else:
            start, end = date(n[0], 1, 1), date(n[1], 12, 31)
        if end < start:
            raise ValueError("it ends before it starts")
        if kind == "months" and (start.month, end.month, start.year) == (1, 12, end.year):
            return cls("year", start, end)
        return cls(kind, start, end)

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls("year", date(year, 1, 1), date(year, 12, 31))

    def __str__(self) -> str:
        s, e = self.start, self.end
        if self.kind == "year":
            return f"{s.year}"
        if self.kind == "month":
            return f"{s.year}-{s.month:02d}"
        if self.kind == "day":
            return s.isoformat()
        if self.kind == "months":
            return f"{s.year}-{s.month:02d}/{e.year}-{e.month:02d}"
        if self.kind == "to_date":
            return f"{s.year}-{s.month:02d}/{e.isoformat()}"
        return f"{s.year}/{e.year}"

    def __lt__(self, other: "Period") -> bool:
        # Earlier end first; for the same end, the longer span first (the year before its last quarter).
        return (self.end, -self.length_days(), self.kind) < (other.end, -other.length_days(), other.kind)

    def length_days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_quarter(self) -> bool:
        return self.kind == "months" and self.start.year == self.end.year and self.start.month in (1, 4, 7, 10) \
            and self.end.month == self.start.month + 2

    @property
    def is_year_to_date(self) -> bool:
        """Starts on 1 January: the first N months, or from the start of the year to a date."""
        return self.kind in ("months", "to_date") and self.start.month == 1 and self.start.year == self.end.year

    def same_period_a_year_earlier(self) -> "Period":
        def back(day: date) -> date:
            try:
                return day.replace(year=day.year - 1)
            except ValueError:  # 29 February
                return day.replace(year=day.year - 1, day=28)

        if self.kind in ("month", "months", "year", "years"):
            end = _month_end(self.end.year - 1, self.end.month)
            return Period(self.kind, back(self.start), end)
        return Period(self.kind, back(self.start), back(self.end))

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def quarter_numeral(self) -> str:
        """The quarter in Roman numerals, as Vietnamese reports write it (`quý III`)."""
        return _ROMAN[(self.start.month - 1) // 3 + 1]

    def label_vi(self) -> str:
        s, e = self.start, self.end
        if self.kind == "year":
            return f"Năm {s.year}"
        if self.kind == "month":
            return f"Tháng {s.month}/{s.year}"
        if self.kind == "day":
            return f"Đến {s.day}/{s.month}/{s.year}"
        if self.kind == "years":
            return f"Giai đoạn {s.year}-{e.year}"
        if self.is_quarter:
            return f"Quý {self.quarter_numeral}/{s.year}"
        if self.kind == "months" and self.is_year_to_date:
            return "6 tháng đầu năm " + str(s.year) if e.month == 6 else f"{e.month} tháng năm {s.year}"
        if self.kind == "to_date" and s.month == 1:
            return f"Từ đầu năm đến {e.day}/{e.month}/{e.year}"
        return f"{s.month}/{s.year} – {e.day}/{e.month}/{e.year}" if self.kind == "to_date" else f"{s.month}/{s.year} – {e.month}/{e.year}"

    def label_en(self) -> str:
        s, e = self.start, self.end
        if self.kind == "year":
            return f"{s.year}"
        if self.kind == "month":
            return f"{calendar.month_name[s.month]} {s.year}"
        if self.kind == "day":
            return f"as of {s.isoformat()}"
        if self.kind == "years":
            return f"{s.year}–{e.year}"
        if self.is_quarter:
            return f"Q{(s.month - 1) // 3 + 1} {s.year}"
        if self.kind == "months" and self.is_year_to_date:
            return f"first {e.month} months of {s.year}"
        return f"{s.isoformat()} – {e.isoformat()}"


def parse_period(text: str) -> Period:
    return Period.parse(text)
