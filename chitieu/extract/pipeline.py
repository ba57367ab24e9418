"""From text to claims: figures (quantities.py) read in their sentence for what they measure, against what,
how sure, about what, where and when (spec: shared/spec/claims.md).

Reading goes sentence by sentence, left to right, carrying what Vietnamese reports leave implicit:
the subject of a figure carries to the figures after it (`Thu ngân sách … đạt 29,577 tỷ đồng, đạt 82,2% dự toán,
tăng 43,3%`), `ước` marks the figures after it in the clause, and a sentence that starts with `Trong đó`
continues the one before it (its parts are estimates when the total is).
"""

import bisect
import re
from functools import lru_cache

from .bare_counts import (bare_counts_before_shares, bare_counts_of_listed_places, bare_totals_of_a_noun,
                          none_at_all, per_unit_amounts, places_counted_again, scaled_counts_of_the_noun_before)
from .cellcolumns import apply_cell_columns
from .checks import check_claims
from .confidence import confidence
from .document import find_dateline, find_lead_date, report_year
from .figure_periods import period_for
from .figure_places import place_for
from .figure_readings import (_Figure, _SentenceMarks, _base_said_before, _modality_said, _percent_measure,
                              _subject_carried_on, _target_figure, _value_as_meant, _verb_and_base_after)
from .model import Claim, Extraction
from .periods import DocDate, find_periods, month_earlier, year_earlier, year_of_period
from .places import bare_name, dashed_names_as_written, find_places, main_place, place_levels, spelling_at
from .quantities import ABBREVIATIONS, Texts, find_quantities
from .reading import (_AGAINST, _AHEAD_REACH, _AVERAGE_RISE_BEFORE_RE, _BASE_YEAR_RE, _CLAUSE_END_RE,
                      _CLOSED_BRACKET_RE, _COMPARED_WITH_RE, _DIGIT_RE, _EACH_YEAR_RE, _GRDP_NAMES,
                      _GROUP_LIST_GOES_ON_RE, _HAS_BEFORE_RE, _HEADING_PERIOD_RE, _HEADLINE_CHARS,
                      _HIGHER_OR_LOWER_THAN, _HORIZON_RE, _HORIZON_REACH, _HORIZON_YEARS, _LIST_REACH, _LISTED_COUNTS,
                      _LOOKBACK, MEASURED_UNITS, MONEY_UNITS, _MONTH_BASE_RE, _MONTHS_FROM_JANUARY_RE, _NAME_WORDS_RE,
                      _NEARBY, _NOT_ASSIGNING_AFTER, _OR_MORE_AFTER_RE, _OTHER_PLACE_AFTER_RE, _OWN_UNIT_SPOKEN_OF_RE,
                      _PACKED_PLAN_PERCENT_RE, _PARTNER_TAIL_RE, _PRICE_INDEX_RE, _QUALIFIED_RISE_BEFORE_RE,
                      _RAISED_TOTAL_BEFORE_RE, _RISE_AGAINST, _RISE_AGAINST_BEFORE_BRACKET_RE, _RUNNING_TOTAL,
                      _SEMICOLON_RE, _SO_VOI_RE, _TARGETS_MET, _TO_AFTER_FROM_FIGURE_RE, _TO_JANUARY_RE,
                      _WHOLE_PROVINCE_RE, _WORD_RE, _YEAR_END_BASE_RE, _Context, _State, _base_said_in, _cues,
                      _doc_place_level, _heading_period, _in_brackets, _in_ranges, _last_match_in, _line_start,
                      _named_base, _near, _newline_between, _noun_follows, _owned_place_count, _partner_country,
                      _period_between, _phan_dau_is_effort, _place_opening, _plan_in_bracket, _price_index_named_in,
                      _said_of_the_same_period_before, _subject_kinds, _target_list_end, _term_before,
                      _under_target_heading, _unit_key, _without_partner, _year_end_base)
from .relations import (amounts_a_rise_comes_to, amounts_of_the_month_they_rose_in,
                        corresponding_figures_of_another_time, crops_of_a_season_named_with_its_year,
                        equivalent_changes_of_a_rate, falls_between_two_rates, figures_set_beside_their_plans_value,
                        name_the_parts_as_their_whole, parts_adding_up_to_a_total, parts_named_after_their_share,
                        ratio_and_excess_over_one_base, same_periods_before_are_actual, shares_opening_their_item)
from .sentences import split_sentences
from .subjects import (LABELLED_LINE_RE, as_written, carry_branch_heads, carry_crops, counts_of_their_rate,
                       crops_of_the_season_opening, goods_of_an_announced_list, groups_counted_by_what_they_did,
                       indicator_the_places_have, measures_of_counted_groups, noun_after, rates_named_by_their_verb,
                       says_a_rank, subject_before, targets_in_brackets, without_total_word)
from .tablerows import read_table_cells
from .tables import Words, longest_first, phrases_re, table
from .workcopy import lower_same_length, nfc, working_copy

_BRACKET_OR_SLASH_RE = re.compile(r"[(/]")
_FIRST_WORDS_RE = re.compile(r"\s*(?:\S+\s+){0,2}")
_SO_RE = re.compile(r"(?<!\w)so(?!\w)")
# "tăng 10,55% về giá trị so với cùng kỳ": the aspect measured, between a figure and its base.
_ASPECT_RE = re.compile(r"\s*về(?:\s+[^\s\d,;.()]+){1,4}\s*")
# "cao hơn mức tăng 2,71% của …": the rise of another time (or place) it is compared with
_HIGHER_THAN_RISE_BEFORE_RE = re.compile(rf"(?<!\w){_HIGHER_OR_LOWER_THAN}(?:mức|tốc\s+độ)\s+(?:tăng|giảm)(?:\s+trưởng)?\s*$")
_REACHED_SHARE_GAP_RE = re.compile(r"\s*,\s*(?:đạt|bằng)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s*")
_RANK_FIELD_BEFORE_RE = re.compile(r"(?<!\w)thứ\s+[\w]+\s+(?:trong|trên)\s+(?:số\s+|tổng\s+số\s+)?$")
_PROVINCES_AND_CITIES_RE = re.compile(r"tỉnh\s*,?\s*(?:thành(?!\s+viên)|tp)(?!\w)")
_ALL_BEFORE_RE = re.compile(r"(?<!\w)(?:cả|tất\s+cả|trong\s+số|trong)\s+$")  # ("đứng thứ hai trong số 63 tỉnh")
_OF_THE_COUNTRY_AFTER_RE = re.compile(r"\s*(?:trên|của|trong|thuộc)?\s*(?:cả\s+nước|toàn\s+quốc)(?!\w)")


@lru_cache(maxsize=None)
def _country_province_totals():
    return frozenset(float(n) for n in table("places").get("country_province_totals", []))


_WITH_BEFORE_RE = re.compile(r"(?<!\w)với(?!\w)")
_DAY_POINT_RE = re.compile(r"\d{4}-\d\d-\d\d")
# between an amount and a percent said of it: the rest of the amount's words, then punctuation and the verb that
# relates them (" đạt chuẩn, đạt ", " (tăng "); no other subject after the comma
_SAID_OF_THE_AMOUNT_BEFORE_RE = re.compile(r"(?:[^\d,;:.()%]{0,60}[,(])?[\s,(]*(?:(?:đạt|tăng|giảm|bằng|vượt|tương ứng|và)\s+)*"
                                           r"(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?")
_COMPARED_WITH_THE_SAME_RE = re.compile(rf"[,;]\s*(?:chỉ\s+|vẫn\s+)?{_HIGHER_OR_LOWER_THAN}(?:(?:tốc\s+độ|mức)"
                                        r"(?:\s+tăng(?:\s+trưởng)?)?(?:\s+(?:của|là))?)?\s*$")
_GROWTH_NAMED_BEFORE_RE = re.compile(r"(?<!\w)((?:mức|mục\s+tiêu)\s+tăng(?:\s+trưởng)?)(?:\s+(?:từ|trên|khoảng|hơn|là|đạt|ở\s+mức|dưới))*\s*$")
_INDICATOR_WORD_RE = re.compile(r"(?<!\w)(?:tăng\s+trưởng|grdp|gdp|kinh\s+tế|giá\s+trị|sản\s+xuất|thu|xuất\s+khẩu|nhập"
                                r"\s+khẩu|vốn|doanh\s+thu|chỉ\s+số|tổng|sản\s+lượng|khách|lượng|năng\s+suất|bán\s+lẻ|tín\s+dụng)(?!\w)")
# A bracket that opens by saying it restates the rise before it, with its direction: "(tương ứng giảm 161 …)",
# "(giảm 300 người)", "(tương đương 54 doanh nghiệp)"
_RESTATING_OPENER_RE = re.compile(r"\s*(?:(?:tương\s+ứng|tương\s+đương)(?:\s+với)?\s*(?:(?:tăng|giảm)\s+)?|(?:tăng|giảm)\s+)"
                                  r"(?:(?:khoảng|gần|hơn|trên)\s+)?$")  # (the figure follows)
_RESTATED_RISE_AFTER_RE = re.compile(r"\s*,\s*(?:tương\s+ứng|tương\s+đương)(?:\s+với)?(?:\s+(?:tăng|giảm))?\s*[+\-−]?\d[\d.,]*\s*%")
# What a count of targets is said to have done: "đạt và vượt kế hoạch", "hoàn thành và hoàn thành vượt mức", "vượt".
_TARGETS_REACHED_RE = re.compile(r"\s*((?:đều\s+)?(?:đạt|hoàn thành|vượt|không đạt|chưa đạt)(?:\s+và\s+(?:hoàn thành\s+)?vượt"
                                 r"(?:\s+mức)?)?(?:\s+(?:kế hoạch|chỉ tiêu|nghị quyết|mục tiêu))?)(?!\w)")
_TARGETS_REACHED_BEFORE_RE = re.compile(r"(?<!\w)(?:đã\s+)?((?:đạt|hoàn thành|thực hiện đạt)(?:\s+và\s+(?:hoàn thành\s+)?vượt"
                                        r"(?:\s+mức)?)?)\s*$")
# (also with the prices it is measured at in a bracket: "Cơ cấu kinh tế (theo giá hiện hành) chuyển dịch như sau")
_STRUCTURE_SHIFT_RE = re.compile(r"(?<!\w)cơ cấu(?:\s+(?:kinh tế|ngành|giá trị sản xuất))?(?:\s*\([^()\d]{0,40}\))?\s+"
                                 r"(?:tiếp tục\s+)?chuyển dịch(?!\w)")
_EACH_YEAR_AFTER_RE = re.compile(r"\s*(?:mỗi|hằng|hàng)\s+năm(?!\w)(?!\s+(?:giai đoạn|thời kỳ)\s+\d)")
_REACH_ONLY_WORDS = frozenset(("đạt", "đạt mức", "ở mức", "đạt khoảng"))
_SETS_A_GOAL_END_RE = re.compile(r"(?<!\w)(?:đề ra|đặt ra)$")
_RISE_BEFORE_WORDS_RE = re.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)")
_YEARS_SPAN_RE = re.compile(r"\d{4}/\d{4}")
_ADDED_BEFORE_RE = re.compile(r"(?<!\w)tăng thêm\s*$")
_MORE_BEFORE_RE = re.compile(r"(?<!\w)thêm\s*$")  # "được công nhận thêm 2 trường": those added
_TANG_RE = re.compile(r"(?<!\w)tăng(?!\w)")
# A list announced as the structure of a whole ("Cơ cấu kinh tế năm 2025: …", "cơ cấu GRDP gồm …"): its items are shares.
# (its time, its prices and whose it is may come between, a few words each: "Cơ cấu kinh tế 6 tháng đầu năm 2013 tính theo giá sản xuất
# (giá hiện hành) của thành phố Đà Nẵng như sau: …")
_STRUCTURE_LIST_RE = re.compile(r"(?<!\w)cơ cấu(?:\s+(?:\([^()]{0,40}\)|[^\s.;:,()]+)){0,24}?\s*(?::|\s(?:gồm|là|như sau)(?!\w))")
_REACHED_AFTER_NOUN_RE = re.compile(r"\s+(?:vượt|đạt)(?:\s|$)")
_BASE_BEFORE_BRACKET_RE = re.compile(r"(?<!\w)(dự toán|kế hoạch|kh|chỉ tiêu|mục tiêu|nghị quyết)"
                                     r"(?:\s+(?:năm|cả\s+năm|(?:19|20)\d\d|giao|tỉnh\s+giao|huyện\s+giao))*\s*$")
_LISTED_ITEM_WORDS = 10
_NEXT_BRACKETED_ITEM_RE = re.compile(r"\s*\)\s*,\s*[^\W\d][^()\d,;.]{0,60}\(\s*[\d+\-]")  # "(92%), thu xổ số (55%"
_RESTATING_BRACKET_RE = re.compile(r"\s*\(\s*(?:(?:tăng|giảm)\s+)?")  # "tăng 9 xã (tăng 0,11%)"
_UNNAMED_RATE_RE = re.compile(r"(?<!\w)(?:đạt|có)\s+t[ỷỉ]\s+lệ(?:\s+(?:thu|giải\s+ngân|thực\s+hiện|hoàn\s+thành))?"
                              r"\s+(?:cao|tốt|khá|thấp)(?!\w)")
_BRACKET_ONLY_RE = re.compile(r"\s*\(\s*")
_OWN_TIME_AFTER_RE = re.compile(r"\s*(?:của|trong|vào)\s+(?:quý|quí|tháng|năm|\d)")
_SAME_MONTH_BASE_RE = re.compile(r"\s*so(?:\s+với)?\s+(?:tháng\s+cùng\s+kỳ|cùng\s+tháng)(?!\w)")
_ONE_MONTH_NAMED_RE = re.compile(r"(?<!\w)tháng\s+\d{1,2}(?!\d)")
_RISE_RIGHT_AFTER_RE = re.compile(r"\s*,?\s*(?:tăng|giảm)\s*")
_SPAN_TO_MONTH_RE = re.compile(r"(\d{4})-01/\1-\d\d")
_DATED_YEAR_END_RE = re.compile(r"so(?:\s+với)?\s+(cuối|đầu)\s+năm\s+((?:19|20)\d\d)(?!\d)")
_IN_THE_PART_RE = re.compile(r"trong ([^,.;:()]{2,48}?)\s*,")
# (a district's economy is said by its gross output: "Tổng giá trị sản xuất 6 tháng đầu năm ước đạt gần 2.000 tỷ
# đồng, …; cả 3 lĩnh vực kinh tế … (nông, lâm, thủy sản tăng 7,4%; …)")
_ECONOMY_GROWTH_RE = re.compile(rf"(?<!\w)(?:{_GRDP_NAMES}|tăng trưởng kinh tế"
                                r"|tổng giá trị sản xuất(?! (?:ngành|công nghiệp|nông|thương mại|dịch vụ))|gtsx)(?!\w)")
_MONTH_SPAN_RE = re.compile(r"\d{4}-\d{2}/\d{4}-\d{2}")


_ASSIGNED_BEFORE_RE = re.compile(r"(?<!\w)giao" + _NOT_ASSIGNING_AFTER)


