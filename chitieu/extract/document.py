"""What a document says about itself: its date (the dateline) and its year when it has no dateline.

A page often carries two dates: the crawl or print date in the site header (`Thứ Sáu, 22/11/2024 15:59`)
and the article's own dateline (`Thứ 7, 05/12/2020`). The article cannot be newer than the page that shows
it, so of several datelines at the top the earliest is the article's.
"""

import re
from collections import Counter
from functools import lru_cache

from .periods import _BASE_BEFORE_RE, _REFERENCE_BEFORE_RE, DocDate, _qualified_noun_re
from .tables import StartsWithWord

_D = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)"
_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:am|pm|sa|ch))?"
_DATELINE_RES = [
    # Thứ 7, 05/12/2020 · Thứ Sáu, 22/11/2024 15:59 · Chủ nhật, 1/3/2020
    re.compile(rf"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\s*[,-]?\s*(?:ngày\s+)?{_D}", re.IGNORECASE),
    # 16/11/2020 10:00 · 14/02/2019, 10:37 am
    re.compile(rf"(?<![\w/.]){_D}\s*[,|-]?\s*(?:lúc\s+)?{_TIME}", re.IGNORECASE),
    # 09:56, 05/11/2023 · 15:13 19/08/2013
    re.compile(rf"{_TIME}\s*[,|-]?\s*(?:ngày\s+)?{_D}", re.IGNORECASE),
    # Ngày đăng: 14/02/2019 · Cập nhật: 18/03/2021 · Đăng ngày 1/2/2021
    re.compile(rf"(?:ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|cập\s+nhật|ngày\s+cập\s+nhật|xuất\s+bản|published|posted)\s*:?\s*(?:lúc\s+{_TIME}\s*,?\s*)?(?:ngày\s+)?{_D}", re.IGNORECASE),
    # A line that is only a date.
    re.compile(rf"(?m)^[ \t|]*{_D}[ \t|]*$"),
]
_HEAD_CHARS = 1500
_DATELINE_REACH = 80  # characters around a date that a dateline pattern may read
_ANY_DATE_RE = re.compile(r"\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d")
# (no digit before: checked in `infer_year`, so the scan opens with a literal digit, not a look-behind)
_YEAR_RE = re.compile(r"(?:19[5-9]|20[0-4])\d(?!\d)")
_SAME_PERIOD_BEFORE_RE = re.compile(r"(?:kỳ|ck)\s*(?:năm\s*)?$")
# "từ chỗ … năm 2010, đến nay", "giảm từ 9,84% năm 2012 xuống …": where a change started, not the report's year.
# (a decimal comma inside the starting figure does not end it: "tăng từ 10,3 triệu đồng (năm 2010) lên …")
_STARTING_POINT_RE = re.compile(r"(?<!\w)từ(?!\w)(?! đầu)(?:[^,.;:\n]|(?<=\d)[,.](?=\d)){0,50}$")
_YEAR_CONTEXT_RE = re.compile(r"(?:năm|(?:quý\s+[ivx\d]+|tháng\s+\d{1,2})\s*[/-]|kỳ)\s*$")  # (tháng 10-2012 too)
# "Tỉnh phấn đấu đến năm 2015, có 5% số xã …": the year a goal is set for is still ahead of the text, not its year.
_PHASE_BEFORE_RE = re.compile(r"(?<!\w)giai\s+đoạn\s*(?:từ\s+(?:năm\s+)?)?$")
_PHASE_START_RE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*$")
# (also without "đến": "Phấn đấu hết năm 2020, tỉnh sẽ có thêm 10 xã …")
_GOAL_YEAR_BEFORE_RE = re.compile(r"(?<!\w)(?:phấn\s+đấu|mục\s+tiêu|tầm\s+nhìn|định\s+hướng)[^.;:\n\d]{0,30}?"
                                  r"(?<!\w)(?:(?:đến|tới|trước)\s+)?(?:(?:hết|cuối)\s+)?năm\s*$")


def find_dateline(text: str) -> DocDate | None:
    """The article's own date from a dateline near the top of the text, or None."""
    head = text[:_HEAD_CHARS]
    found = []
    done = 0
    # Each dateline holds a date: read the patterns only around the dates of the head, line by line.
    for date_match in _ANY_DATE_RE.finditer(head):
        if date_match.start() < done:
            continue
        line_start = head.rfind("\n", 0, date_match.start()) + 1
        line_end = head.find("\n", date_match.end())
        line_end = len(head) if line_end < 0 else line_end
        start, end = max(line_start, date_match.start() - _DATELINE_REACH), min(line_end, date_match.end() + _DATELINE_REACH)
        done = end
        for pattern in _DATELINE_RES:
            for match in pattern.finditer(head, start, end):
                date = DocDate.parse(f"{match.group('y')}-{int(match.group('m')):02d}-{int(match.group('d')):02d}")
                if date is not None:
                    found.append(date)
    if not found:
        return None
    return min(found, key=lambda d: (d.year, d.month, d.day))


