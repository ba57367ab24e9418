"""Counts the number scan leaves without a counting noun, found before the figures are read: "(số) 12" before a share,
"tổng số 40 hồ chứa", counts of the places listed one by one, "1 … nào", a count scaled by the noun before it
(called by pipeline.py's `analyse`)."""

import bisect
import re
from functools import lru_cache

from .places import PlaceMention, unit_prefix_re
from .quantities import COUNT_NOUNS, QUALIFIERS, Quantity, fold_same_length
from .reading import (_CLAUSE_BREAK_RE, _DENIED_BEFORE_RE, _LISTED_COUNTS, MONEY_UNITS, _NEARBY, _PLACE_COUNT_RE,
                      _PLACE_UNIT_LEVELS, _cues, _in_brackets, _owned_place_count)
from .tables import Words, longest_first, phrases_re, table


def places_counted_again(low, places):
    """"… công nhận 2 xã A và B … Đến nay, diện mạo nông thôn mới 2 xã ngày càng đổi mới: …": a count of places
    that belongs to a noun and names none, where exactly that many places of its level were named together before,
    names those places again (a mention of them all, for the figures it heads)."""
    added = []
    starts = [m.start for m in places]
    for match in _PLACE_COUNT_RE.finditer(low):
        count, level = int(match.group(1)), _PLACE_UNIT_LEVELS[match.group(2)]
        if count < 2 or not _owned_place_count(low, match.start()):
            continue
        index = bisect.bisect_left(starts, match.start()) - 1
        following = index + 1
        if following < len(places) and places[following].start - match.end() <= 3:
            continue  # names follow: they are the mention
        while index >= 0 and not (len(places[index].names) == count and places[index].level == level):
            index -= 1
        if index >= 0:
            added.append(PlaceMention(match.start(), match.end(), places[index].names, level))
    return sorted(places + added, key=lambda m: m.start) if added else places