def analyse(text, date=None, place=None) -> Extraction:
    """Claims, arithmetic flags, and the document's date and place, of one document's text."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValueError(f"the text is not UTF-8 (byte {error.start}: {bytes(text)[error.start:error.start + 4]!r})") from None
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    text = nfc(text)
    doc_date = None
    if date is not None and date != "":
        doc_date = DocDate.parse(date)
        if doc_date is None:
            raise ValueError(f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    work = working_copy(text)
    low = lower_same_length(work)
    if doc_date is None or doc_date.month is not None and doc_date.day is None:
        lead = find_dateline(work) or find_lead_date(work, low)
        if doc_date is None:
            doc_date = lead
        elif lead is not None and lead.day is not None and lead.month == doc_date.month:
            # a date known to the month, and a lead that says the day of that month ("Ngày 7/1, …"): that day
            doc_date = DocDate(doc_date.year, doc_date.month, lead.day)
    doc_year = report_year(low, doc_date)
    places = find_places(work, low)
    doc_place = bare_name(place) if place else main_place(work, places)
    if not place and doc_place and "tỉnh" in low:
        first = next((m for m in places if doc_place in m.names), None)
        if first is not None and first.level in ("district", "commune") \
                and _WHOLE_PROVINCE_RE.search(low, 0, first.start):
            # "toàn tỉnh đã có 22 thôn …; trong đó, huyện Yên Sơn có 5 thôn": a report on a whole province that names
            # its districts only as its parts is not about the first district it names
            doc_place = None
    if doc_place is None and not place and places and _OWN_UNIT_SPOKEN_OF_RE.search(low) is None \
            and any(m.country and not low.startswith("việt", m.start) for m in places) \
            and all(m.country or m.level == "region" for m in places):
        # "tổng sản lượng lương thực có hạt trên cả nước …; vùng Đồng bằng sông Cửu Long đạt …": a text that speaks of
        # the whole country (and its regions), and of no province or district of its own, is about the country (the
        # country's name alone may be in another name: "Lễ hội … ở Việt Nam" in a province's report)
        doc_place = "Việt Nam"
    if places:
        places = places_counted_again(low, places)
    periods = find_periods(low, doc_date, doc_year)
    context = _Context(text, work, low, doc_date, doc_year, doc_place, places, [m.start for m in places],
                       periods, [m.start for m in periods])
    context.first_period = next((m.start for m in periods if not m.base), None)
    # (a period is blanked with the word that leads it: "trong 9 tháng", "tính đến ngày D" leave no "trong", "tính")
    context.blanks = [(_period_lead_start(low, m.start), m.end) for m in periods] + [(m.start, m.end) for m in places]
    context.blanks.sort()
    quantities = sorted(find_quantities(Texts(work, low)), key=lambda q: (q.start, q.end))
    if "(" in low and "số" in low:
        counts = bare_counts_before_shares(work, low, quantities)
        if counts:
            quantities = sorted(quantities + counts, key=lambda q: (q.start, q.end))
    if "tổng số " in low:
        counts = bare_totals_of_a_noun(work, low, quantities)
        if counts:
            quantities = sorted(quantities + counts, key=lambda q: (q.start, q.end))
    broken_down: dict[int, int] = {}
    if len(places) >= _LISTED_COUNTS:
        counts, broken_down = bare_counts_of_listed_places(work, low, quantities, places)
        if counts:
            quantities = sorted(quantities + counts, key=lambda q: (q.start, q.end))
    if " 1 " in low or " một " in low:
        quantities = per_unit_amounts(low, quantities)
        if " nào" in low:
            quantities = [q for q in quantities if not none_at_all(low, q)]
    if "triệu" in low or "nghìn" in low or "ngàn" in low:
        counts = scaled_counts_of_the_noun_before(work, low, quantities)
        if counts:
            quantities = sorted(quantities + counts, key=lambda q: (q.start, q.end))
    claims = _read_claims(context, quantities)
    if broken_down:
        name_the_parts_as_their_whole(claims, broken_down)
    cells = read_table_cells(work, low, doc_place)
    if cells:  # a flattened table's cells are its rows' figures, whatever the running-text rules made of them
        cells.sort(key=lambda c: (c.start, c.end))
        cell_starts = [c.start for c in cells]

        def overlaps_a_cell(claim):  # (cells do not overlap each other: the one starting last before its end)
            index = bisect.bisect_left(cell_starts, claim.end) - 1
            return index >= 0 and cells[index].end > claim.start

        claims = sorted([c for c in claims if not overlaps_a_cell(c)] + cells, key=lambda c: (c.start, c.end))
    apply_cell_columns(text, claims, doc_year)  # a table flattened one cell a line: each cell read by its column
    carry_crops(work, claims)  # a crop's figures in one sentence share the crop and the measure (subjects.py)
    if "vụ " in low:
        crops_of_the_season_opening(work, claims)  # "Vụ lúa đông xuân 2024 …; năng suất lúa …": of that season
        crops_of_a_season_named_with_its_year(low, claims)  # "… vụ mùa năm 2019 …; cây chất bột có củ đạt 318 ha"
    if "khẩu" in low and ":" in low:
        goods_of_an_announced_list(work, claims)  # "nhiều mặt hàng xuất khẩu … như: hàng dệt may giảm 33,73%; …"
    carry_branch_heads(work, claims)  # "…; lâm nghiệp đạt 82 tỷ đồng": measured as the item before it (subjects.py)
    rates_named_by_their_verb(work, claims)  # "chiếm tỷ lệ N%" after a count: the rate of what it counts
    counts_of_their_rate(work, claims)  # "tỷ lệ hộ nghèo 4,03% với 1.057.374 hộ": the count of what the rate is of
    targets_in_brackets(work, claims)  # "so với chỉ tiêu tỉnh giao (35,5%)": the base's value of the rate
    corresponding_figures_of_another_time(context, claims)  # "(cơ cấu tương ứng của cùng kỳ năm 2023 là: …)"
    if "cùng kỳ" in low:
        same_periods_before_are_actual(low, claims)  # "…, trong khi cùng kỳ năm 2023 tăng 0,5%"
    if "so với" in low:
        figures_set_beside_their_plans_value(low, claims)  # "đạt 10,3% so với kế hoạch là 14-15%"
        ratio_and_excess_over_one_base(low, claims)  # "đạt 118%, vượt 876 tỉ đồng so với dự toán HĐND tỉnh giao"
    if "%" in low:
        shares_opening_their_item(context, claims)  # "…; 97%/90% dân số dùng nước hợp vệ sinh": of that group
    if " là " in low:
        parts_named_after_their_share(context, claims)  # "…, trong đó 70,8% là rừng tự nhiên": the part's share
    if "tháng trước" in low:
        amounts_of_the_month_they_rose_in(low, claims)  # "… ước đạt 2,9 tỷ USD, tăng 1,5% so với tháng trước"
    parts_adding_up_to_a_total(low, claims)  # "… tháng 8 ước đạt 4.134 tỷ đồng … Trong đó, …"
    if "(" in low:
        amounts_a_rise_comes_to(low, claims)  # "là 62.700 ha, … tăng 6,65% so với năm 2018 (3.912 ha)"
    if "tương" in low:
        equivalent_changes_of_a_rate(low, claims)  # "…, chiếm tỷ lệ 1,73%; giảm 4,2 nghìn hộ, tương đương giảm 0,9%"
        falls_between_two_rates(low, claims)  # "từ 58,2% năm 2016 xuống còn 27,9% năm 2031, tương đương mức giảm 30,3%"
    measures_of_counted_groups(work, claims)  # "N dự án với tổng vốn …": the measure of the group counted
    if "nhóm" in low:
        groups_counted_by_what_they_did(work, claims)  # "có 5 nhóm tăng, 2 nhóm giảm": the groups that moved
    as_written(text, work, claims)  # each subject spelled as the text spells it (subjects.py)
    levels = place_levels(places)
    for claim in claims:
        if isinstance(claim.place, str):
            claim.place_level = levels.get(claim.place)
    written = dashed_names_as_written(work, places) if places else None
    if written:  # ("Bà Rịa–Vũng Tàu" as the text writes it where it speaks of it, not the gazetteer's "Bà Rịa - Vũng Tàu")
        for claim in claims:
            if isinstance(claim.place, str) and claim.place in written:
                claim.place = spelling_at(written[claim.place], claim.start)
            elif isinstance(claim.place, list):
                claim.place = [spelling_at(written[name], claim.start) if name in written else name
                               for name in claim.place]
        levels.update({spelling: level for name, level in levels.items() if name in written
                       for _at, spelling in written[name]})
        doc_place = spelling_at(written[doc_place], 0) if doc_place in written else doc_place
    flags = check_claims(claims)
    return Extraction(text=text, claims=claims, flags=flags, date=str(doc_date) if doc_date else None, place=doc_place,
                      place_level=levels.get(doc_place) if doc_place else None)


@lru_cache(maxsize=None)
def _tourism_re():
    return Words(table("cues")["tourism_words"], any_spaces=True)


@lru_cache(maxsize=None)
def _progress_re():
    return Words(table("cues")["progress_words"], any_spaces=True)


_PERIOD_LEAD_RE = re.compile(r"(?<!\w)(?:trong|tính đến|tính|tính chung|tính riêng|đến hết|đến|riêng)\s+$")


def _period_lead_start(low, start):
    lead = _PERIOD_LEAD_RE.search(low, max(0, start - 16), start)
    return lead.start() if lead else start


def extract(text, date=None, place=None) -> list[Claim]:
    """The claims of one document's text (see `analyse` for flags and the document's date and place)."""
    return analyse(text, date=date, place=place).claims


def _read_claims(context, quantities):
    claims = []
    if not quantities:
        return claims
    context.figure_starts = [q.start for q in quantities]
    sentences = split_sentences(context.work)
    starts = [s.start for s in sentences]
    # The sentences that speak of the future: one scan of the text, each cue placed in its sentence.
    future_ranges = {}
    for match in _cues()["future_re"].finditer(context.low):
        if match.group(0) == "phấn đấu" and _phan_dau_is_effort(context.low, match.start()):
            continue  # "nhờ sự phấn đấu của cả hệ thống": the effort made, not a goal; the sentence is no plan
        if match.group(0) in ("mục tiêu", "chỉ tiêu kế hoạch") \
                and _CARRYING_OUT_BEFORE_RE.search(context.low, max(0, match.start() - 40), match.start()):
            # "báo cáo thực hiện các nhiệm vụ, mục tiêu … 6 tháng đầu năm", "đã hoàn thành nhiều chỉ tiêu kế hoạch đề
            # ra": a review of the goals, no plan
            continue
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and match.end() <= sentences[index].end:
            future_ranges[index] = (sentences[index].start, sentences[index].end)
    context.future_ranges = [future_ranges[i] for i in sorted(future_ranges)]
    context.announced_lists = _announced_lists(context.low, [q.start for q in quantities]) \
        if "ước" in context.low or "sơ bộ" in context.low or "dự kiến" in context.low or "tiêu" in context.low else []
    by_sentence = {}
    for quantity in quantities:
        index = max(0, bisect.bisect_right(starts, quantity.start) - 1)
        by_sentence.setdefault(index, []).append(quantity)
    state = _State()
    previous_index = None
    previous_claims = []
    # The sentence before announced its parts ("cụ thể như sau:"): "" until its first item's marker is known, then
    # that marker ("+"); None when no list is open. Items with another marker belong to an outer list.
    list_marker = None
    list_modality = None  # the modality of the sentence that announced the list
    drilled = None  # the sentence before broke down a part ("Trong thu nội địa, …"): that part's first word
    drilled_unit = None  # the unit of the part after "Trong đó" that set `drilled` (None: any unit)
    estimated_total = None  # the indicator an earlier sentence (and its parts) gave as an estimate
    estimated_unit = estimated_period = estimated_value = None  # … and its unit, period and value
    estimated_words = ""  # … and the words said before it in its sentence
    index_lead = None  # the first rise of a price index the text gives: the release's lead comparison
    for index in sorted(by_sentence):
        sentence = sentences[index]
        opening = context.low[sentence.start:sentence.start + 40].lstrip(" -–+*•|")
        opening_at = sentence.start + len(context.low[sentence.start:sentence.start + 40]) - len(opening)
        marker = context.low[sentence.start:sentence.start + 4].lstrip()[:1]
        is_item = marker in ("+", "-", "–", "•", "*") and list_marker is not None and list_marker in ("", marker)
        continues = (opening.startswith(_cues()["part_openers"]) or is_item) and previous_index == index - 1
        if not continues and previous_index == index - 1 and _cues()["spelled_out_opener_re"].match(opening) \
                and _cues()["modality_re"].search(context.low, sentence.start, sentence.end) is None:
            continues = True  # "… ước tính tăng 4,85%. Cụ thể, ngành A tăng 3,2%; …": the figure's parts
        lead = context.low[sentence.start:by_sentence[index][0].start]  # (the words before the sentence's first figure)
        by_area = _parts_having_the_total(context.low, sentence.start, estimated_total) \
            if not continues and previous_index == index - 1 and estimated_total is not None else None
        if not continues and previous_index == index - 1 and estimated_total is not None \
                and (opening.startswith(estimated_total + " ") or by_area is not None) \
                and marks_free_of_cues(context, sentence, by_sentence[index][0].start) \
                and not _another_state_of_the_money(estimated_words, lead):
            # "Sản lượng thủy sản … ước đạt 3.618 tấn …. Sản lượng thủy sản khai thác trong tháng đạt 2.905 tấn":
            # the same indicator narrowed to a sector, in a sentence of its own, is a part of the estimated total
            continues = True
        if not continues and previous_index == index - 1 and estimated_total is not None \
                and by_sentence[index][0].unit == estimated_unit and state.modality == "estimate" \
                and sum(q.unit == estimated_unit for q in by_sentence[index]) >= 2 \
                and marks_free_of_cues(context, sentence, by_sentence[index][0].start) \
                and (_shares_a_pair_of_words(estimated_total, lead) or _names_a_kind_of_the_money(estimated_total, lead)) \
                and all(q.value <= estimated_value for q in by_sentence[index] if q.unit == estimated_unit) \
                and not _another_state_of_the_money(estimated_words, lead) \
                and _cues()["target_re"].search(context.low, sentence.start, by_sentence[index][0].start) is None \
                and _same_time_or_none(context, sentence.start, by_sentence[index][0].start, estimated_period):
            # "… kim ngạch xuất khẩu ước đạt 1.168 triệu USD …. Trong đó, … . Các mặt hàng có giá trị xuất khẩu tăng
            # như: hàng dệt may 644 triệu USD, …": the same indicator broken down by product, market or sector, in
            # the sentences right after, is parts of the estimated total (spec: whatever their verb)
            # (a breakdown lists several items in the total's unit; not the running total of a longer span, "Tính chung
            # quý I, tổng mức bán lẻ … đạt …", nor a plan's figures, "Tổng kế hoạch vốn đầu tư công …, đã giải ngân đạt
            # 62%")
            # (no part is larger than its whole: "… bán lẻ ước đạt 5.266 tỷ đồng. Theo báo cáo …, tổng mức bán hàng hóa
            # … được 10.125 tỷ đồng" is another indicator)
            # (or revenue and spending split into their kinds, each no larger than the total: "Thu ngân sách … ước tính
            # đạt 4.197 tỷ đồng …. Thu trên địa bàn đạt 2.000 tỷ đồng …; thu nội địa …", "Các khoản chi gồm: chi đầu tư
            # phát triển 390 tỷ đồng, …")
            continues = True
        if not continues and previous_index == index - 1 and opening.startswith("riêng "):
            # (a part of the estimated total the sentences before broke down: "… ước thực hiện 235 tỷ đồng …. Trong
            # đó, …. Cụ thể, …. Riêng thu ngân sách tỉnh quản lý 108 tỷ đồng")
            continues = _singles_out_a_part(by_sentence[index][0], previous_claims) \
                or estimated_total is not None and state.modality == "estimate" \
                and by_sentence[index][0].unit == estimated_unit and 0 < by_sentence[index][0].value <= estimated_value
        if not continues and previous_index == index - 1 and opening.startswith("trong "):
            # "… thu nội địa đạt 4.988 tỷ đồng … Trong thu nội địa, thu từ A đạt …": a sentence opening "Trong" the
            # indicator just reported lists that indicator's parts, like "Trong đó"
            # (read in the sentence itself, past the 40 characters of its opening: the whole may be named at length)
            named = _IN_THE_PART_RE.match(context.low, opening_at, sentence.end)
            continues = named is not None and any(claim.subject and claim.subject.lower() == named.group(1)
                                                  for claim in previous_claims)
            first = by_sentence[index][0]
            # (or the whole named in other words, the sentence's first figure a part of it in its unit: "… tổng khách
            # du lịch đến Hà Nội ước đạt 3,042 triệu lượt …. Trong số lượng khách du lịch đến Hà Nội, khách quốc tế
            # đạt 2,150 triệu lượt")
            continues = continues or named is not None and any(
                isinstance(claim.subject, str) and claim.unit == first.unit and claim.measure == "level"
                and 0 < first.value <= claim.value and _shares_a_pair_of_words(claim.subject.lower(), named.group(1))
                for claim in previous_claims)
            drilled = named.group(1).split(" ", 1)[0] if continues else None
        elif not continues and drilled is not None and previous_index == index - 1 \
                and opening.split(" ", 1)[0] == drilled \
                and (state.modality or drilled in _cues()["branch_heads"]) \
                and marks_free_of_cues(context, sentence, by_sentence[index][0].start) \
                and (drilled_unit is None or bool(previous_claims) and previous_claims[0].unit == drilled_unit
                     and by_sentence[index][0].unit == drilled_unit
                     and not _period_between(context, sentence.start, by_sentence[index][0].start)):
            # "Trong đó, thu nội địa ước đạt …. Trong thu nội địa, thu từ A …; thu từ B … . Thu thuế qua hải quan
            # đạt …": after the breakdown of one part of a total, the next part of that total (same head word, no
            # modality word of its own) is one more part
            continues = True
            drilled = None
        else:
            drilled = None
        if continues and drilled is None and not is_item and opening.startswith("trong đó"):
            # "Trong đó, thu từ A ước đạt …. Thu nội địa đạt …": the parts after "Trong đó" go on in the next sentence
            # that opens on the same head word with no modality word of its own: one more part of the same total
            # (measured in the unit of the part before it, and of no time of its own: "Xã B có 5 trường" or "Thu ngân
            # sách năm 2021 đạt …" is another indicator)
            head = opening[len("trong đó"):].lstrip(" ,:").split(" ", 1)[0]
            drilled = head if head and head not in _cues()["part_heads_too_general"] else None
            drilled_unit = by_sentence[index][0].unit if drilled else None
        else:
            drilled_unit = None  # (a part named "Trong thu nội địa, …" sets `drilled` for parts in any unit)
        if continues:
            modality = state.modality
            if is_item and _cues()["verb_re"].search(context.low, sentence.start, by_sentence[index][0].start):
                # "…, trong đó: - A ước đạt …; - B là …": an item with a verb of its own is a part of the total
                # announced, in that total's modality, not in the one of the item before it
                modality = list_modality
            # (the parts of a total hold for the total's time: the parts of an area sown so far are sown so far too)
            # (the last total before "Trong đó": "… tháng 3 đạt 85 triệu USD, lũy kế 180,8 triệu USD. Trong đó, …")
            # (and a count of targets met: "đạt 18/18 chỉ tiêu. Trong đó, 11 chỉ tiêu vượt": the parts of the term's
            # result hold over that term too)
            # (and a count: "công nhận 26 trường. Trong đó, 11 trường tiểu học, …": the parts counted as it is, the
            # parts counting the same noun)
            # (not a figure of another time in brackets: "… tăng 46% so với cùng kỳ năm 2021 (cùng kỳ đạt hơn 9.379 tỷ
            # đồng). Trong đó, thu nội địa đạt …": the parts of this year's total)
            total = next((c for c in reversed(previous_claims) if c.measure == "level"
                          and not _in_brackets(context.low, c.start)
                          and (c.unit in MEASURED_UNITS - {"%"} or c.unit in _cues()["units_of_targets"]
                               and c is previous_claims[-1]
                               or c is previous_claims[-1] and bool(c.unit) and c.unit not in MEASURED_UNITS
                               and "/" not in (c.unit or "")) and c.period), None)
            counted = total is not None and total.unit not in MEASURED_UNITS \
                and total.unit not in _cues()["units_of_targets"]
            state = _State(subject=state.subject, modality=modality, ratio_basis=state.ratio_basis,
                           growth_basis=state.growth_basis, month_base=state.month_base, place=state.place,
                           scope_start=sentence.start,
                           target_list=state.target_list, last_percent=state.last_percent,
                           # (or the rise whose parts it lists: "… ước tính tháng 9-2022 tăng 10,67% …. Trong đó,
                           # công nghiệp khai khoáng tăng 1,59% …" holds in September)
                           part_period=None if is_item else total.period if total is not None
                           else next((c.period for c in previous_claims  # (the lead rise, not one compared after it)
                                      if c.period and c.measure in ("growth", "change")), None),
                           part_noun=total.unit.split()[0] if total is not None and counted else None,
                           part_targets=total is not None and total.unit in _cues()["units_of_targets"],
                           # (not when the sentence gave what was reached before the plan: "… đạt 59 tỷ đồng, chỉ
                           # tiêu là 17 tỷ đồng (đạt 350%). Trong đó, nhân dân đóng góp 9,8 tỷ đồng": the parts of
                           # what was reached)
                           part_of_a_plan=total.unit if total is not None and total.modality == "target"
                           and not any(c.unit == total.unit and c.measure == "level" and c.modality != "target"
                                       for c in previous_claims) else None,
                           part_share=not is_item and any(c.measure == "share" and c.unit == "%" and c.basis is None
                                                          for c in previous_claims))
            if by_area is not None and by_area[1] > by_area[0]:
                state.subject = context.work[by_area[0]:by_area[1]]  # (each place's figure is of that indicator)
        else:
            carried_place = state.place if previous_index is not None and sentences[previous_index].paragraph == sentence.paragraph else None
            if carried_place is None and previous_index is not None and isinstance(state.place, str) \
                    and sentences[previous_index].paragraph == sentence.paragraph - 1 \
                    and _goes_on_about_the_peer(context, state.place, sentences[previous_index], sentence):
                carried_place = state.place
            if carried_place is not None and any(claim.place != carried_place for claim in previous_claims):
                carried_place = None  # "…: Bến Tre giảm 8,3 tạ/ha; An Giang giảm 2,5 tạ/ha.": a list of places is no topic
            # "… chỉ tiêu chủ yếu như …; … . Bên cạnh đó, hoàn thành xây dựng 5 xã …": the list of targets goes on
            goes_on = state.target_list and previous_index == index - 1 and opening.startswith(_LIST_GOES_ON)
            goal = _goal_goes_on(context, sentence, previous_claims) if previous_index == index - 1 else None
            # ("Hải Phòng … tăng 12,3% so với năm 2013. Tiếp đến là Long An tăng 12,2%; …": the next places of a
            # ranking are compared as the first one was)
            ranked_on = previous_index == index - 1 and opening.startswith(_cues()["ranking_goes_on"])
            # ("CPI … tăng 0,19% so với tháng trước. Chỉ số giá tiêu dùng tăng chủ yếu do nhóm hàng ăn tăng 0,42%; …": the
            # groups of an index, in the sentence right after its rise, are compared as it was)
            groups_go_on = previous_index == index - 1 and state.growth_basis is not None \
                and _groups_of_the_index_go_on(context, sentence, by_sentence[index][0], previous_claims)
            growth_basis = state.growth_basis if ranked_on or groups_go_on else None
            month_base = state.month_base and groups_go_on
            if groups_go_on and index_lead is not None \
                    and sentences[previous_index].paragraph != sentence.paragraph:
                # "CPI tăng 0,16% so với tháng trước, tăng 3,1% so với tháng 12/2023 …. Bình quân 5 tháng … tăng
                # 2,11%. ¶ Trong 11 nhóm hàng hóa và dịch vụ chính, có 06 nhóm tăng là …": the groups listed in a
                # paragraph of their own are compared as the release's lead comparison, the index's first rise
                growth_basis = index_lead.basis
                month_base = len(index_lead.period or "") == 7 and index_lead.basis in ("other", "prior_year_end")
            state = _State(place=carried_place, scope_start=sentence.start, goal_period=goal,
                           target_list=goes_on or goal is not None or _under_target_heading(context, sentence.start),
                           growth_basis=growth_basis, month_base=month_base, index_groups=groups_go_on)
        sentence_claims = []
        marks = _SentenceMarks(context.low, sentence, context)
        for position, quantity in enumerate(by_sentence[index]):
            previous = by_sentence[index][position - 1] if position else None
            following = by_sentence[index][position + 1] if position + 1 < len(by_sentence[index]) else None
            claim = _read_one(context, sentence, marks, quantity, previous, following, state, sentence_claims,
                              continues, by_sentence[index][0].start)
            if claim is not None:
                sentence_claims.append(claim)
        claims.extend(sentence_claims)
        if index_lead is None and sentence_claims and _price_index_named_in(context, sentence) >= 0:
            index_lead = next((c for c in sentence_claims if c.unit == "%" and c.measure == "growth" and c.basis), None)
        previous_index = index
        previous_claims = sentence_claims
        if not continues:
            total_claim = next((c for c in sentence_claims if c.modality == "estimate"
                                and c.measure == "level" and c.unit in MEASURED_UNITS - {"%"} and c.subject
                                and len(c.subject.split()) >= 2), None)
            estimated_total = total_claim.subject.lower() if total_claim is not None else None
            estimated_unit = total_claim.unit if total_claim is not None else None
            estimated_period = total_claim.period if total_claim is not None else None
            # (the largest estimate of it said there: "ước đạt 3.120 tấn [in the month]; dự ước 4 tháng … 12.450 tấn")
            estimated_value = max(c.value for c in sentence_claims if c.modality == "estimate" and c.measure == "level"
                                  and c.unit == total_claim.unit) if total_claim is not None else None
            estimated_words = context.low[max(sentence.start, total_claim.start - _LOOKBACK):total_claim.start] \
                if total_claim is not None else ""
        if context.low[sentence.start:sentence.end].rstrip().endswith(":"):
            list_marker = ""
            list_modality = state.modality
        elif continues and is_item:
            list_marker = marker
        else:
            list_marker = None
    _estimate_reaches_back(context.low, claims)
    _amounts_take_the_rate_unit_after(context.low, claims, context.work)
    _headline_takes_the_body_modality(context, sentences, claims)
    _repeated_figures_take_the_fuller_modality(context.low, claims)
    _headline_takes_the_body_period(claims)
    _headline_takes_the_body_basis(context, sentences, claims)
    _parts_compared_as_the_total(context.low, claims)
    _sectors_take_the_economy_modality(context.low, claims)
    for claim in claims:
        if isinstance(claim.confidence, tuple):
            claim.confidence = confidence(*claim.confidence)
    return claims


_LIST_GOES_ON = ("bên cạnh đó", "ngoài ra", "đồng thời", "cụ thể")  # ("Cụ thể: Huyện Nam Đàn: 23/23 xã, …": the goal by part)


_GOODS_OR_INDUSTRIES_RE = re.compile(r"\d+\s+(?:nhóm\s+(?:ngành\s+)?hàng|ngành\s+(?:hàng|công\s+nghiệp|cấp\s+\d))(?!\w)")
_AMONG_BEFORE_RE = re.compile(r"(?<!\w)trong\s+(?:số\s+|tổng\s+số\s+)?$")
# the groups counted among them, in the same clause: "… chính thì có 06 nhóm", "…, có 4 nhóm"
_PART_COUNTED_AFTER_RE = re.compile(r"[^;.:()\d]{0,80}?[,\s](?:thì\s+)?(?:chỉ\s+)?có(?:\s+tới)?\s+\d")
_PARTS_HAVING_OPENING_RE = re.compile(r"[\s\-–+*•]*(?:một số|nhiều|các|những)\s+(?:tỉnh\s*[/,]\s*thành(?:\s+phố)?|tỉnh|"
                                       r"thành\s+phố|địa\s+phương|huyện|xã|nhóm\s+(?:ngành\s+)?hàng|mặt\s+hàng|"
                                       r"ngành\s+hàng)\s+(?:có\s+)?")


def _parts_having_the_total(low, start, estimated_total):
    """Where the sentence names the indicator estimated just before, (start, end), when it opens on a group of places
    or goods that have it ("Một số tỉnh/thành phố có doanh thu bán lẻ hàng hóa tăng cao như: …"): the same indicator
    broken down by area or product, parts of the estimate; else None."""
    places = _PARTS_HAVING_OPENING_RE.match(low, start)
    if places is None:
        return None
    if low.startswith(estimated_total + " ", places.end()):
        return places.end(), places.end() + len(estimated_total)
    # (or its head alone, "Một số nhóm hàng có doanh thu tăng …" after the estimated "doanh thu bán lẻ hàng hóa": the
    # parts are named in their items, the head names no subject of its own)
    head = " ".join(estimated_total.split()[:2])
    if len(estimated_total.split()) > 2 and low.startswith(head + " ", places.end()):
        return places.end(), places.end()
    return None


def _groups_of_the_index_go_on(context, sentence, first, previous_claims):
    """The sentence before gave a price index's rise against a base, and this one speaks, before its first figure and
    naming no base of its own, of the index again or of its groups ("nhóm"), in the words or the count of groups that
    open it ("Trong tháng có 4/11 nhóm hàng có chỉ số tăng nhẹ là …")."""
    # (or counted the index's groups against a base: "… có 4 nhóm có chỉ số giá tương đương tháng trước …. 5 nhóm có
    # chỉ số giá tăng, trong đó …, nhóm giao thông, với 1,66%")
    if not any(c.unit == "%" and c.measure == "growth" and c.basis
               or c.measure == "level" and (c.unit or "").lower().startswith("nhóm") for c in previous_claims):
        return False
    if _PRICE_INDEX_RE.search(context.low, max(0, previous_claims[0].start - _LOOKBACK), previous_claims[-1].end) is None:
        return False
    lead = context.low[sentence.start:first.end]
    return ("nhóm" in lead or _PRICE_INDEX_RE.search(lead) is not None) and _cues()["base_re"].search(lead) is None


def _amount_in_the_item_before(low, sentence, sentence_claims):
    """An amount (not a percent) is said in the item of the last figure, before it (the item starts after the last
    ";" of the sentence)."""
    share = sentence_claims[-1]
    item_start = max(sentence.start, low.rfind(";", sentence.start, share.start) + 1)
    return any(c.unit != "%" and item_start <= c.start < share.start for c in sentence_claims[:-1])


def _names_a_kind_of_the_money(estimated_total, lead):
    """The words before a sentence's first figure name a kind of the revenue or spending the estimated total is of:
    its head word ("thu", "chi": cues.yaml money_heads) said again ("Thu trên địa bàn", "các khoản chi gồm: chi đầu
    tư")."""
    head = estimated_total.split(" ", 1)[0]
    return head in _cues()["money_heads"] and head in lead.split()


def _another_state_of_the_money(estimated_words, lead):
    """"vốn FDI thực hiện … ước tính đạt 850 triệu USD. Vốn FDI của các dự án cấp mới … với số vốn đăng ký đạt 834,9
    triệu USD": money registered is another indicator than money spent, though both are "vốn FDI"."""
    said = [any(word in estimated_words for word in words) for words in _cues()["money_states"]]
    named = [any(word in lead for word in words) for words in _cues()["money_states"]]
    return any(said) and any(n and not s for n, s in zip(named, said))


def _same_time_or_none(context, start, end, period):
    """Every period named between start and end (none, or only bases) is `period` itself."""
    first = bisect.bisect_left(context.period_starts, start)
    last = bisect.bisect_left(context.period_starts, end)
    return all(mention.base or mention.period(True) == period for mention in context.periods[first:last])


def _shares_a_pair_of_words(indicator, text):
    """The text repeats two words in a row of the indicator's name ("giá trị xuất khẩu" of "kim ngạch xuất khẩu")."""
    words, spaced = indicator.split(), f" {' '.join(text.split())} "
    return any(f" {first} {second} " in spaced for first, second in zip(words, words[1:]))


# Between two amounts of one list: "và" or a comma, perhaps the name the second is of ("2,43 triệu đồng và Lai Châu ").
# (not an average said next, another figure: "tăng 23 tiêu chí, tính bình quân đạt 11,62 tiêu chí/xã")
_AMOUNTS_JOINED_RE = re.compile(r"\s*(?:,|và|,\s*và)\s*(?!(?:tính\s+)?(?:bình\s+quân|trung\s+bình)(?!\w))(?:[^\W\d][^\s\d,;.()]*(?:\s+[^\W\d][^\s\d,;.()]*){0,3}\s+)?(?:với\s+)?")


def _amounts_take_the_rate_unit_after(low, claims, work):
    """"A và B lần lượt … với 5,12 triệu đồng và 4,98 triệu đồng/người/tháng": amounts listed together
    with the rate's denominator said once, after the last, are all of that rate (the first is not a bare amount)."""
    for index in range(len(claims) - 2, -1, -1):
        first, last = claims[index], claims[index + 1]
        if first.unit and last.unit and last.unit.startswith(first.unit + "/") and first.measure == last.measure \
                and _AMOUNTS_JOINED_RE.fullmatch(low, first.end, last.start) is not None:
            first.unit = last.unit
    # (and the other way: "A 2,25 triệu đồng/người/tháng, B 2,44 triệu đồng/người/tháng, C 2,52 triệu đồng": the
    # items after the last that says it, each with its place, are of the same rate)
    for index in range(1, len(claims)):
        first, last = claims[index - 1], claims[index]
        between = _AMOUNTS_JOINED_RE.fullmatch(low, first.end, last.start) if first.unit and last.unit \
            and first.unit.startswith(last.unit + "/") and first.measure == last.measure else None
        # (only with a name between, each of its words capitalised: "năng suất 52 tạ/ha, sản lượng 4.900 tấn" is
        # another indicator, and so is a bare amount right after the rate: "626 ha, 54,55 tạ/ha, 3.415 tấn" gives a
        # place's area, yield and output)
        words = _NAME_WORDS_RE.findall(work[first.end:last.start]) if between is not None else []
        if any(word[:1].isupper() for word in words) and all(word[:1].isupper() or word in ("và", "với") for word in words):
            last.unit = first.unit
# for a comparison.


def marks_free_of_cues(context, sentence, first_figure):
    """No modality word (ước, kế hoạch, dự kiến …) in the sentence, up to its first figure's clause end."""
    end = context.low.find(";", first_figure, sentence.end)
    return _cues()["modality_re"].search(context.low, sentence.start, end if end >= 0 else sentence.end) is None
# Words that say a sentence reports what is (hiện, đã, đến nay …): no sequel of a goal.
# ("giá hiện hành", current prices, says how an amount is valued, not that it is now)
_STATUS_WORDS_RE = re.compile(r"(?<!\w)(?:hiện(?!\s+hành)|đã|đến nay|tính đến|nay|vừa|được công nhận)(?!\w)")


_SPAN_END_RE = re.compile(r"^\d{4}/(?=\d{4}$)")  # "2025/2030" → "2030": the year a span of years ends in


_GOAL_YEAR_OPENING_RE = re.compile(r"\s*(?:đến|tới|vào)\s+(?:năm\s+)?((?:19|20)\d\d)\s*,")


def _goal_goes_on(context, sentence, previous_claims):
    """The year a goal sentence set ("phấn đấu đến năm 2020 … chiếm 50%; … có ít nhất một huyện …"), where this
    sentence goes on with its goals: every figure before was a target of a year still to come (after the text's
    date, or after the year it reports on: a January report on the year just ended), and this sentence names no time of its own and no word of what already is. None otherwise."""
    if not previous_claims:
        return None
    # (a yearly rate of the goals, "bình quân đạt 8%/năm", holds over the span that ends in the goal's year: 2025/2030)
    period = _SPAN_END_RE.sub("", previous_claims[-1].period or "")
    if not all(c.modality == "target" and (c.period == period or (c.period or "").endswith(f"/{period}"))
               for c in previous_claims) or not (period[:4].isdigit() and len(period) == 4):
        return None
    opening = _GOAL_YEAR_OPENING_RE.match(context.low, sentence.start)
    if opening is not None and opening.group(1) == period:
        # "… đến 2020, Nghệ An phấn đấu có ít nhất 257 xã đạt chuẩn NTM.\n\nĐến năm 2020, bình quân cả tỉnh đạt 16,5
        # tiêu chí/xã": a sentence that opens on the goal's own year sets more goals for it, dated text or not
        return period
    if context.doc_date is None:
        return None
    reported_year = min(context.doc_date.year, context.doc_year or context.doc_date.year)
    # (or the year under way, in its first half: "Trong năm 2024 tỉnh phấn đấu có thêm 5 xã …. Bình quân tiêu chí
    # toàn tỉnh đạt 17,4 tiêu chí/xã trở lên" in March 2024 sets goals for a year whose results are still to come)
    early_in_its_year = context.doc_date.month is not None and context.doc_date.month <= 6 \
        and int(period) == context.doc_date.year == reported_year
    if not (int(period) > reported_year or early_in_its_year):
        return None
    if _period_between(context, sentence.start, sentence.end) \
            or _STATUS_WORDS_RE.search(context.low, sentence.start, sentence.end) \
            or _opens_on_a_place_that_has(context, sentence):
        return None
    if _newline_between(context, previous_claims[-1].end, sentence.start) \
            and not _between_paragraphs_of_goals(context, sentence, period):
        return None  # (goals go on within their paragraph: a new one reports on its own, "Bậc mầm non có 171 trường …")
    return period


def _opens_on_a_place_that_has(context, sentence):
    """"Mục tiêu đến năm 2025 là 80% số xã đạt chuẩn …. Huyện Yên Thành có 20 xã đạt chuẩn.": a sentence that opens on
    a place and what it has says what that place holds, not one more goal."""
    index = _place_opening(context, sentence.start)
    return index is not None and _HAS_RIGHT_AFTER_RE.match(context.low, context.places[index].end) is not None


_HAS_RIGHT_AFTER_RE = re.compile(r"\s*(?:hiện\s+)?có(?!\w)")


# A goal said again: striving, an aim, or a year still to come after "đến"/"vào"
_GOAL_AGAIN_RE = re.compile(r"(?<!\w)(?:" + phrases_re(table("cues")["goal_words"]) + r"|(?:đến|tới|vào)\s+năm\s+((?:19|20)\d\d))(?!\w)")
_NEXT_PARAGRAPH_REACH = 400


def _between_paragraphs_of_goals(context, sentence, period):
    """"Đại hội … đặt mục tiêu … đến năm 2030 …; … 8,5%.\n\nThu nhập bình quân đầu người đạt trên 85 triệu đồng; tỷ lệ
    hộ nghèo dưới 0,5%.\n\nTỷ lệ lao động qua đào tạo đến năm 2030 đạt …": a paragraph that is only a list joined by ";",
    with no time nor word of what already is (checked by the caller), between a paragraph of goals and one that sets
    goals again, or the text's end ("… năm 2015, huyện … đề ra các chỉ tiêu …\n\nThu ngân sách nhà nước đạt 161,3 tỷ
    đồng, …; giảm tỉ lệ hộ nghèo 0,08% …"), goes on with them."""
    paragraph_end = context.low.find("\n", sentence.start)
    paragraph_end = len(context.low) if paragraph_end < 0 else paragraph_end
    if context.low.find(";", sentence.start, paragraph_end) < 0:
        return False
    next_start = paragraph_end
    while next_start < len(context.low) and context.low[next_start].isspace():
        next_start += 1
    if next_start >= len(context.low):
        return True  # (the text's last paragraph: it returns to no results after the goals)
    next_end = context.low.find("\n", next_start, next_start + _NEXT_PARAGRAPH_REACH)
    next_end = next_start + _NEXT_PARAGRAPH_REACH if next_end < 0 else next_end
    goal = _GOAL_AGAIN_RE.search(context.low, next_start, next_end)
    return goal is not None and (goal.group(1) is None or goal.group(1) == period[:4])


_YEAR_NAMED_RE = re.compile(r"(?<!\w)năm\s+((?:19|20)\d\d)(?![\d/-])")


def _reports_a_year_before_the_list(context, sentence, quantity):
    """The last year the sentence names before the figure (not as a base, "so với năm 2030") is earlier than the
    year of the list of targets the figure stands in (its target heading's, or a resolution headline's)."""
    low = context.low
    years = [m for m in _YEAR_NAMED_RE.finditer(low, sentence.start, quantity.start)
             if not _SO_VOI_RE.search(low, max(sentence.start, m.start() - 12), m.start())]
    if not years:
        return False
    list_period = _target_heading_period(context, quantity.start)
    if list_period is None and context.resolution_end is not None and quantity.start > context.resolution_end:
        named = _HEADING_PERIOD_RE.search(low, 0, context.resolution_end)
        list_period = named.group(1) if named else None
    return list_period is not None and years[-1].group(1) < list_period[:4]


def _target_heading_period(context, position):
    """The period named by the target heading whose list holds `position` (see _under_target_heading), or None."""
    if not context.target_headings or not _under_target_heading(context, position):
        return None
    index = bisect.bisect_right(context.target_headings, position) - 1
    return _heading_period(context.low, context.target_headings[index]) if index >= 0 else None


# An estimate's (or expectation's) cue, then words (a period, "các chỉ tiêu chủ yếu", "như sau") and a colon, no
# full stop between: "Ước thực hiện 9 tháng:", "Ước cả năm 2022, các chỉ tiêu chủ yếu đạt như sau:", "Dự kiến cả
# năm 2023:"
# (scanned over the whole text: it opens on the cue's letters, the word boundary before is checked in the loop)
_ESTIMATE_ANNOUNCED_RE = re.compile(r"(?:ước(?:\s+(?:thực\s+hiện|tính|đạt))?|sơ\s+bộ|(?P<expected>dự\s+kiến))(?!\w)"
                                    r"[^:\n;]{0,100}?:")
# A heading line of its own that opens with an estimate's cue (after its number): "II. ƯỚC THỰC HIỆN CẢ NĂM 2023"
# (not a table's column header: "Ước tính năm 2018 so với năm 2017 (%)")
_ESTIMATE_HEADING_RE = re.compile(r"(?m)^[ \t\-–+*•|]*(?:[ivx\d]{1,4}[.)][ \t]*)?(?:ước(?:[ \t]+(?:thực[ \t]+hiện|tính|đạt))?|"
                                  r"(?P<expected>dự[ \t]+kiến))[ \t]+(?:cả[ \t]+năm|năm|\d{1,2}[ \t]+tháng|quý|tháng)"
                                  r"(?![^\n]*?(?<!\w)so(?!\w))[^\n:.;()]{0,80}$")
# A sentence opened by whose estimate it is, or to when: "Ước tính của huyện, …", "Theo ước tính, …", "Ước đến hết năm
# 2024, …"
_ESTIMATE_OPENING_RE = re.compile(r"(?:^|(?<=[\n.]))[ \t\-–+*•]*(?:theo\s+)?ước\s+(?:tính(?:\s+của\s+[^,.;:\n\d]{1,40})?|"
                                  r"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm|tháng|quý)[^,.;:\n]{0,12})\s*,")
_NOT_ESTIMATE_LIST_RE = re.compile(r"(?<!\w)(?:kế\s+hoạch|mục\s+tiêu|phấn\s+đấu|nhiệm\s+vụ|chỉ\s+tiêu\s+giao)(?!\w)")


def _announced_lists(low, figure_starts):
    """The (start, end, modality) reaches of lists announced as estimates (or expected): the cue before a colon, no
    figure and no full stop between them; the list is the rest of the paragraph after a colon inside it, or the
    item lines under a colon that ends its line (spec: a list announced as an estimate before it begins)."""
    reaches = []
    for match in _ESTIMATE_ANNOUNCED_RE.finditer(low):
        cue, colon = match.start(), match.end() - 1
        if cue > 0 and (low[cue - 1].isalnum() or low[cue - 1] == "_"):
            continue  # inside a word ("nước", "trước")
        between = low[cue:colon]
        if ". " in between or _NOT_ESTIMATE_LIST_RE.search(between):
            continue
        modality = "expected" if match.group("expected") else "estimate"
        index = bisect.bisect_left(figure_starts, cue)
        if index < len(figure_starts) and figure_starts[index] < colon:
            continue  # "ước đạt 5.200 tỷ đồng, trong đó:": a total's parts, read as such
        line_end = low.find("\n", colon)
        line_end = len(low) if line_end < 0 else line_end
        if low[colon + 1:line_end].strip():
            reaches.append((colon, line_end, modality))  # the rest of the paragraph
        else:
            reaches.append((colon, _target_list_end(low, low.rfind("\n", 0, colon) + 1), modality))
    if "ước" in low:
        for match in _ESTIMATE_OPENING_RE.finditer(low):
            # "Ước tính của huyện, đến cuối năm nay, tỷ lệ hộ nghèo giảm còn 1,3%, …": a sentence said to be an
            # estimate before its first word is one in every figure, even of a time still to come
            ends = [e for e in (low.find(". ", match.end()), low.find("\n", match.end())) if e >= 0]
            reaches.append((match.end() - 1, min(ends) if ends else len(low), "estimate"))
    for match in _PARTS_FOLLOW_AT_LINE_END_RE.finditer(low):
        # "Sản lượng lương thực ước đạt 119.986 tấn, giảm 3,4% so với cùng kỳ. Trong đó:" over paragraphs headed
        # "Cây lúa: …", "Cây ngô: …": the parts of an estimated total, estimates whatever their own verbs say
        line_start = low.rfind("\n", 0, match.start()) + 1
        sentence_start = max(low.rfind(". ", line_start, match.start()) + 1, line_start)
        statement_start = max(low.rfind(". ", line_start, sentence_start - 1) + 1, line_start)
        cue = _ESTIMATE_CUE_RE.search(low, statement_start, match.start())
        if cue is not None:
            end = _labelled_paragraphs_end(low, match.end())
            if end > match.end():
                reaches.append((match.end() - 1, end, "expected" if cue.group("expected") else "estimate"))
    for match in _cues()["targets_counted_re"].finditer(low):
        # "UBND tỉnh đề ra 15 chỉ tiêu kinh tế - xã hội năm 2025. Trọng tâm là, GRDP tăng hơn 10%; …": the sentence
        # after the count of the targets a plan sets, opening on the words that name them, lists them
        stop = low.find(".", match.end(), match.end() + _LIST_REACH)
        opener = _cues()["targets_named_opener_re"].match(low, stop + 1) if stop >= 0 and "\n" not in low[match.end():stop] \
            else None
        if opener is not None:
            limit = min(len(low), opener.end() + _LIST_REACH)  # (bounded: linear time on any input)
            ends = [e for e in (low.find(". ", opener.end(), limit), low.find("\n", opener.end(), limit)) if e >= 0]
            reaches.append((opener.end(), min(ends) if ends else limit, "target"))
    for match in _TARGETS_BEFORE_THE_FIRST_ITEM_RE.finditer(low):
        # "Các chỉ tiêu kinh tế - xã hội năm 2018 1. Tăng trưởng kinh tế (GRDP) từ 7,5% đến 8%; … 2. …": a heading
        # naming the targets right before the first item of a numbered list announces the list, on one line as on
        # lines of their own
        limit = min(len(low), match.end() + _LIST_REACH)  # (bounded: linear time on any input)
        line_end = low.find("\n", match.end(), limit)
        reaches.append((match.end(), limit if line_end < 0 else line_end, "target"))
    if "ước" in low or "dự kiến" in low:
        for match in _ESTIMATE_HEADING_RE.finditer(low):
            # "II. ƯỚC THỰC HIỆN CẢ NĂM 2023" standing as a line of its own, no figure and no full stop: a heading
            # that announces the lines under it as estimates (or expectations), as its colon would
            start, end = match.span()
            index = bisect.bisect_left(figure_starts, start)
            if index < len(figure_starts) and figure_starts[index] < end or _NOT_ESTIMATE_LIST_RE.search(low, start, end):
                continue
            modality = "expected" if match.group("expected") else "estimate"
            reaches.append((end, _target_list_end(low, start), modality))
    reaches.sort()
    return reaches


_TARGETS_BEFORE_THE_FIRST_ITEM_RE = re.compile(r"(?<!\w)(?:các\s+|những\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+chủ\s+yếu)?"
                                               r"[^.:;\n\d]{0,60}?(?:năm\s+(?:19|20)\d\d)?\s*:?[ \t]+(?=1\.\s)")
# "Trong đó:" ending a paragraph: the parts of the total just said follow, one paragraph each
_PARTS_FOLLOW_AT_LINE_END_RE = re.compile(r"(?<!\w)(?:trong\s+đó|bao\s+gồm|cụ\s+thể)\s*:[ \t]*(?=\n)")
_ESTIMATE_CUE_RE = re.compile(r"(?<!\w)(?:ước(?:\s+(?:thực\s+hiện|tính|đạt))?|sơ\s+bộ|(?P<expected>dự\s+kiến))(?!\w)")


def _labelled_paragraphs_end(low, start):
    """The end of the run of labelled paragraphs right after `start` (bounded by _LIST_REACH); `start` if none."""
    end = position = start
    limit = min(len(low), start + _LIST_REACH)
    while position < limit:
        line_start = position
        while line_start < len(low) and low[line_start] in "\n \t":
            line_start += 1
        if line_start >= len(low) or not LABELLED_LINE_RE.match(low, line_start):
            break
        line_end = low.find("\n", line_start)
        end = position = len(low) if line_end < 0 else line_end
    return end


def _decimals_written(text):
    digits = text.lstrip("+-−").split("%")[0].split()[0] if text.strip() else ""
    for separator in (",", "."):
        if separator in digits:
            tail = digits.rsplit(separator, 1)[1]
            return len(tail) if len(tail) != 3 else 0  # "1.250" groups thousands
    return 0


@lru_cache(maxsize=4096)
def _sector_part(subject_low):
    """The subject is a sector's part of the economy's growth ("khu vực dịch vụ", "thuế sản phẩm … đóng góp"; or the
    branches alone, "(nông, lâm, thủy sản tăng 7,4%; công nghiệp - xây dựng tăng 12,25%)"), not its structure (cơ cấu,
    tỷ trọng)."""
    cues = _cues()
    return bool(cues["sector_re"].search(subject_low) or _branches_only_re().fullmatch(subject_low)) \
        and not cues["share_subject_re"].search(subject_low)


@lru_cache(maxsize=None)
def _branches_only_re():
    """Branches of the economy (cues.yaml branch_words) and nothing else but their separators."""
    branches = "|".join(re.escape(w) for w in longest_first(table("cues")["branch_words"]))
    return re.compile(rf"(?:\s*(?:{branches})(?!\w)\s*(?:[,;\-–&]|và(?!\w))?)+\s*")


def _in_a_product_list(low, position):
    """The figure is an item of a list of products opened in its paragraph ("Một số sản phẩm công nghiệp … như: Sữa
    tươi 23 triệu lít, tăng 7,31%; bia …"), with no sentence ended between the list's colon and it."""
    reach_start = max(0, position - _NEXT_PARAGRAPH_REACH)  # (a bounded way back: linear time on one long line)
    paragraph_start = max(reach_start, low.rfind("\n", reach_start, position) + 1)
    opener = _last_match_in(_cues()["product_list_re"], low, paragraph_start, position)
    return opener is not None and ". " not in low[opener.end():position]


def _sectors_take_the_economy_modality(low, claims):
    """The growth of a sector, and its contribution, without a modality of its own, is a part of the economy's growth
    said before it: it takes that statement's modality ("GRDP cả năm ước tăng 8,27% … Trong đó, khu vực
    dịch vụ tăng 9,41%, góp 4,52 điểm phần trăm" → estimates; spec: Defaults and inheritance)."""
    # (likewise the sections of industry after the index of industrial production, and a sector's ratio to its plan:
    # "khu vực nông, lâm nghiệp và thủy sản tăng 2,9%, đạt 48,6% kế hoạch năm")
    cues = _cues()
    economy = None  # the modality of the last growth of the whole economy
    economy_period = economy_basis = None  # … and its period and the base of its growth
    industry = None  # the modality of the last rise of the index of industrial production
    industry_place = industry_period = None  # … and where and when it holds
    for claim in claims:
        subject_low = (claim.subject or "").lower()
        carried_subject = isinstance(claim.confidence, tuple) and claim.confidence[0] == "previous"
        if isinstance(claim.confidence, tuple) and claim.confidence[3] == "past":
            continue  # ("…, cao hơn mức tăng 2,71% của 9 tháng năm 2019": an earlier time's, given to compare)
        # (the parts after a whole belong to the last whole said: "ngành chế biến, chế tạo tăng 7,3%" after the index of
        # industrial production is its section, not a sector of the GRDP estimated paragraphs before)
        # (not one in brackets beside it: "ước tăng 8,01% (sơ bộ quý I/2015 tăng 7,90%)" compares an earlier time)
        # (nor a sector's growth named by the economy's indicator: "GRDP khu vực công nghiệp và xây dựng tăng 9,35%")
        if claim.measure in ("growth", "level") and _ECONOMY_GROWTH_RE.search(subject_low) and not carried_subject \
                and not _in_brackets(low, claim.start) and not cues["sector_re"].search(subject_low):
            economy, industry = claim.modality, None  # (a growth whose subject was only carried is no statement)
            economy_period, economy_basis = claim.period, claim.basis if claim.measure == "growth" else None
            continue
        indexed = claim.measure in ("growth", "level") and cues["industrial_index_re"].search(subject_low)
        if indexed and industry in ("estimate", "expected") and claim.modality == "actual" \
                and isinstance(claim.confidence, tuple) and claim.confidence[3] in ("default", "verb") \
                and claim.period == industry_period and claim.place is not None and industry_place is not None \
                and claim.place != industry_place:
            # "chỉ số sản xuất toàn ngành công nghiệp ước tính tăng 7,6% … Hải Phòng là địa phương có chỉ số sản xuất
            # công nghiệp năm 2014 tăng cao nhất, tăng 12,3% …": the same index by area, a part of the estimate (spec)
            _carry_modality(claim, industry)
            continue
        if indexed and industry_period and claim.period and claim.period[:4] < industry_period[:4]:
            continue  # ("… ước tính tăng 8,3%, trong khi cùng kỳ năm 2039 tăng 0,5%": an earlier year's, to compare)
        if indexed and not carried_subject:
            economy, industry = None, claim.modality
            industry_place, industry_period = claim.place, claim.period
            continue
        if economy_basis not in (None, "same_period") and claim.measure == "growth" and claim.basis == "same_period" \
                and economy in ("estimate", "expected") and _sector_part(subject_low) \
                and _same_span(claim.period, economy_period) and not _base_said_after(low, claim.end):
            # "dự ước GRDP … tăng 7,12% so với năm 2023. … GRDP khu vực nông, lâm nghiệp và thủy sản tăng 3,07%": a
            # sector's growth is against the base of the economy's it is a part of
            claim.basis = economy_basis
        how = claim.confidence
        if not (claim.modality == "actual" and isinstance(how, tuple) and how[3] in ("default", "verb")):
            continue
        # (a sector's growth of another span, "quý I tăng 1,21%, quý II tăng 3,68%, 6 tháng tăng 2,71%" after the
        # six months' estimate, is a result already known, not a part of that estimate)
        if economy in ("estimate", "expected") and (claim.measure == "growth" or claim.measure == "share"
                                                    and ("đóng góp" in subject_low
                                                         or "đóng góp" in low[max(0, claim.start - 20):claim.start])
                                                    or claim.measure == "ratio" and claim.basis == "plan") \
                and _sector_part(subject_low) and _same_span(claim.period, economy_period):
            _carry_modality(claim, economy)
        elif industry in ("estimate", "expected") and (
                claim.measure == "growth" and cues["industry_section_re"].search(subject_low)
                and not _ECONOMY_GROWTH_RE.search(subject_low)
                or claim.measure in ("growth", "level") and _in_a_product_list(low, claim.start)) \
                and _same_span(claim.period, industry_period):
            # (as for the economy's sectors: a section's rise over another span, "Lũy kế 2 tháng … tăng 18,8%. Cả 4
            # nhóm ngành lớn đều tăng, trong đó khai khoáng tăng 28,2%" after the month's estimate, is no part of it)
            _carry_modality(claim, industry)


def _base_said_after(low, position):
    """A base is named in the clause after a figure ("tăng 3,07% so với cùng kỳ, …")."""
    clause_end = _CLAUSE_END_RE.search(low, position)
    after = low[position:clause_end.start() if clause_end is not None else len(low)].split(",", 1)[0]
    return _base_said_in(after) is not None


def _same_span(period, whole_period):
    """A part said over the span of its whole (or where either span is unknown)."""
    return not period or not whole_period or period == whole_period


def _carry_modality(claim, modality):
    """The claim takes the modality of the statement it is a part or a repeat of; its evidence says so."""
    how = claim.confidence
    claim.modality = modality
    claim.confidence = (how[0], how[1], how[2], "carried", how[4])


# Between a rise and the estimate after it in one clause: no figure, clause end or bracket, then ", ước (đạt) …".
_ESTIMATE_VERB = r"(?:ước|sơ bộ)(?:\s+(?:đạt|tính|thực hiện))?"
_ESTIMATE_WORDS = r",\s*" + _ESTIMATE_VERB + r"(?:\s+(?:tăng|giảm|bằng))?" \
                  r"(?:\s+(?:khoảng|gần|hơn|trên|dưới|xấp xỉ))?\s*"
_ESTIMATE_AFTER_RISE_RE = re.compile(r"[^;.()\n\d]{0,60}(?:(?:19|20)\d\d[^;.()\n\d]{0,10})?" + _ESTIMATE_WORDS)
# A level said right before ", ước tăng …" ("thu dầu thô 27.412 tỷ đồng, ước tăng 14,7% so với dự toán"): nothing between
_ESTIMATE_RIGHT_AFTER_RE = re.compile(r"\s*" + _ESTIMATE_WORDS)


def _estimate_reaches_back(low, claims):
    """`ước` reaches the figures of its own clause before it (spec): "tăng gấp 3 lần, ước đạt 50 nghìn lượt", "(tăng
    87% so với cùng kỳ, ước đạt 132% so với kế hoạch)": a rise or ratio said just before ", ước đạt …", with no
    cue of its own, is part of the same estimate; so is a level said right before ", ước tăng …" ("thu dầu thô
    27.412 tỷ đồng, ước tăng 14,7% so với dự toán")."""
    for before, claim in zip(claims, claims[1:]):
        if claim.modality != "estimate" or before.modality != "actual" or before.end > claim.start:
            continue
        if before.unit in ("%", "times") and before.measure in ("growth", "change", "ratio") \
                and _ESTIMATE_AFTER_RISE_RE.fullmatch(low, before.end, claim.start) \
                or before.measure == "level" and _ESTIMATE_RIGHT_AFTER_RE.fullmatch(low, before.end, claim.start):
            before.modality = "estimate"


def _headline_takes_the_body_modality(context, sentences, claims):
    """A figure of the headline repeated in the body, perhaps rounded (headline "tăng hơn 40%", body "ước đạt …,
    tăng 40,3%"), takes the modality of its fuller statement there."""
    if not sentences or not claims:
        return
    headline_start, first_line_end = _headline_line(context.low)
    # (a bounded headline: a few figures, each compared with the body's once — linear time on any input)
    headline_end = first_line_end if 0 <= first_line_end <= headline_start + _HEADLINE_CHARS \
        else min(max(sentences[0].end, headline_start), headline_start + _HEADLINE_CHARS)
    body = {}
    for claim in claims:
        if claim.start > headline_end and claim.modality != "actual":
            body.setdefault((_unit_key(claim.unit), _amount_kind(claim.measure)), []).append(claim)
    if not body:
        return
    for claim in claims:
        if claim.start >= headline_end:
            break
        if claim.modality != "actual":
            continue
        step = 10.0 ** -_decimals_written(claim.text)
        for other in body.get((_unit_key(claim.unit), _amount_kind(claim.measure)), ()):
            if (other.value >= 0) == (claim.value >= 0) and abs(abs(other.value) - abs(claim.value)) < step * max(1.0, _scale_of(claim)):
                claim.modality = other.modality
                break


def _amount_kind(measure):
    """The kind a headline's figure is matched on with the body's: a level and a share are both the amount itself
    (headline "hướng tới 95% hộ dân dùng nước sạch", body "phấn đấu có 95% hộ dân … được dùng nước sạch")."""
    return "level" if measure == "share" else measure


_REACHED_RIGHT_BEFORE_RE = re.compile(r"(?<!\w)(?:đạt|thực hiện|thực hiện được)(?:\s+(?:được|khoảng|hơn|trên|gần))?\s*$")


def _repeated_figures_take_the_fuller_modality(low, claims):
    """A figure said again, as written, of the same indicator ("GRDP tăng 6,42% so với cùng kỳ" in the lead, "GRDP …
    ước tính được 9.871,36 tỷ đồng, …, tăng 6,42%" in the body) takes the modality of its fuller statement, the one
    an estimate or expectation cue reaches (spec: Modality carries). Only an earlier statement of a measured amount or
    rate, with no cue of its own nor a verb of reaching ("đạt" says it was reached, as dev reads a body's "đạt 15,33%"
    after a headline's "ước đạt"), takes it; counts said again ("có 2 xã …, dự kiến có thêm 2 xã") are other figures."""
    stated = {}
    for claim in claims:
        how = claim.confidence
        if claim.modality in ("estimate", "expected") and isinstance(how, tuple) and how[3] == "cue":
            stated.setdefault((claim.text, claim.unit, claim.measure), claim)
    if not stated:
        return
    for claim in claims:
        how = claim.confidence
        if claim.modality != "actual" or not isinstance(how, tuple) or how[3] not in ("default", "verb") \
                or claim.unit not in MEASURED_UNITS or _REACHED_RIGHT_BEFORE_RE.search(low, max(0, claim.start - 12),
                                                                                       claim.start):
            continue
        other = stated.get((claim.text, claim.unit, claim.measure))
        # (or a later one that only names it again, with no verb: "Trong 8,01% tăng trưởng của quý I/2016, …")
        if other is not None and (other.start > claim.end or how[3] == "default" and other.end <= claim.start) \
                and other.basis == claim.basis and _same_indicator(claim.subject, other.subject):
            _carry_modality(claim, other.modality)


def _same_indicator(one, other):
    """Two subjects that share most of their words name the same indicator."""
    a, b = set((one or "").lower().split()), set((other or "").lower().split())
    return bool(a and b) and len(a & b) * 2 >= max(len(a), len(b))


def _headline_takes_the_body_basis(context, sentences, claims):
    """A growth in the headline that names no base ("… tăng 12%") said again of the same indicator in the body with
    its base ("tăng 12% so với năm 2020") is measured against that base: the body's is the fuller statement."""
    if not sentences or not claims:
        return
    headline_start, first_line_end = _headline_line(context.low)
    headline_end = first_line_end if 0 <= first_line_end <= headline_start + _HEADLINE_CHARS \
        else min(max(sentences[0].end, headline_start), headline_start + _HEADLINE_CHARS)
    for claim in claims:
        if claim.start >= headline_end:
            break
        # (likewise a ratio that names no base, "Thu ngân sách quý I đạt 28%", said again in the body as "bằng 28% dự
        # toán năm": the same figure, however the body names its indicator)
        ratio = claim.measure == "ratio" and _cues()["base_re"].search(context.low, claim.end, headline_end) is None
        if claim.measure not in ("growth", "change") and not ratio \
                or _COMPARED_WITH_RE.search(context.low, claim.end, headline_end):
            continue
        for other in claims:
            if other.start > headline_end and other.text == claim.text and other.measure == claim.measure \
                    and other.basis and other.basis != claim.basis \
                    and (ratio or _same_indicator(claim.subject, other.subject)):
                claim.basis = other.basis
                break
            if other.start > headline_end + _AHEAD_REACH * 5:
                break


# two rises or falls of one figure, joined ("tăng 36,4% so với tháng trước và giảm 7,7%"): what stands between them
_TWO_RISES_JOINED_RE = re.compile(r"\s*(so\s+(?:với\s+)?[^,;.()\d]{2,40}?)?\s*(?:,\s*)?(?:và|,)\s*(?:tăng|giảm)\s*")
_PART_AFTER_TOTAL_REACH = 600  # characters from a total's two rises to a part's


def _parts_compared_as_the_total(low, claims):
    """"… ước đạt 3,12 tỷ USD, tăng 36,4% so với tháng trước và giảm 7,7% so với cùng kỳ. Trong đó, khu vực trong nước
    đạt 587 triệu USD, tăng 36,8% và giảm 8,9% so với cùng kỳ": a part's two rises, said as the total's two with the
    base named once after the second, are against the total's two bases in turn."""
    total = None  # (first base, second base, end) of the last two rises each with its base named
    for first, second in zip(claims, claims[1:]):
        if not (first.unit == second.unit == "%" and first.measure == second.measure == "growth"):
            continue
        joined = _TWO_RISES_JOINED_RE.fullmatch(low, first.end, second.start)
        if joined is None:
            continue
        if joined.group(1) is not None:
            total = (first.basis, second.basis, second.end) if first.basis != second.basis else None
        elif total is not None and first.basis == second.basis == total[1] \
                and first.start - total[2] <= _PART_AFTER_TOTAL_REACH:
            first.basis = total[0]


# (an item of a list, after its colon or a comma: a name of a few words, no figure in it; its capital checked apart)
_BODY_NAMED_BEFORE_RE = re.compile(r"[:,]\s*([^\W\d]+(?:\s+[^\W\d]+){0,5})\s*$")


@lru_cache(maxsize=None)
def _list_opener_before_colon_re():
    """A word opening a list right before its colon ("… gồm:", "… là:"): cues.yaml subject_list_openers, or "là"."""
    return re.compile(r"(?<!\w)(?:" + phrases_re([*table("cues")["subject_list_openers"], "là"]) + r")\s*$")


def _lead_of_a_list_of_places(context, sentence, quantity):
    """The indicator a list of places (or of bodies: "Ngân hàng Nhà nước (62,75%)") with their figures in brackets is
    of, named before the list's colon, when the figure's bracket opens right after a place's or a body's name; None
    otherwise."""
    low, near = context.low, _near(sentence, quantity)
    opening = low.rfind("(", near, quantity.start)
    if opening < 0:
        return None
    index = bisect.bisect_left(context.place_starts, opening) - 1
    if index >= 0 and not low[context.places[index].end:opening].strip():
        named = context.places[index].start
    else:
        body = _BODY_NAMED_BEFORE_RE.search(context.work, max(near, opening - 60), opening)
        if body is None or not body.group(1)[0].isupper():
            return None
        named = body.start(1)
    colon = low.rfind(":", near, named)
    if colon < 0 or ";" in low[colon:quantity.start]:
        return None
    opener = _list_opener_before_colon_re().search(low, max(near, colon - 12), colon)
    lead = subject_before(context.work, near, opener.start() if opener else colon, context.blanks)
    return lead if lead and len(lead.split()) >= 2 else None


def _names_the_count_before(claim, subject):
    """The subject is the one of a count (a claim in a counting noun), named by what it counts."""
    return claim.subject == subject and bool(claim.unit) and claim.unit not in MEASURED_UNITS \
        and subject.lower().startswith(claim.unit.lower())


def _headline_takes_the_body_period(claims):
    """A figure said before any period (a headline: "tăng gần 13%") and said again in the body ("10 tháng … tăng gần
    13%") takes the period of its statement there, not the first period the text happens to give."""
    for index, claim in enumerate(claims[:_NEARBY]):
        how = claim.confidence
        if not isinstance(how, tuple) or how[1] != "ahead":
            continue
        step = 10.0 ** -_decimals_written(claim.text)
        for other in claims[index + 1:index + 1 + _NEARBY]:
            other_how = other.confidence
            if isinstance(other_how, tuple) and other_how[1] in ("sentence", "carried") and other.measure == claim.measure \
                    and _unit_key(other.unit) == _unit_key(claim.unit) and (other.value >= 0) == (claim.value >= 0) \
                    and abs(abs(other.value) - abs(claim.value)) < step * max(1.0, _scale_of(claim)):
                claim.period = other.period
                claim.confidence = (how[0], "carried", how[2], how[3], how[4])
                break


@lru_cache(maxsize=None)
def _furniture_line_re():
    """A line of the page around the article, not its headline: a date line, a short crumb without figures, or a
    page's counter ("Lượt xem: 1.234", "12 bình luận"; cues.yaml page_counters)."""
    counters = phrases_re(table("cues")["page_counters"])
    return re.compile(r"[^\n]{0,80}?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d[^\n]{0,40}$|[^\n\d]{0,30}$"
                      rf"|[^\n\d]{{0,20}}(?:{counters})\s*:?\s*[\d.,]+\s*$|[\d.,]+\s*(?:{counters})\s*$")


def _headline_line(low):
    """Where the headline's line starts and ends: the first line, past a page's date line or a short crumb
    (`Thứ 3, 29/11/2022, 07:29`, `Kinh tế`) above it; (0, -1) where the text is one line."""
    start = 0
    for _ in range(6):  # (a crumb, a date line, counters: a few lines at most)
        end = low.find("\n", start)
        if end < 0:
            return start, (-1 if start == 0 else len(low))
        if not low[start:end].strip() or _furniture_line_re().match(low, start, end):
            start = end + 1
            continue
        return start, end
    return 0, low.find("\n")


def _scale_of(claim):
    """The factor between the number as written and the value (tỷ đồng: 1e9), for rounding in the unit written."""
    number = claim.text.lstrip("+-−").split()[0].rstrip("%") if claim.text.strip() else ""
    try:
        written = float(number.replace(".", "").replace(",", "."))
    except ValueError:
        return 1.0
    return abs(claim.value) / written if written else 1.0


def _said_right_after(left, phrase):
    """`phrase` opens `left` (the words after the figure before), past at most one word (đạt) and no bracket nor
    comma (after one a new clause opens: "… là 13,6 triệu ha, độ che phủ tương ứng là 41,19%")."""
    at = left.find(phrase)
    return at >= 0 and "(" not in left[:at] and "," not in left[:at] and len(left[:at].split()) <= 1


def _closes_a_bracket_between(low, start, end):
    """A bracket that was open at `start` closes before `end`, with no other bracket opened after it."""
    close = low.find(")", start, end)
    return close >= 0 and low.rfind("(", 0, start) > low.rfind(")", 0, start) and low.find("(", close, end) < 0


_REACHED_IN_A_BRACKET_RE = re.compile(r"\s*\(\s*(?:đạt|thực tế đạt|thực hiện|là)\s+")


# an index named as the subject itself ("chỉ số sản xuất công nghiệp", "CPI"), not a figure said of one
_INDEX_SUBJECT_RE = re.compile(r"(?:chỉ\s+số|cpi|iip)(?!\w)")


_WORDS_THEN_BRACKET_RE = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}\(")


def _read_one(context, sentence, marks, quantity, previous, following, state, sentence_claims, continues,
              first_in_sentence):
    cues = _cues()
    low, work = context.low, context.work
    left_start = max(sentence.start, previous.end if previous else sentence.start, quantity.start - _LOOKBACK)
    left = low[left_start:quantity.start]
    right_end = min(sentence.end, quantity.end + 160, following.start if following else len(low))
    unit = getattr(quantity, "unit", None)
    value = quantity.value
    value_max = getattr(quantity, "value_max", None)
    role = getattr(quantity, "role", None)
    is_percent = unit == "%"
    measured = unit in MEASURED_UNITS or (unit and "/" in unit)
    if unit and unit.lower() in cues["place_units"] and quantity.of is None \
            and cues["places_pointed_back_re"].match(low, quantity.end, sentence.end):
        # "Trong 8 tỉnh/thành phố trên, Bình Dương …": the places just named, pointed back to, no new count (and no
        # subject for the figures after it)
        return None

    # Right context: up to the next clause boundary (a base is named right after its figure).
    right = low[quantity.end:right_end]
    cut = _CLAUSE_END_RE.search(right)
    right_clause = right[:cut.start()] if cut else right
    # The clause on the left after the last boundary: for bases named before a figure and for target phrases.
    bracket = left.rstrip().endswith("(")
    slash = left.rfind("/")
    if 0 < slash < len(left.rstrip()) - 1 and left[slash - 1].isdigit() and left[slash + 1:slash + 2].isdigit():
        slash = -1  # a date inside the clause (so với 31/12/2021 tăng …), not a done/plan pair
    opening = left.rfind("(")
    closing = left.find(")", opening) if opening >= 0 else -1
    if closing >= 0 and not any(ch.isdigit() for ch in left[opening:closing]):
        # "giao dự toán tổng thu ngân sách Nhà nước (NSNN) 16.300 tỷ đồng": a gloss closed before the figure cuts no
        # clause (a bracket that holds a figure of its own still does)
        opening = left.rfind("(", 0, opening)
    clause_cut = max(left.rfind(";"), opening, left.rfind(":"), slash)
    left_clause = left[clause_cut + 1:] if clause_cut >= 0 else left
    figure = _Figure(quantity, sentence, marks, state, previous, sentence_claims, continues, left_start, left,
                     right_clause, clause_cut, left_clause, bracket, unit, is_percent, measured)

    # Subject.
    own_subject = subject_before(work, left_start, quantity.start, context.blanks,
                                 after_figure=previous is not None and left_start == previous.end)
    if own_subject is None and role == "done" and left.rstrip().endswith("(") and not sentence_claims:
        # "tốc độ tăng trưởng cao hơn mức của tỉnh (13,9/9,2%)": a pair opening a bracket is of what was named before it
        own_subject = subject_before(work, left_start, left_start + left.rstrip().rfind("("), context.blanks)
    growth_named = _GROWTH_NAMED_BEFORE_RE.search(left, max(0, len(left) - 50)) \
        if is_percent and left.rfind("(") <= left.rfind(")") else None  # (in a bracket it restates the growth before)
    if growth_named is not None and not (own_subject and _INDICATOR_WORD_RE.search(own_subject.lower())):
        # "hướng tới mức tăng 8%", "được kỳ vọng đạt mức tăng từ 12%", "có 10 địa phương đạt mức tăng trưởng trên 10%":
        # where the words before name no indicator, the growth they reach is what the figure measures
        own_subject = work[left_start + growth_named.start(1):left_start + growth_named.end(1)]
    if own_subject is not None and own_subject.lower().endswith("tốc độ") and _RATE_OF_GROWTH_RE.search(left):
        own_subject = f"{own_subject} tăng trưởng"  # "tốc độ tăng trưởng đạt 8,58%": the verb is part of the rate's name
    if own_subject is not None and unit and not is_percent and unit.split("/")[0] not in MEASURED_UNITS \
            and _AVERAGE_ONLY_RE.fullmatch(own_subject.lower()):
        # "Bình quân toàn tỉnh đạt 15,2 tiêu chí/xã": an average of the counted noun, not the indicator said before; the
        # unit it is an average over, where the words name it, is part of it ("Bình quân mỗi xã đạt 14,8 tiêu chí" →
        # bình quân tiêu chí mỗi xã)
        each = _EACH_UNIT_RE.search(own_subject.lower())
        own_subject = f"bình quân {unit.split('/')[0]}" + (f" {each.group(0)}" if each else "")
    if own_subject is not None and unit and unit not in MEASURED_UNITS:
        took_part = cues["taking_part_end_re"].search(own_subject.lower())
        if took_part is not None:
            # "Kỳ họp diễn ra với sự tham dự của 77/86 đại biểu": those counted took part (đại biểu tham dự); the
            # meeting they took part in is not what is counted
            own_subject = own_subject[took_part.start(1):took_part.end(1)]
    if own_subject is not None and cues["base_only_words"].issuperset(_WORD_RE.findall(own_subject.lower())):
        own_subject = None  # "dự toán, tăng 3,67%": the base of the figure before, not a new subject
    if own_subject is not None and _SETS_A_GOAL_END_RE.search(own_subject.lower()):
        own_subject = None  # "Nghị quyết Đại hội … đề ra đến năm 2025 có 80% số xã …": who set the goal, not what it is
    if own_subject is not None and sentence_claims and left_start == previous.end \
            and _said_right_after(left, own_subject.lower()) \
            and ((sentence_claims[-1].subject or "").lower().endswith(own_subject.lower())
                 or own_subject.lower().endswith(" thuộc")
                 and own_subject.lower()[:-len(" thuộc")] in (sentence_claims[-1].subject or "").lower()):
        # "1.860 xã đạt chuẩn nâng cao và 340 xã …", "gieo trồng 73.467ha lúa, giảm 1.686ha": the words right after a
        # figure are its own noun's, not the subject of the next one
        # (also "213 đơn vị cấp huyện thuộc 48 tỉnh …": the count's noun before where they are)
        own_subject = None
    if own_subject is not None and " so với " in f" {own_subject.lower()}":
        # "Một số tỉnh năng suất lúa giảm so với cùng kỳ: Bến Tre giảm 8,3 tạ/ha": the comparison is the base
        head = own_subject[:f" {own_subject.lower()}".find(" so với ")].rstrip(" ,")
        head = _TRAILING_RISE_RE.sub("", head)
        own_subject = head if head and not cues["base_only_words"].issuperset(_WORD_RE.findall(head.lower())) else None
    if own_subject is not None and _AREA_RE.search(own_subject.lower()):
        # "…, trong đó các địa phương phía Bắc đạt 1.117 nghìn ha", "sản lượng lúa ở miền Bắc đạt …": a region of the
        # country says where, not what: the indicator is the one carried (or the words before "ở")
        at = _AREA_RE.search(own_subject.lower()).start()
        head = own_subject[:at].rstrip(" ,")
        own_subject = head if _WORD_RE.search(head) and not cues["base_only_words"].issuperset(
            _WORD_RE.findall(head.lower())) and not _PART_WORDS_ONLY_RE.fullmatch(head.lower()) else None
    if own_subject is not None and " về " in own_subject:
        change_of = _CHANGE_ABOUT_RE.match(own_subject.lower())
        if change_of:  # "sự tăng trưởng nhảy vọt về kim ngạch từ …": what grew is named after "về"
            own_subject = own_subject[change_of.start(1):]
    if own_subject is not None and " với " in own_subject:
        tail = own_subject.rsplit(" với ", 1)[1]
        if len(tail.split()) >= 2 and not cues["base_only_words"].issuperset(_WORD_RE.findall(tail.lower())):
            own_subject = tail  # "TP A thu hút nhiều vốn nhất với tổng số vốn đăng ký 306 triệu USD": what is measured
    raising = cues["raising_verb_re"].match(own_subject) if own_subject is not None else None
    if raising is not None and own_subject[raising.end():].strip():
        own_subject = own_subject[raising.end():]  # "đưa tổng kim ngạch xuất khẩu đạt …": the total, not the verb
    rate_at = _rate_moved_before(own_subject, cues) if own_subject is not None else None
    if rate_at is not None:
        own_subject = own_subject[rate_at:]  # "đều giảm tỷ lệ hộ nghèo": the rate moved
    pointed_back = own_subject is not None and cues["pointing_back_re"].fullmatch(own_subject) is not None
    said_again = pointed_back or own_subject is None \
        and cues["pointing_back_re"].search(left, max(0, len(left) - 30)) is not None  # ("… con số này là 6,2%")
    if pointed_back:
        # "Tổng thu … đạt 3.580 tỷ đồng. Kết quả này tương đương 40,47% dự toán": what the words point back to
        own_subject = (sentence_claims[-1].subject if sentence_claims else None) or context.last_subject
    if own_subject is not None and _RISE_WORDS_ONLY_RE.fullmatch(own_subject.lower()) is not None:
        # "ngành chế biến tiếp tục dẫn dắt với mức tăng 9,86%", "GDP quý II tăng trưởng tích cực, với tốc độ tăng
        # ước đạt 7,96%": the rise is of what is named before "với"
        joined = low.rfind(" với ", left_start, quantity.start)
        before = subject_before(work, left_start, joined, context.blanks) if joined > left_start else None
        comma = low.rfind(",", left_start, joined) if before is None and joined > left_start else -1
        if comma > left_start and not low[comma + 1:joined].strip():
            before = subject_before(work, left_start, comma, context.blanks)  # ("…, với tốc độ tăng …")
        if before is not None:
            own_subject = before
    if sentence_claims and sentence_claims[-1].subject and sentence_claims[-1].unit == unit \
            and _COMPARED_WITH_THE_SAME_RE.search(left, max(0, len(left) - 40)) is not None:
        # "GDP … tăng 6,42%, chỉ thấp hơn tốc độ tăng 6,58% của 6 tháng đầu năm 2022": the figure it is compared with,
        # at another time or place, is of the same indicator
        own_subject = sentence_claims[-1].subject
    if own_subject is None and sentence_claims and sentence_claims[-1].subject \
            and sentence_claims[-1].unit == unit and previous is not None and left_start == previous.end \
            and _REACHED_IN_A_BRACKET_RE.fullmatch(left):
        # "số lao động sang Nhật Bản vượt mốc 15.000 người (đạt 16.282 người)": what a bracket right after a figure
        # says was reached, in the same unit, is of the same indicator
        own_subject = sentence_claims[-1].subject
    announced = low.rfind(" là ", _near(sentence, quantity), quantity.start) if bracket and not sentence_claims else -1
    if announced >= 0 and _NEXT_BRACKETED_ITEM_RE.match(low, quantity.end):
        # "Một số khoản thu đạt khá là thu tiền thuê đất (87%), thu phí (61%)": the words before "là" announce a
        # list of items each with its figure in brackets; the first figure is its item's, like the others
        item = work[announced + 4:left_start + left.rstrip().rfind("(")].strip()
        if _WORD_RE.search(item) and not _DIGIT_RE.search(item) and len(item.split()) <= _LISTED_ITEM_WORDS \
                and not _in_ranges(context.blanks, announced + 4):
            own_subject = item
    colon = low.rfind(":", _near(sentence, quantity), quantity.start) if own_subject is not None and is_percent else -1
    if colon >= 0 and not cues["rate_re"].match(own_subject.lower()):
        # "Tỷ lệ học sinh đi học đúng độ tuổi: bậc tiểu học 100%, bậc THCS 89,5%": each item is that rate of its group
        label = subject_before(work, sentence.start, colon, context.blanks)
        if label and label.lower().startswith(("tỷ lệ", "tỉ lệ")) and ";" not in low[colon:quantity.start]:
            own_subject = f"{label} {own_subject}"
    if own_subject is not None and sentence_claims and sentence_claims[-1].subject:
        own_subject = _partner_part(own_subject, sentence_claims[-1].subject, cues["partner_re"])
        same_unit_before = next((c for c in reversed(sentence_claims) if c.unit == unit and c.subject), None)
        if same_unit_before is not None and left.rstrip().rfind(";") > left.rstrip().rfind(",") \
                and ";" in low[same_unit_before.end:quantity.start]:
            own_subject = _kind_under_the_same_head(own_subject, same_unit_before.subject, cues["goods_heads"])
    if sentence_claims and (own_subject is None or len(own_subject.split()) <= _KIND_WORDS):
        own_subject = _part_where_it_lies(context, left_start, quantity, unit, sentence_claims, cues) or own_subject
    if own_subject is not None and _UNIT_TAIL_ONLY_RE.fullmatch(own_subject):
        own_subject = None  # "… 70.552.000 ngàn lượt khách.km- tăng 1,15%": the tail of the unit before, no indicator
    partner = _partner_country(own_subject) if own_subject is not None else None
    # (of the last figure in the same unit: "Trong số 38 quốc gia có dự án, Hàn Quốc dẫn đầu với 900 triệu USD" is of the
    # money said before the count of countries)
    indicator = (context.last_subject_of_unit.get(_unit_key(unit)) if unit else None) or state.subject \
        or context.last_subject if partner is not None else None
    if partner is not None and indicator:
        # "tiếp đến là Đặc khu Hành chính Hồng Công (TQ) 398 triệu USD, chiếm 16,3%; Nhật Bản 380,2 triệu USD": an
        # investor or partner country that opens an item is whose share of the indicator the item gives
        own_subject = f"{_PARTNER_TAIL_RE.sub('', indicator)} của {partner}"
    if own_subject is not None and (state.subject or context.last_subject) \
            and (_only_a_place(context, own_subject, left_start, quantity.start)
                 or own_subject.strip(" ,:;-").lower() in cues["subjects_naming_nothing"]
                 # ("Hải Phòng đứng thứ hai với mức tăng 11,81%": how the indicator the table ranks moved, not what)
                 or _MEASURE_ONLY_AFTER_WITH_RE.search(low, max(left_start, quantity.start - 60), quantity.start) is not None
                 and _measure_word_only(own_subject)
                 # ("có 2 địa phương tăng trưởng GRDP trên 20% và rất nhiều địa phương tăng trưởng trên 10%": the group
                 # of places a bound is said of names who, not what)
                 or is_percent and _names_the_group_of_places(low, sentence, quantity, own_subject)
                 # ("Bình Dương là địa phương có mức tăng trưởng thấp nhất với -37%": a place's rank in a league
                 # table, said in words that name no indicator)
                 or cues["league_words"].issuperset(own_subject.lower().split())
                 and not cues["league_marks"].isdisjoint(own_subject.lower().split())):
        # "Diện tích gieo trồng của các địa phương: Hải Lăng 5.100 ha; Triệu Phong 4.800 ha": a place named before its
        # figure in a list is where the figure holds, not what it measures; the indicator is the one carried (also in
        # the next sentence of a league table: "… với tổng vốn đạt 89,11 tỷ USD. Theo sau là Singapore với 82,3 tỷ USD")
        own_subject = None
    subject = own_subject
    subject_how = "own" if own_subject is not None else None
    carried_subject = state.subject
    bracketed_item = False
    if subject is None and bracket:
        before_bracket = low.rfind("(", left_start, quantity.start)
        phrase = subject_before(work, left_start, before_bracket, context.blanks)
        if phrase and cues["target_re"].search(phrase.lower()):
            subject = f"{phrase} {carried_subject}" if carried_subject else phrase
            subject_how = "own"
        elif phrase and not is_percent and _plan_in_bracket(left):
            # "thu ngân sách … hoàn thành vượt so với dự toán tỉnh giao (4.870 tỷ đồng)": the plan's
            # figure is of the indicator its clause names
            subject, subject_how = phrase, "own"
        elif phrase and not is_percent and _names_a_listed_item(low, sentence.start, left_start, before_bracket, phrase) \
                and not _only_a_place(context, phrase, left_start, before_bracket):
            # "… gồm sản xuất, phân phối điện (5,1 tỷ USD); kinh doanh bất động sản (4,2 tỷ USD)": the amount in the
            # bracket after an item of a list is that item's (a place's stays of the indicator carried); the item is
            # not carried to the next figure
            subject, subject_how, bracketed_item = phrase, "own", True
    described_noun = None
    described = _DESCRIBED_IN_BRACKETS_RE.search(left) if subject is None and not cues["target_re"].search(left[-40:]) \
        else None
    if described is not None and described.start() == 0 and left[:1] not in ";:," and previous is not None \
            and left_start == previous.end:
        described = None  # ("… 2.150 hộ nghèo (chiếm tỷ lệ 2,15%)": the share of the count before, read as such)
    if described is not None:
        # "thị trường châu Á (chiếm tỷ trọng 63,42% trong tổng kim ngạch) tăng 10,43%": the share a bracket gives after a
        # noun, and the figures said of it after the bracket, are that noun's
        named = subject_before(work, left_start + described.start(1), left_start + described.end(1), context.blanks)
        if named and not _only_a_place(context, named, left_start + described.start(1), left_start + described.end(1)):
            subject, subject_how, described_noun = named, "own", named
    opened = _OPEN_BRACKET_BEFORE_RE.search(left, max(0, len(left) - 16)) if subject is None and is_percent else None
    if opened is not None:
        phrase = subject_before(work, left_start, left_start + opened.start(), context.blanks)
        if phrase and cues["rate_re"].search(phrase.lower()) \
                and not cues["base_only_words"].issuperset(_WORD_RE.findall(phrase.lower())):
            # "tăng tỷ lệ chăn nuôi trang trại (trên 60% tổng đàn)": the percent in brackets is the rate named before
            subject, subject_how = phrase, "own"
            if opened.group(0).rstrip().endswith(("tăng", "giảm")):
                # "… theo hướng giảm tỷ trọng nông nghiệp (giảm 24%)": the rate itself, from its own word on
                rate_word = cues["rate_re"].last(phrase.lower())
                subject = phrase[rate_word.start():]
        elif phrase and opened.group(0).rstrip().endswith(("tăng", "giảm")) and sentence_claims \
                and sentence_claims[-1].unit == "%" and sentence_claims[-1].subject \
                and cues["rate_re"].match(sentence_claims[-1].subject.lower()):
            # "tăng tỷ trọng công nghiệp (tăng 5,7%) và dịch vụ (tăng 18,7%)": the same rate, of the next part
            rate_word = cues["rate_re"].match(sentence_claims[-1].subject.lower())
            part = _LEADING_AND_RE.sub("", phrase)
            subject, subject_how = f"{sentence_claims[-1].subject[:rate_word.end()]} {part}", "own"
        elif phrase and _RISE_THEN_BRACKET_RE.search(left, max(0, len(left) - 60)) \
                and not _only_a_place(context, phrase, left_start, left_start + opened.start()):
            # "lũy kế chỉ số sản xuất công nghiệp so với cùng kỳ tăng (+13,51%)", "xuất khẩu giảm so với cùng kỳ
            # (-13,04%)": the rise in brackets after its verb is the rise of what the sentence names
            subject, subject_how = phrase, "own"
        elif phrase and _names_a_listed_item(low, sentence.start, left_start, left_start + opened.start(), phrase):
            # "tăng khá như: sản xuất đồ uống (tăng 18,42%), chế biến gỗ (tăng 12,07%)": the figure in
            # the bracket after an item of a list is that item's
            subject, subject_how = phrase, "own"
    # "số lao động có việc làm đạt 12.000 người, tăng 500 người (tăng 3%)": a count said as the rise of the indicator
    # carried keeps that indicator, not the counting noun
    # (but "giảm 86 hộ cận nghèo" names a new indicator after its noun)
    rise_of_carried = own_subject is None and carried_subject is not None and previous is not None \
        and _QUALIFIED_RISE_BEFORE_RE.search(left, max(0, len(left) - 24)) is not None \
        and not measured and noun_after(work, quantity.end, right_end, context.blanks) is None
    # "khách quốc tế chỉ đạt 28% so với cùng kỳ với trên 3.000 lượt": a bare count after a rate or an amount counts
    # the indicator that figure was of
    # (not a count of criteria or targets, which names itself: "tỷ lệ hộ nghèo … đến 60%... thì khi ấy toàn huyện mới chỉ
    # đạt 2,6/19 tiêu chí")
    rise_of_carried = rise_of_carried or own_subject is None and carried_subject is not None and not measured \
        and unit not in cues["counts_naming_themselves"] \
        and not bracket and bool(sentence_claims) and sentence_claims[-1].unit in MEASURED_UNITS and previous is not None \
        and noun_after(work, quantity.end, right_end, context.blanks) is None
    long_count_verb = cues["count_verb_tail_re"].search(subject.lower()) \
        if unit and not measured and not rise_of_carried and subject is not None and len(subject.split()) > 3 else None
    school_level = cues["school_level_re"].fullmatch(subject) if unit and not measured and subject is not None else None
    if school_level is not None:
        subject = None  # "Cấp tiểu học có 22/22 trường đạt chuẩn": the level qualifies what is counted (below)
    if unit and not measured and subject is not None and cues["count_cause_end_re"].search(subject):
        subject = None  # "Cơn bão số 3 đã làm 12 người chết": what caused them; those counted are named after the count
    if unit and not measured and subject is not None and subject.lower() in cues["place_units"]:
        subject = None  # "Thị trấn có 1.655 hộ kinh doanh": a unit's word without its name says only where
    joined_count = unit is not None and not measured and not rise_of_carried and subject is not None \
        and unit not in cues["units_of_targets"] and cues["count_joined_re"].search(left, max(0, len(left) - 16)) is not None
    # "Những địa phương có số hộ nghèo giảm nhiều gồm: Tô Hạp 101 hộ, xã Ba Cụm Bắc 92 hộ": the next places of a list
    # count what the first one did, in the same noun
    listed_place = own_subject is None and carried_subject is not None and previous is not None and not measured \
        and bool(sentence_claims) and sentence_claims[-1].unit == unit and sentence_claims[-1].place is not None \
        and bool(_names_between(context, previous.end, quantity.start))
    if listed_place:
        subject, subject_how = carried_subject, "carried"
    if unit and not measured and not rise_of_carried and not listed_place \
            and (subject is None or len(subject.split()) <= 1
                                                         or cues["count_verb_end_re"].search(subject.lower())
                                                         or long_count_verb is not None or joined_count
                                                         or unit.split()[0].lower() == "lượt"
                                                         and cues["visit_verbs_re"].match(subject.lower()) is not None):
        if joined_count:
            subject = None  # "… Phó Chủ tịch UBND tỉnh và 200 đại biểu": the count names itself
        noun = noun_after(work, quantity.end, right_end, context.blanks)
        joiner = cues["count_joined_re"].search(noun) if noun else None
        if joiner is not None:
            noun = noun[:joiner.start()].rstrip() or None  # "200 đại biểu đại diện cho 1.450 …": the next count's
        if noun is None and following is not None and following.unit and following.unit not in MEASURED_UNITS \
                and (_AND_NEXT_RE.fullmatch(low, quantity.end, following.start)
                     or following.unit != unit and _COMMA_NEXT_RE.fullmatch(low, quantity.end, following.start)):
            # "12/12 xã và 96/96 thôn ra khỏi diện đặc biệt khó khăn": two counts joined by "và" are
            # counted for what is said after the second
            # (so are counts of different nouns joined by a comma: "có 41 xã, 3 thị trấn đạt chuẩn văn minh đô thị")
            noun = noun_after(work, following.end, min(sentence.end, following.end + 160), context.blanks)
        unit_text = getattr(quantity, "unit_text", None) or unit
        unit_text = _SCALE_HEAD_RE.sub("", unit_text, count=1) or unit  # "8 triệu lượt khách": the noun is "lượt khách"
        if unit_text.lower().startswith("lượt ") and noun:
            unit_text = unit_text[len("lượt "):]  # "21,6 triệu lượt khách nội địa": the visitors are what is counted
        elif unit_text.lower() == "lượt khách" and _tourism_re().search(low, sentence.start, sentence.end) is not None:
            unit_text = "khách du lịch"  # "Theo Sở Du lịch, toàn tỉnh đón 15,55 triệu lượt khách": the tourists
        if school_level is not None:
            unit_text = f"{unit_text} {school_level.group(1)}"  # trường tiểu học
        if noun and noun.lower().startswith(unit_text.lower() + " "):
            noun = noun[len(unit_text) + 1:]  # "16/16 (100%) xã đã được công nhận": the unit after the bracket, read once
        noun_phrase = f"{unit_text} {noun}" if noun else unit_text
        if long_count_verb is not None and subject and not cues["count_verb_end_re"].search(subject.lower()):
            subject = subject[len(subject) - len(long_count_verb.group(1)):]  # the verb, not who did it
        if subject and noun and _OWN_VERB_RE.search(noun) and not _MORE_BEFORE_RE.search(left, max(0, len(left) - 12)):
            # "Công nhận 4 huyện đạt chuẩn nông thôn mới": what is counted, with its own verb after the count, needs
            # not the verb said before it (but "được công nhận thêm 2 trường đạt chuẩn": the verb of those added in
            # the period says they are new, a flow, and stays, as the dev gold keeps it)
            subject = None
        caused = cues["count_cause_re"].match(subject) if subject else None
        if caused is not None and cues["count_verb_end_re"].search(subject.lower()):
            subject = subject[caused.end():]  # "làm chết 3 người": those who died (người chết), not what killed them
        if subject and unit.split()[0].lower() == "lượt" and cues["visit_verbs_re"].match(subject.lower()):
            # "đã đón được 3,7 triệu lượt khách nội địa": the visits received are the visitors; receiving them (or who
            # received them, "ngành du lịch ước đón") adds nothing to what is counted
            subject = None
        subject = f"{noun_phrase} {subject}" if subject else noun_phrase
        subject_how = subject_how or "noun"
        share_before = sentence_claims[-1] if bracket and sentence_claims and sentence_claims[-1].unit == "%" else None
        if share_before is not None and own_subject is None and not noun and share_before.subject:
            # "Tỷ lệ số xã đạt chuẩn nông thôn mới … đạt 50% (8 xã)": the count of the group that rate is of
            at = share_before.subject.lower().find(unit.lower())
            if at >= 0:
                subject, subject_how = share_before.subject[at:], "own"
    if subject is not None and unit and sentence_claims and previous is not None and sentence_claims[-1].unit == unit \
            and sentence_claims[-1].subject and subject.lower() == (getattr(quantity, "unit_text", None) or unit).lower() \
            and _RUNNING_TOTAL_GAP_RE.fullmatch(low, previous.end, quantity.start):
        # "Có thêm 10 xã đạt chuẩn nông thôn mới, lũy kế 120 xã": the running total of the same noun is of what the
        # count before it counted
        subject, subject_how = sentence_claims[-1].subject, "carried"
    if unit in cues["units_of_targets"] and getattr(quantity, "of", None) is not None and own_subject is not None \
            and not cues["count_verb_end_re"].search(own_subject.lower()) and "tiêu" not in own_subject.lower():
        # "nhiều kết quả tích cực: có 21/24 chỉ tiêu đạt và vượt kế hoạch", "khó khăn, thị xã đã hoàn thành và hoàn
        # thành vượt mức 17/19 chỉ tiêu": a count of targets is named by the targets and what they reached (said after
        # the count, or as the verb right before it), not by the words of the sentence before
        reached = _TARGETS_REACHED_RE.match(low, quantity.end)
        verb = _TARGETS_REACHED_BEFORE_RE.search(left_clause)
        if reached is not None:
            subject, subject_how = f"{unit} {work[reached.start(1):reached.end(1)]}", "own"
        elif verb is not None:
            subject, subject_how = f"{unit} {verb.group(1)}", "own"
    holder = _CRITERIA_HOLDER_BEFORE_RE.search(low, max(sentence.start, quantity.start - 30), quantity.start) \
        if unit == "tiêu chí" else None
    if holder is not None and _AVERAGE_WORD_RE.search(low, max(sentence.start, holder.start() - 30), holder.start()):
        holder = None  # "bình quân toàn huyện đạt 12,6/19 tiêu chí": an average, named as such
    if holder is not None:
        # "có 43 xã đạt 13-18 tiêu chí", "không còn xã đạt dưới 10 tiêu chí xây dựng nông thôn mới": the criteria the
        # communes (districts) reached, named as the dev gold names them ("tiêu chí nông thôn mới xã đạt")
        named = noun_after(work, quantity.end, right_end, context.blanks)
        named = _OR_MORE_AFTER_RE.sub("", named).strip() if named and not _DIGIT_RE.search(named) else None
        subject = " ".join(w for w in ("tiêu chí", named, holder.group(1), "đạt") if w)
        subject_how = "own"
    if own_subject is not None and measured and not is_percent and _noun_follows(right_clause) and not bracket:
        # "toàn tỉnh gieo trồng 73.467ha lúa": what was sown is named after the amount
        # ("bê tông hóa 2km đường liên thôn": a bare verb takes a longer object)
        noun = noun_after(work, quantity.end, right_end, context.blanks)
        noun = _REACHED_AFTER_NOUN_RE.split(noun, 1)[0] if noun else noun  # "… đường liên thôn, đạt 80% kế hoạch"
        if noun and len(noun.split()) <= (5 if len(subject.split()) <= 2 else 3) and noun[:1].islower() \
                and not cues["base_only_words"].issuperset(_WORD_RE.findall(noun.lower())):
            subject = f"{subject} {noun}"
    if subject is None and carried_subject is not None and measured and not is_percent and not bracket \
            and sentence_claims and sentence_claims[-1].unit != "%" and _noun_follows(right_clause):
        # "tạm giữ 17 m3 gỗ tròn, 3.100 kg củi": an amount in a list of amounts, each followed by what it is of
        # (also after a count: "trồng được 3,6 triệu cây phân tán; 6,8 nghìn ha rừng trồng tập trung", an item of its
        # own after ";" naming what it is of in up to five words)
        noun = noun_after(work, quantity.end, right_end, context.blanks)
        own_item = clause_cut >= 0 and left[clause_cut] == ";" and not left_clause.strip()
        if noun and len(noun.split()) <= (5 if own_item else 3) and noun[:1].islower() \
                and not cues["base_only_words"].issuperset(_WORD_RE.findall(noun.lower())):
            subject, subject_how = noun, "noun"
    # ("…; 60% học sinh THCS được học cả ngày": a percent opening an item after ";" or ":" is of the group after it)
    opens_item = is_percent and clause_cut >= 0 and left[clause_cut] in ";:" and _ITEM_OPENING_RE.fullmatch(left_clause)
    if subject is not None and is_percent and _BARE_RISE_RATE_RE.fullmatch(subject.lower()) and sentence_claims \
            and sentence_claims[-1].measure == "level" and sentence_claims[-1].unit in MEASURED_UNITS \
            and sentence_claims[-1].subject and ";" not in low[sentence_claims[-1].end:quantity.start] \
            and "," in low[sentence_claims[-1].end:quantity.start]:
        # "kim ngạch xuất khẩu cả giai đoạn đạt 2.410 triệu USD, tốc độ tăng bình quân 14,2%": a rise rate naming no
        # indicator is the rise of the amount said right before it
        subject = f"{subject} {sentence_claims[-1].subject}"
    if subject is not None and is_percent and not bracket and _HAS_BEFORE_RE.search(left, max(0, len(left) - 20)) \
            and cues["group_after_re"].match(right_clause) and _noun_follows(right_clause):
        # "đơn vị thứ hai của tỉnh có 100% xã đạt chuẩn kiểu mẫu": after "có" the percent is of the group named
        # after it; the words before only name who has it
        subject = None
    # ("90% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ": the bound said between a percent and its group)
    bound_after = _OR_MORE_AFTER_RE.match(right_clause) if is_percent else None
    after_bound = bound_after.end() if bound_after is not None else 0
    group_clause = right_clause[after_bound:]
    if subject is None and (carried_subject is None or is_percent and (_NUMBER_OF_AFTER_RE.match(group_clause)
                                                                      or cues["group_after_re"].match(group_clause)
                                                                      or opens_item)) \
            and (is_percent or measured) and _noun_follows(group_clause):
        # "78% số xã đạt chuẩn", "1 tỷ USD vốn FDI đổ vào": what the figure measures is named after it
        subject = noun_after(work, quantity.end + after_bound, right_end, context.blanks)
        group = cues["group_after_re"].match(group_clause) if subject is not None and is_percent and not bracket \
            else None
        if group is not None:
            # "100% xã, thị trấn đạt chuẩn": the communes are the group, not the base of a plan ("dự toán xã"); a
            # list of groups goes on after its comma
            more = _GROUP_LIST_GOES_ON_RE.match(group_clause, group.end())
            rest = noun_after(work, quantity.end + after_bound + more.end(), right_end, context.blanks) if more else None
            if rest:
                subject = f"{subject}, {rest}"
        elif subject is not None and cues["base_only_words"].issuperset(_WORD_RE.findall(subject.lower())):
            subject = None  # "82,2% dự toán": the base
        subject_how = "noun" if subject else None
    if subject is None and rise_of_carried and unit and sentence_claims and sentence_claims[-1].unit != unit:
        # "192/664 đơn vị cấp huyện thuộc 51 tỉnh … đạt chuẩn, tăng 14 đơn vị": the rise of a count is the rise of the
        # count of the same noun said before it, not of the last figure
        same = next((c for c in reversed(sentence_claims) if c.unit == unit and c.subject), None)
        if same is not None:
            subject, subject_how = same.subject, "carried"
    if subject is None and is_percent and carried_subject is not None and sentence_claims \
            and sentence_claims[-1].unit in cues["place_count_unit_set"] \
            and _RISE_BEFORE_WORDS_RE.search(left, max(0, len(left) - 30)):
        # "58/63 tỉnh có tăng trưởng dương; trong đó A tăng cao nhất với 12,1%": a place's rise measures the growth
        # the sentence names, not the count of places before it
        named = _RANKED_RISE_RE.search(low, _near(sentence, quantity), quantity.start)
        if named is not None:
            subject, subject_how = work[named.start(1):named.end(1)], "own"
    if subject is None and state.subject_outside is not None and previous is not None \
            and _closes_a_bracket_between(low, previous.end, quantity.start):
        # "… ước đạt 153 tấn (trong đó tôm 48 tấn, cá 105 tấn), đạt 45% kế hoạch": the figures after a bracket of
        # parts go on about the total named before the bracket, not about its last part
        carried_subject = state.subject_outside
    if subject is None and carried_subject is not None and unit in MONEY_UNITS and sentence_claims \
            and _names_the_count_before(sentence_claims[-1], carried_subject) \
            and says_a_rank(low[sentence_claims[-1].end:quantity.start]) and context.last_subject_of_unit.get(unit):
        # "Trong số 38 quốc gia có dự án, Hàn Quốc dẫn đầu với 900 triệu USD": the amount of the one ranked among
        # the places or bodies counted before it is not of them; it goes on with the money said last
        carried_subject = context.last_subject_of_unit[unit]
    if subject is None and carried_subject is not None and unit and unit.lower() not in cues["place_units"]:
        # "05 địa phương có kim ngạch nhập khẩu cao nhất cả nước lần lượt là A (40,71 tỷ USD), …": each place's
        # amount is of the indicator the places counted have, not a count of them
        carried_subject = indicator_the_places_have(carried_subject) or carried_subject
    if subject is None:
        subject = carried_subject
        subject_how = ("previous" if state.subject_how == "previous" else "carried") if subject else "none"
    if subject is None and context.last_subject is not None:
        # "Bắc Giang đứng thứ 7 với 14 tỷ USD": a figure whose sentence names no indicator is one more figure of
        # the indicator said before (a league table, a list going on in a new sentence)
        # (of the last one said in its unit: "… 12,4 tỷ USD. Đáng chú ý, cả 6 địa phương … Hải Dương đứng thứ 5 với
        # 9,6 tỷ USD" goes on with the amounts, not with the count of places between)
        subject = context.last_subject_of_unit.get(_unit_key(unit)) or context.last_subject
        subject_how = "previous"
    if sentence_claims and previous is not None and own_subject is None and sentence_claims[-1].unit == unit \
            and sentence_claims[-1].subject and _PLAN_PAIR_GAP_RE.fullmatch(low, previous.end, quantity.start):
        # "Đàn lợn đạt 24.610 con/KH 24.000-25.000 con": the plan said after the result is the same
        # indicator's (not the bare counting noun)
        subject, subject_how = sentence_claims[-1].subject, "carried"
    if subject is not None and unit and subject_how in ("noun", "own") and not is_percent \
            and (subject.lower() == (getattr(quantity, "unit_text", None) or unit).lower()
                 or _names_a_place_here(context, subject, sentence.start, quantity.start)
                 or cues["league_list_opener_re"].search(subject.lower()) is not None):
        # "Một số huyện còn số người chưa tham gia BHYT khá lớn, như Phước Sơn còn 4.182 người, Tây Giang 2.967
        # người": each place's figure in a list after "như" is of the indicator the lead names before it
        lead_end = None
        for lead_end in cues["league_list_opener_re"].finditer(low, _near(sentence, quantity), quantity.start):
            pass  # (the last opener before the figure, in its own sentence)
        if lead_end is not None and ";" not in low[lead_end.end():quantity.start]:
            lead = subject_before(work, sentence.start, lead_end.start(), context.blanks)
            if lead and len(lead.split()) >= 2 and not cues["base_only_words"].issuperset(_WORD_RE.findall(lead.lower())):
                subject, subject_how = lead, "own"
    if subject is None and role == "done" and measured and following is not None \
            and getattr(following, "role", None) == "plan" and "/" in low[quantity.end:following.start]:
        # "30 ha/45 ha lúa bị ảnh hưởng": what the pair measures is named after its second half
        subject = noun_after(work, following.end, min(sentence.end, following.end + 160), context.blanks)
        subject_how = "noun" if subject else subject_how
    if bracket and (subject is None or subject_how == "own" and work[left_start:quantity.start].rstrip(" (").endswith(
            subject)):
        lead = _lead_of_a_list_of_places(context, sentence, quantity)
        if lead is not None:
            # "top 10 địa phương có thu nhập bình quân đầu người cao nhất cả nước gồm: TP. Hồ Chí Minh (3,652 triệu
            # đồng), Bình Dương (3,567 triệu đồng), …": each place's figure in brackets is of the indicator the lead
            # names before the colon
            subject, subject_how = lead, "own"
    if sentence_claims and previous is not None and unit and not is_percent \
            and (subject is None or subject.lower() == (getattr(quantity, "unit_text", None) or unit).lower()) \
            and sentence_claims[-1].qualifier in ("at_least", "at_most", "over", "under") \
            and _THRESHOLD_LABEL_GAP_RE.fullmatch(low, previous.end, quantity.start):
        # "số xã đạt từ 15 tiêu chí trở lên là 22 xã": the threshold just before is part of the indicator's name
        named = subject_before(work, max(sentence.start, previous.start - 80), quantity.start, context.blanks)
        if named and len(named.split()) >= 3:
            subject, subject_how = named, "own"
    # "Tổng giá trị sản xuất … đạt 687,641 tỷ đồng, tốc độ tăng đạt 17%": a bare name of a rise is the rise of the
    # amount just reported (the reported subject only: the name still reads the figures after it as that rise's)
    reported_subject = sentence_claims[-1].subject if subject is not None and is_percent \
        and subject.lower() in _GROWTH_NAMES_ONLY and sentence_claims \
        and sentence_claims[-1].unit in MEASURED_UNITS - {"%", "times"} \
        and sentence_claims[-1].measure == "level" and sentence_claims[-1].subject else None
    if reported_subject is None and subject is not None and is_percent and subject.lower() in _GROWTH_NAMES_ONLY \
            and sentence_claims and sentence_claims[-1].measure == "growth" and sentence_claims[-1].subject \
            and _HIGHER_THAN_RISE_BEFORE_RE.search(left, max(0, len(left) - 30)):
        # "GRDP … tăng 6,42%, cao hơn mức tăng 2,71% của 9 tháng năm 2019": the rise it is compared with is the
        # same indicator's, at another time
        reported_subject = sentence_claims[-1].subject
    where_rose = _ROSE_WHERE_BEFORE_RE.search(low, max(sentence.start, quantity.start - 20), quantity.start) \
        if unit and unit.lower() in cues["place_units"] else None
    if where_rose is not None:
        # "Chỉ số sản xuất công nghiệp … tăng ở 52 địa phương và giảm ở 11 địa phương": the places where the
        # indicator rose (fell) are counted
        same = next((c for c in reversed(sentence_claims) if c.unit == unit and c.subject), None)
        indicator = own_subject if own_subject is not None and not _ROSE_WORDS_ONLY_RE.fullmatch(own_subject.lower()) \
            else (same.subject.split(" có ", 1)[1].rsplit(" ", 1)[0] if same is not None and " có " in same.subject
                  else None)
        if indicator:
            subject, subject_how = f"{unit} có {indicator[:1].lower()}{indicator[1:]} {where_rose.group(1)}", "own"
    basis, scope_start, subject, subject_low = _subject_carried_on(context, figure, bracketed_item, own_subject,
                                                                   subject)
    if bracket and (is_percent or measured):
        # "chỉ số sản xuất công nghiệp tăng so tháng trước (+3,16%)": the base said right before the bracket the
        # figure opens, in the same clause (a base after the bracket is the next figure's: "… (+3,16%) và tăng so với
        # tháng cùng kỳ (+13,89%)")
        before_bracket = left[:left.rstrip().rfind("(")]
        piece = before_bracket[max(before_bracket.rfind(c) for c in ";:(,") + 1:]
        bracket_base = _RISE_AGAINST_BEFORE_BRACKET_RE.search(piece)
        if bracket_base is None and quantity.text.lstrip()[:1] in "+-−":
            # "CPI so với tháng trước (+0,88%); so với tháng 12 năm trước (+3,94%)": a signed change in the bracket
            # after a base is against it, the rise word left out
            bracket_base = _AGAINST_BEFORE_BRACKET_RE.search(piece)
        if bracket_base is not None:
            phrase = bracket_base.group(1).rstrip()
            said = cues["base_re"].search(phrase)
            basis = _named_base(phrase, before=True) or (cues["base_of"][said.group(0)] if said is not None
                                                         and _BASE_YEAR_TAIL_RE.fullmatch(phrase, said.end()) else None)
    base_clause = right_clause
    opening = _WORDS_THEN_BRACKET_RE.match(base_clause) if "(" in base_clause else None
    if opening is not None and ")" not in base_clause[:opening.end()] and ")" not in base_clause:
        # "vượt 2,64% (vượt 1.318,5 ha) so với kế hoạch": the base is named after the bracket (also after the rest
        # of the counted noun: "tăng 10.217 học sinh tiểu học (tăng hơn 280 lớp) so với năm học trước")
        close = low.find(")", quantity.end, min(sentence.end, quantity.end + 80))
        if close >= 0:
            after = low[close + 1:min(sentence.end, close + 100)]
            after_cut = _CLAUSE_END_RE.search(after)
            base_clause = after[:after_cut.start()] if after_cut else after
    if "(" in base_clause:
        base_clause = base_clause[:base_clause.find("(")]
    if "/" in base_clause:  # a done/plan pair's slash ends it, not a period's (so với quý I/2024)
        slash = _SLASH_NOT_OF_A_YEAR_RE.search(base_clause)
        base_clause = base_clause[:slash.start()] if slash else base_clause
    base_match = cues["base_re"].search(base_clause)
    if base_match and (base_match.start() > _FIRST_WORDS_RE.match(base_clause).end() or "," in base_clause[:base_match.start()]) \
            and not _SO_RE.search(base_clause[:base_match.start()].rsplit(",", 1)[-1]) \
            and not _ASPECT_RE.fullmatch(base_clause[:base_match.start()]):
        base_match = None  # too far, or past a comma: a plan named later in the sentence is not this figure's base
        # (nor past the comma that closes a base of its own: "giảm 1,1% so với năm 2029, đạt chỉ tiêu đề ra")
    if base_match and _COMPARED_PAST_A_COMMA_RE.fullmatch(base_clause[:base_match.start()]):
        base_match = None  # "ước đạt 5,06%, thấp hơn so với mục tiêu của nghị quyết": the figure set beside its goal
    next_figures = base_match is not None and _JOINED_BEFORE_RE.fullmatch(base_clause[:base_match.start()]) is not None \
        and _NEXT_FIGURES_VERB_RE.fullmatch(base_clause, base_match.end()) is not None
    if next_figures:
        base_match = None  # "tăng 3,12% và so với cùng kỳ năm trước tăng 3,66%": the base of the figure after it
    assigned = cues["assigned_by_level_re"].match(base_clause) if base_match is None and "giao" in base_clause else None
    if (base_match or assigned) and basis is None:
        basis = cues["base_of"][base_match.group(0)] if base_match else "estimate"
        if basis in ("other", "same_period") and base_match:
            # ("so với bình quân năm 2013": an average of a year named, dated like that year; "so với cùng kỳ năm 2019"
            # in a text of 2024, the same months of an older year)
            basis = _named_base(base_clause[base_match.start():].split(",", 1)[0], before=basis == "same_period") \
                or basis
        if basis == "estimate" and (base_match or assigned).group(0).endswith("giao") and unit not in MONEY_UNITS \
                and not cues["budget_subject_re"].search(subject_low):
            basis = "target"  # (what the level above gave, said of no budget: its target, cues.yaml)
    if basis is None and not next_figures:
        # (like a plan word, a date's comparison past a comma is another clause's: "đạt 58,33%, thấp hơn so với cùng
        # kỳ năm 2021" compares the rate, it does not make last year its base)
        basis = _named_base(base_clause.split(",", 1)[0])
    if basis is None and unit == "times" and _OTHER_PLACE_AFTER_RE.match(right_clause):
        basis = "other"  # "gấp 1,4 lần của tỉnh", "gấp 2 lần bình quân cả nước": another place is the base
    if basis is None and not is_percent:
        further = low[quantity.end:min(sentence.end, quantity.end + 160)]
        restated = _RESTATED_RISE_AFTER_RE.match(further)
        if restated is not None:
            # "tăng 16.466 người, tương ứng tăng 1,45% so với năm 2018": the rise said again as a percent is measured
            # against the base named after it, and so is the amount
            after = further[restated.end():]
            cut = _CLAUSE_END_RE.search(after)
            after = after[:cut.start()] if cut else after
            if after.lstrip().startswith("so"):
                named = cues["base_re"].search(after)
                at_start = named is not None and named.start() == len(after) - len(after.lstrip())
                basis = cues["base_of"][named.group(0)] if at_start else _named_base(after)
    basis, each_year, month_said_before = _base_said_before(context, figure, base_clause, basis)
    # (not a part of a whole named after it, "vốn đầu tư hàng năm khoảng 35% GRDP": a share held each year)
    if basis is None and (_EACH_YEAR_RE.search(left_clause, max(0, len(left_clause) - 40))
                          or ")" in left and _EACH_YEAR_RE.search(_unbracketed_clause(left)[-60:])) \
            and not (is_percent and _WHOLE_OF_ECONOMY_AFTER_RE.match(right_clause)):
        basis = "prior_year"  # "bình quân mỗi năm giảm 1,17%": each year against the one before
        each_year = True
    # The verb closest before the figure.
    basis, subject, verb_kind, verb_word = _verb_and_base_after(context, figure, basis, subject, subject_low)

    # A plan or target figure itself: "(36 tỷ đồng)" after "dự toán huyện giao", "KH tăng 3-4%", "chỉ tiêu là …".
    base_value, compared_yardstick, is_target, target_clause = _target_figure(context, figure, assigned)
    compared_period = bracket and is_percent and not is_target and quantity.text.lstrip()[:1] not in "+-−" \
        and bool(sentence_claims) and sentence_claims[-1].unit == "%" \
        and (sentence_claims[-1].measure in ("growth", "change")
             # (a rate set beside the country's: "tỷ lệ hộ nghèo là 3,5%, cao hơn mức bình quân cả nước (2,9%)")
             or sentence_claims[-1].measure == "level" and compared_yardstick is not None) \
        and (_bracket_after_a_compared_time(context, left_start, quantity) or compared_yardstick is not None
             or _RISE_OF_A_YEAR_BEFORE_RE.search(left, max(0, len(left) - 70)) is not None)
    if is_target and unit in cues["units_of_targets"] and not bracket:
        is_target = False  # "so với 15 chỉ tiêu theo Nghị quyết": the count of the targets is a fact
    if unit == "chỉ tiêu" and _ASSIGNED_BEFORE_RE.search(low, sentence.start, quantity.start) is not None:
        # "giao chỉ tiêu đưa người lao động đi làm việc ở nước ngoài …, với tổng số 1.800 chỉ tiêu", "A được giao cao
        # nhất với 270 chỉ tiêu": a quota handed out, so many places to fill, is a target (not a count of indicators)
        is_target = True
    compared_pair = _COMPARED_PAIR_BEFORE_RE.search(low, max(sentence.start, quantity.start - 80), quantity.start) \
        if role == "plan" else None
    if role == "plan" and compared_pair is None:
        # (not the pair of values a comparison just made: "gấp 1,4 lần của tỉnh (71,2/50,8 triệu đồng)", "tăng gấp 2
        # lần so năm 2016 (310/155 tỷ đồng)" hold this one's value and its base's, both facts)
        is_target = True

    previous_claim = sentence_claims[-1] if sentence_claims else None
    # A bracket right after a growth or change that says it again in the other unit ("tăng 3,1% (2.000 tấn)").
    opened = left.rfind("(")
    in_bracket = opened >= 0 and ")" not in left[opened:]  # "(2.000 tấn)", "(tương ứng tăng 16 tỷ USD)"
    # (not a bracket that names a time of its own: "tăng 4,2% (quý II ước tính đạt 72,4 nghìn tấn)" is the quarter's
    # own amount)
    # (not a bracket that names its own indicator with its own verb: "tăng 6,5% (vốn đăng ký đạt 426,2 nghìn tỷ đồng, …)")
    restated = previous_claim if in_bracket and previous_claim is not None and previous_claim.measure in ("growth", "change") \
        and _OWN_STATEMENT_IN_BRACKET_RE.match(low, left_start + opened + 1, quantity.start) is None \
        and (previous_claim.end >= quantity.start - _RESTATEMENT_GAP
             # (past the rise's own base: "giảm 39,17% so với cùng kỳ năm 2022 (tương ứng giảm 161 doanh nghiệp)")
             or _ONLY_A_BASE_RE.fullmatch(low, previous_claim.end, left_start + opened) is not None) \
        and not _period_between(context, left_start + opened, quantity.start) else None
    restated_as_equal = False
    if restated is None and not is_percent and verb_word == "bằng" and previous_claim is not None \
            and previous_claim.unit == "%" and previous_claim.measure in ("growth", "change") \
            and previous_claim.end >= quantity.start - 2 * _RESTATEMENT_GAP \
            and _SEMICOLON_RE.search(context.low, previous_claim.end, quantity.start) is None:
        # "tăng 2,35%, bằng 1.406,8 tấn so với cùng kỳ", "tăng 0,62% so với cùng kỳ (bằng 514,6 ha)": an amount
        # "bằng" right after a growth is that growth said again as an amount (or count: "bằng 5.800 con")
        restated, restated_as_equal = previous_claim, True
    if restated is None and is_percent and verb_kind == "equivalent" and previous_claim is not None \
            and previous_claim.measure == "change" and previous_claim.unit not in ("%", "times", None) \
            and previous_claim.end >= quantity.start - 2 * _RESTATEMENT_GAP \
            and _SEMICOLON_RE.search(context.low, previous_claim.end, quantity.start) is None:
        # "tăng 3,89 tạ/ha so với năm 2020, tương đương 7,6%", "giảm 574 hộ, tương đương 9,02%": an amount's change
        # said again as a percent is its growth, with its sign and base
        restated = previous_claim
    rate_subject, growth_of_subject, flow_subject, stock_subject = _subject_kinds(subject_low)
    if rate_subject and is_percent and previous_claim is not None and previous_claim.subject == subject \
            and previous_claim.unit in MEASURED_UNITS - {"%", "times"}:
        rate_subject = False  # "bê tông hóa 2km đường, vượt 10% kế hoạch": said as an amount, the subject is no rate
    if rate_subject and is_percent and subject_how == "noun" and not _cues()["rate_re"].match(subject_low):
        # "trên 93% đường ngõ xóm được cứng hóa": the things counted, named after the percent, and what was done to
        # them; a part of them (a rate names itself first: "tỷ lệ cứng hóa đường … đạt 93%")
        rate_subject = False
    if is_percent and not rate_subject and "lệ" in left and _REACHED_A_RATE_BEFORE_RE.search(left) is not None \
            and not (previous_claim is not None and previous_claim.of):
        # "Số học sinh, sinh viên tham gia bảo hiểm y tế đạt tỷ lệ 97,92%": the rate it reached (not after a count out
        # of its whole, "67/95 trung tâm …, đạt tỷ lệ 71%": that count's share)
        rate_subject = True
    # (only a percent can be a growth rate's own figure: the clause is read for it only then)
    clause_pieces = left_clause.split(",")
    growth_zone = clause_pieces[-1]
    if len(clause_pieces) > 1 and growth_zone.strip() in _REACH_ONLY_WORDS:
        # "GDP cả nước tăng trưởng khá, đạt 7,4%": a bare "đạt" goes on the rise said just before its comma
        growth_zone = clause_pieces[-2]
    growth_subject = is_percent and (growth_of_subject or bool(cues["growth_subject_re"].search(growth_zone)))
    if is_percent and not growth_subject and role in ("done", "plan") and left.rfind("(") > left.rfind(")"):
        # "tốc độ tăng trưởng cao hơn mức của tỉnh (13,9/9,2%)": a pair of rates in a bracket are of the growth named
        # before the bracket
        growth_subject = bool(cues["growth_subject_re"].search(left[:left.rfind("(")].split(",")[-1]))
    if is_percent and not growth_subject and _REACHED_RIGHT_BEFORE_RE.search(left, max(0, len(left) - 24)) \
            and cues["output_aggregate_re"].match(subject_low):
        # "Năm ngoái, GRDP tỉnh đạt 9,01%": an economy's output said as a percent is its growth (its plan, said,
        # still makes it a ratio to the plan: "GRDP đạt 95% kế hoạch")
        growth_subject = True
    if growth_subject and _cues()["level_rate_re"].search(subject_low):
        # "tỷ lệ tăng dân số tự nhiên 0,9%", "tốc độ đô thị hóa đạt 74%": a demographic rate, the urbanisation rate,
        # read as a level like any rate
        growth_subject = False
    if is_percent and verb_kind in ("growth_up", "growth_down") and not rate_subject and not growth_subject \
            and _STRUCTURE_SHIFT_RE.search(low, _near(sentence, quantity), quantity.start) is not None \
            and any(word in subject_low for word in table("cues")["economy_sectors"]):
        # "Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, công nghiệp - xây dựng tăng 1,85%, dịch vụ tăng 0,93%": in
        # the economy's structure shifting, a sector's rise is its share's, in points
        rate_subject = True
    if is_percent and verb_kind in ("growth_up", "growth_down") and cues["rate_after_rise_re"].match(right_clause):
        rate_subject = True  # "giảm 6% tỷ lệ hộ nghèo", "giảm 2% hộ nghèo": the rate falls by points
        named_after = noun_after(work, quantity.end, right_end, context.blanks) if own_subject is None else None
        if named_after:
            subject, subject_how = named_after, "own"  # (the rate is named after the figure, not the one carried)
    if is_percent and verb_kind in ("growth_up", "growth_down") and not rate_subject and not growth_subject \
            and own_subject is not None and sentence_claims and sentence_claims[-1].unit == "%" \
            and sentence_claims[-1].measure == "change" and _sibling_of_the_rate(_rate_of_the_changes(sentence_claims), subject):
        # "Tỷ lệ hộ nghèo giảm 1,2%, hộ cận nghèo giảm 0,7%": the next group of a list after a rate's fall is the
        # same rate of that group, its fall in points
        rate_subject = True
    ranked_from = first_in_sentence
    if is_percent and sentence_claims and sentence_claims[0].unit != "%" and len(sentence_claims) <= _NEARBY:
        # "Cả nước có 6 địa phương đạt tăng trưởng hai con số, dẫn đầu là A (13,85%)": a count of the places ranked
        # comes before the ranking; the ranking's words run up to its first percent
        leading = [c for c in sentence_claims if c.unit != "%"]
        if all(c.unit in cues["place_count_unit_set"] for c in leading) \
                and len(leading) == next((k for k, c in enumerate(sentence_claims) if c.unit == "%"), len(sentence_claims)):
            ranked_from = next((c.start for c in sentence_claims if c.unit == "%"), quantity.start)
    ranking = _ranking_of_a_rise(context, sentence, ranked_from) \
        if is_percent and not growth_subject and verb_kind in (None, "level") and basis is None and not rate_subject \
        else False
    if ranking:
        growth_subject = True  # "địa phương tăng cao nhất là A với 44,2%", "xếp sau là B (30,9%)": each place's rise
        named = _RANKED_RISE_RE.search(low, max(sentence.start, ranked_from - _LOOKBACK * 4), ranked_from) if own_subject is None else None
        if named is not None:  # "Xếp sau về tốc độ tăng IIP 9 tháng là B (30,9%)": the rise the ranking names
            subject, subject_how = work[named.start(1):named.end(1)], "own"
        elif own_subject is None and ranking is not True and (subject is None or subject_how != "own"):
            named = _RANKED_RISE_RE.search(low, ranking[0], sentence.start)  # "Tăng trưởng GRDP quý I … khá."
            lead = work[named.start(1):named.end(1)] if named is not None \
                else subject_before(work, ranking[0], ranking[1], context.blanks)  # "GRDP các tỉnh … tăng khá."
            if lead:
                subject, subject_how = lead, "own"
    down = verb_kind == "growth_down"
    comparison = verb_word in cues["comparison_verbs"]

    measure, claim_basis = "level", None
    if is_target and is_percent and verb_kind in ("growth_up", "growth_down"):
        measure = "change" if rate_subject else "growth"
        claim_basis = basis or state.growth_basis or "same_period"
    elif is_target and is_percent and _TANG_RE.search(target_clause):
        measure, claim_basis = "growth", state.growth_basis or "same_period"
    elif is_target and is_percent:
        # A plan figure stated beside a figure takes its measure and direction ("giảm 1,42%, … (chỉ tiêu là 1,3%)").
        # A change measured against the plan itself ("cao hơn 0,63% so với chỉ tiêu (41%)") is not what it plans.
        # (beside it in its own item: "…; phấn đấu 100% đường trục liên xã được nhựa hóa" is an item of its own)
        compared = next((c for c in reversed(sentence_claims[-_NEARBY:])
                         if c.unit == "%" and (c.measure in ("growth", "share", "level")
                                               or c.measure == "change" and c.basis not in ("plan", "estimate", "target"))
                         and ";" not in low[c.end:quantity.start]), None)
        if compared is not None:
            measure, claim_basis = compared.measure, compared.basis
            if measure in ("growth", "change") and compared.value < 0:
                down = True
    elif is_target and unit == "times":
        measure, claim_basis = "ratio", basis or "same_period"  # "phấn đấu thu nhập tăng 1,8 lần": a multiple planned
    elif is_target:
        measure = "level"
    elif base_value:
        measure = "level"
    elif unit == "times":
        # (a multiple among rises compared with a base carried to them is against it too: "… so với tháng 12-2015, có
        # 10/11 nhóm … tăng. Trong đó, tăng cao nhất là nhóm thuốc và dịch vụ y tế, gấp 2,6 lần")
        measure, claim_basis = "ratio", basis or (state.growth_basis if state.index_groups or continues and
                                                  state.month_base else None) or "same_period"
    elif is_percent and restated is not None and restated.unit not in ("%", "times") \
            and verb_kind in (None, "ratio", "equivalent"):
        # "giảm 300 ha (bằng 1,2%)": the change said again as a percent is its growth, with its sign and base
        measure, claim_basis = "growth", basis or restated.basis
        down = restated.value < 0
    elif not is_percent and restated is not None and restated.unit == "%" \
            and (measured or restated_as_equal or _RESTATING_OPENER_RE.match(left, opened + 1) is not None) \
            and verb_kind in (None, "equivalent", "growth_up", "growth_down", "ratio"):
        # (a count too where the bracket says it restates: "giảm 39,17% so với cùng kỳ (tương ứng giảm 161 doanh
        # nghiệp)", "giảm 1,2% (giảm 300 người)"; a bare count in a bracket may be another thing: "tăng 12% (12 dự án)")
        # "tăng 3,1% (2.000 tấn)", "(tương ứng tăng 16 tỷ USD)", "giảm 29,89% (bằng 15,41 tạ/ha)": the growth said
        # again as an amount is its change
        measure, claim_basis = "change", basis or restated.basis
        down = restated.value < 0 if verb_kind in (None, "equivalent", "ratio") else verb_kind == "growth_down"
    elif is_percent:
        # (a place named between the figure before and this one opens another item: "Hậu Giang tăng 12,67%; Bình
        # Thuận tăng 9,86%" is each place's growth, not the first's rate rising again)
        place_between = previous is not None and left_start == previous.end \
            and bool(_names_between(context, previous.end, quantity.start))
        measure, claim_basis = _percent_measure(verb_kind, comparison, basis, state, previous_claim, rate_subject,
                                                growth_subject, bracket, quantity, right_clause,
                                                left if previous is not None and left_start == previous.end else "(",
                                                new_item=place_between)
        if measure == "ratio" and claim_basis == "plan" and basis is None and state.ratio_basis is None:
            claim_basis = _base_of_the_list_lead(context, sentence, quantity) or claim_basis
        if measure == "level" and basis is None and state.ratio_basis in ("plan", "estimate") \
                and _progress_re().search(subject_low) is not None:
            # "các địa phương có tiến độ thu tốt là: Đam Rông 79%": a progress is the part of its plan done, against
            # the base of the progress said before it
            measure, claim_basis = "ratio", state.ratio_basis
        if measure == "change" and growth_named is not None \
                and _HIGHER_THAN_RISE_BEFORE_RE.search(left, max(0, len(left) - 40)) is not None:
            # "… ước tính tăng 7,6%, cao hơn mức tăng 5,9% của năm 2013": the growth of the time compared with, not
            # a difference of rates
            measure = "growth"
        if measure == "ratio" and basis is None and verb_kind == "ratio" and state.ratio_basis is None \
                and state.growth_basis == "same_period" and continues \
                and low[sentence.start:sentence.start + 40].lstrip(" -–+*•").startswith(cues["part_openers"]):
            # "Chỉ số sản xuất công nghiệp tháng 3 ước tăng 29,29% so với cùng kỳ. Trong đó, ngành khai khoáng ước bằng
            # 78,13%": a part of an index compared with the same period, said as the index's level, is compared so too
            claim_basis = "same_period"
        elif measure == "ratio" and basis is None and verb_kind == "ratio" and state.ratio_basis is None \
                and _INDEX_SUBJECT_RE.match(subject_low):
            # "Chỉ số sản xuất công nghiệp tháng 5 đạt 110,2%": an index is measured against a past period, never
            # against a plan; one said with no base is against the same period a year earlier
            claim_basis = "same_period"
        if measure == "growth" and verb_kind in ("growth_up", "growth_down") and len(sentence_claims) >= 2 \
                and sentence_claims[-1].measure == "share" and sentence_claims[-2].of is not None \
                and _BRACKET_ONLY_RE.fullmatch(low, sentence_claims[-2].end, sentence_claims[-1].start) \
                and ";" not in low[sentence_claims[-1].end:quantity.start]:
            # "6.084/7.669 xã (79,3%) đạt chuẩn, tăng 10,6% so với cuối năm 2021": a rise said of a count of places
            # given with its share of all of them is the rise of that share, in points
            measure = "change"
        if measure == "growth" and in_bracket and previous_claim is not None and previous_claim.unit == "%" \
                and previous_claim.measure in ("ratio", "share") \
                and _UP_TO_ITS_BRACKET_RE.fullmatch(low, previous_claim.end, left_start + opened) \
                and (_HIGHER_OPENS_BRACKET_RE.match(low, left_start + opened + 1) if previous_claim.measure == "ratio"
                     else _RATE_BEFORE_SHARE_RE.search(low, max(0, previous_claim.start - 12), previous_claim.start)
                     and _RISE_OPENS_BRACKET_RE.match(low, left_start + opened + 1)
                     and not _SO_RE.match(right_clause.lstrip())):
            # "chiếm tỷ lệ 3,04% (giảm 0,75%)", "bằng 46,8% kế hoạch (cao hơn cùng kỳ 3,2%)": a rise or fall said in the
            # bracket of a rate, or a ratio to a plan said higher than before, is that percent's own change, in
            # points ("đạt 90% dự toán (tăng 5% so với cùng kỳ)", "chiếm tỷ trọng 60,05% (tăng 4,24% so với cùng kỳ)"
            # are the amount's growth)
            measure = "change"
        if verb_word in ("vượt", "vượt mức") and basis is None and measure in ("growth", "change"):
            claim_basis = "plan"  # "tỷ lệ bao phủ BHYT đạt 93,5%, vượt 0,3%": to exceed is to go past a plan
        if measure == "ratio" and basis is None and previous_claim is not None and previous_claim.of is None \
                and (previous_claim.unit or "").lower() in cues["place_units"] and previous_claim.measure == "level" \
                and _REACHED_SHARE_GAP_RE.fullmatch(low, previous_claim.end, quantity.start):
            # "nâng số xã đạt chuẩn NTM toàn huyện là 48 xã, đạt 64%": a count of places said with a percent and no base is
            # their part of all such places
            measure, claim_basis = "share", None
        if continues and state.part_share and measure == "ratio" and basis is None:
            # "… đạt 35% diện tích đã cấy. Trong đó, lúa nếp 90 ha, đạt 30%": a part's percent is a share of
            # its own part of the whole its total's share named
            measure, claim_basis = "share", None
        if quantity.text.lstrip().startswith(("+", "-", "−")) and measure in ("level", "ratio"):
            measure = "growth"
            claim_basis = basis or (previous_claim.basis if previous_claim is not None and previous_claim.measure in ("growth", "change") else None) \
                or state.growth_basis or "same_period"
    elif verb_kind == "equivalent" and basis is None and (previous_claim is None
                                                         or previous_claim.measure not in ("growth", "change")):
        measure = "level"  # "đạt gần 80% kế hoạch năm, tương đương 5.919 tỷ đồng": the amount that ratio stands for
    elif verb_kind in ("growth_up", "growth_down", "equivalent") and getattr(quantity, "of", None) is None:
        # (not a count out of its whole: "đã hoàn thành vượt mức kế hoạch 10/25 chỉ tiêu" is how many, a level)
        same_unit_before = previous_claim is not None and previous_claim.unit == unit
        # ("Diện tích lúa giảm 300 ha": an amount that rises or falls by a measured quantity changes by it)
        # ("tăng thêm 20 thôn" with no base: the number added, a level like "có thêm", "công nhận thêm")
        if basis or (same_unit_before and not _ADDED_BEFORE_RE.search(left[-12:])) or verb_kind == "equivalent" \
                or (measured and verb_word in ("tăng", "giảm")
                    and not cues["added_after_rise_re"].search(left, max(0, len(left) - 40))) \
                or (measured and verb_word in ("tăng thêm", "giảm thêm") and previous_claim is not None
                    and previous_claim.measure == "growth"):
            # ("tăng 18,6%, tương đương kim ngạch tăng thêm 0,42 tỷ USD": after its growth rate, an amount's rise;
            # not "vốn đăng ký tăng thêm 1,5 tỷ USD", the added capital itself)
            measure = "change"
            claim_basis = basis or (previous_claim.basis if previous_claim and previous_claim.basis else None) \
                or state.growth_basis or "same_period"
            if verb_kind == "equivalent" and previous_claim is not None and previous_claim.value < 0:
                down = True
    if not is_percent and measure == "level" and not is_target and quantity.text.lstrip().startswith(("+", "-", "−")):
        # "tăng 9,9% (+34.414 nghìn quả)", "giảm nhiều ở huyện Ý Yên (-338 ha), Trực Ninh (-227 ha)": an amount written
        # with its sign is a rise or fall, as a signed percent is (an amount held is never negative)
        measure = "change"
        claim_basis = basis or (previous_claim.basis if previous_claim is not None
                                and previous_claim.measure in ("growth", "change") else None) \
            or state.growth_basis or "same_period"
    if is_percent and measure in ("level", "ratio") and basis is None and not is_target \
            and (_share_of_count(previous_claim, value, quantity.text, context.low[previous_claim.end:quantity.start]
                                 if previous_claim is not None else "")
                 or cues["share_subject_re"].search(subject_low)):
        # "324/590 trường, đạt tỷ lệ 55,4%": the fraction, as a percent; "cơ cấu … nông nghiệp đạt 44,16%": a part
        measure, claim_basis = "share", None
        if previous_claim is not None and previous_claim.subject and _RATE_WORD_ONLY_RE.fullmatch(subject_low):
            subject = previous_claim.subject  # "tỷ lệ 61,2%" says no more than "the rate of" the count before it
    if is_percent and measure in ("level", "ratio") and basis is None and verb_kind in (None, "level", "ratio") \
            and cues["share_subject_re"].match(left_clause.lstrip(" -–+*•")) and not cues["share_subject_re"].search(subject_low):
        # "tỷ trọng công nghiệp, xây dựng và dịch vụ, thuế sản phẩm trong GRDP đạt 73,7%": a clause opening on "tỷ
        # trọng" or "cơ cấu" states a share, though the subject kept is only its last listed part
        measure, claim_basis = "share", None
    if is_percent and measure == "level" and basis is None and verb_kind in (None, "level") \
            and cues["against_plan_words_re"].search(low, max(sentence.start, quantity.start - _LOOKBACK), quantity.start):
        # "có 3 nguồn giải ngân đạt khá … là nguồn thu xổ số kiến thiết 42,67%", "tỷ lệ giải ngân khá như Sở A 41,3%":
        # what was disbursed is measured against the capital planned, a ratio to the plan (dev: "đã giải ngân đạt 62%")
        measure, claim_basis = "ratio", state.ratio_basis or "plan"
    if continues and is_percent and bracket and verb_kind is None and measure == "level" and not sentence_claims \
            and state.last_percent in ("growth", "change") and basis is None and not is_target:
        # "GRDP tăng 11,2%. Trong đó, tỉnh A (11,6%) và tỉnh B (11%)": the parts of a growth, said bare in brackets,
        # are growth rates like their total
        measure, claim_basis = state.last_percent, state.growth_basis or "same_period"
    if measure == "ratio" and basis is None and not is_target and in_bracket:
        # "thu ngân sách có khả năng vượt dự toán năm (thu nội địa đạt 65%, …)": a ratio in a bracket opened right
        # after a base is measured against that base
        named = _BASE_BEFORE_BRACKET_RE.search(left[:left.rfind("(")])
        if named is not None and named.group(1) in cues["base_of"]:
            claim_basis = cues["base_of"][named.group(1)]
    if is_percent and measure == "level" and verb_kind in ("ratio", "level") and basis is None and not is_target \
            and cues["plan_ratio_subject_re"].search(subject_low):
        measure, claim_basis = "ratio", "plan"  # "tỷ lệ giải ngân đạt 72,2%": disbursed out of what was planned
    if is_percent and measure in ("level", "share") and basis is None and not is_target and verb_kind != "share" \
            and (_disbursement_res()[0].search(left, max(0, len(left) - 30)) is not None
                 or _disbursement_res()[1].match(low, quantity.end) is not None
                 or _disbursement_res()[2].search(low, max(sentence.start, quantity.start - _LOOKBACK), quantity.start)
                 is not None and not _SHARE_VERB_IN_CLAUSE_RE.search(left_clause)):
        # "Đồng Tháp đã giải ngân được 75,2% tổng số vốn …", "đạt tỷ lệ 72,2% giải ngân vốn đầu tư công", "các tỷ lệ giải
        # ngân tương ứng như: nguồn vốn ngân sách tập trung (96,7%)": a rate of disbursement is a ratio to the capital
        # planned (spec: "giải ngân 100%"), whatever whole it names
        measure, claim_basis = "ratio", state.ratio_basis or "plan"
    ranked_progress = False
    if is_percent and measure in ("level", "ratio") and bracket and verb_kind in (None, "level", "ratio") and basis is None \
            and not is_target and context.last_plan_ratio is not None \
            and quantity.start - context.last_plan_ratio[0] <= _LOOKBACK \
            and _UNNAMED_RATE_RE.search(low, _near(sentence, quantity), quantity.start):
        # "Thu ngân sách … bằng 31% dự toán. Một số khoản thu đạt khá là thu tiền thuê đất (87%), …": a rate
        # that names no indicator of its own ranks the parts by the progress just measured against a plan or an
        # estimate: each part's percent is its ratio to that base (over the same span)
        measure, claim_basis = "ratio", context.last_plan_ratio[1]
        ranked_progress = True
    if is_percent and measure == "change" and claim_basis == "same_period" and basis is None \
            and value_max is None \
            and (quantity.text.rstrip().endswith("/năm") or _EACH_YEAR_AFTER_RE.match(low, quantity.end)):
        # "tỷ lệ hộ nghèo bình quân giảm 1,6% mỗi năm", "giảm 1,5%/năm": a rate's fall each year is against the year
        # before, as with "mỗi năm" said before it (a growth rate per year keeps its default base; a range, "giảm
        # bình quân từ 0,5-1%/năm", is left as test_claims_of_plans_and_status reads it, same_period)
        claim_basis = "prior_year"
    if is_percent and measure == "growth" and each_year and claim_basis == "prior_year":
        # "tốc độ tăng tổng giá trị sản phẩm bình quân hàng năm trên 10,6%": a growth rate per year keeps its default
        # base, said before the figure as after it ("tăng 0,4%/năm"); a rate's fall each year is against the year before
        claim_basis = "same_period"
    if is_percent and measure == "level" and each_year and basis == "prior_year" and verb_kind == "level" \
            and not rate_subject and _noun_follows(right_clause):
        measure, claim_basis = "share", None  # "hằng năm có 80% tổ chức … hoàn thành tốt nhiệm vụ": a share, each year
    if is_percent and measure == "level" and not subject_low.startswith(("tỷ lệ", "tỉ lệ")) \
            and _STRUCTURE_LIST_RE.search(low, _near(sentence, quantity), quantity.start):
        measure = "share"  # "Cơ cấu kinh tế đến năm 2025: công nghiệp khoảng 64%; dịch vụ 28,5%": parts of the economy
    if is_percent and measure == "level" and verb_kind in (None, "level") and not rate_subject and sentence_claims \
            and sentence_claims[-1].unit == "%" and sentence_claims[-1].measure == "share" \
            and _NEXT_ITEM_BETWEEN_RE.fullmatch(low, sentence_claims[-1].end, quantity.start):
        # "nông nghiệp chiếm 24%, công nghiệp chiếm 44%, dịch vụ là 32%", "(cơ cấu tương ứng năm trước lần lượt là:
        # 25%; 43%; 32%)": the next items of a list of parts are parts of the same whole
        measure, claim_basis = "share", None
    if is_percent and measure == "level" and verb_kind is None and bracket and not is_target \
            and _GROWTH_LIST_LEAD_RE.search(low, max(sentence.start, quantity.start - _LOOKBACK), quantity.start):
        # "một số địa phương ghi nhận mức tăng trưởng cao về GRDP …, bao gồm: Hải Phòng (12,28%), Quảng Ninh (8,6%)":
        # the places of a list announced as rises, each with its rate in brackets
        measure, claim_basis = "growth", basis or state.growth_basis or "same_period"
    if is_percent and measure == "level" and verb_kind is None and _GROWTH_NOUN_AFTER_RE.match(low, quantity.end):
        # "Trong 8,01% tăng trưởng của quý I/2016, …": a rise named by its noun after it
        measure, claim_basis = "growth", basis or state.growth_basis or "same_period"
    if is_percent and measure == "growth" and sentence_claims and sentence_claims[-1].measure == "share" \
            and sentence_claims[-1].unit == "%" and _SHARE_SHIFT_BETWEEN_RE.fullmatch(low, sentence_claims[-1].end,
                                                                                     quantity.start) \
            and not _amount_in_the_item_before(low, sentence, sentence_claims):
        # "Ngành nông nghiệp chiếm 17,36%, giảm 1,19%": the share's shift, in points (spec: change); not an amount's
        # rise after its share ("ước đạt 12.239 tỷ đồng (chiếm gần 60%, tăng 8,2% …)", "vốn cấp huyện đạt trên 2,1
        # nghìn tỷ đồng, chiếm gần 44%, tăng 52,7%": the item's amount is what rose)
        measure = "change"
    if role == "fraction":
        measure, claim_basis = "share", None  # "bằng 1/3 diện tích của tỉnh": a part of a whole (spec: share)
    if (base_value or compared_period) and is_percent:
        measure, claim_basis = sentence_claims[-1].measure, sentence_claims[-1].basis  # the base's rate: the same kind
        down = False
    if measure == "growth" and is_percent and _POINTS_RE.match(getattr(quantity, "unit_text", "") or ""):
        measure = "change"  # "tăng 0,48 điểm phần trăm": points are a difference of rates, whatever the rate is
    contribution = _contribution_before_re().search(left, max(0, len(left) - 60)) \
        if is_percent and measure in ("growth", "change") \
        and ("làm" in left or "góp phần" in left or "tác động" in left) else None
    if contribution is not None:
        # "(tác động làm CPI bình quân 6 tháng tăng 2,49%)", "tăng 1,57%, làm tăng 0,15 điểm phần trăm": what a part
        # adds to the rise of the whole is its contribution, a share (spec), negative where it pulls the whole down
        measure, claim_basis = "share", None
        if "giảm" in (contribution.group(1), contribution.group(2)):
            value = -abs(value)
        if previous_claim is not None and previous_claim.subject and subject \
                and _CONTRIBUTION_SUBJECT_RE.match(subject):
            subject = previous_claim.subject  # ("làm tăng 0,15 điểm": the part that rose before it adds it)
    if measure == "share" and verb_word in ("đóng góp giảm", "kéo giảm"):
        value = -abs(value)  # "thuế sản phẩm đóng góp giảm 0,04 điểm phần trăm": a part that pulls the whole down
    if previous_claim is not None and previous_claim.unit == unit and measure == "level" \
            and previous_claim.measure in ("growth", "change") and _SET_AGAINST_IT_RE.search(left):
        # "bình quân tăng 2,7 tiêu chí/xã, trong khi đó của cả nước là 2,1 tiêu chí/xã": the yardstick set against a
        # figure with no verb of its own is the same measure, of another place or time
        measure, claim_basis = previous_claim.measure, previous_claim.basis
        value = value if previous_claim.value >= 0 else -abs(value)
    if measure in ("growth", "change") and (down or (verb_kind is None and value < 0)):
        value = -abs(value)
        if value_max is not None:
            value_max = -abs(value_max)
    elif measure in ("growth", "change") and verb_kind == "growth_up" and getattr(quantity, "sign", None) != "-":
        value = abs(value)  # (an explicit minus always wins: "tăng -2%" is a fall)
    if measure == "growth" and is_percent and value > 0 and _SPACED_MINUS_AFTER_LABEL_RE.search(left) \
            and "tăng trưởng" in left[max(0, len(left) - 80):]:
        # "tốc độ tăng trưởng ngành trồng trọt: - 3,12%": a growth rate given after its label and a colon, with a
        # spaced minus, is a fall (a list's dash opens a line, not a rate after its colon)
        value = -value

    # Modality.
    modality, modality_how, carried = _modality_said(context, figure, scope_start, verb_kind)
    # "Các chỉ tiêu chủ yếu đề ra là: tăng trưởng đạt 7,5%; …", "11 chỉ tiêu kinh tế gồm: - …": the items of a list
    # of targets are targets, whatever verb each item repeats (the count of the targets is not one)
    announced = marks.target_list_end
    in_list = state.target_list or announced is not None and announced <= quantity.start
    if announced is not None:
        state.target_list = True
    if in_list and left.rfind("(") > left.rfind(")") \
            and _period_between(context, left_start + left.rfind("("), quantity.start):
        in_list = False  # "đàn bò 38,4 nghìn con (6 tháng đầu năm đạt 100,7%)": the result so far, not a target
    # (a count of targets is a fact ("11 chỉ tiêu kinh tế gồm: …"), unless it is a bracket heading a group of the
    # list: "I. Về kinh tế (11 chỉ tiêu) 1. …" counts the targets the plan sets)
    if in_list and modality == "actual" and not carried and _reports_a_year_before_the_list(context, sentence, quantity):
        in_list = False  # "Nghị quyết về nhiệm vụ … năm 2031 … đánh giá năm 2030, thu ngân sách đạt …": a result of the
        # year under review, said in the text that sets the next year's targets
    # (a cue of the announcement itself, "Đại hội đề ra mục tiêu đến năm 2024: …", is no item's own word)
    own_cue = carried and not (announced is not None and carried[1] <= announced)
    if in_list and modality in ("actual", "target") and not own_cue \
            and (unit not in cues["units_of_targets"] or bracket):
        if measure == "ratio" and basis is None:
            measure, claim_basis = "level", None  # "thu gom rác thải đạt 96%": the rate to reach, not a % of plan
        if measure != "ratio" and modality == "actual":
            modality = "target"
            modality_how = "list"
    if announced is not None and announced <= quantity.start and modality == "expected" and measure != "ratio" \
            and carried is not None and carried[2] == "sẽ":
        modality = "target"  # "Chỉ tiêu, nhiệm vụ năm 2024: Hà Tĩnh sẽ giải quyết việc làm 23.000 người": what a list
        modality_how = "list"  # of targets says will be done is a target
    # What the plan gives, a plan figure itself (spec): named by its subject ("năm 2024 tổng kế hoạch vốn đầu tư công
    # theo các Quyết định … là hơn 5.466 tỷ đồng"), or the amounts of a sentence the plan opens, nothing said done
    # before them ("Theo kế hoạch, tổng vốn đầu tư công năm 2023 của tỉnh là trên 4.029 tỷ đồng")
    if modality == "actual" and not carried and measure == "level" \
            and (verb_word == "là" and _PLAN_NAMED_SUBJECT_RE.search(low, max(sentence.start, quantity.start - _LOOKBACK),
                                                                     quantity.start)
                 or unit in MEASURED_UNITS and _PLAN_OPENS_THE_SENTENCE_RE.match(low, sentence.start)
                 and not cues["done_words_re"].search(low, sentence.start, quantity.start)):
        modality = "target"
        modality_how = "target_word"
    if modality == "target" and measure == "ratio" \
            and not (modality_how == "cue" and carried is not None and carried[2] in table("cues")["goal_verbs"]):
        # ("Gia Lai phấn đấu đến hết quý IV giải ngân đạt trên 90% kế hoạch vốn": the share of its plan a goal sets
        # is a target; a ratio to a plan is otherwise what was reached)
        modality = "actual"
    if in_list and modality == "actual" and not carried and measure == "ratio" and claim_basis in ("plan", "target"):
        # "(15) Gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu": an item of a list of targets is a target, a share of
        # its quota to fulfil included
        modality = "target"
        modality_how = "list"
    plan_year_ahead = _plan_year_ahead(context, sentence, quantity) \
        if unit in cues["units_of_targets"] and quantity.of is None and modality in ("actual", "target") else None
    if is_target and unit in cues["units_of_targets"] and quantity.of is None \
            and _TARGETS_MET_AFTER_RE.match(right_clause) is not None:
        is_target = False  # "Về chỉ tiêu tỉnh giao, có 7 chỉ tiêu đạt và vượt kế hoạch": how many targets were met
    if is_target and not (modality == "estimate" and _ESTIMATED_RIGHT_BEFORE_RE.search(left, max(0, len(left) - 30))):
        # (but "dự toán thu ngân sách … ước thực hiện 1.396,8 tỷ đồng, đạt 105,79% dự toán": the budget line's estimated
        # outturn, said so right before the figure, is an estimate)
        modality = "target"
        modality_how = "target_word"
    elif modality == "actual" and unit in cues["plan_parts"] and quantity.of is None \
            and _PLAN_PARTS_SET_BEFORE_RE.search(left, max(0, len(left) - 30)):
        modality = "target"  # "Đại hội thống nhất đề ra 10 nhóm nhiệm vụ, giải pháp": the parts of the plan it sets
        modality_how = "target_word"
    elif modality == "actual" and unit in cues["units_of_targets"] and quantity.of is None \
            and (_TARGETS_SET_BEFORE_RE.search(left, max(0, len(left) - 120)) or plan_year_ahead is not None
                 or _TARGETS_OF_A_PLAN_AFTER_RE.match(right_clause) and not _SO_RE.search(left, max(0, len(left) - 12))
                 or _TARGETS_SET_AFTER_RE.match(low, quantity.end)
                 and not _TARGETS_REACHED_BEFORE_RE.search(left, max(0, len(left) - 30))):
        # (also "25 chỉ tiêu năm 2025", "Trong đó, 11 chỉ tiêu kinh tế" in a text of a year still ahead: the targets
        # of that year's plan)
        # (but "đạt và vượt 17 chỉ tiêu KT-XH chủ yếu đề ra": how many of the targets set were reached, a result)
        modality = "target"  # "thông qua Nghị quyết với 19 chỉ tiêu", "đề ra 13 chỉ tiêu": the targets a plan sets
        modality_how = "target_word"
        if subject and not subject.lower().startswith(unit):
            # (named by what they are, not by who set them: "HĐND … thông qua nghị quyết … với 22 chỉ tiêu kinh tế -
            # xã hội chủ yếu" → chỉ tiêu kinh tế - xã hội chủ yếu)
            named = noun_after(work, quantity.end, right_end, context.blanks)
            subject = f"{unit} {named}" if named else unit
    if modality == "actual" and not carried and not is_percent and unit:
        # "Kế hoạch thu ngân sách năm 2033 được giao là 308,9 tỷ đồng, trong đó thu thuế 169,9 tỷ đồng" (or "… . Trong
        # đó, …"): the parts of a planned total, listed with no verb of reaching, are planned amounts too
        total = next((c for c in reversed(sentence_claims) if c.end <= marks.trong_do), None) \
            if 0 <= marks.trong_do <= quantity.start - len("trong đó") else None
        if total is not None:
            # (not the plan set beside what was reached: "… đạt 175.785 tỷ đồng, vượt 3,8% so với dự toán 169,420 tỷ,
            # trong đó: Thu nội địa là …" lists the parts of what was reached, as the next sentence's would be)
            reached_first = any(c.unit == total.unit and c.measure == "level" and c.modality != "target"
                                for c in sentence_claims if c.end <= marks.trong_do)
            planned_unit = total.unit if total.modality == "target" and not reached_first else None
            parts_start = marks.trong_do
        else:
            planned_unit, parts_start = (state.part_of_a_plan if continues else None), sentence.start
        # (what the part's own item says: "… 155/194 xã đạt chuẩn. Trong đó, có 64 xã đạt chuẩn nâng cao và 16 xã
        # …" lists two planned parts, the second's item not reaching what the first names)
        item_start = max(parts_start, low.rfind(",", parts_start, quantity.start) + 1,
                         low.rfind(";", parts_start, quantity.start) + 1, low.rfind(" và ", parts_start, quantity.start) + 1)
        if planned_unit is not None and _unit_key(planned_unit) == _unit_key(unit) \
                and not cues["done_words_re"].search(low, item_start, quantity.start):
            # (counted in the same noun: "mục tiêu đón 4,5 triệu lượt du khách. Trong đó, khách nội địa 4,3 triệu lượt")
            modality = "target"
            modality_how = "carried"
    if modality in ("estimate", "expected"):
        state.modality = modality
    if modality in ("estimate", "expected") and (compared_period or _EARLIER_SPAN_BRACKET_RE.search(left) is not None) \
            and not (carried and carried[0] is not None and carried[0] > left_start + left.rfind("(")):
        # "tăng 9,3% (cùng kỳ năm 2024 tăng 8,8%)", "cao hơn quý II (0,39%)": the figure of an earlier time, set beside
        # the estimate to compare, is known, not estimated
        modality = "actual"
    if modality == "actual" and not carried and unit in cues["units_of_targets"] \
            and _TARGETS_LIKELY_MET_AFTER_RE.match(low, quantity.end, sentence.end):
        modality = "expected"  # "12/30 chỉ tiêu có khả năng sẽ đạt vào cuối nhiệm kỳ": the targets likely to be met (or not)
        modality_how = "cue"  # (said of the count only: the figures after it are not its parts)

    # Subject carries on, except from a plan figure in brackets.
    if not (is_target and bracket) and not bracketed_item:
        state.subject = _without_partner(subject)  # (a partner's part carries its indicator, not the partner)
        state.subject_how = subject_how
        if low.rfind("(", _near(sentence, quantity), quantity.start) <= low.rfind(")", _near(sentence, quantity), quantity.start):
            state.subject_outside = subject
        elif described_noun is not None:
            state.subject_outside = described_noun  # (the noun a bracket describes goes on after the bracket)

    if unit and unit.lower() in cues["place_units"] and (_TOP_OF_A_RANKING_RE.match(right_clause)
                                                         or cues["top_list_before_re"].search(left, max(0, len(left) - 20))
                                                         or _owned_place_count(low, quantity.start)):
        # the size of a top list (a rank: "… cao nhất", "đứng đầu 10 điểm đến", "bình chọn 10 điểm đến"), or a count
        # of places that only says whose ("nhân dân 2 xã")
        return None
    if unit in ("tỉnh", "địa phương") and quantity.of is None and value in _country_province_totals() \
            and (_ALL_BEFORE_RE.search(left, max(0, len(left) - 12)) or _OF_THE_COUNTRY_AFTER_RE.match(right_clause)
                 or _PROVINCES_AND_CITIES_RE.search(low, quantity.start, quantity.end + 8)):
        # "cả 63 tỉnh, thành", "63 tỉnh, thành trên cả nước", "Năng lực cạnh tranh 63 tỉnh thành", "tính theo 34 tỉnh,
        # thành phố mới": all the country's provinces and cities, a set, not a count
        return None
    if unit and unit.lower() in cues["place_units"] and quantity.of is None \
            and _RANK_FIELD_BEFORE_RE.search(left, max(0, len(left) - 30)):
        return None  # "xếp vị thứ 9 trong 14 tỉnh vùng Bắc Trung bộ": the field a rank is out of, not a count of places
    if unit and unit.lower().startswith(("nhóm", "ngành")) and quantity.of is None \
            and _AMONG_BEFORE_RE.search(left, max(0, len(left) - 16)) \
            and _PART_COUNTED_AFTER_RE.match(low, quantity.end, sentence.end) \
            and (_price_index_named_in(context, sentence) >= 0
                 or _PRICE_INDEX_RE.search(low, max(0, sentence.start - 300), sentence.start) is not None
                 or _GOODS_OR_INDUSTRIES_RE.match(low, quantity.start, sentence.end) is not None):
        # "Trong số 11 nhóm hàng hóa và dịch vụ tiêu dùng chính thì có 06 nhóm tăng giá": the size of an index's basket,
        # a constant of its classification, not a figure of the time (dev b05); so is the classification of goods or
        # industries a release breaks its total into ("Trong 12 nhóm ngành hàng, có 6 nhóm tăng")
        return None
    evidence = {}
    place = _respective_place(context, sentence, quantity, unit, sentence_claims, evidence)
    if place is None:
        place = place_for(context, sentence, quantity, unit, state, first_in_sentence, evidence)
    if compared_period and compared_yardstick is not None:
        place = "Việt Nam"  # "… cao hơn bình quân cả nước (6,42%)": the country's own rate
    elif is_percent and _cues()["places_have_before_re"].search(low, max(sentence.start, quantity.start - 60), quantity.start):
        place = None  # "9 tỉnh có 100% số xã đạt chuẩn": the share holds in each of places the text does not name
    elif _SOME_PLACES_OPENING_RE.match(low, sentence.start) and low.find(";", sentence.start, quantity.start) < 0 \
            and evidence.get("place") != "sentence":
        place = None  # "Nhiều địa phương thu trên 10.000 tỷ đồng": it holds in some places the sentence does not name
    elif getattr(quantity, "qualifier", None) in _BOUNDS and _threshold_of_a_group_of_places(context, sentence, quantity):
        # "có 9 địa phương tăng trưởng GRDP trên 10%, đứng đầu là …", "các địa phương khác … đều tăng trưởng trên 11%:
        # Cần Thơ, Đà Nẵng, …": a bound that defines a group of places holds in the places listed right after it, or
        # in none the text names
        place = _places_listed_after(context, quantity)
        evidence["place"] = "sentence" if place is not None else "none"
    # A figure said to be reached (đạt, thực hiện…) belongs to the year reported on, not to a plan year named earlier.
    # (and what is neither planned nor expected is not of a year still to come: "từ nay đến năm 2030" in a headline
    # does not date "Bình Định có diện tích tự nhiên là 6.071 km2")
    reached = modality in ("actual", "estimate") and (verb_word in cues["reached_verbs"] or not is_target)
    # "(cùng kỳ năm 2020 giảm 3,8%)": a figure said of the same period a year before is of that period
    of_the_year_before = base_value or "cùng" in left and _OF_THE_SAME_PERIOD_BEFORE_RE.search(left) is not None
    if is_percent and not of_the_year_before and _RISE_NAMED_BEFORE_RE.search(left, max(0, len(left) - 25)) \
            and _OF_THE_SAME_PERIOD_AFTER_RE.match(right_clause):
        # "tăng 7,8%, cao hơn mức tăng 4,7% của cùng kỳ": the growth the same period a year before had, a growth of
        # that period (not the change between the two rates)
        of_the_year_before = True
        if measure == "change":
            measure, claim_basis = "growth", "same_period"
    # "thu hút 86 dự án … với số vốn đăng ký đạt 0,92 tỉ USD" (a flow), "có 640 dự án với tổng vốn 7,3 tỉ USD" (a
    # stock): an amount that goes with the count before it ("với") holds over the same time as that count
    with_count = sentence_claims[-1] if sentence_claims and previous is not None and left_start == previous.end \
        and sentence_claims[-1].end == previous.end and sentence_claims[-1].unit not in MEASURED_UNITS \
        and sentence_claims[-1].unit != unit and not is_percent and _WITH_BEFORE_RE.search(left) and ";" not in left \
        and "trong đó" not in left else None
    # (not past a part named after the count: "… đã đầu tư vào 59 tỉnh, thành phố, trong đó Hà Nội thu hút nhiều vốn
    # nhất với tổng số vốn đăng ký 6,15 tỷ USD" is Hà Nội's amount, over its own time; nor the next count of the same
    # noun: "A dẫn đầu với 5.000 doanh nghiệp …, B đứng thứ hai với 4.500 doanh nghiệp" is the next place's, a league
    # table's item, measured as the first is)
    if with_count is None and not continues and 0 <= marks.trong_do <= quantity.start - len("trong đó") and unit \
            and not is_percent:
        # "đã tổ chức 64 phiên …, trong đó, 47 phiên online, 9 phiên trực tiếp và lưu động 8 phiên": the parts of a
        # total said in its sentence hold over the time the total does
        # (the total done, not its plan: "có 17.919 con/14.066 con, đạt 127,39% KH, trong đó đàn gia súc có 7.700 con")
        with_count = next((c for c in reversed(sentence_claims) if c.end <= marks.trong_do and c.unit
                           and c.unit.split()[0] == unit.split()[0] and c.modality != "target"), None)
    # A percent said of the amount right before it ("có 45 xã đạt chuẩn, đạt 90% kế hoạch", "dư nợ đạt 4.500 tỷ
    # đồng, tăng 9,5%", "tăng 9 xã (tăng 0,11%)"): its ratio to a plan or its growth holds at the time that amount
    # does, so a stock dated to a day keeps its percent at that day (not from January to it).
    amount_before = sentence_claims[-1] if sentence_claims and previous is not None \
        and sentence_claims[-1].end == previous.end else None
    of_a_dated_stock = is_percent and measure in ("ratio", "growth") and amount_before is not None \
        and amount_before.unit != "%" and amount_before.measure in ("level", "change") \
        and bool(amount_before.period) and _DAY_POINT_RE.fullmatch(amount_before.period or "") is not None \
        and _SAID_OF_THE_AMOUNT_BEFORE_RE.fullmatch(low, amount_before.end, quantity.start) is not None
    # An item of a list of amounts in one unit, its own noun after it ("đã thu hoạch được 15.232 tấn lúa, 387.899 tấn
    # ngô, …"): an amount of the activity the list's lead names, a flow as its first item is (the items name none)
    next_amount_of_a_flow = unit and not is_percent and amount_before is not None and amount_before.unit == unit \
        and amount_before.measure == measure == "level" and "/" in (amount_before.period or "") \
        and _NEXT_LIST_ITEM_RE.fullmatch(low, amount_before.end, quantity.start) is not None
    period = period_for(context, sentence, quantity, subject_low, measure, unit, left, right_clause, is_target,
                         of_the_year_before, reached, evidence,
                         flow_hint=False if of_a_dated_stock
                         # (a whole year is a span: "Tổng kinh phí … năm 2031 35 tỷ đồng, trong đó ngân sách 20 tỷ")
                         else ("/" in with_count.period or len(with_count.period) == 4)
                         if with_count is not None and with_count.period
                         # "tăng 14 đơn vị so cuối năm 2020": a change against last year's end is between two
                         # stocks, dated where the later one holds
                         else False if measure == "change" and claim_basis == "prior_year_end" and not is_percent
                         else True if ranked_progress or next_amount_of_a_flow
                         else None, planned=modality == "target")
    # (or of its change: "giảm 300 ha (bằng -0,7%)" holds where the change does)
    if is_percent and measure in ("ratio", "growth") and not is_target and amount_before is not None \
            and amount_before.unit != "%" and amount_before.measure in ("level", "change") and amount_before.period \
            and evidence.get("period") in ("year", "none", "dateline") \
            and _SAID_OF_THE_AMOUNT_BEFORE_RE.fullmatch(low, amount_before.end, quantity.start) is not None:
        # "Trong đó, diện tích cây lương thực là 2.574 ha, đạt 95% kế hoạch": a percent with no time of its own, said of
        # the amount right before it, holds over that amount's time
        period = amount_before.period
        evidence["period"] = "amount"
    elif measure == "change" and is_percent and amount_before is not None and amount_before.unit == "%" \
            and amount_before.measure == "level" and amount_before.period and amount_before.subject == subject \
            and evidence.get("period") in ("year", "none") \
            and _SAID_OF_THE_AMOUNT_BEFORE_RE.fullmatch(low, amount_before.end, quantity.start) is not None:
        # "Tỷ lệ hộ nghèo còn 3,2%, giảm 1,1% so với cuối năm 2030": a rate's change in points said right after it, with no
        # time of its own, holds where the rate does
        period = amount_before.period
        evidence["period"] = "amount"
    if sentence_claims and "tháng trước" in left and _THE_MONTH_BEFORE_OPENING_RE.search(left) is not None \
            and month_earlier(sentence_claims[-1].period) is not None:
        # "nhóm hàng ăn tăng 0,33% (tháng trước tăng 0,31%)": the same figure a month earlier, set beside it
        period, subject = month_earlier(sentence_claims[-1].period), sentence_claims[-1].subject
        evidence["period"] = "sentence"
    base_year = _BASE_YEAR_RE.search(compared_pair.group(0)) if compared_pair is not None else None
    if with_count is not None and with_count.period and _WITH_BEFORE_RE.search(left) and ";" not in left \
            and "/" not in with_count.period \
            and _RAISED_TOTAL_BEFORE_RE.search(low, max(sentence.start, with_count.start - 100), with_count.start):
        # "nâng tổng số dự án lên 93 dự án với tổng vốn đăng ký 19.913 tỷ đồng": the amount of a running total reached
        # holds at the same time as that total
        period = with_count.period
    # (the rise said outside brackets: "ngành khai khoáng giảm 2,8% (cùng kỳ năm 2022 tăng 4,1%), làm giảm 0,5 điểm
    # phần trăm" adds to the fall of this year, not to last year's rise set beside it)
    risen = next((c for c in reversed(sentence_claims) if not _in_brackets(low, c.start)), previous_claim) \
        if contribution is not None and previous_claim is not None and _in_brackets(low, previous_claim.start) \
        else previous_claim
    if contribution is not None and risen is not None and risen.period \
            and risen.measure == "growth" and not _period_between(context, risen.end, quantity.start):
        period = risen.period  # (what a part adds to the whole's rise is added over the rise's span)
    same_period_said = _said_of_the_same_period_before(low, quantity.start)
    if same_period_said is not None and period:
        # "… tăng 8,3% so với cùng kỳ năm trước, trong khi cùng kỳ năm 2023 tăng 0,5%": the same period of the year
        # before is this figure's own time (its rise is against the year before that)
        named = same_period_said.group(1)
        if named is not None and named.isdigit():
            period = re.sub(r"\d{4}", named, period)
        elif context.doc_year is not None and period.startswith(str(context.doc_year)):
            period = year_earlier(period)  # (unless "năm trước" already gave it the year before)
    if plan_year_ahead is not None and not (unit in _cues()["units_of_targets"]
                                            and (period or "").endswith(f"/{plan_year_ahead}")):
        period = plan_year_ahead  # (but the count of a term's targets keeps the term that ends in that year)
    elif base_year is not None:
        period = base_year.group(1)  # "tăng gấp 2,5 lần so năm 2015 (240/96 tỷ đồng)": the second is 2015's own value
    elif continues and state.part_period and evidence.get("period") != "sentence" and not of_the_year_before \
            and not (is_percent and (measure in ("level", "share") or measure == "ratio" and claim_basis != "same_period")) \
            and (state.part_noun is None or (unit or "").split(" ")[0] == state.part_noun) \
            and not (state.part_targets and unit not in _cues()["units_of_targets"]):
        # (a rate holds at a time of its own; so does a ratio to a plan, not a part's index against the same period)
        # (and the figures of the targets met, named after their count, each at its own: "đạt 27/31 chỉ tiêu. Trong
        # đó, … thu nhập bình quân đầu người đạt 40 triệu đồng/năm")
        period = state.part_period
    if modality == "expected" and carried and carried[2] in cues["reckoning_words"] and period \
            and _MONTHS_FROM_JANUARY_RE.fullmatch(period) and not _ONE_MONTH_NAMED_RE.search(low, sentence.start, carried[0]):
        # "6 tháng đầu năm 2020, chỉ số … dự tính tăng 4,95%": the span reported on, reckoned (not "Bước sang tháng 6,
        # Cục Thuế dự tính số thu được …": a month just begun, forecast)
        modality = state.modality = "estimate"
    bracket_open = low.rfind("(", _near(sentence, quantity), quantity.start) if sentence_claims and unit and not is_percent \
        and unit not in MEASURED_UNITS and evidence.get("period") != "sentence" else -1
    if bracket_open > low.rfind(")", _near(sentence, quantity), quantity.start):
        # "253 trại chăn nuôi (124 trại gia cầm, 129 trại …)": the parts of a count, in brackets, are counted when it
        # is (at the text's date)
        total = next((c for c in reversed(sentence_claims) if c.end <= bracket_open), None)
        if total is not None and total.unit and total.unit.split()[0] == unit.split()[0] and total.period \
                and len(total.period) == 10:
            period = total.period
    if measure in ("growth", "change") and evidence.get("period") in ("year", "none", "ahead") and sentence_claims:
        # "Toàn huyện có 253 trại chăn nuôi …, tăng 0,4% so với cùng kỳ": the rise of a stock counted at a date (the
        # article's) is the rise to that date
        stock = sentence_claims[-1]
        if stock.measure == "level" and stock.unit != "%" and stock.period and len(stock.period) == 10 \
                and ";" not in low[stock.end:quantity.start]:
            period = stock.period
            evidence["period"] = "sentence"
    if measure == "ratio" and len(sentence_claims) >= 2 and not is_target and sentence_claims[-1].modality == "target" \
            and sentence_claims[-2].period and _PLAN_PAIR_GAP_RE.fullmatch(low, sentence_claims[-2].end,
                                                                          sentence_claims[-1].start) \
            and _RATIO_AFTER_PAIR_GAP_RE.fullmatch(low, sentence_claims[-1].end, quantity.start):
        # "trồng được 352/310ha, đạt 114% kế hoạch": the share of the plan done measures the amount done, and holds
        # when that amount does (not over the plan's whole year)
        period = sentence_claims[-2].period
    if measure == "share" and is_percent and sentence_claims and sentence_claims[-1].unit not in ("%", None) \
            and sentence_claims[-1].period and sentence_claims[-1].measure == "level" \
            and _SHARE_OF_COUNT_GAP_RE.fullmatch(low, sentence_claims[-1].end, quantity.start):
        # "năm 2020 có 900 hộ cận nghèo (chiếm 6,8%), thì đến cuối năm 2023 …": the share of the count said just
        # before is that count's share, at its time (not at a time said after the bracket)
        period = sentence_claims[-1].period
    if measure in ("growth", "change") and period and _SPAN_TO_MONTH_RE.fullmatch(period) and sentence_claims:
        # "đến cuối tháng 9/2022, tổng nguồn vốn huy động … đạt 64.120 tỷ đồng, tăng 7,8% so với cùng kỳ và tăng 2,6% so
        # với tháng 12 năm 2021": the rises of a stock read at a month's end hold there too, like the stock
        last = sentence_claims[-1]
        if last.period and len(last.period) == 7 and period.endswith("/" + last.period) \
                and ";" not in low[last.end:quantity.start] and not _period_between(context, last.end, quantity.start) \
                and (last.measure == "level" and last.unit not in ("%", None) or last.measure in ("growth", "change")) \
                and (last.measure != "level" or _RISE_RIGHT_AFTER_RE.fullmatch(low, last.end, quantity.start)):
            period = last.period
    restated = sentence_claims[-1] if is_percent and measure in ("growth", "change") and sentence_claims \
        and sentence_claims[-1].measure == "change" and sentence_claims[-1].unit not in ("%", None) \
        and _RESTATING_BRACKET_RE.fullmatch(low, sentence_claims[-1].end, quantity.start) else None
    if restated is not None:
        # "6.012/8.177 xã đạt chuẩn (chiếm 73,5%), tăng 9 xã (tăng 0,11%) so với tháng 5": a change of a count said
        # again as a percent in brackets holds when that change does; where it is the count's rise over the whole
        # the count is out of, it is the rise of the count's share, in points
        period = restated.period
        whole = next((c.of for c in reversed(sentence_claims) if c.of and c.unit == restated.unit), None)
        if whole and abs(restated.value / whole * 100 - abs(value)) <= 10.0 ** -_decimals_written(quantity.text) / 2:
            measure = "change"
    if measure == "change" and is_percent and sentence_claims and sentence_claims[-1].measure == "ratio" \
            and sentence_claims[-1].basis in ("plan", "estimate") and sentence_claims[-1].period \
            and "/" in sentence_claims[-1].period and ";" not in low[sentence_claims[-1].end:quantity.start]:
        # "tỷ lệ giải ngân … đạt 54,3% kế hoạch, tăng 8% so cùng kỳ": the rise in points of a flow's ratio to its
        # plan is between two ratios over the same span, and holds over that span
        period = sentence_claims[-1].period
    if measure == "share" and is_percent and evidence.get("period") in ("dateline", "year", "none", "ahead") \
            and sentence_claims:
        # "vốn ngân sách nhà nước 1.100 tỷ đồng, chiếm 34,4%": the share of an amount done over a year or months (the
        # part's share of the total invested) holds over that span, like the amount it is said of, not at the
        # article's date (a share said at a day the text names, "đến ngày 15/9 … đạt 93,4% diện tích", holds there)
        amount = sentence_claims[-1]
        if amount.measure == "level" and amount.unit in MEASURED_UNITS and amount.unit != "%" and amount.period \
                and ("/" in amount.period or len(amount.period) == 4) and len(amount.period.split("/")[-1]) <= 7 \
                and ";" not in low[amount.end:quantity.start]:
            period = amount.period
            evidence["period"] = "sentence"
    if modality == "target" and (modality_how == "cue" and evidence.get("period") == "carried"
                                 or modality_how in ("cue", "list")
                                 and evidence.get("period") in ("ahead", "year", "none", "dateline")) \
            and not (period and _YEARS_SPAN_RE.fullmatch(period)):
        # "Nhiệm kỳ 2020-2025, huyện phấn đấu …. Phấn đấu tỷ lệ … đạt 97%": a goal set with no time of its own, in a
        # text that sets out the goals of a plan term, is for that term (not for a year carried from elsewhere);
        # so is an item of a list of targets ("Chương trình … (nhiệm kỳ 2020-2025) … Một số chỉ tiêu cụ thể như: …")
        term = _term_before(context, quantity.start)
        if term is not None:
            period = term
            evidence["period"] = "carried"
    if modality == "target" and modality_how in ("cue", "list", "target_word") \
            and evidence.get("period") in ("ahead", "year", "none", "dateline"):
        # "… phấn đấu đến năm 2025, toàn tỉnh có thêm 28 xã đạt chuẩn NTM …. Các xã còn lại phấn đấu đạt từ 15 tiêu
        # chí trở lên": a goal with no time of its own, after a plan's horizon, is for that horizon (a headline's
        # goal, for the horizon its body names first)
        horizon = _horizon_near(context, quantity.start)
        if horizon is not None:
            period = horizon
            evidence["period"] = "carried"
    heading_period = _target_heading_period(context, quantity.start) if modality_how == "list" else None
    # (a yearly rate of such a list, "tăng từ 10,5 đến 11%/năm" under "Các chỉ tiêu chủ yếu đến năm 2025", keeps the
    # plan's term that ends in the heading's year, "giai đoạn 2021 - 2025": it holds in every year of the term)
    keeps_term = bool(heading_period) and bool(period) and _YEARS_SPAN_RE.fullmatch(period or "") is not None \
        and (period or "")[5:] == heading_period
    if heading_period and evidence.get("period") != "sentence" and not keeps_term \
            and not (evidence.get("period") == "carried" and evidence.get("period_at", -1) > _line_start(context, sentence.start)):
        # (a time said earlier in the item's own paragraph, "Đến năm 2025: …", still holds for it)
        period = heading_period  # "Các chỉ tiêu … năm 2018: … tăng 3% so với ước thực hiện năm 2017": the heading's year
    elif modality_how == "list" and not (period and _YEARS_SPAN_RE.fullmatch(period)):
        period = state.goal_period or year_of_period(period)  # an item of a list of targets is the plan of its year
        # (but an annual average over a plan's term keeps the term: "bình quân hằng năm dưới 1%" → 2020/2025)
    if modality_how == "list" and state.goal_period and evidence.get("period") != "sentence" \
            and not (unit == "%" and (quantity.text.rstrip().endswith("/năm") or _EACH_YEAR_RE.search(left))):
        # "… đặt mục tiêu đến năm 2030, …. Thu nhập bình quân đầu người đạt trên 58 triệu đồng/năm": the goals that go on
        # after a horizon are for that year, not for the whole term the text names (only a rate per year, or an annual
        # average, "bình quân hằng năm dưới 1,1%", is)
        period = state.goal_period
    if role == "plan" and compared_pair is None and sentence_claims and previous is not None \
            and sentence_claims[-1].end == previous.end and sentence_claims[-1].period:
        # "trồng rừng đạt 405/340 ha": the plan of the year of what was done (9 months' 813/520 ha: the year's plan)
        # (and last year's capital disbursed until January: "… 3.760.543/5.247.827 triệu đồng" → the plan's year)
        done_period = sentence_claims[-1].period
        period = done_period[:4] if _TO_JANUARY_RE.fullmatch(done_period) \
            else year_of_period(done_period) or done_period
    # (only against a date the document has or is given: a year inferred from the text is too weak for this)
    reference_year = context.doc_date.year if context.doc_date else None
    if modality == "actual" and period and reference_year and period[:4].isdigit() and int(period[:4]) > reference_year:
        modality = "target"  # a figure of a year still to come, in a report, is what is planned for it
        modality_how = "future_year"
    elif modality == "actual" and period and context.doc_date is not None and context.doc_date.month is not None \
            and _MONTH_SPAN_RE.fullmatch(period) \
            and period[:7] >= f"{context.doc_date.year:04d}-{context.doc_date.month:02d}" < period[-7:]:
        # "Trong 6 tháng cuối năm 2023, thu ngân sách đạt 54 tỷ đồng" in a report of July 2023: a span of months that
        # starts no earlier than the report and ends after it has not been done yet, it is planned
        modality = "target"
        modality_how = "future_year"
    if modality == "estimate" and period and state.estimate_period and _OWN_TIME_AFTER_RE.match(low, quantity.end):
        own_end = period.split("/")[-1]
        estimated_start = state.estimate_period.split("/")[0]
        common = min(len(own_end), len(estimated_start))  # (compared to the coarser of the two: 2020 is not before 2020-06)
        if own_end[:common] < estimated_start[:common]:
            # "GDP quý I ước tính tăng 5,03%, cao hơn tốc độ tăng 4,72% của quý I năm 2021": a figure of a time before
            # the one estimated (its own time said right after it), given to compare with, is known, not estimated
            modality = "actual"
            modality_how = "past"
    if modality == "estimate" and period and state.estimate_period is None:
        state.estimate_period = period
    if claim_basis == "prior_year_end":
        claim_basis = _year_end_of_a_named_year(left_clause + " " + base_clause) or claim_basis
    claim_basis = _dated_base(claim_basis, period, context)
    # (compared with the month before or with December, its own base or one carried to it: of one month, below)
    # (December of the year before is a month too: "(do giá dịch vụ giáo dục tăng 13,12%)" after "so với tháng 12")
    month_compared = (month_said_before or claim_basis == "prior_year_end"
                      or _MONTH_BASE_RE.match(right_clause) is not None) if basis is not None \
        else claim_basis is not None and claim_basis == state.growth_basis and state.month_base
    unit_is_groups = measure == "level" and bool(unit) and unit.lower().startswith("nhóm")
    if unit_is_groups and claim_basis is None and (state.index_groups or _price_index_named_in(context, sentence) >= 0):
        # "So với tháng 12-2015, có 10/11 nhóm hàng có chỉ số giá tăng. Trong đó, giáo dục tăng 10,53%": the base the
        # groups are counted against is the base of their rises listed after
        group_base = _base_of_the_groups_counted(context, sentence, quantity)
        if group_base is not None:
            state.growth_basis = _dated_base(group_base[0], period, context)
            state.month_base = group_base[1]
            month_compared = group_base[1]
        else:
            month_compared = state.month_base  # ("5 nhóm có chỉ số giá tăng" after groups counted against a month)
    if measure in ("growth", "change") and period and _SAME_MONTH_BASE_RE.match(right_clause):
        span = _MONTHS_FROM_JANUARY_RE.fullmatch(period)
        if span is not None:
            # "6 tháng đầu năm … khách quốc tế ước 44,7 ngàn lượt, tăng 19,4% so với tháng cùng kỳ": a figure compared
            # with the same month a year before is the month's, the last of the span reported on (and so is the
            # amount it is the rise of, said right before it)
            period = f"{span.group(1)}-{span.group(2)}"
            amount = sentence_claims[-1] if sentence_claims else None
            if amount is not None and amount.measure == "level" and amount.period == span.group(0) \
                    and _RISE_RIGHT_AFTER_RE.fullmatch(low, amount.end, quantity.start):
                amount.period = period
    if claim_basis == "prior_year_end":
        dated_end = _DATED_YEAR_END_RE.search(base_clause)
        if dated_end is not None:
            # "tăng 2.064 xã so với cuối năm 2021" in mid-2025: the end of an older year is another base
            # ("đầu năm 2025" is the end of 2024: the same base as "cuối năm 2024")
            year = int(dated_end.group(2)) - (1 if dated_end.group(1) == "đầu" else 0)
            own = int(period[:4]) if period and period[:4].isdigit() else context.doc_year
            if own is not None and year != own - 1:
                claim_basis = "other"
    if is_percent and measure in ("level", "ratio") and basis is None \
            and (cues["count_of_units_re"].match(right_clause)
                 or (cues["count_of_units_re"].match(subject_low.rsplit(",", 1)[-1])
                     or cues["units_served_re"].match(subject_low))
                 and not _noun_follows(right_clause)):
        # "50% số xã đạt chuẩn", "Số đơn vị cấp huyện đạt chuẩn trên 70%": the share of all such units
        measure, claim_basis = "share", None
    if measure == "level" and is_percent and claim_basis is None and cues["fall_of_a_rate_re"].search(subject_low):
        # "Tỷ lệ giảm nghèo đa chiều trên 4%": the poverty rate's fall in points, a change against the year before it
        measure, value, claim_basis = "change", -abs(value), basis or "same_period"
        if value_max is not None:
            value_max = -abs(value_max)
    if measure == "growth" and basis is None and is_percent and quantity.text.rstrip().endswith("/năm") \
            and _AVERAGE_RISE_BEFORE_RE.search(left, max(0, len(left) - 30)) is not None:
        # "tăng 250 tỷ đồng so với năm 2015, bình quân tăng 20%/năm": a yearly average rise is each year's against
        # the one before, it takes no base from the figure before it
        claim_basis = "same_period"
    # (a plan read only from "vượt" with no base named is that figure's own: "vượt 1,8% và tăng 11%" — the rise after
    # it, with no base of its own, is against the same period as any rise is)
    if measure in ("growth", "change") and claim_basis and not (basis is None and verb_word in ("vượt", "vượt mức")):
        state.month_base = month_compared
        state.growth_basis = claim_basis
        state.growth_basis_end = quantity.end
    if is_percent:
        state.last_percent = measure
    if measure == "ratio" and claim_basis:
        state.ratio_basis = claim_basis
        if claim_basis in ("plan", "estimate"):
            context.last_plan_ratio = (quantity.end, claim_basis)

    if sentence_claims and sentence_claims[-1].unit == unit and sentence_claims[-1].measure == "level" \
            and sentence_claims[-1].subject and measure in ("level", "share") \
            and _TO_AFTER_FROM_FIGURE_RE.search(low, sentence_claims[-1].start - 6, quantity.start):
        # "tỷ lệ hộ nghèo giảm từ 36,52 lúc đầu năm xuống còn 31,07%": the figure a fall or rise reaches is
        # the same indicator as the one it starts from, whatever words stand between them
        measure, claim_basis, subject = "level", None, sentence_claims[-1].subject
    if bracket and is_percent and sentence_claims and sentence_claims[-1].unit == "%" \
            and sentence_claims[-1].measure == "level" and quantity.text.lstrip()[:1] not in "+-−" \
            and _PLAN_COMPARED_BRACKET_RE.search(left, max(0, len(left) - 60)) is not None:
        # "tỷ lệ hộ nghèo giảm còn 2,68%, thấp hơn chỉ tiêu kế hoạch được giao (2,75%)": the plan's own rate, not a fall
        measure, claim_basis, value, modality = "level", None, abs(value), "target"
        subject = sentence_claims[-1].subject
    if is_percent and measure == "growth" and verb_word in ("vượt", "vượt mức") and value >= 100 \
            and claim_basis in ("plan", "estimate", "target"):
        # "Tổng thu ngân sách … đạt 188,9 tỷ đồng, vượt 468,9% dự toán giao": a plan exceeded by a hundred percent or
        # more is said as the share of it reached (the writer's "vượt" is "đạt"), a ratio to the plan
        measure = "ratio"
    if is_percent and measure == "ratio" and basis is None and sentence_claims \
            and sentence_claims[-1].unit and sentence_claims[-1].unit not in MEASURED_UNITS \
            and sentence_claims[-1].unit != "%" and "/" not in sentence_claims[-1].unit \
            and _SHARE_BRACKET_AFTER_COUNT_RE.fullmatch(low, sentence_claims[-1].end, quantity.start) is not None \
            and _PLAN_WORD_AFTER_RE.match(low, quantity.end) is None \
            and not sentence_claims[-1].unit.lower().startswith(cues["served_people_units"]):
        # "60 xã đạt chuẩn nông thôn mới nâng cao (đạt 33,1%)": the percent a count makes of all its kind, a share
        measure, claim_basis = "share", None
    packed_plan = _PACKED_PLAN_PERCENT_RE.match(low, quantity.end) if is_percent else None
    if is_percent and basis is None and not bracket and (measure == "ratio" or verb_kind is None) \
            and cues["share_group_after_re"].match(low, packed_plan.end() if packed_plan else quantity.end) is not None:
        # "100% đơn vị cấp huyện được công nhận": a percent of a group named right after it is a share of that group
        # (also with no verb of its own, in an item after one compared with a plan: "(vượt 8,2% chỉ tiêu); 100% các
        # xã đạt tiêu chí …"); the result packed with its plan is of the same group ("97%/90% dân số dùng nước sạch")
        measure, claim_basis = "share", None
    if measure == "growth" and basis is None and claim_basis == "prior_year" and period and len(period) > 4 \
            and any(len(c.period or "") == 4 and c.basis == "prior_year" for c in sentence_claims):
        # "… tăng 7,26% so với năm trước (quý I tăng 7,66%; quý II tăng 6,51%; …)": a quarter of the year compared
        # with last year is compared with the same quarter of it
        claim_basis = "same_period"
    month_span = _MONTHS_FROM_JANUARY_RE.fullmatch(period) if period else None
    month_before = _MONTH_BASE_RE.match(right_clause) if month_span is not None else None
    if month_span is not None and (month_before is not None and month_before.group(1) == "trước"
                                   or month_compared and (measure in ("growth", "change") or unit_is_groups or unit == "times")):
        # (and a rise, or a count of an index's groups, against the month before or December, its base said or
        # carried: "Chỉ số giá … bình quân 11 tháng tăng 4,17%. … 5 nhóm có chỉ số giá tăng, … may mặc tăng 0,43%")
        # "Kim ngạch xuất khẩu đạt 85 triệu USD, gấp đôi so với tháng trước, lũy kế 180,8 triệu USD": what is compared
        # with the month before is the month's own figure, not the running total's (as one compared with the same
        # month of last year is, where the bases are read)
        period = f"{month_span.group(1)}-{month_span.group(2)}"
    opened_at = left.rfind("(")
    if modality in ("estimate", "expected") and opened_at > left.rfind(")") and period and sentence_claims \
            and len(year_of_period(period) or "") == 4 and len(year_of_period(sentence_claims[-1].period) or "") == 4 \
            and (year_of_period(period) or "") < (year_of_period(sentence_claims[-1].period) or "") \
            and _period_between(context, left_start + opened_at, quantity.start) \
            and not (carried and carried[0] is not None and carried[0] > left_start + opened_at):
        # "GRDP 9 tháng ước tính tăng 6,12% (9 tháng năm 2023 tăng 5,99%)": the figure of an earlier time in brackets,
        # set beside the estimate to compare, is known (unless the bracket says its own: "(sơ bộ quý I/2015 tăng 7,90%)")
        modality = "actual"
    if said_again and sentence_claims and sentence_claims[-1].unit == unit \
            and sentence_claims[-1].measure in ("growth", "change") and measure == "level":
        # "… tăng 5,9% so với cùng kỳ, ước tính năm 2024 con số này là 6,2%": the same rise, at another time
        measure, claim_basis = sentence_claims[-1].measure, sentence_claims[-1].basis
    same_time_before = sentence_claims[-1] if sentence_claims and sentence_claims[-1].unit == unit \
        and sentence_claims[-1].measure == measure else None
    if same_time_before is not None and _RISE_OF_A_YEAR_BEFORE_RE.search(left, max(0, len(left) - 70)) is not None:
        # "GRDP ước tăng 6,3% so với cùng kỳ, cao hơn mức tăng của cùng kỳ năm trước (4,09%)": the rise a year before,
        # set beside this one, is the same indicator's, known, over the same months a year earlier
        subject, modality, claim_basis = same_time_before.subject, "actual", same_time_before.basis
        period = year_earlier(same_time_before.period) or period
    elif same_time_before is not None and compared_period and compared_yardstick is not None:
        # "… ước tăng 6,76%, cao hơn bình quân cả nước (6,42%)": the country's rise of the same indicator, known, over
        # the time of the figure compared (not of another bracket set beside it: "cao hơn cùng kỳ năm trước (6,15%)")
        compared = next((c for c in reversed(sentence_claims) if c.unit == unit
                         and not low[max(0, c.start - 2):c.start].rstrip().endswith("(")), same_time_before)
        subject, modality, claim_basis = compared.subject, "actual", compared.basis
        period = compared.period or period
    if subject and " và " in subject and context.low.rfind("lần lượt", _near(sentence, quantity), quantity.start) >= 0:
        subject = _respective_subject(context, quantity, unit, subject, sentence_claims) or subject
    text = context.text[quantity.start:quantity.end]
    if verb_word and verb_word.startswith("đóng góp") and subject and "đóng góp" not in subject_low:
        # "khu vực dịch vụ tăng 4,18%, đóng góp 0,37 điểm": the sector's contribution (so "nhân dân đóng góp 5 tỷ đồng":
        # what the people gave, not the people)
        subject = f"{subject} đóng góp"
    about = _ABOUT_AFTER_RE.match(right_clause) if measure in ("growth", "ratio", "change") else None
    if about is not None and (is_percent or unit == "times"):
        # "tăng 21,5% về số dự án và tăng 14% về vốn đăng ký": a rise said "về X" is a rise of X, named after it
        # (this figure's own; the indicator carried on stays the one said before)
        subject = context.work[quantity.end + about.start(1):quantity.end + about.end(1)]
        subject = _named_among_the_figures_before(subject, sentence_claims) or subject
    value, value_max = _value_as_meant(figure, value, value_max, measure, subject_low, text)
    if measure in ("growth", "change", "ratio") and basis is None and not is_target:
        measure_how = "default_base"  # no base named: same period, or the plan, by default (or carried)
    elif verb_kind is not None or is_target or base_value:
        measure_how = "verb"
    elif basis is not None:
        measure_how = "base"
    elif measure == "level" and not is_percent and unit != "times":
        measure_how = "unit"  # an amount or a count with no verb is its own level
    else:
        measure_how = "guessed"
    return Claim(start=quantity.start, end=quantity.end, text=text, value=value, value_max=value_max, unit=unit,
                 of=getattr(quantity, "of", None), qualifier=getattr(quantity, "qualifier", None), measure=measure,
                 basis=claim_basis if measure in ("growth", "change", "ratio") else None, modality=modality,
                 subject=_written_out(reported_subject or subject), place=place, period=period,
                 # how the fields were decided, turned into the number once the document is read (_read_claims)
                 confidence=(subject_how or "none", evidence.get("period", "none"), evidence.get("place", "none"),
                             modality_how, measure_how))


def _named_among_the_figures_before(named, sentence_claims):
    """The fuller name of the figure said before in the sentence that a rise's "về X" names: "số doanh nghiệp" after
    "109 doanh nghiệp thành lập mới" is "số doanh nghiệp thành lập mới", "số vốn đăng ký" after "số vốn đăng ký doanh
    nghiệp thành lập mới" that; None where none of them is it."""
    lowered = named.lower()
    for claim in reversed(sentence_claims):
        subject = claim.subject if isinstance(claim.subject, str) else ""
        if len(subject) > len(named) and subject.lower().startswith(lowered + " "):
            return subject
        noun = (claim.unit or "").lower() if claim.unit not in MEASURED_UNITS else ""
        if noun and lowered == f"số {noun}" and subject.lower().startswith(noun + " "):
            return f"{named[:3]}{subject}"
    return None


def _rate_moved_before(subject, cues):
    """Where the rate starts in a subject that opens on the verb moving it ("đều giảm tỷ lệ hộ nghèo" → 9), or None."""
    verb = _RISE_VERB_OPENING_RE.match(subject)
    if verb is None or cues["rate_re"].match(subject.lower(), verb.end()) is None:
        return None
    return verb.end()


_RISE_VERB_OPENING_RE = re.compile(r"(?:(?:đều|tiếp\s+tục|đã|cùng)\s+)*(?:tăng|giảm)\s+", re.IGNORECASE)


_SLASH_NOT_OF_A_YEAR_RE = re.compile(r"/(?!\s*(?:19|20)\d\d(?!\d))")
_SPACED_MINUS_AFTER_LABEL_RE = re.compile(r":[ \t]*[-−][ \t]+$")
_POINTS_RE = re.compile(r"(?i)điểm(?:\s+phần\s+trăm|\s+%)?$")
_RISE_NAMED_BEFORE_RE = re.compile(r"(?<!\w)(?:mức|tốc\s+độ)\s+(?:tăng|giảm)(?:\s+trưởng)?\s*$")
_THE_MONTH_BEFORE_OPENING_RE = re.compile(r"\(\s*tháng\s+trước(?:\s+(?:tăng|giảm|là|đạt))?\s*$")
_OF_THE_SAME_PERIOD_AFTER_RE = re.compile(r"\s*(?:của\s+)?cùng\s+kỳ(?:\s+năm\s+(?:(?:19|20)\d\d|trước))?\s*$")
_OF_THE_SAME_PERIOD_BEFORE_RE = re.compile(r"\(\s*(?:mức tăng\s+)?cùng\s+kỳ(?:\s+năm\s+(?:(?:19|20)\d\d|trước))?"
                                           r"(?:\s+(?:là|tăng|giảm|đạt))?\s*$")
_NUMBER_OF_AFTER_RE = re.compile(r"\s*số\s+\w")  # "100% số xã đạt chuẩn": a share of the number of what follows
# "5 địa phương có kim ngạch xuất khẩu cao nhất …", "03 địa phương dẫn đầu": the size of a top list, a rank (spec)
_TOP_OF_A_RANKING_RE = re.compile(r"[^,;.()\d]{0,60}?(?<!\w)(?:cao nhất|lớn nhất|nhiều nhất|dẫn đầu|đứng đầu)(?!\w)")


# (a structure's share too: "cơ cấu kinh tế khu vực nông, lâm nghiệp giảm 1,02%; khu vực công nghiệp tăng 4,19%")
_RATE_HEAD_RE = re.compile(r"(?:tỷ|tỉ)\s+(?:lệ|trọng)\s+|cơ\s+cấu\s+")


def _sibling_of_the_rate(rate_subject, subject):
    """`subject` names a group beside the one whose rate `rate_subject` names (tỷ lệ hộ nghèo → hộ cận nghèo): it
    shares at least two of its words with the group, and names no rate or amount of its own."""
    head = _RATE_HEAD_RE.match((rate_subject or "").lower())
    if head is None or not subject:
        return False
    group = set((rate_subject or "").lower()[head.end():].split())
    words = subject.lower().split()
    if len(words) <= _SIBLING_WORDS and len(group.intersection(words)) >= 2:
        return True
    # (or the same rate in another kind of area: "tỉ lệ hộ nghèo tại khu vực thị trấn giảm 5,27%, nông thôn giảm
    # 5,03%"; "ở", "tại" before it were dropped with the subject's edges)
    return " ".join(words) in _cues()["area_kinds"]


_SIBLING_WORDS = 7  # a group named beside a rate's is short: "hộ cận nghèo", "khu vực công nghiệp và xây dựng"


def _rate_of_the_changes(sentence_claims):
    """The subject of the rate whose changes in points the sentence's last claims are ("cơ cấu kinh tế khu vực A giảm
    1,02%; khu vực B tăng 4,19%; khu vực C giảm 2,19%": the structure, for C too), or None."""
    for claim in reversed(sentence_claims):
        if claim.unit != "%" or claim.measure != "change":
            return None
        if claim.subject and _RATE_HEAD_RE.match(claim.subject.lower()):
            return claim.subject
    return None


def _only_a_place(context, subject, start, end):
    """The subject is nothing but the name of a place mentioned between `start` and `end` (its prefix aside), or a
    name in title case word by word."""
    bare = (bare_name(subject.strip(" ,:;-")) or "").lower()
    words = subject.strip(" ,:;-").split()
    if 1 <= len(words) <= 4 and all(word[:1].isupper() and word[1:].islower() and word.isalpha() for word in words):
        return True  # (a name no gazetteer holds, in title case word by word: "Trung Lèng Hồ", "Y Tý")
    index = bisect.bisect_left(context.place_starts, start)
    while index < len(context.places) and context.places[index].start < end:
        if any(bare == name.lower() for name in context.places[index].names):
            return True
        index += 1
    return False


def _unbracketed_clause(left):
    """The clause before a figure with its closed brackets taken out ("bình quân hàng năm (giá so sánh năm 2010) đạt")."""
    clause = left[max(left.rfind(";"), left.rfind(":")) + 1:]
    return _CLOSED_BRACKET_RE.sub(" ", clause)


def _base_of_the_list_lead(context, sentence, quantity):
    """"… chỉ có 3 khoản thu dự ước không đạt dự toán: thu từ khu vực ngoài quốc doanh (bằng 84,99%); phí và lệ phí
    (bằng 86,02%)": the items of a list whose lead names what they are measured against are measured against it (the
    lead's base, or None)."""
    colon = context.low.rfind(":", max(sentence.start, quantity.start - _LOOKBACK), quantity.start)
    if colon < 0:
        return None
    lead = _cues()["base_re"].search(context.low, max(sentence.start, colon - 40), colon)
    return _cues()["base_of"][lead.group(0)] if lead is not None else None


_REACHED_A_RATE_BEFORE_RE = re.compile(r"(?<!\w)(?:đạt|là)\s+(?:tỷ|tỉ)\s+lệ(?:\s+là)?\s*$")


def _year_end_of_a_named_year(clause):
    """"so với cuối năm 2015" in a text of 2019: the end of that year, dated as its December (_dated_base: the year
    before's end only where it is the year before); "so với đầu năm 2031" is the end of 2030."""
    named = _YEAR_END_BASE_RE.search(clause)
    return _year_end_base(named) if named is not None and named.group(2) else None


def _dated_base(basis, period, context):
    """A base named by its date (_named_base) as the figure of `period` is compared with it."""
    if not basis or ":" not in basis:
        return basis
    own = period[:4] if period else (f"{context.doc_year:04d}" if context.doc_year else None)  # the figure's year
    if basis.startswith("december:"):
        # "dư nợ … đến 30/9/2022 … tăng 4,1% so với tháng 12 năm 2021": a stock against December of the year before is
        # against that year's end; a January against the December before is the month before, another base
        year, later = basis[9:], own
        if year == "prev":
            later = own if own and own.isdigit() else "1"  # (a figure of no known year: still the year before's end)
            year = str(int(later) - 1)
        january = bool(period) and period.split("/")[-1][5:7] == "01"
        after = bool(later) and later.isdigit() and int(later) == int(year) + 1
        basis = "other" if after and january else "prior_year_end" if after else "span:" + year
    if basis and basis.startswith("span:"):
        # the month or quarter before in the same year is another base; the same span a year earlier is same_period,
        # one of an earlier year another base again
        earlier = own is not None and own.isdigit() and int(own) - int(basis[5:]) >= 2
        basis = "other" if own == basis[5:] or earlier else "same_period"
    if basis and basis.startswith("year:"):
        basis = _year_basis(int(basis[5:]), period, context)
    if basis and basis.startswith("same:"):
        # the same period of a year named: of an older year than the one before, another base (the figure's own year
        # named there is a slip for the year before: "tháng 9/2021 … giảm 27,35% so với cùng kỳ năm 2021")
        basis = "other" if own is not None and own.isdigit() and int(own) - int(basis[5:]) >= 2 else "same_period"
    return basis


# a count of groups said to have risen, fallen or held against a base named after it: "4 nhóm có chỉ số giá tương
# đương tháng trước", "7 nhóm hàng tăng so với tháng trước"
_GROUPS_MOVED_AFTER_RE = re.compile(r"[^,;:()\d]{0,40}?(?<!\w)(?:tăng|giảm|tương\s+đương|bằng|ổn\s+định)(?!\w)\s*")
_BASE_BEFORE_THE_COUNT_RE = re.compile(r"(?:^|[,;:.])\s*((?:so\s+với|so)\s+[^,;:()]{2,40}?)\s*,\s*(?:[^\W\d]+\s+){0,3}$")


def _base_of_the_groups_counted(context, sentence, quantity):
    """(base, whether it is a month) a count of an index's groups is said against: named in the clause before it ("So
    với tháng 12-2015, có 10/11 nhóm …") or after the verb that says how they moved ("4 nhóm có chỉ số giá tương đương
    tháng trước")."""
    low = context.low
    before = _BASE_BEFORE_THE_COUNT_RE.search(low[max(sentence.start, quantity.start - 80):quantity.start])
    if before is not None:
        phrase = before.group(1)
        named = _base_said_in(phrase)
        return (named, _MONTH_BASE_RE.match(phrase) is not None) if named is not None else None
    moved = _GROUPS_MOVED_AFTER_RE.match(low, quantity.end, sentence.end)
    if moved is None:
        return None
    # (the base right after the verb, or the verb's own words: "tương đương tháng trước")
    said = _cues()["base_re"].search(low, moved.start(), min(sentence.end, moved.end() + 30))
    if said is None or _CLAUSE_END_RE.search(low, moved.end(), said.start()) is not None:
        return None
    phrase = low[said.start():min(sentence.end, said.end() + 20)]
    return _base_said_in(phrase), _MONTH_BASE_RE.match(phrase) is not None


def _year_basis(year, period, context):
    """`so với năm 2019`: the year before the figure's year is prior_year, an older one is other."""
    own = int(period[:4]) if period and period[:4].isdigit() else context.doc_year
    if own is None or year == own - 1:
        return "prior_year"
    return "other"


_RANKING_LEAD_REACH = 300
_ITEM_OPENING_RE = re.compile(r"\s*(?:(?:trên|hơn|gần|khoảng|dưới|từ)\s*)?")
_LEADING_AND_RE = re.compile(r"^(?:và|,)\s+", re.IGNORECASE)
# The rise a ranking sentence names, up to its time, its verb or a break: "về (tốc độ tăng IIP) 9 tháng … là".
_RANKED_RISE_RE = re.compile(r"(?<!\w)((?:tốc độ tăng trưởng|tốc độ tăng|mức tăng trưởng|mức tăng|tăng trưởng)(?:\s+[^\W\d]+){0,6}?)"
                             r"(?=\s+(?:\d|năm|quý|tháng|là|của|trong|đạt|với|cao nhất|dẫn đầu)(?!\w)|\s*[,;:(])")


def _ranking_of_a_rise(context, sentence, first_figure):
    """The sentence ranks places by a rise: a ranking word before its first figure ("cao nhất", "dẫn đầu", "xếp
    sau") and a rise word there too, or in the sentence before it in the same paragraph ("Tăng trưởng GRDP quý I của
    các tỉnh trong vùng đều khá. Tỉnh A dẫn đầu với 12,3%, tiếp theo là B (10,1%)")."""
    cues = _cues()
    low = context.low
    ranking = cues["ranking_re"].search(low, sentence.start, first_figure)
    if ranking is None:
        return False
    if cues["rise_re"].search(low, sentence.start, first_figure):
        return True
    paragraph_start = low.rfind("\n", 0, sentence.start) + 1
    lead_start = max(paragraph_start, sentence.start - _RANKING_LEAD_REACH)
    before_lead = low.rfind(". ", lead_start, max(lead_start, sentence.start - 2))
    lead_start = before_lead + 2 if before_lead >= 0 else lead_start  # (the sentence before only)
    rise = cues["rise_re"].search(low, lead_start, sentence.start)
    # (where it ranks by the rise of the sentence before, that sentence's indicator is what each figure measures)
    return (lead_start, rise.start()) if rise is not None else False


def _partner_part(subject, before, partner_re):
    """`sang Nhật Bản` after `kim ngạch xuất khẩu sang Hoa Kỳ`: a part of a trade or visitor flow named only by its
    partner (a lower-case opener, then a name) is that flow's part, to that partner: the indicator said before it, up
    to its own partner, with this one. Any other subject is returned as it is."""
    opener = partner_re.match(subject)
    if opener is None or not subject[opener.end()].isupper() or not subject[0].islower():
        return subject
    own_partner = next((m for m in partner_re.finditer(before) if m.start() > 0 and before[m.start() - 1] == " "
                        and before[m.end()].isupper()), None)
    head = before[:own_partner.start()].rstrip() if own_partner is not None else before
    return f"{head} {subject}" if head and not partner_re.match(head) else subject


def _kind_under_the_same_head(subject, before, heads):
    """`hàng thủy sản` in the item after `Kim ngạch xuất khẩu hàng dệt may đạt …;`: an item that names only another
    kind of goods, opening on the word the item before named its goods with (cues.yaml goods_heads), is that
    indicator's for these goods (Kim ngạch xuất khẩu hàng thủy sản). Any other subject is returned as it is."""
    words = subject.split()
    if not 2 <= len(words) <= _KIND_WORDS or not subject[:1].islower() \
            or not any(subject.lower().startswith(f"{head} ") for head in heads):
        return subject
    spaced = f" {before.lower()} "
    # (the goods before may be named with another of the words: "… hàng dệt may …; mặt hàng cà phê …")
    at = min((found for found in (spaced.find(f" {head} ", 1) for head in heads) if found > 0), default=-1)
    if at <= 0 or before.lower().startswith(subject.lower()):
        return subject
    return f"{before[:at - 1].rstrip()} {subject}"


_KIND_WORDS = 4  # an item's kind said in a few words at most ("hàng thủy sản", "lúa nếp")


def _part_where_it_lies(context, left_start, quantity, unit, sentence_claims, cues):
    """`trong KCN` before `292 dự án` in "Toàn tỉnh có 465 dự án đầu tư nước ngoài (trong KCN 292 dự án; ngoài KCN 173
    dự án)": an item named only by where it lies (cues.yaml located_part_openers), after a total in the same unit in
    the sentence, is that total's indicator there (dự án đầu tư nước ngoài trong KCN; the total's "Tổng" is not the
    part's). None where the item is not such a part or no total was said before it."""
    item_start = max(context.low.rfind(mark, left_start, quantity.start) for mark in "(;,:") + 1
    located = cues["located_part_re"].fullmatch(context.low, max(left_start, item_start), quantity.start)
    if located is None:
        return None
    total = next((c for c in reversed(sentence_claims) if c.unit == unit and isinstance(c.subject, str) and c.subject),
                 None)
    if total is None or total.measure not in ("level", "growth", "ratio", "share"):
        return None
    # (after a part, its sibling: "… ngoài KCN" after "dự án đầu tư nước ngoài trong KCN", "Thu gom rác thải khu vực
    # nông thôn" after "Thu gom rác thải đô thị"; the last place said wins, "nước ngoài trong KCN" is "trong KCN")
    tail = cues["located_tail_re"].search(total.subject.lower())
    indicator = total.subject if tail is None else total.subject[:tail.start()] if tail.group(1) is None \
        else total.subject[:tail.start(1)].rstrip()
    return f"{without_total_word(indicator)} {context.work[located.start('where'):located.end('where')]}"


def _respective_place(context, sentence, quantity, unit, sentence_claims, evidence):
    """`A, B và C, với kim ngạch lần lượt đạt X, Y và Z`: the k-th figure after "lần lượt" (in turn) holds for the
    k-th place of the list named before the figures (in the sentence, else in the sentence before it); None where
    the sentence says no "lần lượt" or names no list of places before its figures."""
    cue = context.low.rfind("lần lượt", max(sentence.start, quantity.start - _LOOKBACK * 2), quantity.start)
    if cue < 0:
        return None
    # (an amount and a rate of it are one list: "lần lượt … 5,12 triệu đồng và 4,98 triệu đồng/người/tháng")
    after_cue = [c for c in sentence_claims[-_NEARBY:] if c.start > cue
                 and (c.unit or "").split("/")[0] == (unit or "").split("/")[0]]
    first_figure = after_cue[0].start if after_cue else quantity.start
    # (the list is the places after the last figure said before the cue: "…, xếp sau là Bắc Ninh 39,3 tỉ USD, Hải Phòng
    # rồi Thái Nguyên lần lượt đạt 26,7 tỉ USD và 20 tỉ USD")
    list_start = max([sentence.start] + [c.end for c in sentence_claims[-_NEARBY:] if c.end <= cue])
    names = _names_between(context, list_start, first_figure)
    if not names:
        start = max(0, sentence.start - _LOOKBACK)
        newline = context.low.rfind("\n", start, sentence.start)
        names = _names_between(context, max(start, newline + 1), sentence.start)
    if len(names) < 2 or len(after_cue) >= len(names):
        return None
    evidence["place"] = "sentence"
    return names[len(after_cue)]


_SUBJECT_HEAD_RE = re.compile(r"(.*?)(?:\s+(?:cũng|đều|ghi nhận|có|đạt|tăng|giảm|với|lần lượt|chiếm)(?!\w)|,|$)")
_CONJUNCTS_RE = re.compile(r"\s*(?:,\s*và|,|và)\s+")


def _respective_subject(context, quantity, unit, subject, sentence_claims):
    """"Ngành dịch vụ và nông nghiệp cũng tăng khá, lần lượt đạt 8,5% và 3%": the k-th figure after "lần lượt" is of
    the k-th indicator joined before it; None where the subject joins no such list."""
    cue = context.low.rfind("lần lượt", 0, quantity.start)
    head = _SUBJECT_HEAD_RE.match(subject).group(1)
    conjuncts = [c for c in _CONJUNCTS_RE.split(head) if c]
    if len(conjuncts) < 2 or any(len(c.split()) > 5 for c in conjuncts):
        return None
    k = sum(1 for c in sentence_claims[-_NEARBY:] if c.start > cue and c.unit == unit)
    if k >= len(conjuncts):
        return None
    head = next((h for h in table("cues")["sector_heads"] if conjuncts[0].lower().startswith(h + " ")), None)
    if k and head and not conjuncts[k].lower().startswith(head):
        return f"{conjuncts[0][:len(head)]} {conjuncts[k]}"  # the head said once stands for each sector of the list
    return conjuncts[k]


def _names_between(context, start, end):
    """The names of the places (not the country) named within [start, end), in order."""
    index = bisect.bisect_left(context.place_starts, start)
    names = []
    while index < len(context.places) and context.places[index].start < end and len(names) < _NEARBY:
        if not context.places[index].country:
            names.extend(context.places[index].names)
        index += 1
    return names


_ESTIMATED_RIGHT_BEFORE_RE = re.compile(r"(?<!\w)" + _ESTIMATE_VERB + r"(?:\s+(?:được|đạt|khoảng|trên|hơn|gần))?\s*$")


def _names_a_place_here(context, phrase, start, end):
    """Whether `phrase` is the name of a place mentioned between `start` and `end`."""
    index = bisect.bisect_left(context.place_starts, start)
    last = min(len(context.places), index + _NEARBY)
    while index < last and context.places[index].start < end:
        if phrase in context.places[index].names:
            return True
        index += 1
    return False


def _goes_on_about_the_peer(context, place, before, sentence):
    """"Huyện Kim Bảng có 17/17 xã …\n\nCác xã này …. Thu nhập bình quân đầu người năm 2019 là 41 triệu đồng": in an
    article about several districts (or provinces), a paragraph that names no place goes on about the one the
    paragraph before it was about (not the article's main place)."""
    if context.doc_place is None or place == context.doc_place:
        return False
    paragraph_start = context.low.rfind("\n", 0, sentence.start) + 1
    paragraph_end = context.low.find("\n", sentence.start)
    paragraph_end = len(context.low) if paragraph_end < 0 else paragraph_end
    index = bisect.bisect_left(context.place_starts, paragraph_start)
    if index < len(context.places) and context.places[index].start < paragraph_end:
        return False  # the paragraph names a place of its own
    first = bisect.bisect_left(context.place_starts, before.start)
    mention = next((m for m in context.places[first:first + _NEARBY] if m.start < before.end and m.names == (place,)),
                   None)
    if mention is None:
        return False
    return _doc_place_level(context) == mention.level


_OWN_VERB_RE = re.compile(r"(?<!\w)(?:đạt|được|hoàn thành)(?!\w)")
_PLAN_PAIR_GAP_RE = re.compile(r"\s*/\s*(?:(?:kh|kế\s+hoạch|dự\s+toán|chỉ\s+tiêu)\s*:?\s*)?")  # (also bare: "24.318/24.105 người")
_AND_NEXT_RE = re.compile(r"\s+và\s+")
_COMMA_NEXT_RE = re.compile(r"\s*,\s*")
# Between one amount of a list and the next: the first's noun, a comma or semicolon ("15.232 tấn lúa, ")
_NEXT_LIST_ITEM_RE = re.compile(r"(?:\s+[^\W\d][^\d,;.:()]{0,30}?)?\s*[,;]\s*(?:và\s+)?")
_BARE_RISE_RATE_RE = re.compile(r"tốc độ\s+tăng(?:\s+trưởng)?(?:\s+bình quân)?(?:\s+(?:hàng|hằng|mỗi)\s+năm)?")
_RATIO_AFTER_PAIR_GAP_RE = re.compile(r"\s*[,(]?\s*(?:=|đạt|bằng)?\s*")  # "352/310ha, đạt 114%", "(=101%"
_SHARE_OF_COUNT_GAP_RE = re.compile(r"[^\d(),;.%]{0,40}?[,(]\s*chiếm(?:\s+tỷ\s+lệ)?(?:\s+(?:khoảng|gần|hơn|trên|dưới))?\s*")
_THRESHOLD_LABEL_GAP_RE = re.compile(r"\s*(?:trở\s+(?:lên|xuống)\s*)?(?:là|có)\s*")
_GROWTH_NAMES_ONLY = frozenset(("tốc độ", "tốc độ tăng", "tốc độ tăng trưởng", "mức tăng", "mức tăng trưởng", "tăng trưởng"))
_ROSE_WHERE_BEFORE_RE = re.compile(r"(?<!\w)(tăng|giảm)\s+(?:ở|tại)\s+(?:(?:trên|hơn|gần|khoảng|dưới)\s+)?$")
_ROSE_WORDS_ONLY_RE = re.compile(r"(?:và\s+)?(?:tăng|giảm)(?:\s+(?:ở|tại))?")
_RATE_ANNOUNCED_END_RE = re.compile(r"(?<!\w)t[ỷỉ]\s+lệ(?:\s+(?:đạt|là))?[\s(:]*$")


_RESTATEMENT_GAP = 30


@lru_cache(maxsize=None)
def _contribution_before_re():
    """"tác động làm CPI tăng", "làm tăng": what a part does to a whole's rise (cues.yaml contribution_totals)."""
    totals = "|".join(re.escape(w) for w in longest_first(table("cues")["contribution_totals"]))
    # (also "góp phần CPI chung tăng 0,16%", "tác động CPI chung tăng 0,04%", "góp phần tăng CPI chung 0,02%")
    return re.compile(rf"(?<!việc )(?<!\w)(?:(?:làm|(?:góp\s+phần|tác\s+động)(?:\s+làm)?)\s+(?:cho\s+)?"
                      rf"(?:(?:{totals})[^,;()]{{0,40}}?\s+)?(tăng|giảm)"
                      rf"|(?:góp\s+phần|tác\s+động)(?:\s+làm)?\s+(tăng|giảm)\s+(?:{totals})[^,;()\d]{{0,20}}?)\s+"
                      r"(?:(?:khoảng|gần|hơn|trên)\s+)?$")


_CONTRIBUTION_SUBJECT_RE = re.compile(r"(?:tác\s+động\s+)?làm(?!\w)", re.IGNORECASE)
_OWN_STATEMENT_IN_BRACKET_RE = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+)+\s+(?:đạt|là|có)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_RISE_OPENS_BRACKET_RE = re.compile(r"\s*(?:tăng|giảm|cao\s+hơn|thấp\s+hơn)(?!\w)")
_RATE_BEFORE_SHARE_RE = re.compile(r"(?<!\w)(?:tỷ|tỉ)\s+lệ\s*(?:là\s+)?$")
_HIGHER_OPENS_BRACKET_RE = re.compile(r"\s*(?:cao\s+hơn|thấp\s+hơn)(?!\w)")
_UP_TO_ITS_BRACKET_RE = re.compile(r"[^,;:()\d]{0,30}")  # (the base of the percent before its bracket: "kế hoạch ")