# A news lead that opens with the day of the event: "Ngày 17.4, ông …", "Chiều 27/11, UBND huyện …".
# (lower case; also "Sáng ngày 7/1, …")
_LEAD_DATE_RE = StartsWithWord(r"(?:ngày|(?:sáng|chiều|trưa|tối)(?:\s+ngày)?)\s+(\d{1,2})\s*[/.]\s*(\d{1,2})(?![\d/.])\s*,")
_LEAD_CHARS = 800


def find_lead_date(text: str, low: str) -> DocDate | None:
    """The day a news lead opens with (`Ngày 17.4, …`), in the year the text reports on; None without one."""
    match = _LEAD_DATE_RE.search(low, 0, _LEAD_CHARS)
    while match is not None and low[max(0, match.start() - 3):match.start()].strip(" \t-–(") != "" \
            and not low[:match.start()].rstrip(" \t").endswith(("\n", ".", ")")):
        match = _LEAD_DATE_RE.search(low, match.end(), _LEAD_CHARS)  # "… thống kê đến ngày 15/5, …": not a lead
    if not match:
        return None
    year = infer_year(low)
    if year is None:
        return None
    return DocDate.parse(f"{year:04d}-{int(match.group(2)):02d}-{int(match.group(1)):02d}")


def report_year(low: str, doc_date: DocDate | None) -> int | None:
    """The year the document reports on: its date's year, except that a report dated in January about the
    year before (its text says so) reports on that year ("cả năm", "năm nay" then mean the year just ended)."""
    if doc_date is None:
        return infer_year(low)
    if doc_date.month == 1 and infer_year(low) == doc_date.year - 1:
        return doc_date.year - 1
    return doc_date.year


@lru_cache(maxsize=1)  # the lead date and the report year of one document both ask
def infer_year(low: str) -> int | None:
    """The year a document without a date reports on: the year of its title, else its most mentioned year
    (years said as periods: năm 2021, quý I/2021, tháng 3/2021; not the years things are compared with)."""
    low = low[:20000]
    years, bases, bare = [], [], []
    for match in _YEAR_RE.finditer(low):
        if match.start() and low[match.start() - 1].isdigit():
            continue
        before = low[max(0, match.start() - 50):match.start()]
        phase_head = _PHASE_START_RE.sub("", before)  # (the end of a phase is said after its start)
        if _GOAL_YEAR_BEFORE_RE.search(before) \
                or _PHASE_BEFORE_RE.search(phase_head) and _qualified_noun_re().search(phase_head):
            continue  # (nor the phase a noun is named with: "lộ trình xây dựng nông thôn mới giai đoạn 2011-2015")
        if not _REFERENCE_BEFORE_RE.search(before) and not low[match.end():match.end() + 1].isalnum():
            bare.append(int(match.group(0)))  # (any year said, for a text that names none of its own)
        context = _YEAR_CONTEXT_RE.search(before)
        if not context or before.endswith("sánh năm ") or _REFERENCE_BEFORE_RE.search(before[:context.start()]):
            continue
        is_base = _BASE_BEFORE_RE.search(before[:context.start()]) or _SAME_PERIOD_BEFORE_RE.search(before) \
            or _STARTING_POINT_RE.search(before)
        (bases if is_base else years).append((match.start(), int(match.group(0))))
    if not years:
        # Only comparisons (so với năm 2021): the report is about the year after the latest one, or a later year the
        # text names bare ("hoàn thành nhiệm vụ xây dựng nông thôn mới 2018" after "tăng từ 10,3 triệu đồng (năm 2010)")
        latest_base = max((y for _, y in bases), default=None)
        later = [y for y in bare if latest_base is None or y > latest_base]
        if later:
            return max(later)
        return latest_base + 1 if latest_base is not None else None
    title_end = low.find("\n")
    title_end = title_end if 0 < title_end < 300 else 0
    in_title = [y for position, y in years if position < title_end]
    if in_title:
        return in_title[0]
    counts = Counter(y for _, y in years)
    best = max(counts.values())
    return next(y for _, y in years if counts[y] == best)
