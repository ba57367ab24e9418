"""Period phrases in a text (`9 tháng năm 2020`, `đến 30/11/2020`, `quý IV/2022`, `từ đầu năm đến nay`…) and the
period strings of the spec they stand for (`2020-01/2020-09`, `2020-01/2020-11-30`, `2022-10/2022-12`…).

This module only *writes* period strings; reading them is `chitieu.periods`.
Relative phrases (`năm nay`, `đến nay`, `6 tháng đầu năm`) are resolved against the document's date.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from .tables import StartsWithWord, phrases_re, table

_Y = r"(?:19[5-9]\d|20\d\d)"


def _words_re(key, leaving=()):
    """A periods.yaml list (less the words `leaving`) as one group of a pattern."""
    return "(?:" + phrases_re(set(table("periods")[key]) - set(leaving)) + ")"


# A time of day, and an hour of a day said before the day: "13 giờ 30 phút", "17h", "8 giờ sáng" (periods.yaml)
_TIME_OF_DAY = _words_re("times_of_day")
_HOUR = rf"\d{{1,2}}\s*{_words_re('hour_words')}(?:\s*\d{{1,2}}(?:\s*{_words_re('minute_words')})?)?(?:\s+{_TIME_OF_DAY})?\s+"


@dataclass(frozen=True)
class DocDate:
    """The document's own date, as precise as known: year, year-month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self):
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, value):
        """`2020`, `2020-11`, `2020-11-16` (also a datetime.date) → DocDate; None for anything else."""
        if value is None:
            return None
        if hasattr(value, "year") and hasattr(value, "month"):
            return cls(value.year, value.month, getattr(value, "day", None))
        match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", str(value))
        if not match:
            return None
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= _days_in(year, month):
            return None
        return cls(year, month, day)