_BARE_COUNT_BEFORE_SHARE_RE = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+|\d{1,6})\s*\(\s*$")
_NUMBER_OF_NOUN_RE = re.compile(r"(?<!\w)số(?:\s+lượng)?\s+")
_SENTENCE_BREAK_RE = re.compile(r"[.;:\n](?:\s|$)")


def bare_counts_before_shares(work, low, quantities):
    """"Số lượng trường đạt chuẩn … mầm non là 96 (47,5%), tiểu học 131 (68,2%)": a whole number with its share in
    brackets right after it is a count of what the sentence's "số (lượng) X" counts (spec: a count whose noun is left
    out takes the noun it counts)."""
    found = []
    starts = [q.start for q in quantities]
    for q in quantities:
        if q.unit != "%":
            continue
        before = work[max(0, q.start - 16):q.start]
        match = _BARE_COUNT_BEFORE_SHARE_RE.search(before)
        if match is None:
            continue
        start = q.start - len(before) + match.start(1)
        end = start + len(match.group(1))
        index = bisect.bisect_right(starts, start) - 1
        if index >= 0 and quantities[index].end > start:
            continue  # already a figure (a unit after it, a date)
        opening = 0
        for brk in _SENTENCE_BREAK_RE.finditer(low, max(0, start - 300), start):
            opening = brk.end()
        nouns = list(_NUMBER_OF_NOUN_RE.finditer(low, opening, start))
        if not nouns:
            continue
        at = nouns[-1].end()
        noun = next((n for n in COUNT_NOUNS if low.startswith(n, at) and not low[at + len(n):at + len(n) + 1].isalnum()), None)
        if noun is None:
            continue
        value = float(match.group(1).replace(".", ""))
        if _YEAR_BEFORE_NUMBER_RE.search(low, max(0, start - 8), start) or 1900 <= value <= 2100 and "." not in match.group(1):
            continue  # "năm 2020 (45%)": a year
        found.append(Quantity(start, end, work[start:end], value, None, noun, None, None, number_text=match.group(1)))
    return found


_BARE_TOTAL_RE = re.compile(r"[^.;:\n]{0,120}?\slà\s+(\d{1,3}(?:\.\d{3})+|\d{1,6})(?=\s*(?:[:,;.(]|cụ\s+thể|$))")


def bare_totals_of_a_noun(work, low, quantities):
    """"tổng số cơ sở lưu trú được xếp hạng là 198, cụ thể: …": a whole number said bare as the value of "tổng số X"
    counts X (spec: a count whose noun is left out takes the noun it counts)."""
    found = []
    starts = [q.start for q in quantities]
    at = low.find("tổng số ")
    while at >= 0:
        after = at + len("tổng số ")
        noun = next((n for n in COUNT_NOUNS if low.startswith(n, after) and not low[after + len(n):after + len(n) + 1].isalnum()),
                    None)
        match = _BARE_TOTAL_RE.match(low, after) if noun is not None else None
        if match is not None:
            start, end = match.span(1)
            index = bisect.bisect_right(starts, end) - 1
            value = float(match.group(1).replace(".", ""))
            if not (index >= 0 and quantities[index].end > start) and not 1900 <= value <= 2100:
                found.append(Quantity(start, end, work[start:end], value, None, noun, None, None,
                                      number_text=match.group(1)))
        at = low.find("tổng số ", after)
    return found


# (the look-behind after the first digit, not before it: a pattern that opens with a digit is scanned for digits in C)
_SCALED_BARE_RE = re.compile(r"(\d(?<![\w.,/]\d)\d{0,2}(?:,\d{1,3})?)\s*(triệu|nghìn|ngàn)(?=\s*[(),;.\n]|\s+(?:lượt|người|khách)?(?:\s|$))")
_AVERAGE_PER_BEFORE_RE = re.compile(r"(?<!\w)bình\s+quân\s+(?:(?:cho|trên|mỗi)\s+)?$")
_PER_BEFORE_RE = re.compile(r"(?<!\w)(?:trên|mỗi|cho|tính\s+trên)\s+$")
_PER_UNITS = frozenset({"ha", "m2", "km2", "km", "m", "m3", "tonne", "kg"})


def per_unit_amounts(low, quantities):
    """"Giá trị sản phẩm trên 1 ha đất nông nghiệp đạt 110 triệu đồng": "1 ha" after "trên"/"mỗi" is the unit an
    amount is per, not a figure; the money said next in the clause is per that unit (110 triệu đồng/ha)."""
    kept, per = [], None
    for q in quantities:
        if per is not None and q.unit in MONEY_UNITS and "/" not in q.unit \
                and not _CLAUSE_BREAK_RE.search(low, per[1], q.start) and q.start - per[1] < 120:
            q = q._replace(unit=f"{q.unit}/{per[0]}")
            per = None
        elif q.value == 1 and q.unit in _PER_UNITS and q.of is None and q.value_max is None \
                and _PER_BEFORE_RE.search(low, max(0, q.start - 12), q.start):
            per = (q.unit, q.end)
            continue
        elif q.value == 1 and q.unit and q.of is None and q.value_max is None \
                and _AVERAGE_PER_BEFORE_RE.search(low, max(0, q.start - 14), q.start):
            continue  # "vốn đăng ký bình quân một doanh nghiệp đạt 14,4 tỷ đồng": what the average is per, no count
        kept.append(q)
    return kept


def none_at_all(low, quantity):
    """"không thu hút được một dự án FDI nào", "chưa có 1 đồng vốn nào": one of something, denied, is none at all, no
    count."""
    return quantity.value == 1 and quantity.of is None and quantity.value_max is None \
        and _ANY_AT_ALL_AFTER_RE.match(low, quantity.end) is not None \
        and _DENIED_BEFORE_RE.search(low, max(0, quantity.start - 40), quantity.start) is not None


_ANY_AT_ALL_AFTER_RE = re.compile(r"[^\d,.;:()]{0,30}?\snào(?!\w)")
_YEAR_BEFORE_NUMBER_RE = re.compile(r"(?<!\w)(?:năm|niên\s+học|khóa)\s+$")
# A bare whole number right after a place's name, in brackets, after a colon or a space, ending its list item:
# "Bình Dương (2.575), Đồng Nai (787)", "gồm: Bảo Yên 109, Sa Pa 8"
_COUNT_AFTER_PLACE_RE = re.compile(r"(?:\s*\(\s*|\s*:\s*|\s+)(\d{1,3}(?:\.\d{3})+|\d{1,6})(?=\s*\)?\s*(?:[,;.]|và(?!\w)|$))")
# Between one such item and the next place: a separator, perhaps "và"
_NEXT_LISTED_PLACE_RE = re.compile(r"\s*\)?\s*[,;]?\s*(?:và\s+)?")
_LIST_ANNOUNCED_BEFORE_RE = re.compile(r"(?:(?<!\w)(?:lần lượt là|tiếp đến là|tiếp theo là|gồm|gồm có)|:)\s*$")
_LISTED_COUNT_UNIT_REACH = 400  # characters back from the list to the count that names its noun


def bare_counts_of_listed_places(work: str, low: str, quantities: list[Quantity],
                                  places: list[PlaceMention]) -> tuple[list[Quantity], dict[int, int]]:
    """"Các tỉnh ghi nhận ca bệnh như sau: Bình Dương (2.575), Đồng Nai (787), TP HCM (377)", "Lào Cai: 155 người …,
    gồm: Bảo Yên 109, Sa Pa 8, Bát Xát 13": a list of places each with a bare whole number counts, for each place, the
    noun of the count said before the list (spec: a count whose noun is left out takes the noun it counts)."""
    starts = [q.start for q in quantities]

    def free(start, end):
        index = bisect.bisect_right(starts, end) - 1
        return index < 0 or quantities[index].end <= start

    items: list = []  # (place mention, number match)
    for mention in places:
        if len(mention.names) != 1 or mention.country:
            continue
        match = _COUNT_AFTER_PLACE_RE.match(low, mention.end)
        if match is None or not free(match.start(1), match.end(1)):
            continue
        number = match.group(1)
        if "." not in number and 1900 <= int(number) <= 2100:
            continue  # "Thanh Hóa (2020)": a year
        items.append((mention, match))
    place_units = _cues()["place_units"]  # (a count of places is no count each place has: "tại 34 tỉnh, thành phố")
    found: list[Quantity] = []
    broken_down: dict[int, int] = {}  # where each count found starts → where the count it breaks down starts
    run: list = []
    for item in [*items, None]:
        if item is not None and run:
            gap = _NEXT_LISTED_PLACE_RE.match(low, run[-1][1].end(1))
            # (the place's mention may open on its unit's prefix, or the prefix stand before it: "thành phố Yên Bái 21")
            if gap.end() == item[0].start or unit_prefix_re().fullmatch(low, gap.end(), item[0].start):
                run.append(item)
                continue
        if len(run) >= _LISTED_COUNTS or len(run) == 2 and _LIST_ANNOUNCED_BEFORE_RE.search(
                low, max(0, run[0][0].start - 20), run[0][0].start) is not None:
            # (two are a list too where the text announces one: "tiếp đến lần lượt là Thăng Bình 250, Đại Lộc 240")
            first = run[0][0].start
            # (the count the list breaks down, not one in a bracket beside it: "44 người (40 người chết, …), gồm: …")
            before = bisect.bisect_left(starts, first)
            noun = next((q for q in reversed(quantities[max(0, before - _NEARBY):before])
                         if q.unit in COUNT_NOUNS and q.unit.lower() not in place_units and q.of is None
                         and not _in_brackets(low, q.start)), None)
            if noun is not None and first - noun.end <= _LISTED_COUNT_UNIT_REACH:
                for _mention, match in run:
                    start, end = match.start(1), match.end(1)
                    found.append(Quantity(start, end, work[start:end], float(match.group(1).replace(".", "")), None,
                                          noun.unit, None, None, number_text=match.group(1)))
                    broken_down[start] = noun.start
        run = [item] if item is not None else []
    return found, broken_down


_SCALE_VALUES = {"triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}


@lru_cache(maxsize=None)
def _money_word_re():
    """A word of money ("doanh thu", "hỗ trợ", "vốn"), but not one of its look-alikes ("thu hút", "chi nhánh")."""
    cues = table("cues")
    look_alikes = cues["money_word_look_alikes"]
    words = "|".join(re.escape(w) + (rf"(?!\s+(?:{phrases_re(look_alikes[w])})(?!\w))" if w in look_alikes else "")
                     for w in longest_first(cues["money_words"]))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


@lru_cache(maxsize=None)
def _population_re():
    return Words(table("cues")["population_wholes"], any_spaces=True)


def scaled_counts_of_the_noun_before(work, low, quantities):
    """"lượt khách lưu trú gần 1,6 triệu (tăng 21,3%)": a number of millions or thousands with no unit after it counts
    the counting noun that opens the phrase right before it (spec: a count whose noun is left out takes the noun it
    counts); nothing is read where no such noun is said there."""
    found = []
    starts = [q.start for q in quantities]
    for match in _SCALED_BARE_RE.finditer(low):
        start, end = match.start(1), match.end(2)
        index = bisect.bisect_right(starts, end) - 1
        if index >= 0 and quantities[index].end > start:
            continue  # already a figure (money, a counted noun after it)
        opening = max(low.rfind(c, max(0, start - 80), start) for c in ".;:\n,(")
        before = low[opening + 1:start]
        if index >= 0 and quantities[index].start > opening:
            continue  # a figure in the phrase already: the words are its own
        words = before.split()
        if _money_word_re().search(before):
            noun = "VND"  # "doanh thu đạt 300 triệu", "mỗi hộ được hỗ trợ 3 triệu": money whose currency is left out
        elif _population_re().search(before):
            noun = "người"  # "dân số toàn tỉnh đạt 1,2 triệu": people, not the province the population is of
        else:
            noun = None
            for i in range(len(words)):
                rest = " ".join(words[i:])
                noun = next((n for n in COUNT_NOUNS if rest.startswith(n) and (len(rest) == len(n) or rest[len(n)] == " ")),
                            None)
                if noun is not None:
                    break
            if noun is not None and i > 0 and words[i - 1] in table("cues")["each_words"]:
                continue  # "mỗi hộ được hỗ trợ 3 triệu": an amount per household, not a count of households
        if noun is None:
            continue
        number = match.group(1)
        value = float(number.replace(",", ".")) * _SCALE_VALUES[match.group(2)]
        tail = fold_same_length(" ".join(words[-2:])) if words else ""
        qualifier = QUALIFIERS.get(tail) or (QUALIFIERS.get(tail.split()[-1]) if tail else None)
        found.append(Quantity(start, end, work[start:end], value, None, noun, None, qualifier, number_text=number))
    return found