_ONLY_A_BASE_RE = re.compile(r"\s*so\s+(?:với\s+)?[^,;:()\n]{1,40}?\s*")


def _bracket_after_a_compared_time(context, left_start, quantity):
    """A figure in a bracket right after a time another is compared with ("cao hơn mức tăng của quý I (3,8%)"):
    the periods module marks such a time (PeriodMention.compared)."""
    index = bisect.bisect_left(context.period_starts, quantity.start) - 1
    if index < 0:
        return False
    mention = context.periods[index]
    return mention.compared and mention.start >= left_start \
        and _TO_THE_BRACKET_RE.fullmatch(context.low, mention.end, quantity.start) is not None


_AREA_RE = re.compile(r"(?:(?<=\s)|^)(?:ở\s+|tại\s+)?(?:vùng\s+)?(?:(?:(?:các\s+)?(?:địa phương|tỉnh)\s+)?phía\s+(?:bắc|nam)"
                      r"|miền\s+(?:bắc|nam|trung)|đồng bằng sông\s+(?:hồng|cửu long)|trung du và miền núi phía bắc"
                      r"|tây nguyên|bắc trung bộ|duyên hải (?:miền trung|nam trung bộ)|đông nam bộ)(?!\w)[^,;]{0,3}$")
_PART_WORDS_ONLY_RE = re.compile(r"[\s,]*(?:(?:cùng kỳ|trong đó|riêng|còn|và)[\s,]*)*")
# what stands between a count and the percent it makes, opening a bracket: "60 xã đạt chuẩn nâng cao (đạt 33,1%)"
_SHARE_BRACKET_AFTER_COUNT_RE = re.compile(r"[^\d;:()%]{0,80}\(\s*(?:(?:đạt|chiếm|bằng)\s+)?(?:(?:tỷ|tỉ)\s+lệ\s+)?"
                                           r"(?:(?:gần|hơn|trên|khoảng)\s+)?[+]?")