def _days_in(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _ym(year, month):
    return f"{year:04d}-{month:02d}"


def _ymd(year, month, day):
    return f"{year:04d}-{month:02d}-{day:02d}"


def months_range(year, first, last):
    if first == 1 and last == 12:
        return f"{year:04d}"
    if first == last:
        return _ym(year, first)
    return f"{_ym(year, first)}/{_ym(year, last)}"


@dataclass
class PeriodMention:
    start: int
    end: int
    flow: str | None  # the period for a figure that accumulates (revenue "đến 30/11" → from January)
    stock: str | None  # the period for a figure that holds at a time (a rate "đến tháng 9" → that month)
    kind: str  # year, months, quarter, month, day, now, since, phase, days, this_year
    year: int | None
    base: bool = False  # the base of a comparison (so với cùng kỳ năm 2019), not the figure's own time
    local: bool = False  # the time of the "from" figure only ("giảm từ 3,5% năm 2022 xuống 2,8%"), carried to no other
    plan: bool = False  # the span of a target named before it (chỉ tiêu giai đoạn 2016-2020): its target figures' only
    compared: bool = False  # a time a figure is compared with (cao hơn quý I, bằng năm 2022): a bracket after it is its own
    implied_year: bool = False  # a quarter or a month said without its year, which the text's own date gave it

    def period(self, flow: bool) -> str | None:
        return self.flow if flow else self.stock


def _month_number(word):
    """A month said in digits or in words ("năm", "mười hai", "giêng", "chạp")."""
    word = " ".join(word.split())
    if word.isdigit():
        return int(word)
    return table("periods")["month_words"].get(word) or 0


def _number(word):
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return table("periods")["number_words"].get(word)


# Each alternative opens with a letter or digit of its own (no \\d{1,2}), so the pattern is scanned fast; it starts
# at a word boundary (StartsWithWord), not inside a longer number or word (2013 tháng, khai tháng).
# "6 tháng đầu năm", "các tháng đầu năm": several months, not the first one (also a letter or digit glued before)
_PLURAL_BEFORE_RE = re.compile(r"(?:\w|(?:\d|các|những|mấy|vài)\s+)$")
# "từ 3,5% năm 2022 xuống còn 2,8%", "từ 7,9 tỷ USD năm 2014 lên …": the year of the figure a change starts from
# (the year may stand in brackets: "tăng từ 12,8 triệu đồng (năm 2011) lên 39,6 triệu đồng")
_FROM_FIGURE_BEFORE_RE = re.compile(r"(?<!\w)từ\s+\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+)?)?\s*(?:của\s+|vào\s+|\(\s*)?$")
_TO_AFTER_RE = re.compile(r"\s*\)?\s*,?\s*(?:xuống|lên|tăng\s+lên|giảm\s+xuống|đến|tới|còn)(?!\w)")
_SCHOOL_YEAR_BEFORE_RE = re.compile(r"(?<!\w)năm\s+học\s*$")
_NUMBER_WORD = "(?:" + "|".join([f"{n:02d}" for n in range(1, 10)] + ["10", "11", "12"] + [str(n) for n in range(1, 10)]) \
    + r"|một|hai|ba|bốn|sáu|bảy|tám|chín|mười một|mười hai|mười)"
_FIRST_DAYS_OF_MONTH = 7  # a monthly report dated up to this day of a month is about the month before
# Months named in words after "tháng" (tháng Giêng, tháng Năm, tháng Mười Hai, tháng Chạp)
_MONTH_WORD = _words_re("month_words")
# (the same, less "một" and "năm": without a year after them, "tháng một lần", "tháng năm …" say other things)
# ("Chỉ số sản xuất … tháng Mười ước tính tăng 2,6%", "Tháng Tám, tổng mức bán lẻ …": statistics offices name months
# in words)
_MONTH_WORD_CLEAR = _words_re("month_words", leaving=table("periods")["months_unclear_alone"])
_YEAR_AFTER = rf"(?:\s*[/-]\s*(?P<y>{_Y})|\.(?P<y4>{_Y})(?!\d)|\s+(?:của\s+)?năm\s+(?P<y2>{_Y})|\s+(?P<y3>{_Y})(?!\s*[-–/]\s*\d)|\s+(?P<nay>năm nay|năm))?"

# The crop seasons (periods.yaml: by name, and the words that name none), longest first, as one alternation: the
# patterns below and _crop_season_before_re read them alike.
_CROP_SEASONS = "|".join(re.escape(w) for w in sorted(
    table("periods")["crop_seasons_by_name"] + table("periods")["unnamed_crop_seasons"], key=len, reverse=True))

_PATTERNS = [
    # "Từ nay đến cuối năm, … phấn đấu …": the months left of the year, from the article's month to December
    ("rest_of_year", re.compile(rf"từ\s+nay\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)năm(?:\s+(?:nay|(?:năm\s+)?(?P<y>{_Y})))?(?!\w)")),
    ("since_start", re.compile(rf"từ\s+đầu\s+năm(?:\s+(?:năm\s+)?(?P<y>{_Y}))?\s+(?:đến|tới)\s+(?:nay|thời điểm này|hiện tại|hiện nay)")),
    # "Lũy kế từ đầu năm, đã tạo việc làm cho …": from January to the month the report is about.
    # (also "lũy kế năm 2024 tăng 11,8%" in a ten-month report: January to its month, the year only named)
    ("accumulated", re.compile(rf"lũy\s+kế(?:\s+từ\s+đầu\s+năm)?(?:\s+năm\s+(?P<y>{_Y})(?![\d/-]))?"
                               r"|từ\s+đầu\s+năm(?!\s+(?:đến|tới|năm|19|20))")),
    # ("Những tháng đầu năm 2024, tình hình kinh tế … chuyển biến tích cực": the months of the year so far, a running
    # span like "từ đầu năm", to the span from January the report names or to its month)
    ("accumulated", StartsWithWord(rf"(?:những|các|mấy)\s+tháng\s+đầu\s+năm(?:\s+(?:năm\s+)?(?P<y>{_Y})(?![\d/-])|\s+nay)?")),
    # "Năm 2010, … Sau 10 năm, huyện đã có …": the year that many years after the one said before.
    ("years_after", re.compile(rf"sau\s+(?P<n>\d{{1,2}}|{_NUMBER_WORD})\s+năm(?!\s+(?:19|20)\d\d)")),
    # "Trong 5 năm, kinh tế …", "Tính bình quân 5 năm": the last N years up to the year reported on (a span; not
    # "trong 5 năm tới", the years ahead)
    # ("Giai đoạn trên, ngành chức năng đã hỗ trợ …": the span just named, see _anchor_relative_mentions)
    ("that_span", re.compile(r"giai\s+đoạn\s+(?:nói\s+trên|trên|này|đó)(?!\w)")),
    # ("… diện tích gieo trồng đến cùng thời điểm nêu trên như sau: …": the day named before, see _anchor_relative_mentions)
    ("that_time", re.compile(r"(?:đến|tới|tại)\s+cùng\s+thời\s+điểm\s+(?:nêu\s+trên|nói\s+trên|trên|này)(?!\w)")),
    ("last_years", StartsWithWord(rf"(?:trong|bình\s+quân)\s+(?:(?:khoảng|gần|hơn)\s+)?(?P<n>\d{{1,2}}|{_NUMBER_WORD})\s+năm(?:\s+(?:qua|vừa\s+qua|gần\s+đây))?"
                                  r"(?![ \t]*(?:tới|đến|sắp\s+tới|nữa|trở\s+lại|\d|\w*\d))(?!\w)")),
    # "từ tháng 7 đến tháng 12/2025", "từ ngày 1/10/2021 đến nay", "từ đầu năm đến 12/10/2022": the span
    # between the two times said, for a flow and a stock alike (the start is named; "nay" is the article's date)
    # ("từ ngày 8 đến 14-2": the first day said without its month, which is the last day's)
    ("from_to", re.compile(rf"từ\s+(?:ngày\s+(?P<d1>\d{{1,2}})\s*[/.-]\s*(?P<m1>\d{{1,2}})(?:\s*[/.-]\s*(?P<y1>{_Y}))?"
                           rf"|ngày\s+(?P<b1>\d{{1,2}})(?=\s+(?:đến|tới)\s+(?:ngày\s+)?\d{{1,2}}\s*[/.-]\s*\d{{1,2}}(?!\d))"
                           rf"|(?P<e1>\d{{1,2}})\s*[/.-]\s*(?P<f1>\d{{1,2}})\s*[/.-]\s*(?P<g1>{_Y})"
                           rf"|tháng\s+(?P<n1>\d{{1,2}})(?:\s*[/-]\s*(?P<z1>{_Y})|\s+năm\s+(?P<w1>{_Y}))?"
                           # (the first of January as a day, its year left to the end: "từ 1/1 đến 31/8")
                           rf"|(?P<jan>đầu\s+năm|0?1\s*[/.-]\s*0?1(?!\s*[/.-]\s*\d))(?:\s+(?:năm\s+)?(?P<jy>{_Y}))?)"
                           rf"\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
                           rf"(?:(?P<now>nay|hiện\s+nay|hiện\s+tại|thời\s+điểm\s+(?:này|hiện\s+tại|báo\s+cáo))(?!\w)"
                           rf"|(?:ngày\s+)?(?P<d2>\d{{1,2}})\s*[/.-]\s*(?P<m2>\d{{1,2}})(?:\s*[/.-]\s*(?P<y2>{_Y}))?(?![\d,.]\d)"
                           rf"|tháng\s+(?P<n2>\d{{1,2}})(?:\s*[/-]\s*(?P<z2>{_Y})|\s+năm\s+(?P<w2>{_Y}))?(?![\d,./]\d))")),
    # "trong kỳ nghỉ lễ 30-4 và 1-5 năm nay", "dịp lễ 30/4 - 1/5": the days of a holiday, from the first to the last
    ("holiday", re.compile(rf"(?:kỳ\s+nghỉ|dịp|nghỉ)(?:\s+lễ)?\s+(?P<d1>\d{{1,2}})\s*[/-]\s*(?P<m1>\d{{1,2}})\s*(?:và|-|–)\s*"
                           rf"(?P<d2>\d{{1,2}})\s*[/-]\s*(?P<m2>\d{{1,2}})(?:\s*[/.-]\s*(?P<y2>{_Y})(?!\d)"
                           rf"|(?!\s*[/-]\s*\d|[\d,.]\d)(?:\s+năm\s+(?:nay|(?P<w2>{_Y})))?)")),
    ("since_year", re.compile(rf"từ\s+(?:năm\s+)?(?P<a>{_Y})\s+(?:đến|tới)\s+(?:nay|hiện nay|năm\s+(?P<b>{_Y}))")),
    # (also "hết ngày 26/12/2025" without "đến": by the end of that day, as "hết tháng 5/2024" is by that month's)
    # (also at an hour of that day: "tính đến 13 giờ 30 phút ngày 11/9/2024")
    ("to_day", re.compile(rf"(?:(?:đến|tới|thời\s+điểm)\s+(?:hết\s+|cuối\s+|{_TIME_OF_DAY}\s+|{_HOUR}(?=ngày))?|hết\s+(?=ngày))(?P<ngay>ngày\s+)?(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y>{_Y})")),
    # "đến ngày 15/5", "tính đến 30/9": a day without its year is in the year reported on
    ("to_day_no_year", re.compile(rf"(?:đến|tới|thời\s+điểm)\s+(?:hết\s+|cuối\s+|{_TIME_OF_DAY}\s+|{_HOUR}(?=ngày))?(?P<ngay>ngày\s+)?(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})(?!\d|[,.]\d|\s*[/.-]\s*\d)")),
    ("before_day", re.compile(rf"trước\s+ngày\s+(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y>{_Y})")),
    # ("tính đến trung tuần tháng Năm": a part of a month, and a month named in words, as statistics offices write)
    # ("tính đến đầu tháng 11": the early days of a month, like its middle)
    # (also "hết tháng 5/2024" without "đến": by the end of that month)
    ("to_month", re.compile(rf"(?:(?:đến|tới)\s+(?:hết\s+|cuối\s+|giữa\s+|đầu\s+|(?:thượng|trung|hạ)\s+tuần\s+)?|hết\s+)tháng\s+"
                            rf"(?P<m>\d{{1,2}}|{_MONTH_WORD})(?!\w)(?!\d|\s*[/.]\s*\d{{1,2}}\b(?!\s*[/.]))" + _YEAR_AFTER)),
    # "Đến hết quý II, … đã giải ngân …": to the end of a quarter, like to the end of its last month (an amount done
    # over time runs from January; a stock holds at that month)
    ("to_quarter", re.compile(rf"(?:đến|tới)\s+(?:hết\s+|cuối\s+)q[uú][ýyí]\s+(?P<q>iv|iii|ii|i|[1-4]|một|hai|ba|bốn)\b"
                              rf"(?:\s*[/-]\s*(?P<y>{_Y})|\s+(?:năm\s+)?(?P<y2>{_Y}))?")),
    ("to_year_end", re.compile(rf"(?:đến|tới)\s+(?:hết\s+|cuối\s+)năm\s+(?P<y>{_Y})")),
    ("half_year", re.compile(rf"(?:(?P<n>hai|2)\s+quý|nửa)\s+(?P<pos>đầu|cuối)\s+năm(?:\s+(?:năm\s+)?(?P<y>{_Y})|\s+(?P<nay>nay))?")),
    # ("6 tháng đầu năm nay": this year's first half, one phrase)
    # (also five said as "năm" before "tháng đầu năm": "Năm tháng đầu năm, có 250 doanh nghiệp …")
    ("months", StartsWithWord(rf"(?P<n>{_NUMBER_WORD}|năm(?=\s+tháng\s+(?:đầu|cuối)\s+năm))\s+tháng(?:\s+(?P<pos>đầu|cuối))?(?:\s+năm(?:\s+nay(?!\w))?)?" + _YEAR_AFTER)),
    # "Vốn FDI tháng đầu năm", "trong tháng đầu năm nay": January (no count before "tháng", unlike "6 tháng đầu năm")
    ("first_month", StartsWithWord(rf"tháng\s+đầu(?:\s+tiên)?(?:\s+của)?\s+năm(?:\s+(?P<nay>nay)|\s+(?:năm\s+)?(?P<y>{_Y}))?",
                                   lambda text, start: _PLURAL_BEFORE_RE.search(text, max(0, start - 8), start) is not None)),
    # ("quí I năm nay": the old spelling, and this year's quarter said as one phrase)
    # (also "quý đầu tiên của năm 2024": the first quarter)
    ("quarter", re.compile(rf"q[uú][ýyí]\s+(?P<q>iv|iii|ii|i|[1-4]|một|hai|ba|bốn|đầu\s+tiên(?=\s+(?:của\s+)?năm))\b"
                           rf"(?:\s*[/-]\s*(?P<y>{_Y})|\s+(?:của\s+)?(?:năm\s+)?(?P<y2>{_Y})"
                           r"|\s+(?:của\s+)?năm\s+nay(?!\w))?")),
    # ("tháng 1 năm nay": this year's month, one phrase, not the whole year)
    ("month", re.compile(rf"tháng\s+(?P<m>\d{{1,2}}|{_MONTH_WORD})(?:\s*[/-]\s*(?P<y>{_Y})|\.(?P<y4>{_Y})(?!\d)|\s+năm\s+(?P<y2>{_Y})|\s+(?P<nay>năm\s+nay)(?!\w))")),
    # "trong tháng 6, …", "riêng tháng 9": a month without its year is in the year reported on
    ("month_no_year", StartsWithWord(rf"(?:trong|riêng|tính riêng|hết|cuối)\s+tháng\s+(?P<m>\d{{1,2}}|{_MONTH_WORD_CLEAR})(?!\w)"
                                     r"(?!\d|[/.,]\d|\s*(?:năm|-|/))")),
    # "Trong tháng, toàn tỉnh …", "Trong tháng có 4/9 huyện …": the month a dated monthly report is about, its date's
    ("this_month", StartsWithWord(r"(?:trong|riêng|tính riêng)\s+tháng(?=\s*,|\s+(?:có|đã|toàn|các|ước|đạt|dự kiến|tăng|giảm|thực hiện)(?!\w))")),
    # "Tháng 10, xuất khẩu …": a month without its year opening a sentence is in the year reported on
    # (a headline's "Tháng 5: Tổng mức bán lẻ …" too)
    ("month_opening", re.compile(rf"tháng\s+(?P<m>\d{{1,2}}|{_MONTH_WORD_CLEAR})(?=\s*[,:])")),
    # "Trong học kỳ I năm học 2017-2018": a school year's first half runs from September to January, its second from
    # January to May (a count of schools at the term's end holds at its last month)
    ("semester", re.compile(rf"học\s+kỳ\s+(?P<s>ii|i|2|1|hai|một)\s+(?:của\s+)?năm\s+học\s+(?P<a>{_Y})\s*[-–—]\s*(?P<b>{_Y})(?!\w)")),
    ("phase", re.compile(rf"(?P<a>{_Y})\s*[-–—]\s*(?P<b>{_Y})\b")),
    # (also glued to the word after it, a typing slip: "năm 2020ước đạt")
    ("year", re.compile(rf"năm\s+(?P<y>{_Y})(?!\d)(?!\s*[-–—]\s*{_Y})")),
    ("year_after_kỳ", re.compile(rf"kỳ (?P<y>{_Y})\b")),  # the mention is the year alone (see _SPAN_GROUP)
    # "vụ Mùa 2019 đạt 53,47 nghìn ha": a year right after a crop season (without "năm") is the season's, the time of
    # its figures (the mention is the year alone; two years in a row are a "phase", read above)
    ("season_year", re.compile(rf"(?:{_CROP_SEASONS})\s+(?P<y>{_Y})(?!\d)(?!\s*[-–—/]\s*\d)")),
    # "bảng xếp hạng PCI 2023 với 70,94 điểm": a year right after an index's name is its edition, the time its scores
    # measure (periods.yaml indexes; the mention is the year alone)
    ("index_year", re.compile(rf"{_words_re('indexes')}\s+(?P<y>{_Y})(?!\d)(?!\s*[-–—/]\s*\d)")),
    # ("trong năm qua": the year just reported on, one phrase)
    # ("dự kiến đến hết năm có thêm 3 thôn": to the end of the year reported on, as "đến hết năm 2023" is that year)
    ("this_year", re.compile(r"năm\s+nay|trong\s+năm(?!\s+học)(?:\s+(?:vừa\s+)?qua(?!\w))?(?!\s+\d)(?!\s+(?:19|20)\d\d)|cả\s+năm(?!\s+(?:19|20)\d\d(?!\d))"
                             r"|(?:đến|tới|vào)\s+(?:hết|cuối)\s+năm(?!\s*(?:nay|\d))(?!\w)")),
    # "dự án đã cấp phép từ các năm trước": earlier years in general, not the year before (no period)
    ("last_year", re.compile(r"(?<!các )(?<!những )(?<!mấy )năm\s+(?:trước|ngoái)")),
    # "vốn FDI thực hiện trong tháng qua" in a dated article: the month before its date
    # (also "tháng trước" said as a time, not as a base: "địa phương có kim ngạch lớn nhất tháng trước với …")
    ("past_month", re.compile(r"(?<=trong )tháng\s+(?:qua|vừa\s+qua)(?!\w)|(?<=nhất )tháng\s+trước(?!\w)")),
    # ("tính đến thời điểm báo cáo": the report's own now, its date)
    ("now", re.compile(r"đến\s+(?:nay|thời\s+điểm\s+(?:này|hiện\s+tại|báo\s+cáo))|tới\s+(?:nay|thời\s+điểm\s+(?:này|hiện\s+tại|báo\s+cáo))"
                       r"|hiện\s+(?:nay|tại)")),
    # (also before a rate or a total it dates: "Hiện tỷ lệ hộ nghèo còn 8,5%", "Hiện tổng đàn trâu có …", a structure's
    # shares, "Hiện tỷ trọng … chiếm 34%", a party's cells, "Hiện Đảng bộ có 45 chi bộ")
    # (also set off by a comma: "Hiện, huyện Định Hóa có 15 sản phẩm …")
    ("now_opening", re.compile(r"hiện(?=\s*,|\s+(?:huyện|tỉnh|xã|toàn|thành|có|đang|đã|trên|cả\s+(?:nước|tỉnh|huyện)(?!\w)"
                               r"|(?:tỷ|tỉ)\s+(?:lệ|trọng)(?!\w)|cơ\s+cấu(?!\w)|đảng\s+bộ(?!\w)"
                               r"|tổng\s+(?:số|đàn|dư\s+nợ|diện\s+tích)(?!\w)|độ\s+(?:che|bao)\s+phủ(?!\w)))")),
    # "tỷ lệ hộ nghèo nay còn 2,1%": "nay" after the subject, before its verb, is the article's now
    ("now_after_subject", StartsWithWord(r"nay(?=\s+(?:còn|chỉ còn|giảm còn|tăng lên|đạt|đã có|có|là))")),
    # "Tổng đàn trâu bò hiện có 8.416 con": "hiện" after the subject, before its verb, is the article's now
    # (also before a figure's bound: "Dân số … hiện khoảng 1,5 triệu người")
    ("now_has", StartsWithWord(r"hiện(?=\s+(?:có|còn|chỉ còn|giảm còn|đạt|là|khoảng|gần|hơn|trên|xấp xỉ)(?!\w))")),
    # "chỉ số sản xuất … tháng 10 của cả nước ước tăng 7%": the month of a figure without its year
    # (also the month compared: "chỉ số … tháng 3 so với cùng kỳ")
    # (also with a comma before the verb: "Chỉ số sản xuất công nghiệp (IIP) tháng 5, tăng cao (+13,11%)")
    ("month_of_figure", StartsWithWord(rf"tháng\s+(?P<m>\d{{1,2}}|{_MONTH_WORD_CLEAR})(?=(?:\s*,)?\s+(?:của|ước|đạt|tăng|giảm|là|vừa qua|so\s+với|sẽ|dự\s+kiến)(?!\w))")),
    # "Ước tính kết thúc vụ Đông Xuân, tổng diện tích gieo trồng …": a crop season without its year that opens its
    # clause frames the figures after it in the season's year, the year reported on (not the report's month)
    # (the words of its end or course before it, "kết thúc vụ …", are read by _SEASON_CLAUSE_START_RE: a pattern that
    # opens with the seasons' own words is scanned fast)
    ("season_opening", StartsWithWord(rf"(?:{_CROP_SEASONS})(?:\s+năm\s+nay)?(?=\s*,)")),
]

# Words (one of which) a pattern's match must contain: a text without them is not scanned for it.
_NEEDS = {
    "rest_of_year": ("từ nay",), "semester": ("học kỳ",), "since_start": ("đầu",), "to_day_no_year": ("đến", "tới", "thời"), "month_no_year": ("tháng",), "this_month": ("tháng",), "month_opening": ("tháng",), "season_opening": ("vụ", "đông xuân"), "accumulated": ("lũy", "đầu"), "years_after": ("sau",), "last_years": ("năm",), "since_year": ("từ",), "from_to": ("từ",), "holiday": ("nghỉ", "dịp"), "that_span": ("giai đoạn",), "that_time": ("cùng thời điểm",), "before_day": ("trước",), "to_month": ("tháng",),
    "to_year_end": ("hết", "cuối"), "to_quarter": ("hết", "cuối"), "half_year": ("quý", "nửa"), "months": ("tháng",), "quarter": ("q",),
    "month": ("tháng",), "year": ("năm",), "year_after_kỳ": ("kỳ",), "season_year": ("vụ", "đông xuân"), "index_year": tuple(table("periods")["indexes"]), "this_year": ("năm",),
    "last_year": ("trước", "ngoái"), "first_month": ("đầu",), "past_month": ("qua", "trước"), "now": ("nay", "hiện", "thời"), "now_opening": ("hiện",), "now_after_subject": ("nay",), "now_has": ("hiện",), "month_of_figure": ("tháng",),
}
# ("giảm 1,27% so vụ đông xuân năm trước", "so cùng vụ năm trước": a crop season of an earlier year is a base too)
# (also a month compared with: "tăng 1,7% so với tháng 12 năm trước" — that year is the base's, not the figure's)
# (also "so sánh với", compared with: "tỷ lệ so sánh với vụ xuân năm 2019")
# (a base phrase ends at "và": "giảm 1,6% so với tháng trước và 7 tháng/2017 đạt …" names the next figure's own time)
_BASE_BEFORE_RE = re.compile(r"(?:(?<!\w)so(?:\s+với)?\s+(?:cùng\s+)?tháng\s+\d{1,2}|(?<!\w)so(?:\s+sánh)?\s+với(?:\s+(?!và(?!\w))[^\s\d,;.()]+){0,4}|(?<!\w)so(?:\s+(?:cuối|đầu|(?:cùng\s+)?vụ(?:\s+[^\s\d,;.()]+){0,3}))?|(?<!\w)so\s+(?:ước(?:\s+tính|\s+thực\s+hiện)?|thực\s+hiện)(?:\s+(?:cả|của))?|cùng\s+(?:kỳ|thời\s+điểm)|(?<!\w)ck)(?:\s+cùng\s+kỳ)?(?:\s+của)?\s*$")
# A time a figure is compared with ("tăng 5,1%, cao hơn mức tăng của quý I (3,8%) và thấp hơn quý trước (6,2%)",
# "bằng năm 2022 (…)"): a rate in the bracket right after it is that time's own (PeriodMention.compared); after "cao
# hơn"/"thấp hơn" the time dates that bracket only and is carried to no later figure (local).
_COMPARED_WITH_BEFORE_RE = re.compile(r"(?<!\w)(?:(cao|thấp)\s+hơn|bằng|so\s+với)(?:\s+(?:so\s+với\s+)?(?:mức|tốc\s+độ)\s+"
                                      r"(?:tăng(?:\s+trưởng)?|giảm)(?:\s+của)?)?(?:\s+(?:so\s+với\s+)?cùng\s+kỳ)?\s*$")
# "đạt 17,94% kế hoạch năm 2022", "bằng 52% dự toán cả năm": the year of the plan a ratio is measured against, not
# the figure's period (nor that of the sentences after it).
_PLAN_OF_RATIO_BEFORE_RE = re.compile(r"%\s*(?:so\s+(?:với\s+)?)?(?:kế\s+hoạch|kh|dự\s+toán)(?:\s+cả)?\s*$")  # (kế hoạch cả năm 2022)
# "vượt dự toán cả năm 12%", "đạt 85% kế hoạch năm": the year of a plan a figure is measured against, right after
# the verb that compares them, is the plan's, not the figure's time.
# (also a resolution, by whoever passed it: "đạt 83% so với Nghị quyết của Tỉnh ủy năm 2024")
_PLAN_COMPARED_BEFORE_RE = re.compile(r"(?<!\w)(?:vượt|đạt|bằng|so\s+với|hoàn\s+thành|cao\s+hơn|thấp\s+hơn)(?:\s+\d[\d.,]*\s*%)?\s+"
                                      r"(?:(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|kh)(?:\s+(?:hđnd|ubnd)?\s*(?:tỉnh|huyện|xã)?\s*giao)?"
                                      r"|(?:so\s+với\s+)?(?:nghị\s+quyết|nq)(?:\s+(?:của\s+)?(?:tỉnh\s+ủy|huyện\s+ủy|thành\s+ủy|đảng\s+ủy"
                                      r"|hđnd(?:\s+(?:tỉnh|huyện|xã|thành\s+phố))?|đại\s+hội))?)\s*$")
# A plan or target named right before a span of years: the span is the plan's ("78 xã đạt chuẩn, vượt chỉ tiêu giai
# đoạn 2016-2020"); it dates that target's own figures only, said right after it, and frames no other figure.
# ("vượt mục tiêu cả giai đoạn 2021-2025 được giao": the whole span of the target, still the target's only)
_PLAN_SPAN_BEFORE_RE = re.compile(r"(?<!\w)(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)(?:\s+(?:của\s+)?(?:cả|toàn))?"
                                  r"(?:\s+(?:giai\s+đoạn|thời\s+kỳ))?\s*$")
# "Phiên họp thường kỳ tháng 9 của UBND tỉnh diễn ra ngày 7/10": the month names the meeting, not the figures it hears
# (also with what the meeting is about between: "tại Hội nghị giao ban báo chí tháng 10-2025" is the meeting's month)
_MEETING_BEFORE_RE = re.compile(r"(?<!\w)(?:phiên\s+họp|kỳ\s+họp|hội\s+nghị|cuộc\s+họp|họp\s+báo)"
                                r"(?:\s+(?:thường\s+kỳ|định\s+kỳ)|(?:\s+[^\W\d]+){1,4})?\s*$")
_IDIOM_BEFORE_RE = re.compile(r"từ\s+trước\s*$")  # "từ trước đến nay": ever, not now
# "Tính từ trước đến nay, tỉnh thu hút 670 dự án": opening its clause, "since ever up to now" dates a running total
# since the start, which is held now (spec: a running total with no year named is a stock); "cao nhất từ trước đến
# nay" (the highest ever) stays an idiom
_SINCE_EVER_OPENING_RE = re.compile(r"(?:(?:^|[\n.;:,(])\s*|(?<!\w)tính\s+)từ\s+trước\s*$")
_REFERENCE_BEFORE_RE = re.compile(r"(?:\d+/[\w.\-/]*[a-zđ][\w.\-/]*\s*(?:ngày\s*)?|ngày\s*|so\s+sánh\s*(?:năm\s*)?|nhiệm\s+kỳ\s*|khóa\s+[\wivx]+,?\s*(?:nhiệm\s+kỳ\s*)?)$")


_SPAN_GROUP = {"year_after_kỳ": "y", "season_year": "y", "index_year": "y"}  # patterns whose mention is one group of the match


def _may_be_reference(before):
    """Cheap test that _REFERENCE_BEFORE_RE may match the text before a year (a code, ngày, so sánh, kỳ, khóa)."""
    return "/" in before or "ngày" in before or "sánh" in before or "kỳ" in before or "khóa" in before


_OPENS_A_SENTENCE_RE = re.compile(r"(?:^|[\n.;:])\s*$")
# "Theo báo cáo của Cục Thống kê tỉnh, tháng 5, …": a sentence's source said first, then its time, as at its opening
_AFTER_ITS_SOURCE_RE = re.compile(r"(?:^|[\n.;:])\s*theo\s[^,.;:\n\d]{0,80},\s*$")
_VERB_BEFORE_HIEN_RE = re.compile(r"(?:thực|thể|xuất|phát|hiển)\s+$")
# "chuyển tiếp 01 công trình sang năm 2024": the year a thing moves into, not the time of the figure
_INTO_BEFORE_RE = re.compile(r"(?<!\w)sang\s+$")
# "mức tăng cao nhất từ năm 2019 đến nay": the span a record is set in, not the figure's own time
# (and a first: "lần đầu tiên kể từ năm 1990, số lao động … vượt mốc 15.000 người")
_RECORD_BEFORE_RE = re.compile(r"(?<!\w)(?:(?:" + phrases_re(table("periods")["record_adjectives"])
                               + r")\s+nhất(?:\s+[^\W\d]+){0,4}|" + phrases_re(table("periods")["record_firsts"])
                               + r")\s*(?:kể\s+)?(?:từ|trong)?\s*$")
# "sản lượng đạt 3,99 triệu tấn, tương đương năm trước", "bằng năm 2022": the year the figure equals is its base
_EQUAL_TO_BEFORE_RE = re.compile(r"(?<!\w)(?:" + phrases_re(table("periods")["equal_to_words"]) + r")(?:\s+(?:với|so\s+với))?"
                                 r"(?:\s+(?:cùng\s+)?(?:kỳ|vụ(?:\s+[^\W\d]+){1,2}))?\s*$")  # ("… với vụ xuân năm ngoái")
# "gấp 2,74 lần năm 2021": the year right after a multiple is what it is a multiple of, not the figure's time
_OF_A_FIGURE_BEFORE_RE = re.compile(r"\d[\d.,]*\s*%?\s+của\s+$")
_MULTIPLE_BEFORE_RE = re.compile(r"\d\s*lần\s+(?:so\s+(?:với\s+)?)?(?:cả\s+)?$")
_DURATION_OPENING_RE = re.compile(r"(?:trong|sau|qua)\s*$")
# "Tính chung 5 tháng, chỉ số … tăng 7,2%": a count of months summed up from the start of the year is the report's span
_RUNNING_SPAN_OPENING_RE = re.compile(r"(?<!\w)(?:tính\s+chung|cộng\s+dồn|lũy\s+kế|luỹ\s+kế)\s*$")
# "Năm 2021 là năm đầu tiên triển khai …": the year is what the sentence describes, not the time of figures after it.
_DESCRIBED_YEAR_RE = re.compile(r"\s+(?:là|được xác định là)\s+năm(?!\w)")
_QUALIFIED_REACH = 70  # characters back from a year to the noun it may qualify
_SETS_A_GOAL_RE = re.compile(r"(?<!\w)(?:đề ra|đặt ra|phấn đấu|xác định|đặt mục tiêu)(?!\w)")


@lru_cache(maxsize=None)
def _aimed_plan_re():
    verbs = "|".join(re.escape(w) for w in sorted(table("periods")["aimed_plan_verbs"], key=len, reverse=True))
    # the verb, a few words (the tasks and plans aimed at, perhaps listed with commas), then "kế hoạch"/"nhiệm vụ"
    return re.compile(rf"(?<!\w)(?:{verbs})(?!\w)[^.;:\n\d]{{0,50}}?(?<!\w)(?:kế hoạch|nhiệm vụ|mục tiêu)\s+$")


@lru_cache(maxsize=None)
def _qualified_noun_re():
    nouns = "|".join(re.escape(w) for w in sorted(table("periods")["qualified_nouns"], key=len, reverse=True))
    # the noun, then words of its name (no clause break), then "giai đoạn", "năm", "thời kỳ" or a bracket
    # (a round's number and a comma may stand between: "công nhận xã đạt chuẩn … đợt 1, năm 2022")
    return re.compile(rf"(?<!\w)(?:{nouns})(?!\w)(?:\s+\d{{1,2}}\s*,)?[^,.;:\n]{{0,{_QUALIFIED_REACH}}}?(?:\s(?:giai đoạn|năm|thời kỳ|từ năm)\s*|\s*\(\s*)?$")


@lru_cache(maxsize=None)
def _noun_right_before_re(*nouns_keys):
    """One of the nouns of periods.yaml lists right before a period ("plan_year_nouns", "plan_span_nouns")."""
    return re.compile(rf"(?<!\w)(?:{phrases_re(w for key in nouns_keys for w in table('periods')[key])})\s+$")


def names_a_plans_capital(low: str, start: int) -> bool:
    """The period at `start` is said right after the capital a plan gives ("giải ngân vốn kế hoạch năm trước"): it
    is that plan's year, the capital's, not the time of what is done with it."""
    return _noun_right_before_re("plan_capital_nouns").search(low, max(0, start - 40), start) is not None


@lru_cache(maxsize=None)
def _qualified_noun_hint_re():
    """The nouns alone, without boundaries: a cheap first look (scanned for their literal words in C)."""
    return re.compile("|".join(re.escape(w) for w in table("periods")["qualified_nouns"]))


@lru_cache(maxsize=None)
def _crop_season_before_re():
    return re.compile(rf"(?<!\w)(?:{_CROP_SEASONS})(?:\s+năm)?\s*$")  # (vụ đông 2023-2024, vụ đông năm 2023 - 2024)


# "Kết thúc vụ Đông Xuân 2023-2024, cả tỉnh gieo trồng được …": a season that opens its clause, with nothing but a word
# of its end or course before it, frames the clause: its two years are the period of the figures after it
_SEASON_HEAD_RE = re.compile(r"\s*(?:(?:kết\s+thúc|trong|tổng\s+kết|qua)\s+)?")


# where a clause starts, and at most an estimate's word before the season ("Ước tính kết thúc vụ Đông Xuân, …")
_SEASON_CLAUSE_START_RE = re.compile(r"(?:^|[\n.;:]|\.\s)\s*(?:[-–+*•]\s*)?(?:(?:ước\s+tính|dự\s+ước|ước)\s+)?"
                                     r"(?:(?:kết\s+thúc|trong|tổng\s+kết|qua|hết)\s+)?$")


def _season_opens_its_clause(low, start):
    window = max(0, start - 40)
    before = low[window:start]
    season = _crop_season_before_re().search(before)
    if season is None:
        return False
    boundary = max(before.rfind(".", 0, season.start()), before.rfind(";", 0, season.start()),
                   before.rfind(":", 0, season.start()), before.rfind("\n", 0, season.start()))
    if boundary < 0 and window > 0:
        return False  # (no clause start within reach)
    return _SEASON_HEAD_RE.fullmatch(before, boundary + 1, season.start()) is not None


# "Lúa vụ mùa năm 2018 thời tiết diễn biến phức tạp, …": a season's year in a sentence that gives no figure after it
# describes the season; it is no time of the figures of the sentences after it
_NO_FIGURE_TO_SENTENCE_END_RE = re.compile(r"[^\d\n]{0,400}?(?:\.(?:\s|$)|\n|$)")


def _names_a_crop_season(low, start, end):
    """`vụ Đông Xuân 2023-2024`: two years in a row right after a crop season name the season (it straddles the new
    year), not a two-year period of its figures (spec: a year or phase that qualifies a noun)."""
    if "vụ" not in low[max(0, start - 25):start]:
        return False
    years = re.findall(r"\d{4}", low[start:end])
    return len(years) == 2 and int(years[1]) == int(years[0]) + 1 \
        and _crop_season_before_re().search(low, max(0, start - 25), start) is not None


# "Vốn bố trí cho Chương trình … năm 2023 là 8.200 tỷ đồng": a year right before the verb and the figure
_VERB_AND_FIGURE_AFTER_RE = re.compile(r"\s+(?:là|đạt)\s+(?:(?:khoảng|trên|hơn|gần)\s+)?\d")


@lru_cache(maxsize=None)
def _programme_before_re():
    nouns = "|".join(re.escape(w) for w in sorted(table("periods")["programme_nouns"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{nouns})(?!\w)[^,.;:\n()]{{0,{_QUALIFIED_REACH}}}?\s*$")


def _closes_a_programme_amount(low, start, end):
    """A programme runs over years: one year named after it, right before the verb and the figure of the sentence
    ("vốn bố trí cho Chương trình … năm 2023 là 8.200 tỷ đồng"), is the time of that amount, not part of the
    programme's name."""
    return _VERB_AND_FIGURE_AFTER_RE.match(low, end) is not None \
        and _programme_before_re().search(low, max(0, start - _QUALIFIED_REACH - 20), start) is not None


@lru_cache(maxsize=None)
def _estimate_cue_before_re():
    """An estimate's or expectation's cue (cues.yaml modality) right before what is read ("ước tháng 2, …")."""
    modality = table("cues")["modality"]
    return re.compile(r"(?<!\w)(?:" + phrases_re(modality["estimate"] + modality["expected"]) + r")\s+$")


@lru_cache(maxsize=None)
def _population_of_a_year_re():
    wholes = phrases_re(table("cues")["population_wholes"])
    # a percent, then the people it is counted over ("đạt 80,98% dân số năm 2016", "so với dân số năm 2016")
    return re.compile(rf"%\s+(?:so với\s+)?(?:{wholes})(?:\s+(?:toàn|cả|của)\s+\w+)?\s+(?:năm\s+)?$")


def _qualifies_a_noun(low, start):
    """The year or phase at `start` names part of a noun before it (chuẩn nghèo giai đoạn 2021-2025), or the people a
    rate is counted over (tỷ lệ bao phủ đạt 80,98% dân số năm 2016): it is not the time of the figures around it, nor
    carried to later ones (spec: Periods)."""
    before = low[max(0, start - _QUALIFIED_REACH - 20):start]
    if "%" in before and _population_of_a_year_re().search(before) is not None:
        return True
    if _qualified_noun_hint_re().search(before) is None:
        return False
    noun = _qualified_noun_re().search(before)
    # (a verb setting a goal between the noun and the year ends the name: "Nghị quyết Đại hội Đảng bộ huyện đề ra
    # đến năm 2025 có 80% số xã …" sets a target for 2025, the congress is not named by it)
    return noun is not None and _SETS_A_GOAL_RE.search(before, noun.start()) is None
_REPORT_SPANS = (6, 7, 8, 9, 10, 11)
# (and fewer months in a text dated in the month after them: "Thu ngân sách 5 tháng đạt 17.200 tỷ đồng"
# in June is of January to May — unless said as a run of months: "giảm 3 tháng liên tiếp", "3 tháng qua")
_MONTHS_LASTING_AFTER_RE = re.compile(r"\s+(?:liên\s+tiếp|liền|qua|trước|tới|nữa|sau|gần\s+đây)(?!\w)")


def _span_named_before(low: str, count_text: str, before: int) -> bool:
    """"dự ước 5 tháng đầu năm 2019 … ; 5 tháng khai thác 12.380 tấn": a bare count of months the text has already
    named as its report's span (`N tháng đầu năm`) is that span again, not a duration."""
    return low.rfind(f"{count_text} tháng đầu năm", 0, before) >= 0


def find_periods(low: str, doc_date: DocDate | None, doc_year: int | None) -> list[PeriodMention]:
    """Every period phrase of the lower-cased working text, left to right, without overlaps."""
    found = []
    taken = bytearray(len(low) + 1)

    def free(start, end):
        return taken.find(1, start, end) == -1

    for kind, pattern in _PATTERNS:
        needs = _NEEDS.get(kind)
        if needs and not any(map(low.__contains__, needs)):
            continue  # the text lacks every word the pattern needs: no scan
        group = _SPAN_GROUP.get(kind, 0)
        for match in pattern.finditer(low):
            start, end = match.span(group)
            while start < end and low[start].isspace():
                start += 1
            if start >= end or not free(start, end):
                continue
            since_ever = kind == "now" and _SINCE_EVER_OPENING_RE.search(low, max(0, start - 20), start) is not None
            if kind in ("now", "now_opening") and (start > 0 and low[start - 1].isalpha()
                                                   or _IDIOM_BEFORE_RE.search(low[max(0, start - 12):start]) and not since_ever):
                continue
            if kind == "now_opening" and not re.search(r"(?:^|[\n,.;:(])\s?$", low[max(0, start - 2):start]):
                continue  # "Hiện huyện có …" opens a clause; "thực hiện" is another word
            if kind in ("now_has", "now") and low.startswith("hiện", start) \
                    and _VERB_BEFORE_HIEN_RE.search(low, max(0, start - 6), start):
                continue  # "thực hiện có", "phát hiện có", "thực hiện tại 10 huyện": another word, not "now"
            if kind == "month_opening" and not _OPENS_A_SENTENCE_RE.search(low, max(0, start - 3), start) \
                    and not _AFTER_ITS_SOURCE_RE.search(low, max(0, start - 100), start) \
                    and not _estimate_cue_before_re().search(low, max(0, start - 20), start):
                # ("… giảm so với tháng 9, …": a month inside a sentence is read by the other patterns; but "Riêng vận
                # chuyển hàng hóa ước tháng 2, toàn tỉnh …" dates the clause after it, as "Tháng 2, …" does)
                continue
            if kind == "season_opening" and not _SEASON_CLAUSE_START_RE.search(low, max(0, start - 30), start):
                continue  # ("… gieo trồng ngô vụ Đông Xuân, …": a season after its noun qualifies it)
            before = low[max(0, start - 40):start]
            before = before[before.rfind("\n") + 1:]  # (what the line before ends on, "… so cùng kỳ", is not this one's)
            if kind in ("year", "phase", "month", "year_after_kỳ") and _may_be_reference(before) \
                    and _REFERENCE_BEFORE_RE.search(before):
                continue
            mention = _resolve(kind, match, doc_date, doc_year, low, end)
            if mention is None:
                continue
            mention.start, mention.end = start, end
            if since_ever:
                mention.flow = mention.stock
            mention.base = kind == "year_after_kỳ" or ("so" in before or "kỳ" in before or "ck" in before) \
                and bool(_BASE_BEFORE_RE.search(before)) \
                or kind in ("year", "this_year") and "%" in before and bool(_PLAN_OF_RATIO_BEFORE_RE.search(before)) \
                or kind in ("year", "this_year") and bool(_PLAN_COMPARED_BEFORE_RE.search(before)) \
                or kind in ("year", "phase") and _qualifies_a_noun(low, start) \
                or kind in ("month", "month_no_year", "month_of_figure") and _MEETING_BEFORE_RE.search(before) is not None \
                and not (kind == "year" and _closes_a_programme_amount(low, start, end)) \
                or kind == "phase" and _names_a_crop_season(low, start, end) and not _season_opens_its_clause(low, start) \
                or kind == "year" and "vụ" in before and _crop_season_before_re().search(before) is not None \
                and _NO_FIGURE_TO_SENTENCE_END_RE.match(low, end) is not None \
                or kind == "year" and before.rstrip().endswith(("kế hoạch", "nhiệm vụ", "mục tiêu")) \
                and _aimed_plan_re().search(low, max(0, start - 80), start) is not None \
                or kind == "year" and _DESCRIBED_YEAR_RE.match(low, end) is not None \
                or kind == "year" and _INTO_BEFORE_RE.search(low, max(0, start - 6), start) is not None \
                or kind == "year" and _MULTIPLE_BEFORE_RE.search(before) is not None \
                or kind in ("year", "last_year") and _EQUAL_TO_BEFORE_RE.search(before) is not None
            if kind == "year" and mention.base and _DESCRIBED_YEAR_RE.match(low, end) is not None:
                mention.plan = True  # "Năm 2016 là năm đầu tiên thực hiện …": the year of the targets set out after it
            if kind == "phase" and not mention.base and _PLAN_SPAN_BEFORE_RE.search(before):
                mention.local = mention.plan = True  # "vượt chỉ tiêu giai đoạn 2016-2020": the target's span only
            if kind == "year" and not mention.base and _OF_A_FIGURE_BEFORE_RE.search(before):
                mention.local = True  # "… cao hơn mức tăng 2,11% của năm 2020; …": that figure's year, carried to no other
            if kind in ("year", "last_year") and not mention.base \
                    and _noun_right_before_re("plan_year_nouns", "plan_capital_nouns").search(before):
                mention.base = mention.plan = True  # "nhiệm vụ phát triển kinh tế - xã hội năm 2024": the plan's year
                # (also the year before: "giải ngân vốn kế hoạch năm trước được phép kéo dài sang năm 2025")
            if kind in ("months", "rest_of_year", "quarter", "half_year") and not mention.base \
                    and _noun_right_before_re("plan_span_nouns").search(before):
                mention.base = mention.plan = True  # "phương hướng nhiệm vụ 3 tháng cuối năm 2018": the tasks' span
            if kind == "year" and not mention.base and _goal_year_without_figures(low, start, end):
                mention.local = True  # ("… nền tảng để đạt mục tiêu tăng trưởng hai con số trong năm 2025.": a goal's year)
            if kind == "year" and not mention.base and _FROM_FIGURE_BEFORE_RE.search(before) \
                    and _TO_AFTER_RE.match(low, end):
                mention.local = True
            if kind in ("since_year", "from_to", "year", "last_years") and not mention.base \
                    and _RECORD_BEFORE_RE.search(low, max(0, start - 40), start) is not None:
                # "… tăng 12,74% - đây là mức tăng cao nhất từ năm 2019 đến nay": the span a record is set in, not
                # the figure's own time (so are the years just past: "cao nhất trong 5 năm qua")
                mention.base = True
            compared = _COMPARED_WITH_BEFORE_RE.search(before)
            if compared is not None:
                mention.compared = True
                if not mention.base and compared.group(1):
                    mention.local = True  # "cao hơn mức tăng của quý I (3,8%)": the compared time, of its bracket only
            found.append(mention)
            taken[start:end] = b"\x01" * (end - start)
    found.sort(key=lambda m: m.start)
    _capital_carried_over(low, found)
    _gloss_of_a_span(low, found)
    _season_years_after_a_date(low, found)
    _month_of_the_report(low, found)
    _since_to_the_span_named(found, doc_date)
    latest = doc_date.year if doc_date else doc_year
    if latest is None:
        latest = max((m.year for m in found if m.kind == "year" and not m.base and m.year), default=None)
    return _anchor_relative_mentions(found, low, latest, _report_month(doc_date))


def _report_month(doc_date):
    """(year, month) a dated report tells of: its date's month, or the month just ended in a month's first days."""
    if doc_date is None or doc_date.month is None:
        return None
    if doc_date.day is not None and doc_date.day <= _FIRST_DAYS_OF_MONTH:
        return (doc_date.year, doc_date.month - 1) if doc_date.month > 1 else (doc_date.year - 1, 12)
    return doc_date.year, doc_date.month


def _capital_carried_over(low, found):
    """"nguồn vốn đầu tư công năm 2024 kéo dài sang năm 2025 giải ngân được 1.034 tỷ đồng", "Kế hoạch vốn năm 2019 chuyển
    nhiệm vụ chi sang năm 2020 … là 59,61 tỷ đồng": the year a capital was planned in names the capital; what is
    disbursed of it is disbursed in the year it was carried into, at the time the text reports on."""
    for origin, into in zip(found, found[1:]):
        if origin.kind == "year" and into.kind == "year" \
                and _CARRIED_INTO_GAP_RE.fullmatch(low, origin.end, into.start) is not None:
            origin.base, origin.plan = True, False


_CARRIED_INTO_GAP_RE = re.compile(r"[^,.;:\d]{0,30}?(?<!\w)(?:kéo\s+dài|chuyển(?:\s+(?:nguồn|nhiệm\s+vụ\s+chi))?)\s+sang\s+")


def _gloss_of_a_span(low, found):
    """"Trong khoảng 4 năm (ước đến hết năm 2024), …", "Trong 5 năm (2016 - 2020), …": a time in a bracket right after a
    span of years says where that span ends; the span, not the bracket, dates what follows."""
    for span, gloss in zip(found, found[1:]):
        if span.kind == "phase" and not span.base and _GLOSS_OPENING_RE.fullmatch(low, span.end, gloss.start) is not None:
            gloss.local = True
            if gloss.kind == "phase" and gloss.flow:
                span.flow = span.stock = gloss.flow


_GLOSS_OPENING_RE = re.compile(r"\s*\(\s*(?:(?:ước|dự\s+kiến|tính)\s+)?(?:(?:đến|tới)\s+)?(?:hết\s+|cuối\s+)?(?:năm\s+)?")


def _since_to_the_span_named(found, doc_date):
    """"Từ đầu năm đến nay, toàn tỉnh có 513 doanh nghiệp …. Năm tháng đầu năm, có 250 doanh nghiệp …" in a text known
    only to its month (June): its now is the end of the one span from January it names (May; also "tính đến cuối
    tháng 5"), not the month it came out in. (A text dated to the day keeps that day: "2013-01/2013-08-19".)"""
    if doc_date is None or doc_date.month is None or doc_date.day is not None:
        return
    spans = {m.flow for m in found if m.kind in ("months", "to_month") and not m.base and m.year == doc_date.year
             and m.flow and m.flow.startswith(f"{doc_date.year:04d}-01/")}
    if len(spans) != 1:
        return
    span = spans.pop()
    if int(span[-2:]) >= doc_date.month:
        return
    for mention in found:
        if mention.kind == "since" and mention.year == doc_date.year and not mention.base:
            mention.flow, mention.stock = span, span.split("/")[1]


_DATED_KINDS = ("to_day", "before_day", "to_month", "month", "month_of_figure", "months", "quarter", "half_year")


def _season_years_after_a_date(low, found):
    """`Tính đến ngày 15/9/2021, cây trồng vụ thu mùa năm 2021 đã thu hoạch xong; trong đó, lúa …`: the year after a crop
    season says which season the crop is of; where its sentence has already dated the figures more closely in that
    year, the date is their time and the season's year part of the season's name (spec: a year that qualifies a noun)."""
    dated = None
    for mention in found:
        if mention.base:
            continue
        if mention.kind in _DATED_KINDS:
            dated = mention
            continue
        if mention.kind == "year" and dated is not None and dated.year == mention.year \
                and "vụ" in low[max(0, mention.start - 25):mention.start] \
                and "." not in low[dated.end:mention.start] \
                and ("\n" not in low[dated.end:mention.start] or _heads_a_list(low, dated.end, mention.start)) \
                and _crop_season_before_re().search(low, max(0, mention.start - 25), mention.start) is not None:
            mention.base = True


def _heads_a_list(low, start, end):
    """`Tình hình … ước 9 tháng năm 2020:` ending its line with a colon heads the lines after it: the span it names
    dates the items listed under it, as one sentence would (round 34: a season's year in such an item names the
    season)."""
    line_end = low.find("\n", start, end)
    return line_end >= 0 and low[start:line_end].rstrip().endswith(":")


def _month_of_the_report(low, found):
    """"Tháng 8/2019, chỉ số … tăng 4,85%. Trong tháng, …", "Tính đến cuối tháng 4 … Trong tháng có …": a month
    without its number is the month the text named last (read from the article's date only where it names none)."""
    named = None
    for mention in found:
        if mention.base or mention.kind not in ("month", "to_month"):
            continue
        if not any(ch.isdigit() for ch in low[mention.start:mention.end]) and low.startswith(("trong", "riêng", "tính"), mention.start):
            if named is not None and named.stock and mention.start - named.end <= _ANCHOR_REACH * 5:
                mention.flow = mention.stock = named.stock
                mention.year = named.year
        else:
            named = mention


_YEAR_COUNTED_TO_BEFORE_RE = re.compile(rf"năm\s+({_Y})\s*,?\s*(?:tính\s+)?$")
_SAME_CLAUSE_REACH = 40  # characters from a time said to a "lũy kế" of the same clause
_SAME_SENTENCE_REACH = 200  # characters from a year said to a quarter of its sentence that names no year
_SENTENCE_END_RE = re.compile(r"[.!?\n]\s")
_ANCHOR_REACH = 400  # characters back from "lũy kế" or "sau 10 năm" to the period it counts from


def _anchor_relative_mentions(mentions, low, latest=None, report_month=None):
    """Periods said against one said before them; without it they tell no period of their own and are dropped.
    `Trong tháng 5/2018 … Lũy kế từ đầu năm …`: from January to that month. `Năm 2010, … Sau 10 năm, …`: 2020.
    A count of years that would pass the article's year (else the last year the text names), `Năm 2024, … Sau 7
    năm nỗ lực, huyện đã hoàn thành …`, counts from some other start: it tells no period. A running total in a text
    that has reported a span of the year (a quarter, months from January, the whole year) and names no month runs
    from January to the month the dated report tells of (`report_month`)."""
    kept, month, year, from_january, span, day = [], None, None, None, None, None
    reported_span = False
    for mention in mentions:
        if mention.kind in ("quarter", "months", "this_year") and not mention.base:
            reported_span = True
        if mention.kind in ("to_day", "to_day_no_year") and not mention.base:
            day = mention
        if mention.kind == "that_time":
            if day is None or mention.start - day.end > _ANCHOR_REACH * 3:
                continue
            mention.flow, mention.stock, mention.year, mention.kind = day.flow, day.stock, day.year, "to_day"
        elif mention.kind == "that_span":
            if span is None or mention.start - span.end > _ANCHOR_REACH:
                continue
            mention.flow, mention.stock, mention.year = span.flow, span.stock, span.year
        elif mention.kind == "phase" and "/" in (mention.flow or "") and len(mention.flow or "") == 9:
            span = mention  # (a span of years, "2021/2024", qualifying a noun or not: what "giai đoạn trên" points to)
        if mention.kind == "month" and not mention.base:
            month = mention
        if mention.kind == "months" and not mention.base and (mention.flow or "")[4:8] == "-01/":
            from_january = mention
        if mention.kind == "quarter" and mention.implied_year and year is not None and year.year is not None \
                and year.year != mention.year and mention.start - year.end <= _SAME_SENTENCE_REACH \
                and not _SENTENCE_END_RE.search(low, year.end, mention.start):
            # "GDP năm 2020 của nước ta tăng 2,91% (quý I tăng 3,68%; quý II …)" in a text of 2021: a quarter said
            # without its year, after a year its sentence names, is of that year
            old_year, new_year = f"{mention.year:04d}", f"{year.year:04d}"
            mention.flow = (mention.flow or "").replace(old_year, new_year) or None
            mention.stock = (mention.stock or "").replace(old_year, new_year) or None
            mention.year = year.year
        if mention.kind == "year" and not mention.base:
            year = mention
        if mention.kind == "years_after":
            if year is None or mention.start - year.end > _ANCHOR_REACH:
                continue
            if latest is not None and year.year + mention.year > latest:
                continue
            mention.year = year.year + mention.year  # (the count, until anchored)
            mention.flow = mention.stock = f"{mention.year:04d}"
            mention.kind = "year"
            year = None  # "sau 10 năm" counts from the year before it once
        if mention.kind == "accumulated" and kept and kept[-1].kind in ("to_month", "to_day") and not kept[-1].base \
                and mention.start - kept[-1].end <= _SAME_CLAUSE_REACH and kept[-1].flow:
            # ("Đến tháng 11/2023, diện tích lũy kế nuôi cá tra ước đạt 2.450 ha": the running total to the time said
            # just before it, from January, whatever it counts)
            mention.flow = mention.stock = kept[-1].flow
        elif mention.kind == "accumulated" and (month is None or mention.start - month.end > _ANCHOR_REACH
                                              or month.year != mention.year) \
                and from_january is not None and from_january.year == mention.year:
            # ("Bản tin … tháng 6 và 6 tháng đầu năm 2024 … Nhìn chung, lũy kế chỉ số … tăng": the span from January
            # the report names, however far back)
            mention.flow, mention.stock = from_january.flow, from_january.stock
        elif mention.kind == "accumulated" and (month is None or mention.start - month.end > _ANCHOR_REACH) \
                and reported_span and report_month is not None and report_month[0] == mention.year:
            # ("GRDP quý 4 đạt 8,05% (cả năm ước đạt 8,44%) … Luỹ kế tổng sản lượng thủy sản ước đạt …" in a report of
            # December: from January to December)
            mention.flow = months_range(mention.year, 1, report_month[1])
            mention.stock = _ym(mention.year, report_month[1])
        elif mention.kind == "accumulated":
            if month is None or mention.start - month.end > _ANCHOR_REACH or month.year != mention.year:
                continue
            mention.flow = months_range(mention.year, 1, int(month.stock[5:7]))
            # (a stock said as a running total, "Diện tích nuôi tôm … lũy kế 8.530 ha", holds at that month's end)
            mention.stock = month.stock
        kept.append(mention)
    return kept


def _year_of(match, doc_year):
    groups = match.groupdict()
    for name in ("y", "y2", "y3", "y4"):  # (y4: "tháng 9.2021", a dot between month and year)
        if groups.get(name):
            return int(groups[name])
    return doc_year


def _resolve(kind, match, doc_date, doc_year, low, end):
    g = match.groupdict()
    if kind == "season_opening":
        return None if doc_year is None else PeriodMention(0, 0, f"{doc_year:04d}", f"{doc_year:04d}", "season", doc_year)
    if kind in ("that_span", "that_time"):
        return PeriodMention(0, 0, None, None, kind, None)
    if kind == "last_years":
        count, year = _number(g["n"]), doc_year if doc_year is not None else (doc_date.year if doc_date else None)
        if not count or count < 2 or count > 30 or year is None:
            return None
        span = f"{year - count + 1:04d}/{year:04d}"
        return PeriodMention(0, 0, span, span, "phase", year)
    if kind == "years_after":
        count = _number(g["n"])
        return PeriodMention(0, 0, None, None, "years_after", count) if count else None
    if kind == "rest_of_year":
        year = int(g["y"]) if g.get("y") else (doc_date.year if doc_date else doc_year)
        if year is None:
            return None
        if doc_date is None or doc_date.month is None or doc_date.year != year:
            return PeriodMention(0, 0, f"{year:04d}", f"{year:04d}", "year", year)
        return PeriodMention(0, 0, months_range(year, doc_date.month, 12), f"{year:04d}", "rest_of_year", year)
    if kind == "semester":
        first, last = int(g["a"]), int(g["b"])
        if last != first + 1:
            return None
        if g["s"] in ("i", "1", "một"):
            return PeriodMention(0, 0, f"{_ym(first, 9)}/{_ym(last, 1)}", _ym(last, 1), "semester", last)
        return PeriodMention(0, 0, f"{_ym(last, 1)}/{_ym(last, 5)}", _ym(last, 5), "semester", last)
    if kind in ("since_start", "accumulated"):
        year = int(g["y"]) if g.get("y") else (doc_date.year if doc_date else doc_year)
        if year is None:
            return None
        if doc_date and doc_date.year == year and doc_date.month:
            last = str(doc_date)
            # (January to a month of a date without its day: months_range; January to December is the year)
            text = f"{year:04d}-01/{last}" if doc_date.day is not None else months_range(year, 1, doc_date.month)
        else:
            text = f"{year:04d}"
        return PeriodMention(0, 0, text, text, "since" if kind == "since_start" else "accumulated", year)
    if kind == "from_to":
        return _from_to(g, doc_date, doc_year)
    if kind == "holiday":  # (read as "từ ngày D1 đến ngày D2", in the year said or the text's own)
        return _from_to({**dict.fromkeys(_FROM_TO_GROUPS), **g}, doc_date, doc_year)
    if kind == "since_year":
        first = int(g["a"])
        last = int(g["b"]) if g.get("b") else (doc_date.year if doc_date else doc_year)
        if last is None:
            return None
        text = f"{first:04d}/{last:04d}"
        return PeriodMention(0, 0, text, text, "phase", last)
    if kind in ("to_day", "before_day", "to_day_no_year"):
        year = int(g["y"]) if g.get("y") else (doc_date.year if doc_date else doc_year)
        if year is None:
            return None
        month, day = int(g["m"]), int(g["d"])
        if not (1 <= month <= 12 and 1 <= day <= _days_in(year, month)):
            return None
        point = _ymd(year, month, day)
        if kind == "before_day":
            return PeriodMention(0, 0, point, point, "day", year)  # a deadline
        # "(tính) đến (hết) ngày D", "thời điểm D": an amount done over time runs from 1 January to D, a stock or a
        # status is the point D (spec: Periods)
        flow = point if (month, day) == (1, 1) else f"{_ym(year, 1)}/{point}"
        counted_year = _YEAR_COUNTED_TO_BEFORE_RE.search(low, max(0, match.start() - 24), match.start()) \
            if month == 1 else None
        if counted_year is not None and counted_year.group(1) == str(year - 1):
            # "Thu ngân sách năm 2023 tính đến ngày 03/01/2024 …": the year named, counted to a day just after its end
            flow = f"{year - 1:04d}"
        return PeriodMention(0, 0, flow, point, "to_day", year)
    if kind == "to_month":
        year = _year_of(match, doc_date.year if doc_date else doc_year)
        month = _month_number(g["m"])
        if year is None or not 1 <= month <= 12:
            return None
        return PeriodMention(0, 0, months_range(year, 1, month), _ym(year, month), "to_month", year)
    if kind == "to_quarter":
        quarter = table("periods")["quarters"].get(g["q"])
        year = _year_of(match, doc_date.year if doc_date else doc_year)
        if not quarter or year is None:
            return None
        return PeriodMention(0, 0, months_range(year, 1, 3 * quarter), _ym(year, 3 * quarter), "to_month", year)
    if kind == "to_year_end":
        year = int(g["y"])
        return PeriodMention(0, 0, f"{year:04d}", f"{year:04d}", "year", year)
    if kind == "half_year":
        year = int(g["y"]) if g.get("y") else (doc_date.year if doc_date else doc_year)
        if year is None:
            return None
        text = months_range(year, 1, 6) if g["pos"] == "đầu" else months_range(year, 7, 12)
        return PeriodMention(0, 0, text, text, "months", year)
    if kind == "months":
        count = _number(g["n"])
        if not count or not 1 <= count <= 12:
            return None
        if g.get("nay"):
            year = doc_date.year if doc_date else doc_year
        else:
            year = _year_of(match, doc_date.year if doc_date else doc_year)
        # "3 tháng" alone is a duration unless a year or "đầu/cuối năm" places it; 6 to 11 months are the spans
        # statistical reports are made for ("10 tháng", "11 tháng").
        has_anchor = bool(g.get("pos") or g.get("y") or g.get("y2") or g.get("y3") or g.get("nay")) \
            or count in _REPORT_SPANS \
            or bool(_DURATION_OPENING_RE.search(low, max(0, match.start() - 8), match.start())) \
            or bool(_RUNNING_SPAN_OPENING_RE.search(low, max(0, match.start() - 12), match.start())) \
            or _span_named_before(low, g["n"], match.start()) \
            or doc_date is not None and doc_date.month == count + 1 and year == doc_date.year \
            and _MONTHS_LASTING_AFTER_RE.match(low, match.end()) is None
        if year is None or not has_anchor:
            return None
        first, last = (13 - count, 12) if g.get("pos") == "cuối" else (1, count)
        text = months_range(year, first, last)
        # in an N-month report a stock (a herd, a rate, the people taking part) holds at the span's end
        return PeriodMention(0, 0, text, _ym(year, last) if last < 12 else f"{year:04d}", "months", year)
    if kind == "quarter":
        quarter = table("periods")["quarters"].get(" ".join(g["q"].split()))
        year = _year_of(match, None)
        if year is None:
            # ("quý I kể từ năm 2020": the year a comparison starts from is not the quarter's)
            tail = re.match(rf"(?:(?!từ|so\s)[^.;]){{0,25}}?năm\s+({_Y})", low[end:end + 40])
            year = int(tail.group(1)) if tail else (doc_date.year if doc_date else doc_year)
            if tail is None and quarter and year is not None and doc_date is not None and doc_date.month is not None \
                    and 3 * quarter - 2 > doc_date.month:
                year -= 1  # ("quý IV" in a text of January: the quarter just ended)
        if not quarter or year is None:
            return None
        text = months_range(year, 3 * quarter - 2, 3 * quarter)
        # a stock (a herd, a rate) said of a quarter holds at its last month, as for an N-month span
        return PeriodMention(0, 0, text, _ym(year, 3 * quarter), "quarter", year,
                             implied_year=_year_of(match, None) is None and tail is None)
    if kind == "this_month":
        reported = _report_month(doc_date)
        if reported is None:
            return None
        year, month = reported
        return PeriodMention(0, 0, _ym(year, month), _ym(year, month), "month", year)
    if kind in ("month_no_year", "month_opening", "month_of_figure"):
        year = doc_date.year if doc_date else doc_year
        month = _month_number(g["m"])
        if year is None or not 1 <= month <= 12:
            return None
        if doc_date is not None and doc_date.month is not None and month > doc_date.month:
            year -= 1  # "Sản lượng … trong tháng 12 ước đạt …" in a text of January 2015: the December before it
        return PeriodMention(0, 0, _ym(year, month), _ym(year, month), "month", year, implied_year=True)
    if kind == "month":
        year = _year_of(match, (doc_date.year if doc_date else doc_year) if g.get("nay") else None)
        if year is None:
            return None
        month = _month_number(g["m"])
        if not 1 <= month <= 12:
            return None
        return PeriodMention(0, 0, _ym(year, month), _ym(year, month), "month", year)
    if kind == "phase":
        first, last = int(g["a"]), int(g["b"])
        if not first < last <= first + 30:
            return None
        text = f"{first:04d}/{last:04d}"
        if last == first + 1 and _SCHOOL_YEAR_BEFORE_RE.search(low, max(0, match.start() - 12), match.start()):
            # "học kỳ 1 năm học 2017-2018": a school year, the time a school report is about (it carries on to the
            # sentences after it, as a year does; a plan's phase does not)
            return PeriodMention(0, 0, text, text, "school_year", last)
        return PeriodMention(0, 0, text, text, "phase", last)
    if kind in ("year", "year_after_kỳ", "season_year", "index_year"):
        year = int(g["y"])
        return PeriodMention(0, 0, f"{year:04d}", f"{year:04d}", "year", year)
    if kind == "this_year":
        # "cả năm", "trong năm": the year reported on (doc_year; a January report's is the year just ended);
        # "năm nay" is the calendar year of the article
        if doc_date is not None and match.group(0).startswith("năm"):
            year = doc_date.year
        else:
            year = doc_year if doc_year is not None else (doc_date.year if doc_date else None)
        if year is None:
            return None
        if match.group(0).endswith("qua") and doc_date is not None and doc_date.month is not None \
                and doc_date.month <= 3 and year == doc_date.year:
            year -= 1  # "trong năm qua" said in the first months of a year: the year just ended
        return PeriodMention(0, 0, f"{year:04d}", f"{year:04d}", "this_year", year)
    if kind == "first_month":
        year = int(g["y"]) if g.get("y") else (doc_date.year if doc_date else doc_year)
        if year is None:
            return None
        return PeriodMention(0, 0, _ym(year, 1), _ym(year, 1), "month", year)
    if kind == "past_month":
        if doc_date is None or doc_date.month is None:
            return None
        year, month = (doc_date.year, doc_date.month - 1) if doc_date.month > 1 else (doc_date.year - 1, 12)
        return PeriodMention(0, 0, _ym(year, month), _ym(year, month), "month", year)
    if kind == "last_year":
        year = doc_date.year if doc_date else doc_year
        if year is None:
            return None
        return PeriodMention(0, 0, f"{year - 1:04d}", f"{year - 1:04d}", "year", year - 1)
    if kind in ("now", "now_opening", "now_after_subject", "now_has"):
        if kind == "now_has" and doc_date is not None and doc_year is not None and doc_year < doc_date.year:
            # "Ước tính số lượng đàn vật nuôi hiện có …" in a January report on the year just ended: the stock a
            # statistical report gives as held is held at the end of the year it reports on (as "đến hết năm 2023" is
            # that year); "đến nay", "hiện nay" stay the article's own date
            return PeriodMention(0, 0, f"{doc_year:04d}", f"{doc_year:04d}", "now", doc_year)
        if doc_date is not None:
            text = str(doc_date)
            flow = text if doc_date.month is None else f"{doc_date.year:04d}-01/{text}" if doc_date.day is not None \
                else months_range(doc_date.year, 1, doc_date.month)  # (January to December is the year)
            return PeriodMention(0, 0, flow, text, "now", doc_date.year)
        if doc_year is not None:
            return PeriodMention(0, 0, f"{doc_year:04d}", f"{doc_year:04d}", "now", doc_year)
        return PeriodMention(0, 0, None, None, "now", None)
    return None


_GOAL_WORD_RE = re.compile(r"(?<!\w)mục\s+tiêu(?!\w)")
_GOAL_REACH = 200  # characters around a year looked at for the goal it is of
_SENTENCE_BREAK_RE = re.compile(r"[.;:!?\n]")


def _goal_year_without_figures(low, start, end):
    """The year follows "mục tiêu" in a sentence that gives no figure: the year of a goal, which dates nothing said
    after it (spec: a year that qualifies a noun is not carried)."""
    if _GOAL_WORD_RE.search(low, max(0, start - _GOAL_REACH), start) is None:
        return False  # (the cheap test first: most years follow no goal)
    breaks = [m.start() for m in _SENTENCE_BREAK_RE.finditer(low, max(0, start - _GOAL_REACH), start)]
    opening = breaks[-1] + 1 if breaks else max(0, start - _GOAL_REACH)
    closing = _SENTENCE_BREAK_RE.search(low, end, end + _GOAL_REACH)  # (bounded: linear time on any input)
    closing_at = closing.start() if closing else min(len(low), end + _GOAL_REACH)
    if _GOAL_WORD_RE.search(low, opening, start) is None:
        return False
    return not any(ch.isdigit() for ch in low[opening:start]) and not any(ch.isdigit() for ch in low[end:closing_at])


# (every group of the "từ … đến …" pattern: a holiday's match has only some of them)
_FROM_TO_GROUPS = tuple(next(pattern for kind, pattern in _PATTERNS if kind == "from_to").groupindex)


def _from_to(g, doc_date, doc_year):
    """The span of "từ A đến B" (see _PATTERNS): each end as precise as it is said ("đầu năm": January); a start
    without its year is in the end's year (the year before, where its month comes later); "đến nay" ends at the
    article's date."""
    if g["jan"]:
        first_month = 1
    elif g["b1"]:
        # "từ ngày 8 đến 14-2": the last day's month; "từ ngày 28 đến 3/2": the month before it
        first_month = int(g["m2"]) - (1 if int(g["b1"]) > int(g["d2"]) else 0) or 12
    else:
        first_month = int(g["m1"] or g["f1"] or g["n1"])
    first_day = int(g["d1"] or g["e1"] or g["b1"]) if (g["d1"] or g["e1"] or g["b1"]) else None
    first_year = g["y1"] or g["g1"] or g["z1"] or g["w1"] or g["jy"]
    if g["now"]:
        if doc_date is None or doc_date.month is None:
            return None
        last_year, last_month, last_day = doc_date.year, doc_date.month, doc_date.day
    else:
        last_month = int(g["m2"] or g["n2"])
        last_day = int(g["d2"]) if g["d2"] else None
        said = g["y2"] or g["z2"] or g["w2"]
        last_year = int(said) if said else int(first_year) if first_year else (doc_date.year if doc_date else doc_year)
        if last_year is None:
            return None
    if first_year is None:
        first_year = last_year - 1 if (first_month, first_day or 1) > (last_month, last_day or 1) else last_year
    first_year = int(first_year)
    if not (1 <= first_month <= 12 and 1 <= last_month <= 12) \
            or first_day is not None and not 1 <= first_day <= _days_in(first_year, first_month) \
            or last_day is not None and not 1 <= last_day <= _days_in(last_year, last_month) \
            or (first_year, first_month) > (last_year, last_month):
        return None
    if not g["now"] and not g["jan"] and not (g["y1"] or g["g1"] or g["z1"] or g["w1"] or g["y2"] or g["z2"] or g["w2"]) \
            and (first_day is None) != (last_day is None):
        return None  # ("từ 8/10 đến 9 tiêu chí": figures, not times)
    # (from 1 January is from the start of the year, written as the spec writes it: "2024-01/2024-02-23")
    first = _ymd(first_year, first_month, first_day) if first_day and (first_month, first_day) != (1, 1) \
        else _ym(first_year, first_month)
    last = _ymd(last_year, last_month, last_day) if last_day else _ym(last_year, last_month)
    text = f"{first}/{last}"
    # (from the start of the year it frames what follows like "đến ngày D" does; another span dates its sentence)
    # (a few days, a holiday's or a festival's, frame the sentences after them, unlike a span of months or years)
    days = first_day is not None and last_day is not None and first_year == last_year and last_month - first_month <= 1
    return PeriodMention(0, 0, text, text, "to_day" if g["jan"] or first_month == 1 and first_day in (None, 1)
                         else "days" if days else "phase", last_year)


def year_of_period(period: str | None) -> str | None:
    """The calendar year a period string lies in (a target of "9 tháng năm 2020" is the plan of 2020)."""
    if not period or "/" in period and period.split("/")[0][:4] != period.split("/")[1][:4]:
        return period
    return period[:4]


def month_earlier(period: str | None) -> str | None:
    """The month before a period of one month (`2022-11` → `2022-10`, `2022-01` → `2021-12`), else None."""
    if not period or not re.fullmatch(r"\d{4}-\d{2}", period):
        return None
    year, month = int(period[:4]), int(period[5:])
    return f"{year - 1:04d}-12" if month == 1 else f"{year:04d}-{month - 1:02d}"


def year_earlier(period: str | None) -> str | None:
    """The same period a year earlier, for the base figure of "so với cùng kỳ năm 2022 (27,9 triệu USD)"."""
    if not period:
        return period
    return re.sub(r"(?<!\d)(\d{4})(?!\d)", lambda m: f"{int(m.group(1)) - 1:04d}", period).replace("-02-29", "-02-28")