_PLAN_WORD_AFTER_RE = re.compile(r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|kh|dự\s+toán|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết|nq|cùng\s+kỳ)(?!\w)")
_SET_AGAINST_IT_RE = re.compile(r"^[^\d;:()]{0,40},\s*(?:trong\s+khi(?:\s+đó)?|còn)\s+(?:của\s+)?[^\d;:(),]{0,40}?"
                                r"\s(?:là|chỉ\s+là|mới\s+là)\s*$")
_PLAN_COMPARED_BRACKET_RE = re.compile(rf"{_HIGHER_OR_LOWER_THAN}(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|nghị\s+quyết)"
                                       r"[^()%\d]{0,40}\(\s*$")
# (the rise need not be named: "ước tăng 6,76%, cao hơn cùng kỳ năm 2023 (6,15%)")
_RISE_OF_A_YEAR_BEFORE_RE = re.compile(rf"{_HIGHER_OR_LOWER_THAN}(?:(?:mức|tốc\s+độ)\s+tăng(?:\s+trưởng)?\s+(?:của\s+)?)?"
                                       r"cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|(?:19|20)\d\d))?\s*(?:\(\s*|là\s+)?$")
# A bracket opened by the same span of an earlier year, up to the figure: "(cùng kỳ năm 2024 tăng 8,8%)"
_EARLIER_SPAN_BRACKET_RE = re.compile(r"\(\s*(?:của\s+)?cùng\s+kỳ(?:\s+năm\s+(?:(?:19|20)\d\d|trước|ngoái))?[^()\d]{0,20}$")
# "… tăng 3,12% và so với cùng kỳ năm trước tăng 3,66%": a base joined after a figure and followed by the next figure's
# verb is that next figure's
_JOINED_BEFORE_RE = re.compile(r"\s*(?:,\s*)?(?:và|còn|nhưng|trong khi)\s+")
_NEXT_FIGURES_VERB_RE = re.compile(r"[^,;.()\d]{0,25}?\s(?:tăng|giảm|đạt|bằng)(?:\s+(?:thêm|khoảng|hơn|gần|trên))?\s*")
# After a count of targets: they are likely to be, or will be, met ("12/30 chỉ tiêu có khả năng sẽ đạt")
_TARGETS_LIKELY_MET_AFTER_RE = re.compile(r"\s*(?:[^\W\d][^\d,;.:()]{0,30}?\s)?(?:có\s+khả\s+năng|dự\s+kiến|sẽ)"
                                          r"(?:\s+sẽ)?(?:\s+(?:không|chưa))?\s+(?:đạt|hoàn\s+thành|về\s+đích)(?!\w)")
# What is done with goals that a report reviews rather than sets: "(kết quả) thực hiện (các) nhiệm vụ, mục tiêu …"
# (or keeps, reaches or passes: "Ninh Bình vẫn giữ vững mục tiêu tăng trưởng hai con số khi GRDP ước đạt 10,45%")
_CARRYING_OUT_BEFORE_RE = re.compile(r"(?<!\w)(?:thực hiện|đánh giá|giữ vững|đạt được|đạt|hoàn thành|vượt(?:\s+xa)?)"
                                     r"(?:\s+(?:các|những|nhiều|hầu hết|phần lớn))?"
                                     r"(?:\s+nhiệm vụ\s*(?:,|và))?\s*$")
_EACH_UNIT_RE = re.compile(r"(?<!\w)mỗi\s+(?:xã|huyện|tỉnh|thôn|hộ|người)(?!\w)")
_AVERAGE_ONLY_RE = re.compile(r"(?:mỗi\s+\w+\s+(?:đạt\s+)?)?bình quân(?:\s+(?:cả nước|toàn quốc|toàn tỉnh|toàn huyện|chung|mỗi\s+(?:xã|huyện|tỉnh)"
                              r"|(?:của\s+)?(?:các|mỗi)\s+xã))*(?:\s+(?:đạt|là|có))?")
# From one part of a list of shares to the next: a comma, semicolon or bracket, the next part's words and at most "là"
_NEXT_ITEM_BETWEEN_RE = re.compile(r"\s*(?:[,;]|\()\s*(?:và\s+)?[^,;.()%\n]{0,80}?(?:\s(?:là|lần lượt là))?\s*:?\s*")
# Between a time compared with and the bracket of its own rate: a few words at most ("quý I năm trước (")
_TO_THE_BRACKET_RE = re.compile(r"[^,;()\d]{0,16}\(\s*")
# Between a count and the running total of the same noun after it: "…, lũy kế 120 xã", "(lũy kế đến nay 5 huyện)"
_RUNNING_TOTAL_GAP_RE = re.compile(rf"[^\d;:()]{{0,40}}?[,;(]?\s*{_RUNNING_TOTAL}(?:\s+(?:đến\s+nay|đạt|là|có))?\s*"
                                   r"(?:(?:lên|tới)\s+)?")
# (also of a place said after it: "Tốc độ tăng trưởng của tỉnh đạt 94,6% kế hoạch")
_RATE_OF_GROWTH_RE = re.compile(r"tốc độ\s+tăng trưởng(?:\s+(?:của\s+)?(?:toàn\s+)?(?:tỉnh|huyện|thành phố|xã|thị xã)(?:\s+[^\W\d]+){0,3})?"
                                r"\s*(?:(?:ước(?:\s+tính)?|dự\s+kiến|sơ\s+bộ)\s+)?(?:đạt|là|ở mức|:)?\s*"
                                r"(?:trên|hơn|khoảng|gần|dưới)?\s*$")
# what may follow a base's words and still be that base: "so với cùng kỳ [năm trước]"
_BASE_YEAR_TAIL_RE = re.compile(r"\s*(?:(?:của\s+)?năm\s+(?:trước|ngoái))?\s*")
_AGAINST_BEFORE_BRACKET_RE = re.compile(r"(?<!\w)" + _AGAINST + r"\s*$")
_RISE_THEN_BRACKET_RE = re.compile(_RISE_AGAINST + r"?\s*\(\s*$")  # (the base may be left out: "tăng (+13,51%)")
_RISE_WORDS_ONLY_RE = re.compile(r"(?:mức|tốc\s+độ)(?:\s+tăng(?:\s+trưởng)?)?|mức\s+tăng\s+trưởng|tốc\s+độ\s+tăng\s+trưởng")
# a noun phrase, then a bracket that gives its share, the figure in it or after it: "thị trường châu Á (chiếm tỷ trọng "
# and "thị trường châu Á (chiếm tỷ trọng 63,42% …) tăng " (group 1: the noun phrase)
_DESCRIBED_IN_BRACKETS_RE = re.compile(r"(?:^|[;:,])\s*(?:trong\s+đó,?\s*)?([^\W\d][^;:,()\d]{2,60}?)\s*\(\s*chiếm(?:\s+(?:tỷ|tỉ)\s+(?:trọng|lệ))?\s*"
                                       r"(?:[^()]*\)\s*(?:(?:tăng|giảm|đạt|ước\s+đạt|ước)\s*)?)?$")
_OPEN_BRACKET_BEFORE_RE = re.compile(r"\(\s*(?:(?:trên|dưới|gần|khoảng|hơn|đạt|chiếm|tăng|giảm)(?:\s+(?:tới|đến|lên))?\s+)?$")
# "tăng 1,8 lần về số dự án, …": what rose, named after the rise (up to the next comparison, "và" or clause end)
_GROWTH_LIST_LEAD_RE = re.compile(r"(?<!\w)(?:mức\s+)?tăng(?:\s+trưởng)?(?:\s+(?:cao|mạnh|khá))?(?!\w)[^:;.]{0,160}:[^;.:]*\($")
_GROWTH_NOUN_AFTER_RE = re.compile(r"\s+(?:mức\s+)?tăng\s+trưởng(?!\w)")
_COMPARED_PAST_A_COMMA_RE = re.compile(r"\s*,\s*(?:(?:nhưng|và)\s+)?(?:vẫn\s+)?(?:thấp|cao)\s+hơn\s+(?:so\s+(?:với\s+)?)?")
_UNIT_TAIL_ONLY_RE = re.compile(r"[\s.\-–/]*(?:km|kg|ha|m2|m3|m)?[\s.\-–/]*", re.IGNORECASE)
# (its subject, then the copula with no verb of reaching between: "tổng kế hoạch vốn … là hơn 5.466 tỷ đồng")
@lru_cache(maxsize=None)
def _measure_word_only_re():
    cues = table("cues")
    return re.compile(rf"(?:{phrases_re(cues['measure_words_naming_no_indicator'])})"
                      rf"(?:\s+(?:{phrases_re(cues['evaluative_words'])}))?")


def _measure_word_only(subject):
    """The subject is only a word of measure ("mức tăng", "trị giá"), maybe praised ("mức tăng ấn tượng")."""
    return _measure_word_only_re().fullmatch(" ".join(subject.lower().strip(" ,:;-").split())) is not None


_MEASURE_ONLY_AFTER_WITH_RE = re.compile(r"(?<!\w)với\s+(?:[^\W\d]+\s+){1,4}$")
_AVERAGE_WORD_RE = re.compile(r"(?<!\w)(?:bình\s+quân|trung\s+bình)(?!\w)")
# (not an average per commune: "Số tiêu chí bình quân trên xã đạt 17,7 tiêu chí", "bình quân mỗi xã đạt")
_CRITERIA_HOLDER_BEFORE_RE = re.compile(r"(?<!\w)(?<!mỗi\s)(?<!trên\s)(?<!trên\stoàn\s)(xã|huyện|thôn)\s+(?:(?:đều|đã|mới|cũng)\s+)*đạt"
                                        r"(?:\s+(?:từ|dưới|trên|được))?\s*$")


@lru_cache(maxsize=None)
def _disbursement_res():
    """What is done of an allotted plan (cues.yaml against_plan_words, "giải ngân"): said right before a percent ("đã
    giải ngân được 75,2%"), right after it ("72,2% giải ngân"), and as the rate of it ("tỷ lệ giải ngân")."""
    words = phrases_re(table("cues")["against_plan_words"])
    return (re.compile(rf"(?<!\w)(?:{words})(?:\s+(?:được|đạt))*(?:\s+(?:gần|hơn|trên|khoảng))?\s*$"),
            re.compile(rf"\s*(?:{words})(?!\w)"),
            re.compile(rf"(?<!\w)(?:tỷ|tỉ)\s+lệ\s+(?:{words})(?!\w)"))

_SHARE_VERB_IN_CLAUSE_RE = re.compile(r"(?<!\w)(?:chiếm|tỷ\s+trọng|tỉ\s+trọng|cơ\s+cấu)(?!\w)")
_PLAN_OPENS_THE_SENTENCE_RE = re.compile(r"\s*theo\s+(?:kế\s+hoạch|dự\s+toán)(?:\s+(?:được\s+)?giao)?\s*,")
_PLAN_NAMED_SUBJECT_RE = re.compile(r"(?<!\w)(?:tổng\s+)?(?:kế\s+hoạch|dự\s+toán)\s+(?:vốn|thu|chi|giao)(?!\w)"
                                    r"(?:(?!đạt|giải\s+ngân|thực\s+hiện)[^;.\d])*\slà\s+(?:(?:hơn|trên|gần|khoảng)\s+)?$")
_SHARE_SHIFT_BETWEEN_RE = re.compile(r"\s*,\s*(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn))?\s*")
_ABOUT_AFTER_RE = re.compile(r"\s*về\s+((?:số\s+|tổng\s+)?[^\W\d][^\d,;:.()]{0,40}?)(?=\s*(?:[,;:.()]|$)|\s+(?:và|nhưng|còn|so\s+với|so|của|trong\s+đó)(?!\w))")
_CHANGE_ABOUT_RE = re.compile(r"(?:sự\s+|mức\s+)?(?:tăng\s+trưởng|tăng|giảm|sụt\s+giảm)(?:\s+\w+){0,3}?\s+về\s+(\S.*)$")
_SCALE_HEAD_RE = re.compile(r"^(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn|trăm)\s+", re.IGNORECASE)
_BOUNDS = ("over", "under", "at_least", "at_most")


@lru_cache(maxsize=None)
def _group_of_places_re():
    """"9 địa phương", "các tỉnh, thành phố", "nhiều địa phương": places counted or grouped, not named (cues.yaml
    place_count_units), then the words up to a figure, in one clause."""
    units = phrases_re(table("cues")["place_count_units"])
    # (not "năm": "năm huyện Hải Hà có nguồn thu …" is a year)
    return re.compile(rf"(?<![\w.,/])((?:\d+|các|nhiều|những|một số|hai|ba|bốn)\s+(?:{units})(?:\s*,\s*thành(?:\s+phố)?)?)"
                      r"(?!\w)[^;:()\n]*$")


@lru_cache(maxsize=None)
def _group_lead_re():
    """What may open a clause before the group of places it is about ("có 2 địa phương …", "và rất nhiều địa phương
    …", "Theo sau là các tỉnh có …": cues.yaml group_of_places_openers, ranking_goes_on)."""
    cues = table("cues")
    return re.compile(r"[\s\-–+*•]*(?:(?:" + phrases_re(cues["group_of_places_openers"] + cues["ranking_goes_on"])
                      + r")\s+)*")


def _group_opening_the_clause(low, sentence, quantity):
    """The group of places (counted or plural) that the clause of a figure opens on and is about, or None ("tỷ lệ hộ
    nghèo tại các xã đều dưới 5%" is about a rate, said of the communes)."""
    near = max(sentence.start, quantity.start - _LOOKBACK)
    group = _group_of_places_re().search(low, near, quantity.start)
    if group is None:
        return None
    clause_start = max(sentence.start, low.rfind(",", near, group.start()) + 1, low.rfind(";", near, group.start()) + 1,
                       low.rfind(":", near, group.start()) + 1)
    return group if _group_lead_re().fullmatch(low, clause_start, group.start()) else None


def _threshold_of_a_group_of_places(context, sentence, quantity):
    """The clause of a bounded figure opens on a group of places that its sentence names no holder of ("Quảng Ninh
    có 3 xã đạt thu nhập trên 30 triệu đồng/năm" is the province's), nor any place before the figure."""
    if _group_opening_the_clause(context.low, sentence, quantity) is None:
        return False
    first = bisect.bisect_left(context.place_starts, sentence.start)
    return first >= len(context.places) or context.places[first].start >= quantity.start


def _names_the_group_of_places(low, sentence, quantity, subject):
    """The subject read before a figure is the group of places its clause opens on ("rất nhiều địa phương", what is
    left of "Các địa phương khác có mặt trong top 10")."""
    group = _group_opening_the_clause(low, sentence, quantity)
    if group is None:
        return False
    words = subject.lower().split()
    return group.group(1).split()[-1] in words or words[0] in _cues()["subjects_naming_nothing"]


# "…: Cần Thơ, Đà Nẵng", "… là Đồng Nai, Bắc Ninh": the places a group is made of, listed after its figure
# (each place perhaps with its own figure in brackets: "là Bình Dương (14,813 tỉ USD); Đồng Nai (10,976 tỉ USD)", or
# after a verb: "gồm: Cao Bằng đạt 42,3 triệu USD, Lai Châu đạt 50 triệu USD")
_LISTED_PLACES_JOIN_RE = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*|(?:(?:đạt|với|là|có)\s+)?(?:(?:khoảng|gần|hơn|trên|dưới)\s+)?"
                                    r"\d[\d.,]*(?:\s+[^\W\d]+){0,3}?\s*)?(?:[,;]|và|[,;]\s*và)\s*")
# ("… trên 10 tỷ USD gồm có: TP. HCM, Bắc Ninh, …")
_LISTED_AFTER_RE = re.compile(r"[^\w;:.()\n]{0,3}(?:(?:là|gồm\s+có|gồm|đó\s+là)(?!\w)\s*:?\s*|:\s*)")
_TIME_LEAD_GAP_RE = re.compile(r"\s*(?:trong|tính\s+đến|đến)?\s*")


def _places_listed_after(context, quantity):
    """The names of the places listed right after a figure (perhaps after its time: "đạt trên 10 tỷ USD trong 10
    tháng đầu năm gồm: …"), or None."""
    after = quantity.end
    time = bisect.bisect_left(context.period_starts, after)
    if time < len(context.periods) and _TIME_LEAD_GAP_RE.fullmatch(context.low, after, context.periods[time].start):
        after = context.periods[time].end
    gap = _LISTED_AFTER_RE.match(context.low, after)
    if gap is None:
        return None
    index = bisect.bisect_left(context.place_starts, gap.end())
    if index >= len(context.places) or context.places[index].start != gap.end() or context.places[index].country:
        return None
    names = list(context.places[index].names)
    while index + 1 < len(context.places) and not context.places[index + 1].country \
            and _LISTED_PLACES_JOIN_RE.fullmatch(context.low, context.places[index].end, context.places[index + 1].start):
        index += 1
        names.extend(context.places[index].names)
    return names[0] if len(names) == 1 else names


_SOME_PLACES_OPENING_RE = re.compile(r"[\s\-–+*•]*(?:nhiều|một số|một vài|một loạt)\s+(?:địa phương|tỉnh|thành phố|huyện|xã)(?!\w)")
_WHOLE_OF_ECONOMY_AFTER_RE = re.compile(r"\s*(?:tổng\s+)?(?:grdp|gdp|tổng\s+sản\s+phẩm)(?!\w)")
_COMPARED_PAIR_BEFORE_RE = re.compile(r"(?<!\w)(?:gấp|lần|cao hơn|thấp hơn|so với|so)(?!\w)[^();]{0,40}\(\s*[\d.,]+\s*/\s*$")
# "16 chỉ tiêu chủ yếu của Nghị quyết": the targets a resolution or plan sets (not "so với 15 chỉ tiêu theo …")
_TARGETS_MET_AFTER_RE = re.compile(r"(?:(?!phấn\s+đấu|đề\s+ra|đặt\s+ra)[^\d,;.:()\n]){0,50}?(?<!\w)(?:đều\s+)?(?:đã\s+)?"
                                   + _TARGETS_MET + r"(?!\w)")
_TARGETS_OF_A_PLAN_AFTER_RE = re.compile(r"\s*(?:(?:chủ yếu|cơ bản|chính)\s+)?của\s+(?:nghị quyết|kế hoạch|nq)(?!\w)")
# (what a meeting sets out, not what it passes: "thông qua 17 đề án" are done, passed)
_PLAN_PARTS_SET_BEFORE_RE = re.compile(r"(?<!\w)(?:đề ra|đặt ra|xác định)\s*$")
# ("Với 27 chỉ tiêu chủ yếu Ban Chấp hành Đảng bộ huyện đề ra, đã có 26 chỉ tiêu đạt …": the targets set, said before
# who set them; not "26 chỉ tiêu đạt và vượt kế hoạch đề ra", those reached)
_TARGETS_SET_AFTER_RE = re.compile(r"(?:(?!đạt|vượt|hoàn\s+thành|thực\s+hiện)[^,;.\d\n]){0,60}?(?<!\w)(?:đề ra|đặt ra)(?!\w)")
# (also a resolution named at length before "với", the targets a review weighs, and the targets a result is among:
# "nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2023 với 22 chỉ tiêu", "tổng kết đánh giá 19 chỉ tiêu",
# "Trong 28 chỉ tiêu chủ yếu, có 17 chỉ tiêu vượt")
_TARGETS_SET_BEFORE_RE = re.compile(r"(?<!\w)(?:đề ra|đặt ra|thông qua|(?:nghị quyết|kế hoạch)(?:\s+[^,.;:()]{0,80}?)?\s+(?<!so\s)(?:với|gồm)"
                                    r"|đánh giá|(?:^|[\n.;:,]\s*)trong(?:\s+(?:số|tổng số))?)\s*$")
_TRAILING_RISE_RE = re.compile(r"(?:\s+(?:tăng|giảm|cao hơn|thấp hơn))+$", re.IGNORECASE)


def _plan_year_ahead(context, sentence, quantity):
    """A count of targets in a text about a year still ahead of the article's ("25 chỉ tiêu năm 2025" dated
    12/2024): the year of that plan, when the time named closest to the count (right after it in its sentence, else
    the last one before it, near) is a single year after the article's year."""
    now = context.doc_date.year if context.doc_date is not None else context.doc_year  # (the article's own date first)
    if now is None:
        return None
    periods = context.periods
    index = bisect.bisect_left(context.period_starts, quantity.start)
    mention = None
    if index < len(periods) and periods[index].start < sentence.end and periods[index].start - quantity.end <= 40:
        mention = periods[index]
    elif index > 0 and quantity.start - periods[index - 1].end <= _PLAN_COUNT_REACH:
        mention = periods[index - 1]
    if mention is None or mention.base or mention.kind != "year" or mention.year is None \
            or mention.year <= now:
        return None
    return f"{mention.year:04d}"


_PLAN_COUNT_REACH = 1500  # characters back from a count of targets to the year of the plan it counts


def _horizon_near(context, position):
    """The horizon of a plan ("phấn đấu đến năm 2020") named last before `position`, not too far back (or, for a
    headline, the first one its body names), when it is a year after the document's and not too far off; else None."""
    if context.doc_year is None:
        return None
    low = context.low
    match = _HORIZON_RE.last(low[max(0, position - _HORIZON_REACH):position])
    if match is None and 0 <= position < low.find("\n"):
        match = _HORIZON_RE.search(low, position, position + _HORIZON_REACH)
    if match is None or not context.doc_year < int(match.group(1)) <= context.doc_year + _HORIZON_YEARS:
        return None
    return match.group(1)


def _singles_out_a_part(first, previous_claims):
    """"GRDP ước đạt 41.690 tỷ đồng …. Riêng khu vực phía Tây đạt hơn 12.900 tỷ đồng": a sentence opening "Riêng"
    whose first figure is in the unit of the total just stated, and no larger, singles out a part of that total (its
    modality is the total's). ("Riêng xã A đạt 7/8 tiêu chí" after a count of communes singles out no part.)"""
    return any(c.measure == "level" and c.unit == first.unit and first.unit != "%" and 0 < first.value <= c.value
               for c in previous_claims)


# (the last item joined by "và": "gồm thu ngân sách (đạt 92%), giảm nghèo (đạt 80%) và trồng rừng (đạt 85%)")
_LIST_ITEM_BEFORE_RE = re.compile(r"(?:[:,;]|(?<!\w)(?:như|gồm|là|và))\s*$")


@lru_cache(maxsize=None)
def _abbreviation_re():
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(ABBREVIATIONS, key=len, reverse=True))
                      + r")(?!\w)")


def _written_out(subject):
    """"số DN", "DA FDI": a counting noun abbreviated in a subject is written out, as it is in the unit (doanh
    nghiệp, dự án)."""
    if not subject or subject.islower():  # (no capital: nothing abbreviated)
        return subject
    return _abbreviation_re().sub(lambda m: ABBREVIATIONS[m.group(0)], subject)


def _names_a_listed_item(low, sentence_start, start, bracket, phrase):
    """The words before a bracket (`phrase`, found between `start` and `bracket`) are an item of a list: they follow
    a colon, a comma or "như", "gồm", "là"."""
    at = low.rfind(phrase.lower(), start, bracket)
    return at >= 0 and _LIST_ITEM_BEFORE_RE.search(low, max(sentence_start, at - 12), at) is not None


# Between a count and the percent right after it: only "tỷ lệ" ("52 trường đạt chuẩn, đạt tỷ lệ 61,2%", "131.000 người
# tham gia BHYT đạt tỷ lệ trên 86%", "20 xã được công nhận (đạt tỷ lệ 100%)") or a bracket opened right after the
# count's words ("96 trường (47,5%)").
_RATE_WORD_ONLY_RE = re.compile(r"(?:đạt\s+|chiếm\s+)?(?:tỷ|tỉ)\s+lệ(?:\s+(?:đạt|là))?|")
_RATE_OF_COUNT_BETWEEN_RE = re.compile(r"(?:[^\d,;:.()]{0,60}?(?:,\s*(?:đạt\s+|chiếm\s+|bằng\s+)?|\s*\(\s*đạt\s+|\s+đạt\s+)"
                                       r"tỷ\s+lệ\s*:?\s*(?:(?:trên|hơn|gần|khoảng|dưới)\s+)?|[^\d,;:.()]{0,60}?\s*\(\s*)")


_BRACKETED_RE = re.compile(r"\([^()]{0,80}\)")
# characters between a fraction of counts and the percent it is written as ("toàn huyện có 9/9 xã đạt chuẩn nông
# thôn mới, đạt 100%"); the arithmetic must agree too
_SHARE_OF_COUNT_REACH = 60


def _share_of_count(previous_claim, value, text, between):
    """The percent is the count right before it out of its whole (`71/179 trường, đạt tỷ lệ 39,7%`)."""
    if previous_claim is not None and not previous_claim.of and previous_claim.measure == "level" \
            and previous_claim.unit not in MEASURED_UNITS and previous_claim.unit not in ("%", "times") \
            and "/" not in (previous_claim.unit or "") and _RATE_OF_COUNT_BETWEEN_RE.fullmatch(between):
        return True  # "có 52 trường đạt chuẩn, tỷ lệ 61,2%", "12 xã (40%)": the rate that count is of its whole
    # (the names of the members counted, in brackets, do not part the percent from its count: "2/2 thị trấn (A, B)
    # đạt chuẩn văn minh đô thị, đạt 100%")
    if previous_claim is None or not previous_claim.of or ";" in between:
        return False
    step = 10.0 ** -_decimals_written(text)
    if len(_BRACKETED_RE.sub("", between) if "(" in between else between) > _SHARE_OF_COUNT_REACH:
        # ("10/10 xã đã được UBND tỉnh A công nhận xã nông thôn mới, tỷ lệ đạt 100%": a rate announced as
        # such that is the count's share of its whole is that share, however long the count's words)
        return len(between) <= 2 * _SHARE_OF_COUNT_REACH and _RATE_ANNOUNCED_END_RE.search(between) is not None \
            and abs(previous_claim.value / previous_claim.of * 100 - value) <= step
    if between.rstrip(" (:").endswith("tỷ lệ"):
        return True  # said so, even where the writer's arithmetic is off (324/590 trường, tỷ lệ 55,4%)
    return abs(previous_claim.value / previous_claim.of * 100 - value) <= step


