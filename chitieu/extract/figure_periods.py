"""When a figure holds: its period, from the times its sentence and the text before it name, the report's own span
and date, and what the figure measures (a flow runs over a span, a stock holds at a point). `period_for` is called
once per figure by pipeline.py's reading (spec: shared/spec/claims.md, Periods)."""

import bisect
import re
from functools import lru_cache
from typing import Any

from .periods import names_a_plans_capital, year_earlier, year_of_period
from .quantities import Quantity
from .reading import (_AHEAD_REACH, _AVERAGE_RISE_BEFORE_RE, _COMPARED_WITH_BEFORE_RE, _CORRESPONDING_OPENER_RE,
                      _DIGIT_RE, _EACH_YEAR_RE, _HAS_BEFORE_RE, _HEADLINE_CHARS, _HORIZON_RE, _HORIZON_REACH,
                      _HORIZON_YEARS, _LOOKBACK, MEASURED_UNITS, _NEARBY, _PART_LINE_RE, _RAISED_TOTAL_BEFORE_RE,
                      _RUNNING_TOTAL, _TARGETS_MET, _TERM_REACH, _TO_AFTER_FROM_FIGURE_RE, _TO_JANUARY_RE, _Context,
                      _cues, _in_ranges, _last_match_in, _line_start, _named_season_re, _names_a_flow, _newline_between,
                      _price_index_named_in, _says, _subject_kinds, _term_before, _terms, _under_target_heading)
from .sentences import Span
from .subjects import blanked, sentence_start_before
from .tables import longest_first, phrases_re, table


_RATE_ANNOUNCED_BEFORE_RE = re.compile(r"(?<!\w)(?:tỷ|tỉ)\s+lệ(?:\s+(?:đạt|là))?\s*:?\s*(?:(?:trên|hơn|gần|khoảng|dưới)\s+)?$")
# ("hoàn thành và hoàn thành vượt 12/14 chỉ tiêu", "đã thực hiện đạt và vượt 6/14 chỉ tiêu")
_TARGETS_COMPLETED_BEFORE_RE = re.compile(r"(?<!\w)(?:hoàn\s+thành(?:\s+và\s+hoàn\s+thành\s+vượt(?:\s+mức)?)?"
                                          r"|(?:thực\s+hiện\s+)?đạt\s+và\s+vượt)\s*$")
_TARGETS_MET_RE = re.compile(rf"(?<!\w){_TARGETS_MET}(?!\w)")
# Between a figure and a period said after it: a clause end, another figure, or a comparison with another figure
# ("tăng 7,32%, cao hơn mức tăng của quý II") make the period not this figure's.
# ("đạt 14 tiêu chí/xã và cuối năm nay 2 xã về đích": a period after "và" opens the next statement)
_CLAUSE_OR_FIGURE_RE = re.compile(r"[;.]|\d|(?<!\w)(?:cao hơn|thấp hơn|nhiều hơn|ít hơn|riêng|do|vì|nhờ|bởi|và)(?!\w)")
_FIGURE_RIGHT_AFTER_RE = re.compile(r"\s*(?:là|đạt|còn|:)?\s*(?:trên|hơn|gần|khoảng|dưới)?\s*\d")


# "(6 tháng tăng 11,29%, quý III tăng 9,09%)": a time followed by a verb of rise or level and a figure is that figure's
# ("(quý II ước tính đạt 72,4 nghìn tấn, …)", "(sơ bộ đạt …)": an estimate's word may come between)
# ("giai đoạn 2010-2015 huy động được 24.470 tỷ đồng, từ năm 2016 tới nay được 19.793 tỷ đồng": the next item's time)
_FIGURE_AFTER_VERB_RE = re.compile(r"\s*(?:(?:ước(?:\s+tính)?|sơ\s+bộ|dự\s+kiến)\s+)?(?:tăng|giảm|đạt|là|còn|được|có)\s*"
                                   r"(?:trên|hơn|gần|khoảng|dưới)?\s*\d")


_TU_END_RE = re.compile(r"(?<!\w)từ\s*$")
_RAISED_TO_FIGURE_AFTER_RE = re.compile(r"\s*lên\s*(?:trên|hơn|gần|khoảng)?\s*\d")
_RUNNING_TOTAL_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_RUNNING_TOTAL}|tính\s+chung|(?:tính\s+)?cộng\s+dồn)\s+$")
_TO_END_BEFORE_RE = re.compile(r"(?<!\w)(?:đến|tới)\s+(?:hết|cuối)\s+$")
_UP_DOWN_TO_RE = re.compile(r"\s*(?:lên|xuống)")
_YEAR_SPAN_RE = re.compile(r"(?:19|20)\d\d/(?:19|20)\d\d")
_COMMA_AFTER_RE = re.compile(r"[ \t]*,")


# "đạt 47,8% kế hoạch cả năm", "bằng 60% dự toán năm 2021": the year of the plan, not the figure's own period.
# (also the plan's own span said after it: "vượt chỉ tiêu giai đoạn 2016-2020" dates the target, not the figure)
_PLAN_BEFORE_RE = re.compile(r"(?<!\w)(?:kế hoạch|kh|dự toán|chỉ tiêu|mục tiêu|nghị quyết)(?:\s+(?:\w+\s+)?giao)?"
                             r"(?:\s+(?:giai đoạn|thời kỳ|năm))?\s*$")


_COMPARED_WITH_A_YEAR_AFTER_RE = re.compile(r"[^,;.()]{0,20}?so\s+với\s+(?:năm\s+)?(\d{4})(?!\d)")


def _against_the_year(right_clause, year):
    """The figure is compared right after it with the year named ("gấp 1,47 lần so với năm 2015")."""
    compared = _COMPARED_WITH_A_YEAR_AFTER_RE.match(right_clause)
    return compared is not None and compared.group(1) == year


def _held_at_the_terms_end(flow, unit, right_clause, first_year):
    """Of a result of a term under review, what is of the term's last year: what is held at its end, a level per year
    ("thu nhập bình quân đầu người đạt 40 triệu đồng/năm") and a figure compared with the term's first year ("gấp 1,47
    lần so với năm 2015"); what was done over it is the term's."""
    return not flow or (unit or "").endswith("/year") or _against_the_year(right_clause, first_year)


# ("vốn đầu tư công năm 2017", "kế hoạch vốn đầu tư công cả năm 2020", "dự toán năm 2024")
_CAPITAL_OF_A_YEAR_BEFORE_RE = re.compile(r"(?<!\w)(?:vốn(?:\s+đầu\s+tư)?(?:\s+công)?|kế\s+hoạch(?:\s+vốn)?(?:\s+đầu\s+tư\s+công)?"
                                          r"|dự\s+toán)(?:\s+cả)?\s+$")


_SPANS_TO_A_POINT = frozenset({"to_month", "to_day", "to_day_no_year", "months"})
_SINCE_BEFORE_RE = re.compile(r"(?<!\w)(?:từ|sau|trước|đến)\s+$")
_HOLDS_A_DECISION_BEFORE_RE = re.compile(r"(?<!\w)(?:đã\s+)?có\s+quyết\s+định\s+công\s+nhận(?:\s+(?:đạt\s+chuẩn|là))?\s*$")
_ALL_MET_AFTER_RE = re.compile(r"[^,;.()]{0,60}?\sđều\s+(?:đạt|vượt|hoàn thành)(?!\w)(?!\s+chuẩn)")
# "… tăng 31,53% do các trường học áp dụng mức tăng học phí trong năm học 2023-2024": a time in the cause given for a
# figure dates the cause, not the sentences after it
_CAUSE_WORD_RE = re.compile(r"(?<!\w)(?:do|vì|nhờ)(?!\w)")


# "có thêm 1 huyện, 14 xã", "Thêm 2 huyện, 11 xã", "công nhận thêm 5 xã": a count of those added, and the counts listed after it
_UNITS_ADDED_BEFORE_RE = re.compile(r"(?<!\w)thêm\s+(?:(?:khoảng|gần|hơn|trên)\s+)?"
                                    r"(?:\d[\d.,]*\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:,|và)\s*)*$", re.IGNORECASE)


def period_for(context: _Context, sentence: Span, quantity: Quantity, subject_low: str, measure: str, unit: str,
                left: str, right_clause: str, is_target: bool, base_value: Any,
                reached: bool = True, evidence: dict | None = None, flow_hint: bool | None = None,
                planned: bool = False) -> str | None:
    evidence = {} if evidence is None else evidence
    cues = _cues()
    periods, starts = context.periods, context.period_starts
    _rate, _growth, flow_subject, stock_subject = _subject_kinds(subject_low)
    if flow_subject and _STATUS_RE.search(subject_low) and not _FLOW_OF_STATUS_RE.search(subject_low) \
            and not _FLOW_OF_STATUS_RE.search(left, max(0, len(left) - 40)) and not _cues()["flow_re"].search(
                _STATUS_RE.sub(" ", subject_low)):
        flow_subject = False  # "cả nước có 5 tỉnh đã được công nhận …": a status held at the end, not a count of new ones
    # ("có thêm 1 huyện, 14 xã đạt chuẩn": those added over the span, a flow whatever state they reached)
    added_from = max(sentence.start, quantity.start - 60)
    added = context.low.find("thêm", added_from, quantity.start) >= 0 \
        and _UNITS_ADDED_BEFORE_RE.search(context.low, added_from, quantity.start) is not None
    flow = measure in ("ratio", "growth") or flow_subject or added or _names_a_flow(left[-80:]) \
        or _list_of_a_flow(context.low, sentence.start, quantity.start) or unit in cues["event_units"]
    if stock_subject and not flow_subject and not added:
        flow = False  # (a stock's ratio to its plan, "người tham gia BHYT đạt 100,12% kế hoạch", holds at a time too)
    grouped_by_a_rate = not added and measure == "level" and unit and unit not in MEASURED_UNITS and unit != "%" \
        and (_GROUP_BY_A_RATE_AFTER_RE.match(context.low, quantity.end) is not None
             or _GROUP_BY_A_BOUND_AFTER_RE.match(context.low, quantity.end) is not None)
    if flow and grouped_by_a_rate:
        # "Có 09 đơn vị có tỷ lệ giải ngân đạt trên 75% kế hoạch", "19 đơn vị giải ngân dưới 20%", "68 dự án đã giải
        # ngân đạt trên 60%": how many places, units or projects are in a group a rate or a bound defines, at a time,
        # however the rate accumulates
        flow = False
    if flow and measure == "level" and _LEFT_BEFORE_RE.search(left, max(0, len(left) - 20)) \
            and _NOT_YET_AFTER_RE.match(context.low, quantity.end):
        flow = False  # "còn gần 7,36 nghìn tỷ đồng chưa được phân bổ chi tiết": what is still left undone, at a time
    # (a subject naming both, "diện tích lúa thu hoạch", is an activity's amount: a flow)
    if unit == "%" and measure in ("level", "share", "change"):
        flow = False  # a rate, and its change in points as of a time ("đến tháng 6/2025 … (79,3%), tăng 10,6%"), hold at it
        if measure == "share" and cues["flow_whole_re"].match(right_clause):
            flow = True  # "(chiếm 96% kim ngạch xuất khẩu của tỉnh)": a part of an amount done over a span, over that span
    raised_total = _RAISED_TOTAL_BEFORE_RE.search(left, max(0, len(left) - 100)) is not None
    if raised_total:
        flow = False  # "nâng tổng số dự án còn hiệu lực lên 93 dự án": a running total reached, held at the span's end
    if flow and measure == "level" and _HOLDS_A_DECISION_BEFORE_RE.search(left, max(0, len(left) - 50)) \
            and not _FLOW_OF_STATUS_RE.search(left, max(0, len(left) - 80)):
        flow = False  # "số xã đạt chuẩn đã có quyết định công nhận là 41 xã": those holding the recognition, a status
    if flow and unit and unit.lower() in cues["place_units"] and cues["rate_re"].search(subject_low):
        flow = False  # "33 địa phương có tỉ lệ giải ngân đạt từ 40%": the places at a rate, a status held at a time
    if flow and measure in ("ratio", "growth") and "bình quân" not in left \
            and 0 <= _price_index_named_in(context, sentence) < quantity.start:
        # "đến tháng 3/2015, chỉ số giá tiêu dùng đã tăng 0,19% …. Chỉ số giá tiêu dùng tăng chủ yếu do … nhóm hàng ăn
        # tăng 0,42%": a price index and its groups are measured in a month, not summed from January (unless averaged
        # over the months: "bình quân 3 tháng")
        flow = False
    if flow_hint is not None:
        flow = flow_hint
    # A count out of its whole ("85/112 tuyến", "15/15 xã") says how many of a fixed set are in a state, and a percent
    # announced as a rate ("đạt tỷ lệ 99%") is a state too: both are held at a time, never summed from January; in
    # an N-month report they hold at the span's end.
    held_state = grouped_by_a_rate or measure == "level" and getattr(quantity, "of", None) is not None \
        or unit == "%" and measure in ("level", "share") and _RATE_ANNOUNCED_BEFORE_RE.search(left, max(0, len(left) - 20)) is not None
    if held_state:
        flow = False
    if unit in cues["units_of_targets"] and (_TARGETS_MET_RE.search(subject_low)
                                             or _ALL_MET_AFTER_RE.match(right_clause)
                                             or _TARGETS_COMPLETED_BEFORE_RE.search(left, max(0, len(left) - 40))):
        # (also said after the targets' name: "cả 18/18 chỉ tiêu chủ yếu của Nghị quyết đều đạt", or before the
        # count: "huyện đã hoàn thành 12/14 chỉ tiêu"; but "xã A đạt 26/27 chỉ tiêu xã nông thôn mới nâng cao": the
        # criteria a commune meets, a status)
        # "19/23 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch" in a report dated 22 December: the targets met are the
        # result of the plan's year, not a status at the date (unlike the criteria a commune meets)
        flow = True
    chosen = None
    index = bisect.bisect_left(starts, quantity.start) - 1
    # Right after the figure (18,2 triệu đồng năm 2014; 12 triệu đồng/năm (năm 2011); 7/7 xã … trong năm 2020).
    j = index + 1
    while j < len(periods) and periods[j].start < sentence.end and j - index <= _NEARBY:
        mention = periods[j]
        if mention.start - quantity.end > 80:
            break
        between = context.low[quantity.end:mention.start]
        if _CLAUSE_OR_FIGURE_RE.search(between):
            break
        if _FIGURE_RIGHT_AFTER_RE.match(context.low, mention.end) or _FIGURE_AFTER_VERB_RE.match(context.low, mention.end):
            break  # "trồng 2.700 ha, nâng độ che phủ rừng hiện nay 56%": a time said right before a figure is that one's
        if _RAISED_TO_FIGURE_AFTER_RE.match(context.low, mention.end) and not _TU_END_RE.search(left):
            break  # "… ước đạt 250 triệu USD, nâng tổng … 7 tháng lên 1,98 tỷ USD" (not "từ 2 tỷ USD năm 2023 lên …")
        if mention.kind == "accumulated":
            break  # "tăng 9,7% so với tháng trước, lũy kế quý I tăng 12,7%": a running total after a figure is the next one's
        comma = between.rfind(",")
        if comma >= 0 and mention.kind == "now":
            break  # "… ước đạt 14,18%, Bắc Giang hiện là địa phương …": a "now" past a comma is the next clause's
        if comma >= 0 and cues["verb_re"].match(
                blanked(context.low, quantity.end + comma + 1, mention.start, context.blanks).lstrip()):
            # "8/9 huyện đạt chuẩn, hoàn thành nhiệm vụ … trước năm 2025", "có thêm 3 xã đạt chuẩn NTM nâng cao, xã
            # Thọ Vực đạt chuẩn NTM kiểu mẫu năm 2023": a new clause's time (after its own place, if it names one)
            # is its own
            break
        if comma >= 0 and cues["contrast_re"].search(between) is not None:
            break  # "… đạt 42,6% kế hoạch, trong khi tỉnh phấn đấu đến cuối năm …": the time of what it is set against
        if comma >= 0 and not between[comma + 1:].strip() and _COMMA_AFTER_RE.match(context.low, mention.end):
            break  # "… trên 148 tỷ đồng, đến nay, huyện đã giao …": a time set off by commas opens the next clause
        if comma >= 0 and _RUNNING_TOTAL_BEFORE_RE.search(between, comma):
            # "mỗi năm có thêm trên 600 hợp tác xã, lũy kế đến nay có …": the running total's time is its own (so is
            # one said "tính chung": "trong tháng 9, chỉ số … tăng hơn 11,8%, tính chung 9 tháng qua, chỉ số … tăng 10%")
            break
        if between.strip() != "(" and _year_in_a_noun_bracket(context.low, mention):
            break  # "17 xã và 2 thị trấn với dân số (năm 2019) là …": that year is the population's, said after it
        if "(" in between and between.strip() != "(" and _CORRESPONDING_OPENER_RE.match(context.low, between.rfind("(") + quantity.end):
            break  # "chiếm 43,8% (cơ cấu tương ứng của 6 tháng năm 2023 là: …)": the bracket's time is its own figures'
        if "(" in between and ")" not in between and _DIGIT_RE.search(
                context.low, mention.end, max(mention.end, context.low.find(")", mention.end, mention.end + 120))) is not None:
            break  # "tăng 15,5% so với cùng kỳ (4 tháng đầu năm 2020 … IIP giảm 11,5%)": a bracket with a figure of its own
        if not mention.base and not _PLAN_BEFORE_RE.search(between):
            chosen = mention
            evidence["period"] = "sentence"
            break
        j += 1
    # Before it in the sentence.
    i = index
    if chosen is None:
        while i >= 0 and periods[i].start >= sentence.start and index - i < _NEARBY:
            # (a plan's year before the text's own dates the results reported on it: "… báo cáo tình hình thực hiện nghị
            # quyết HĐND về phát triển kinh tế - xã hội năm 2023 với các nội dung …: thu nhập … ước đạt …" in January 2024)
            # (not the year of the capital a plan gave: "giải ngân vốn kế hoạch năm trước được phép kéo dài sang năm
            # 2025 là 273 tỷ đồng" is disbursed this year)
            past_plan_year = periods[i].plan and periods[i].kind == "year" and not is_target \
                and context.doc_year is not None and periods[i].year is not None and periods[i].year < context.doc_year \
                and not names_a_plans_capital(context.low, periods[i].start)
            # (and a plan's year before a target set in it: "nghị quyết … nhiệm vụ năm 2024 với mục tiêu chính: Phấn
            # đấu … đạt 12.984 tỷ đồng" in December 2023)
            plan_year_of_a_target = periods[i].plan and planned and periods[i].kind == "year"
            if periods[i].kind == "year" and _CAPITAL_OF_A_YEAR_BEFORE_RE.search(
                    context.low, max(0, periods[i].start - 40), periods[i].start) is not None \
                    and any(p.kind in _SPANS_TO_A_POINT and not p.base and p.start >= sentence.start
                            for p in periods[max(0, i - _NEARBY):i]):
                # "Đến cuối tháng 7, … giải ngân vốn đầu tư công năm 2017 là gần 420 tỷ đồng": the year names the
                # capital (the plan of that year); the sentence's time is the span it opened on
                i -= 1
                continue
            if (past_plan_year or plan_year_of_a_target
                    or not periods[i].base and (not periods[i].local or periods[i].plan and is_target
                                                           or context.low[periods[i].end:quantity.start].strip() == "(")) \
                    and periods[i].end <= quantity.start \
                    and not _inside_an_earlier_item(context.low, sentence.start, periods[i], quantity.start) \
                    and not _own_figure_in_closed_bracket(context.low, periods[i], quantity.start) \
                    and not (_figure_before_in_its_bracket(context.low, periods[i], max(0, periods[i].start - _LOOKBACK))
                             and _closes_before(context.low, periods[i], quantity.start)) \
                    and not _in_a_cause_aside(context.low, periods[i], quantity.start) \
                    and not (_year_in_a_noun_bracket(context.low, periods[i])
                             and _DIGIT_RE.search(context.low, periods[i].end, quantity.start) is not None):
                chosen = periods[i]
                evidence["period"] = "sentence"
                break
            i -= 1
    if chosen is not None and chosen.kind == "now" and evidence.get("period") == "sentence":
        # "Đến tháng 11/2018, toàn tỉnh hiện có 200/264 xã": "now" in a sentence that opens on a month or a day is then
        chosen = _said_earlier_in_the_sentence(periods, starts, sentence, chosen,
                                               lambda mention: mention.kind in _POINTS_NOW_CAN_BE) or chosen
    if chosen is not None and chosen.kind == "this_year" and not context.low.startswith("năm", chosen.start):
        # "năm 2021 …: năng suất lúa cả năm đạt 12,67 tấn/ha": "cả năm" is the whole of the year its sentence names
        # before it, not the article's own year (not a year to come, nor the start of a span: "từ năm 2015")
        chosen = _said_earlier_in_the_sentence(
            periods, starts, sentence, chosen,
            lambda mention: mention.kind == "year"
            and not (context.doc_year is not None and mention.year is not None and mention.year > context.doc_year)
            and not _SINCE_BEFORE_RE.search(context.low, max(0, mention.start - 8), mention.start)) or chosen
    # "Tốc độ tăng … bình quân hằng năm đạt 11,5%" in the targets of "NHIỆM KỲ 2025-2030": an annual average set out in
    # a plan holds over the plan's term, the last one named before it (a heading's term qualifies no figure of its own).
    # (likewise a yearly target of such a plan, "phấn đấu mỗi năm kết nạp từ 80 đảng viên": it holds in every year of
    # the term)
    # (likewise a result said as a yearly average, "bình quân tăng 12%/năm": it holds over the term named before,
    # whatever single year its sentence names for another figure)
    average_rise = unit == "%" and quantity.text.rstrip().endswith("/năm") \
        and _AVERAGE_RISE_BEFORE_RE.search(left, max(0, len(left) - 30)) is not None
    if average_rise and chosen is not None and chosen.kind == "year" and chosen.end <= quantity.start:
        term = _term_before(context, quantity.start)
        if term is not None:
            evidence["period"] = "carried"
            return term
    # (a yearly average said in an earlier item of the sentence, before a ";", is that item's, not a level's or a share's
    # a later item reports: "… bình quân hằng năm đạt 10,66%; tỷ trọng ngành thương mại - dịch vụ chiếm 42%")
    item_start = max(sentence.start, quantity.start - _LOOKBACK)
    if reached and not is_target and measure in ("level", "share"):
        item_start = max(item_start, context.low.rfind(";", item_start, quantity.start) + 1)
    if chosen is None and (_ANNUAL_AVERAGE_RE.search(context.low, item_start, quantity.start)
                           or average_rise
                           or (is_target or _in_ranges(context.future_ranges, quantity.start)
                               or _under_target_heading(context, quantity.start))
                           and (_EACH_YEAR_RE.search(context.low, max(sentence.start, quantity.start - _LOOKBACK), quantity.start)
                                or quantity.text.rstrip().endswith("/năm"))  # ("tăng bình quân 3,2%/năm")
                           # (and the count of the targets a plan sets: "Nghị quyết với 19 chỉ tiêu")
                           or not reached and unit in _cues()["units_of_targets"]
                           # (and of those met, in a sentence on the plan of a term: "Trong 21 chỉ tiêu của Nghị
                           # quyết nhiệm kỳ 2015-2020, có 18/21 chỉ tiêu đạt": over the term)
                           or unit in _cues()["units_of_targets"] and _term_in(context, sentence.start, quantity.start)):
        # ("Trong nhiệm kỳ qua, … tăng trưởng bình quân đạt 7,2%/năm" before the new term's targets: the term past)
        term = (reached and not is_target and _past_term_before(context, quantity.start)) \
            or _term_before(context, quantity.start) or _term_to_horizon(context, quantity.start)
        if term is not None:
            evidence["period"] = "carried"
            return term
    if chosen is None and context.doc_date is not None and context.doc_date.month is not None and measure == "level" \
            and unit in _cues()["meeting_people_units"] \
            and _cues()["meeting_proceedings_re"].search(context.low, sentence.start, quantity.start) is not None:
        # "Đại hội cũng bầu 15 đại biểu đi dự Đại hội cấp trên": counted at the meeting the article reports, on its day
        evidence["period"] = "dateline"
        return str(context.doc_date)
    # Carried from earlier sentences: not a span of years, "now" only within its paragraph, nothing said of the future (a plan's
    # horizon is not the report's period), and a year long past only within its paragraph.
    # ("Hà Nam … giai đoạn 2016-2022, … đạt khoảng 10,4%/năm. Xếp thứ hai là Thái Bình với … 8,7%/năm": a rate
    # per year holds over the span of years said before it, carried like a year)
    yearly_rate = unit == "%" and quantity.text.rstrip().endswith("/năm")
    if chosen is None:
        lowest = max(-1, i - 200)  # look back a bounded number of phrases: linear time on any input
        while i > lowest:
            mention = periods[i]
            # (a plan's year, "Năm 2016 là năm đầu tiên thực hiện …", is carried to the targets set out after it only)
            plans = mention.plan and not reached
            if (plans or not mention.base and not mention.local) \
                    and (mention.kind != "phase" or _span_heading(context.low, mention) or yearly_rate) \
                    and mention.period(flow) \
                    and not _whole_year_of_its_noun(context.low, mention) \
                    and not _year_in_a_noun_bracket(context.low, mention) \
                    and not (mention.end <= sentence.start and _year_of_a_standard(context.low, mention)) \
                    and (mention.kind != "now" or not _newline_between(context, mention.end, sentence.start)
                         and _heads_its_clause(context.low, mention)) \
                    and not (context.low.startswith("sau", mention.start)
                             and _newline_between(context, mention.end, sentence.start)) \
                    and not (mention.end <= sentence.start and _dates_a_later_item(context.low, mention)) \
                    and not (mention.end <= sentence.start and _dates_the_figure_before(context.low, mention)) \
                    and not (mention.end <= sentence.start and _dates_its_sentence_only(context, mention, i)) \
                    and (plans or not reached or not _in_ranges(context.future_ranges, mention.start)) \
                    and not (reached and _after_report_year(context, mention)
                             and not _numbered_heading_of(context.low, mention, sentence.start)) \
                    and not _inside_an_earlier_item(context.low,
                                                    sentence_start_before(context.low, mention.start, _LOOKBACK),
                                                    mention, sentence.start) \
                    and not _own_figure_in_closed_bracket(context.low, mention, quantity.start) \
                    and not (mention.end <= sentence.start and _in_a_closed_aside(context.low, mention, sentence.start)) \
                    and not (mention.end <= sentence.start and _running_total_period(context.low, mention)
                             and not context.low[sentence.start:sentence.start + 20].lstrip().startswith(
                                 _cues()["part_openers"])  # ("Trong đó, …": the total's parts, in its span)
                             and not _frames_what_follows(context.low, mention)
                             and not _OPENS_A_PARAGRAPH_RE.fullmatch(context.low, _line_start(context, mention.start),
                                                                     mention.start)):
                old = context.doc_year is not None and mention.year is not None and mention.year < context.doc_year - 1
                if not old or not _newline_between(context, mention.end, sentence.start):
                    chosen = mention
                    evidence["period"] = "carried"
                    evidence["period_at"] = mention.start
                    break
            i -= 1
    term = _term_of_a_review(context, sentence, quantity, chosen, evidence, flow, unit, reached, is_target)
    if term is not None:
        return term
    # (not a count a dated text's body says the place has: "Toàn huyện có 253 trại …" holds at the text's date)
    has_now = context.doc_date is not None and context.doc_date.day is not None and unit not in MEASURED_UNITS \
        and not (unit or "").count("/") and quantity.start > context.low.find("\n") >= 0 \
        and _HAS_BEFORE_RE.search(left, max(0, len(left) - 20)) is not None
    # (nor a result said after a term the text reviews: "Nhiệm kỳ 2020 - 2025, … Trong nhiệm kỳ, Đảng bộ xã đã kết nạp
    # được 157 đảng viên mới" is the term's, below)
    if chosen is None and not has_now and (context.first_period is None or context.first_period >= quantity.start) \
            and not (reached and not is_target and _term_ending_this_year(context, quantity.start) is not None):
        j = index + 1
        while j < len(periods) and periods[j].start < quantity.end + _AHEAD_REACH:
            mention = periods[j]
            old = context.doc_year is not None and mention.year is not None and mention.year < context.doc_year - 1
            # (not a count of years after an earlier start, "Sau 13 năm triển khai …, thu nhập đạt …": it dates what
            # was reached then, not a figure said before it)
            if mention.start < sentence.end and _another_figure_between(context, quantity.end, mention.start) \
                    and _OF_RIGHT_BEFORE_RE.search(context.low, max(0, mention.start - 8), mention.start) is not None:
                j += 1  # "tăng 6,72%, cao hơn mức tăng 4,84% của quý I/2030": the time of the figure it follows
                continue
            if not mention.base and not old and not _in_ranges(context.future_ranges, mention.start) \
                    and not _after_report_year(context, mention) and not context.low.startswith("sau", mention.start) \
                    and not _figure_before_in_its_bracket(context.low, mention, quantity.end) \
                    and not (not flow and mention.kind == "phase" and mention.start >= sentence.end):
                # (nor, for a stock, a span of years a later sentence names: "Thị xã rộng 412,6 km2, có 98.214 nhân
                # khẩu. Trong 5 năm 2016 - 2020, thị xã đã đầu tư …": the span dates what was done in it, while the
                # area and the population hold at the article's date)
                chosen = mention
                evidence["period"] = "ahead"
                break
            j += 1
    if chosen is not None and chosen.end <= sentence.start and measure in ("growth", "change"):
        chosen = _year_after_its_base_year(context, sentence, quantity, right_clause, periods, index) or chosen
    if chosen is not None:
        period = chosen.period(flow)
        capital_year = _last_years_capital_in_january(context, sentence, chosen, quantity) \
            if flow or is_target or planned else None
        if capital_year is not None and (is_target or planned):
            period = f"{capital_year:04d}"  # (the plan disbursed: "… 3.760.543/5.247.827 triệu đồng" → its year)
        elif capital_year is not None:
            # "tính đến ngày 31/1/2022, giá trị giải ngân vốn đầu tư công năm 2021 của tỉnh là 3.760.543/5.247.827 triệu
            # đồng": a year's capital is disbursed until the end of the next January; what was disbursed of it runs
            # from the start of its year (its plan is of its year, below)
            period = f"{capital_year:04d}-01/{period.split('/')[-1]}"
        if chosen.kind == "year" and flow and reached and not is_target and not planned \
                and _disbursed_of_this_years_capital(context, sentence, quantity, chosen):
            # "đạt tỷ lệ 72,2% giải ngân vốn đầu tư công cả năm 2020" in a text of October: the year names the capital
            # planned; what was disbursed of it so far was disbursed from January to the text's date
            period = f"{chosen.year:04d}-01/{context.doc_date}"
        if chosen.kind == "now" and flow and not is_target and context.doc_date is not None \
                and context.doc_year == context.doc_date.year - 1:
            # "Đến nay, Hà Tĩnh có thêm 19 xã đạt chuẩn" in a review of the year just ended, dated in January: added
            # over the year it reviews, not over the days of January
            period = f"{context.doc_year:04d}"
        if chosen.kind == "phase" and chosen.end <= sentence.start and not is_target \
                and context.doc_year == chosen.year and period and _YEAR_SPAN_RE.fullmatch(period) \
                and (reached or _against_the_year(right_clause, period[:4])) \
                and _held_at_the_terms_end(flow, unit, right_clause, period[:4]) \
                and not _EACH_YEAR_RE.search(context.low, max(sentence.start, quantity.start - _LOOKBACK), quantity.start) \
                and "bình quân" not in context.low[max(0, chosen.start - 12):chosen.start]:
            # "Nhiệm kỳ 2020 - 2025, … Thu nhập bình quân đầu người đạt gần 73 triệu đồng/năm" in a text of 2025: what
            # is held at the end of a term the text reviews holds in its last year (as below, where no term heads it);
            # not a figure said for each year of it, nor under an average over it ("Tính bình quân 5 năm"); likewise a
            # level per year, and a figure compared with the term's first year ("đạt mức 40 triệu đồng/năm, gấp 1,47 lần
            # so với năm 2015")
            period = period[5:]
        if chosen.kind == "since" and not flow and (raised_total or flow_hint is False) and "/" in (period or ""):
            # "Từ đầu năm đến nay, … nâng tổng số doanh nghiệp lên 8.921 doanh nghiệp với tổng vốn …": a running
            # total raised to, and what goes with it, holds now, at the end of that span
            period = period.split("/")[1]
        if chosen.kind in ("months", "quarter", "accumulated") and not flow and not _holds_at_end(subject_low) \
                and (unit or "").split("/")[0] not in _cues()["end_point_units"] \
                and not held_state \
                and not (unit not in MEASURED_UNITS and _A_PLACE_HAS_BEFORE_RE.search(left, max(0, len(left) - 50))) \
                and not (raised_total and flow_hint is None) \
                and not _TO_END_BEFORE_RE.search(context.low, max(0, chosen.start - 12), chosen.start):
            # ("đến cuối quý I, có 37/76 xã đạt chuẩn": a stock said at the span's end holds there, whatever it is;
            # so does a count of what a place has: "Trong 6 tháng đầu năm, … Thị trấn có 1.655 hộ kinh doanh"; not
            # "Tính chung 10 tháng qua, có 91.143 lao động ra nước ngoài làm việc", those who went over the span)
            period = chosen.flow  # only what plainly holds at a time (a herd, a rate) is read at an N-month span's end
        if chosen.kind == "month" and chosen.start < sentence.start and period \
                and _season_named_before(context.low, quantity.start):
            # "Tình hình kinh tế - xã hội tháng 11 năm 2023 … Vụ mùa: … năng suất lúa vụ mùa ước đạt 61,0 tạ/ha": a
            # season's harvest is of its year, not of the month a monthly report is about (in a report of the months
            # from January, which hold the season, the span stays: annotators differ there, the spec is silent)
            period = period[:4]
            evidence["period"] = "carried"
        if chosen.end <= quantity.start and chosen.kind in ("year", "this_year") and period \
                and _UP_DOWN_TO_RE.match(right_clause) and _TU_END_RE.search(left, max(0, len(left) - 20)):
            period = year_earlier(period)  # "tăng từ 1,76% lên 2,04%": the first figure is the year before
        elif chosen.end <= quantity.start and period and _YEAR_SPAN_RE.fullmatch(period) \
                and _UP_DOWN_TO_RE.match(right_clause) and _TU_END_RE.search(left, max(0, len(left) - 20)):
            period = period[:4]  # "Sau 10 năm (2014-2024), … tăng từ 18 triệu đồng lên …": the span's first year
        elif chosen.end <= quantity.start and period and _YEAR_SPAN_RE.fullmatch(period) \
                and _TO_AFTER_FROM_FIGURE_RE.search(context.low, max(sentence.start, quantity.start - 60), quantity.start):
            period = period[5:]  # "… lên 62 triệu đồng/người/năm": the span's last year
        elif chosen.end <= quantity.start and chosen.kind in ("now", "to_day", "to_month", "month") and period \
                and _UP_DOWN_TO_RE.match(right_clause) and _TU_END_RE.search(left, max(0, len(left) - 20)):
            # "Đến nay, … giảm từ 70% xuống còn 48,21%": the first figure held at some earlier time the text does not
            # tell (not the date the second one holds at)
            period = None
            evidence["period"] = "none"
    # "Nhiệm kỳ 2020-2025, xã đạt được nhiều kết quả …: đào tạo nghề cho 932 người, …" in a text of 2025: a result the
    # text gives no time for, in the year a term it reviews ends, is the term's (what was done over it; what is held,
    # at its end)
    elif not is_target and (term := _term_ending_this_year(context, quantity.start)) is not None \
            and (reached or _against_the_year(right_clause, term[:4])):
        # (its last year for what is held at its end, _held_at_the_terms_end; but what is said of each year of it holds
        # over it all: "Hàng năm có 95% tổng số đảng viên được xếp loại …")
        # (of its own item: "… bình quân hằng năm đạt 10,2%; tỷ trọng ngành dịch vụ chiếm 45%" holds at the end)
        item_start = max(sentence.start, quantity.start - _LOOKBACK)
        item_start = max(item_start, context.low.rfind(";", item_start, quantity.start) + 1)
        # ("Hàng năm có 95% …; 85% tổ chức cơ sở …": said at the head of the sentence, of every item)
        sentence_left = context.low[sentence.start:quantity.start]
        head = sentence.start + len(sentence_left) - len(sentence_left.lstrip())
        each_year = _EACH_YEAR_RE.search(context.low, item_start, quantity.start) or _EACH_YEAR_RE.match(context.low, head)
        period = term if each_year or not _held_at_the_terms_end(flow, unit, right_clause, term[:4]) else term[5:]
        evidence["period"] = "carried"
    # A stock the text gives no time for holds at the article's date, known to the day or only to the month ("toàn
    # tỉnh hiện có 533 trường …" then "Bậc tiểu học có 194 trường" in an article of March 2024: 2024-03).
    elif context.doc_date is not None and context.doc_date.month is not None and not flow and measure in ("level", "share") \
            and not (unit or "").endswith("/year"):  # "28 triệu đồng/người/năm" holds for a year, not a day
        period = str(context.doc_date)
        evidence["period"] = "dateline"
    elif flow and reached and not is_target and not planned and context.doc_date is not None \
            and any(_disbursed_of_this_years_capital(context, sentence, quantity, mention)
                    for mention in context.periods[bisect.bisect_left(context.period_starts, sentence.start):
                                                   bisect.bisect_left(context.period_starts, quantity.start)]):
        # ("giải ngân vốn kế hoạch năm 2025 là 9.276,11 tỷ đồng" in a text of August, the capital's year being the
        # plan's and dating nothing: as above)
        period = f"{context.doc_date.year:04d}-01/{context.doc_date}"
        evidence["period"] = "dateline"
    elif context.doc_year is not None and (context.doc_date is not None or _title_names_year(context)):
        # (an undated text's year, guessed from the years it names for other figures, is not the time of a figure
        # that names none: "Đến nay, huyện có 14/14 xã …" in a text without a date holds at a time it does not tell)
        period = f"{context.doc_year:04d}"
        evidence["period"] = "year"
    else:
        period = None
        evidence["period"] = "none"
    if base_value:
        period = year_earlier(period)
    if is_target:
        period = year_of_period(period)
    return period


def _said_earlier_in_the_sentence(periods, starts, sentence, chosen, fits):
    """The last time of the figure's own kind (`fits`) said in the sentence before `chosen`, the figure's own (not a
    base, nor a "from" figure's), or None."""
    k = bisect.bisect_left(starts, chosen.start) - 1
    while k >= 0 and periods[k].start >= sentence.start:
        if not periods[k].base and not periods[k].local and fits(periods[k]):
            return periods[k]
        k -= 1
    return None


def _disbursed_of_this_years_capital(context, sentence, quantity, mention):
    """The figure is disbursed of the capital of the year `mention` names, the year of the text's date (known to the
    month): a year right after a capital noun, and "giải ngân" said before the figure in its sentence."""
    return mention.kind == "year" and context.doc_date is not None and context.doc_date.month is not None \
        and context.doc_date.year == mention.year \
        and _CAPITAL_OF_A_YEAR_BEFORE_RE.search(context.low, max(0, mention.start - 40), mention.start) is not None \
        and _cues()["against_plan_words_re"].search(context.low, max(sentence.start, quantity.start - _LOOKBACK),
                                         max(quantity.start, mention.start)) is not None


def _last_years_capital_in_january(context, sentence, chosen, quantity):
    """The year of the capital disbursed, when the figure's time is a day or the end of January and its sentence
    names the capital of the year before ("vốn đầu tư công năm 2021"), else None."""
    if chosen.kind not in ("to_day", "to_month", "to_day_no_year") or chosen.year is None:
        return None
    if _TO_JANUARY_RE.fullmatch(chosen.flow or "") is None:
        return None
    for mention in context.periods[bisect.bisect_left(context.period_starts, sentence.start):]:
        if mention.start >= quantity.start:
            break
        if mention.kind == "year" and mention.year == chosen.year - 1 and _CAPITAL_OF_A_YEAR_BEFORE_RE.search(
                context.low, max(0, mention.start - 40), mention.start) is not None:
            return mention.year
    return None


# (not the count's own rate of change: "có 8.958 doanh nghiệp với tỷ lệ tăng nhiều nhất là 30,6%")
_GROUP_BY_A_RATE_AFTER_RE = re.compile(r"[^\d,.;:()]{0,20}?\s(?:có\s+)?(?:tỷ|tỉ)\s+lệ(?!\w)(?!\s+(?:tăng|giảm)(?!\w))")


# (not a rise of the count itself: "khách quốc tế đạt 222 nghìn lượt, tăng hơn 37%")
_GROUP_BY_A_BOUND_AFTER_RE = re.compile(r"(?:/[^.;:()]{0,30}?)?[^\d.;:()]{0,40}?\s(?<!tăng\s)(?<!giảm\s)(?:đạt\s+)?"
                                        r"(?:trên|dưới|từ|hơn)\s+"
                                        r"(?:\d[\d,.]*\s*%|mức\s+(?:trung\s+bình|bình\s+quân))")


_A_PLACE_HAS_BEFORE_RE = re.compile(r"(?<!\w)(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)(?:\s+[^\W\d]+){0,3}?"
                                    r"\s+(?:đã\s+|hiện\s+)?có\s*(?:trên|hơn|gần|khoảng)?\s*$", re.IGNORECASE)
_POINTS_NOW_CAN_BE = frozenset({"to_day", "to_month", "to_day_no_year", "month", "month_no_year"})
_LEFT_BEFORE_RE = re.compile(r"(?<!\w)còn(?:\s+lại)?(?:\s+(?:gần|hơn|trên|khoảng))?\s*$")
_NOT_YET_AFTER_RE = re.compile(r"[^\d,.;:()]{0,30}?(?<!\w)chưa(?!\w)")
_STATUS_RE = re.compile(r"(?<!\w)(?:đã\s+)?(?:được\s+)?công nhận(?:\s+(?:đạt chuẩn|hoàn thành))?(?!\w)")
_FLOW_OF_STATUS_RE = re.compile(r"(?<!\w)(?:thêm|mới được|công nhận mới|trong năm|trong kỳ|tăng)(?!\w)")
_WORD_BEFORE_RE = re.compile(r"([^\W\d_]+)\s+$")
_YEAR_FRAME_WORDS = frozenset(("ước", "tính", "trong", "hiện", "đạt", "hoạch", "kiến", "chung", "riêng", "thực", "của",
                               "toàn", "nay", "năm"))
_SEASON_REACH = 600  # characters back, within the paragraph, from a figure to the season it is of


def _year_after_its_base_year(context, sentence, quantity, right_clause, periods, index):
    """"Với GRDP tăng 20,7% so với năm 2021, Khánh Hòa là tỉnh có tốc độ tăng GRDP cao nhất cả nước trong năm 2022": a
    rise against a whole year its sentence then names the year after is of that year (not of a time carried from
    before the sentence); None where the sentence does not name it."""
    base = _WHOLE_YEAR_BASE_RE.match(right_clause)
    if base is None:
        return None
    for mention in periods[index + 1:index + 1 + _NEARBY]:
        if mention.start >= sentence.end:
            break
        # (a year a record is set in counts: "cao nhất cả nước trong năm 2022"; not one compared with)
        if mention.start > quantity.end and mention.kind == "year" and mention.year == int(base.group(1)) + 1 \
                and not _COMPARED_WITH_BEFORE_RE.search(context.low, max(0, mention.start - 12), mention.start):
            return mention
    return None


_WHOLE_YEAR_BASE_RE = re.compile(r"\s*so\s+(?:với\s+)?(?:cả\s+)?năm\s+((?:19|20)\d\d)(?!\d)")
_OF_RIGHT_BEFORE_RE = re.compile(r"(?<!\w)(?:của|so\s+với|so)\s+$")


def _another_figure_between(context, start, end):
    index = bisect.bisect_left(context.figure_starts, start)
    return index < len(context.figure_starts) and context.figure_starts[index] < end


def _season_named_before(low, position):
    """A crop season is named in the paragraph before `position` (not only as what a figure is compared with: "so
    với vụ mùa năm 2016")."""
    start = max(low.rfind("\n", max(0, position - _SEASON_REACH), position) + 1, position - _SEASON_REACH)
    if "vụ" not in low[start:position] and "lúa" not in low[start:position]:
        return False
    return any(_COMPARED_WITH_BEFORE_RE.search(low, max(0, match.start() - 10), match.start()) is None
               for match in _named_season_re().finditer(low, start, position))


def _year_of_a_standard(low, mention):
    """"huyện Nam Đàn, Duy Tiên đạt chuẩn nông thôn mới năm 2017. ¶ Huyện Nam Đàn có 23/23 xã …": the year a standard
    was reached names the recognition, not the time of the figures said after it."""
    return mention.kind == "year" and _STANDARD_BEFORE_RE.search(low, max(0, mention.start - 60), mention.start) is not None


_STANDARD_BEFORE_RE = re.compile(r"(?<!\w)đạt\s+chuẩn(?:\s+[^\W\d]+){0,6}?\s+$")


def _whole_year_of_its_noun(low, mention):
    """"Năng suất lúa cả năm ước đạt 54 tạ/ha": "cả năm" right after a noun says which figure (the whole year's crop),
    not the time of the sentences after it in an N-month report."""
    if low[mention.start:mention.end] != "cả năm":
        return False
    word = _WORD_BEFORE_RE.search(low, max(0, mention.start - 20), mention.start)
    return word is not None and word.group(1) not in _YEAR_FRAME_WORDS


_ITEM_HEAD_RE = re.compile(r"[\s\-–+*•]*$")
_ANNUAL_AVERAGE_RE = re.compile(r"(?<!\w)bình quân\s+(?:(?:hàng|hằng|mỗi)\s+năm|(?:của\s+)?(?:cả|toàn)\s+(?:nhiệm kỳ|giai đoạn|thời kỳ))(?!\w)")


def _span_heading(low, mention):
    """A span of years that is a heading line of its own ("Tính bình quân 5 năm", "Giai đoạn 2016 - 2020"): it frames
    the lines below it (unlike a span that qualifies a noun inside a sentence)."""
    line_start = low.rfind("\n", 0, mention.start) + 1
    line_end = low.find("\n", mention.end)
    line_end = len(low) if line_end < 0 else line_end
    if line_end - line_start > mention.end - mention.start + _SPAN_HEADING_SLACK:
        return False
    rest = low[line_start:mention.start] + low[mention.end:line_end]
    return not any(ch.isdigit() for ch in rest) and ":" not in rest


_SPAN_HEADING_SLACK = 16  # characters a span heading may hold besides its span ("Tính bình quân", "Giai đoạn")


def _term_of_a_review(context: _Context, sentence: Span, quantity: Quantity, chosen: Any, evidence: dict, flow: bool,
                      unit: str, reached: bool, is_target: bool) -> str | None:
    """The term a congress's or council's review frames a figure in (its results over the term just ended, the targets
    of the term it sets), or None: the time chosen otherwise stands."""
    if chosen is not None and context.doc_year is not None and _PAST_TERM_RE.fullmatch(context.low, chosen.start, chosen.end) \
            and (_says(context, "nhiệm kỳ") or _says(context, "đại hội")) and reached and not is_target:
        # "Trong 5 năm, nhân dân đã cải tạo được 61ha …" in a congress's review: the five years are the term just
        # ended, as "5 năm qua" is (periods.yaml past_terms), not the five calendar years up to this one; what was
        # done in them is summed over them (a rate holds at their end)
        ended = _term_ending(context.doc_year)
        return ended if flow or unit != "%" else ended[5:]
    # "Đại hội … nhiệm kỳ 2025-2030 … Đại hội đề ra 24 chỉ tiêu, trong đó đến năm 2030 GRDP đạt …": the targets a plan
    # sets are counted over its term, not at the horizon its goals are said for (the term's last year)
    if chosen is not None and not reached and unit in _cues()["units_of_targets"] and chosen.year is not None \
            and (plan_term := _term_before(context, quantity.start)) is not None and plan_term.endswith(f"/{chosen.year}") \
            and chosen.period(flow) == str(chosen.year):
        return plan_term
    # "… diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020 … Trong nhiệm kỳ qua, … thu ngân sách 45.799 tỷ đồng": a
    # result said after the term just ended is named, later than the time carried, is the term's (what was done over
    # it; what is held, at its end), not the meeting's date's
    if chosen is not None and evidence.get("period") == "carried" and reached and not is_target \
            and _last_match_in(_PAST_TERM_RE, context.low, max(chosen.end, sentence.start), quantity.start) is not None \
            and (past := _past_term_before(context, quantity.start)) is not None:
        return past if flow else past[5:]
    return None


def _term_ending(year: int) -> str:
    """The term of office (five years) that ends in `year`, as a period: "2020/2025"."""
    return f"{year - _TERM_YEARS:04d}/{year:04d}"


def _term_in(context, start, end):
    """A plan term ("nhiệm kỳ 2016 - 2020") is named within low[start:end]."""
    _term_before(context, end)  # (finds the text's terms once)
    index = bisect.bisect_left(context.terms, (end,)) - 1
    return index >= 0 and context.terms[index][0] >= start


def _term_ending_this_year(context, position):
    """The term of office ("nhiệm kỳ 2020 - 2025") named last before `position` whose last year is the dated text's
    own year (a congress that reviews it), or None."""
    if context.doc_date is None or not _says(context, "nhiệm kỳ"):
        return None
    past = _past_term_before(context, position)
    if past is not None:
        return past
    terms = _terms(context)
    index = bisect.bisect_left(terms, (position,)) - 1
    while index >= 0 and position - terms[index][0] <= _TERM_REACH:
        start, term = terms[index]
        if context.low.startswith("nhiệm kỳ", start) and int(term[5:]) == context.doc_date.year \
                and _YEAR_OF_A_TERM_BEFORE_RE.search(context.low, max(0, start - _TERM_NAMED_REACH), start) is None:
            return term
        index -= 1
    return None


_PAST_TERM_RE = re.compile(r"(?<!\w)(?:" + phrases_re(table("periods")["past_terms"]) + r")(?!\w)(?!\s*(?:19|20)\d\d)")
_TERM_YEARS = 5


def _past_term_before(context, position):
    """"Đảng bộ phường đạt được trong nhiệm kỳ qua. 100% chi bộ …" in a text of 2025: the term just ended, of five years
    (a party's or a council's), where no term is named between it and `position`; else None."""
    if context.doc_date is None or not _says(context, " qua"):
        return None
    past = _last_match_in(_PAST_TERM_RE, context.low, max(0, position - _TERM_REACH), position)
    if past is None or _term_in(context, past.end(), position):  # (a term named after it frames what follows)
        return None
    return _term_ending(context.doc_date.year)


# "Năm 2025 là năm cuối thực hiện Nghị quyết Đại hội Đảng bộ các cấp, nhiệm kỳ 2020-2025": a year said to be the last
# (or first) of a term names the resolution's term; the text reviews that year, not the term
_YEAR_OF_A_TERM_BEFORE_RE = re.compile(r"(?<!\w)là\s+năm\s+(?:cuối|đầu|thứ\s+\w+|bản\s+lề)(?!\w)[^.;\n]*$")
_TERM_NAMED_REACH = 120


def _term_to_horizon(context, position):
    """A plan that names no term ("Đại hội thông qua Nghị quyết … tăng bình quân 3,2%/năm; … Phấn đấu đến năm 2020,
    …"): its yearly targets hold from the year it is set out (the document's) to the horizon it names next."""
    if context.doc_year is None:
        return None
    match = _HORIZON_RE.search(context.low, position, position + _HORIZON_REACH)
    if match is None or not context.doc_year < int(match.group(1)) <= context.doc_year + _HORIZON_YEARS:
        return None
    return f"{context.doc_year:04d}/{match.group(1)}"


_CLAUSE_HEAD_RE = re.compile(r"[\s\-–+*•]*(?:[^\W\d]+\s+){0,3}$")
_NOUN_BRACKET_BEFORE_RE = re.compile(r"[^\W\d]\s*\(\s*(?:năm\s+)?$")
_BRACKET_CLOSE_RE = re.compile(r"\s*\)")


def _year_in_a_noun_bracket(low, mention):
    """"dân số (năm 2019) là 126.450 người": a year in brackets right after a noun dates the figure of that noun
    only, not a figure said before it nor those after it."""
    return mention.kind == "year" and _BRACKET_CLOSE_RE.match(low, mention.end) is not None \
        and _NOUN_BRACKET_BEFORE_RE.search(low, max(0, mention.start - 12), mention.start) is not None


def _heads_its_clause(low, mention):
    """"Đến nay, …", "Tính đến nay …", "…; hiện nay …": a time said at the head of its sentence or item frames what
    follows; one said inside a clause, right before its figure ("nâng độ che phủ rừng hiện nay 56%"), is that
    figure's own and frames no later sentence."""
    start = min(mention.start, max(sentence_start_before(low, mention.start, _LOOKBACK),
                                   low.rfind(";", max(0, mention.start - _LOOKBACK), mention.start) + 1))
    return _CLAUSE_HEAD_RE.fullmatch(low, start, mention.start) is not None


def _bracket_open_at(low, position, since):
    """Where the bracket still open at `position` opened, looked for back to `since`; -1 if none is open there."""
    opening = low.rfind("(", since, position)
    return opening if opening >= 0 and low.find(")", opening, position) < 0 else -1


def _closes_before(low, mention, position):
    """The bracket the time `mention` is in closes before `position` (looked for a bounded way)."""
    return low.find(")", mention.end, min(position, mention.end + _LOOKBACK)) >= 0


def _own_figure_in_closed_bracket(low, mention, position):
    """A time inside a bracket closed before `position` and followed by its own figure ("tăng 10,55% (6 tháng tăng
    11,29%, quý III tăng 9,09%), trong đó: …") dates that figure only: it reaches neither out of the bracket nor past
    it. (A bracket that only dates what precedes it, "(từ 01/01 đến 15/12/2022)", is not one.)"""
    return _FIGURE_AFTER_VERB_RE.match(low, mention.end) is not None and _closes_before(low, mention, position) \
        and _bracket_open_at(low, mention.start, max(0, mention.start - _LOOKBACK)) >= 0


def _figure_before_in_its_bracket(low, mention, since):
    """The time `mention` is inside a bracket (opened after `since`) that holds a figure before it ("có 33 xã đạt chuẩn
    (có 7 xã đang trình hồ sơ, công nhận trong năm 2022), trong đó có 9 xã …"): it dates that figure, not the ones
    before or after the bracket."""
    opening = _bracket_open_at(low, mention.start, since)
    return opening >= 0 and _DIGIT_RE.search(low, opening, mention.start) is not None


def _in_a_closed_aside(low, mention, position):
    """A time inside a bracket that closes before `position` ("… tăng thêm 3 tỷ USD (dự án được cấp phép năm 2014
    với …)") is said in an aside: it dates what the aside tells, not the sentences after it."""
    if _bracket_open_at(low, mention.start, max(0, mention.start - _LOOKBACK)) < 0:
        return False
    # (a bracket left open at its paragraph's end closes there)
    reach = min(position, mention.end + _LOOKBACK * 2)
    close = low.find(")", mention.end, reach)
    newline = low.find("\n", mention.end, reach)
    return close >= 0 or newline >= 0


def _in_a_cause_aside(low, mention, position):
    """"… tăng từ 2,33% (nhóm giáo dục, do điều chỉnh học phí từ quý III, quý IV năm 2022) đến 5,69%": a time inside a
    bracket that gives a cause, closed before `position`, dates the cause, not the figures after the bracket."""
    if not _in_a_closed_aside(low, mention, position) \
            or low.find(")", mention.end, min(position, mention.end + _LOOKBACK * 2)) < 0:
        return False
    opening = low.rfind("(", max(0, mention.start - _LOOKBACK), mention.start)
    return _CAUSE_WORD_RE.search(low, opening, mention.start) is not None


def _dates_a_later_item(low, mention):
    """"…là 318 ha; Đến nay đã có 6/9 huyện …": a "now" or a "tính đến ngày D" said after a `;` of its sentence
    dates the running totals and stocks of that item (and the rest of its sentence), not the sentences after it,
    which go back to the time the report is about."""
    if mention.kind not in ("now", "to_day"):
        return False
    return low.rfind(";", sentence_start_before(low, mention.start, _LOOKBACK), mention.start) >= 0


# a figure, then "của" (and "cùng kỳ"): "cao hơn mức tăng 2,71% của 9 tháng năm 2019"
_FIGURE_OF_BEFORE_RE = re.compile(r"\d\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+)?)?\s+của\s+(?:cùng\s+kỳ\s+)?$")


def _dates_the_figure_before(low, mention):
    """"GRDP tăng 6,42%, cao hơn mức tăng 2,71% của 9 tháng năm 2019. Trong đó, khu vực … tăng 3,18%": a time
    tied by "của" to the figure right before it is that figure's own (an earlier period it is compared with); the
    sentences after it go back to the time the report is about."""
    return _FIGURE_OF_BEFORE_RE.search(low, max(0, mention.start - 30), mention.start) is not None


# "Lũy kế đến nay, trên địa bàn tỉnh có …. Có 3.089 dự án …": a running total opening its paragraph frames all of it
_OPENS_A_PARAGRAPH_RE = re.compile(rf"[\s\-–+*•]*(?:tính\s+)?{_RUNNING_TOTAL}\s*")


def _running_total_period(low, mention):
    """"lũy kế", "lũy kế quý I": the span of a running total said after a month's figure ("tháng 3 tăng 9,7%, lũy
    kế quý I tăng 12,7%") is that total's own; the next sentence goes back to the month reported on."""
    return mention.kind == "accumulated" or _RUNNING_TOTAL_BEFORE_RE.search(low, max(0, mention.start - 10),
                                                                            mention.start) is not None


def _title_names_year(context):
    """Whether the first line (a headline) names the year the text reports on."""
    end = context.low.find("\n", 0, _HEADLINE_CHARS)
    return end > 0 and f"{context.doc_year:04d}" in context.low[:end]


def _dates_its_sentence_only(context, mention, index):
    """A time said inside a sentence dates the figures of that sentence; the sentences after it are read in the span
    the report named before it, not in this time:
    - a day ("… Kinh tế tiếp tục phục hồi, tính đến ngày 30/6/2024 tổng thu ngân sách đạt …. Tổng chi ngân sách là
      …"), unless it opens its sentence ("Tính đến ngày 15/9/2020, tổng số công trình …") or is the first time the
      text names;
    - a year, in a report on part of it ("Trong 6 tháng đầu năm 2024, … Toàn huyện có 8 sản phẩm đăng ký OCOP trong
      năm 2024. Tổng giá trị sản xuất … ước đạt 466 tỷ đồng"), unless it opens its sentence or heads the lines after
      it ("II. ƯỚC THỰC HIỆN CẢ NĂM 2023");
    - a school year in the cause given for a figure ("… tăng 31,53% do các trường học áp dụng mức tăng học phí trong
      năm học 2023-2024");
    - a month said inside a sentence, in a report on the months from January ("… Chỉ số sản xuất công nghiệp tháng
      10 tăng 13,9%. Tổng mức bán lẻ … đạt …": the ten months again)."""
    start = sentence_start_before(context.low, mention.start, _LOOKBACK)
    if mention.kind in ("to_day", "to_day_no_year"):
        # (nor a day in a sentence that announces a list: "Tỷ lệ giải ngân của các đơn vị đến hết ngày 16/11/2023, gồm:
        # - Có 09 đơn vị …" dates its items)
        return context.first_period is not None and context.first_period < mention.start \
            and _DAY_FRAME_OPENING_RE.fullmatch(context.low, start, mention.start) is None \
            and not _introduces_a_list(context.low, mention.end)
    if mention.kind == "school_year":
        return _CAUSE_WORD_RE.search(context.low, start, mention.start) is not None
    if mention.kind == "month" and mention.year is not None \
            and _MONTH_OPENING_RE.fullmatch(context.low, start, mention.start) is None \
            and not _introduces_a_list(context.low, mention.end):
        # (a month said inside a sentence of a report on the months from January: "10 tháng đầu năm 2025, … Chỉ số
        # sản xuất công nghiệp tháng 10 tăng 13,9%. Tổng mức bán lẻ … đạt …" is the ten months again)
        return any(earlier.kind in ("months", "quarter") and earlier.year == mention.year and not earlier.base
                   for earlier in context.periods[max(0, index - _NEARBY + 1):index])
    if mention.kind in ("year", "phase") and _opens_an_item(context.low, start, mention) \
            and any(earlier.kind in ("year", "phase") and earlier.start >= start and _opens_an_item(context.low, start, earlier)
                    for earlier in context.periods[max(0, index - _NEARBY + 1):index]):
        # "… giai đoạn 2010 - 2015 có 44 xã; giai đoạn 2016 - 2020 có 57 xã; năm 2021 có 6 xã. Bên cạnh đó, còn 4 xã …":
        # the times of a breakdown by time date their own items only
        return True
    if mention.kind != "year" or mention.year is None:
        return False
    opening = context.low[start:mention.start]
    # (the rest of its sentence, looked at a bounded way: linear time on one long line)
    end = context.low.find("\n", mention.end, mention.end + _LOOKBACK)
    rest = context.low[mention.end:end if end >= 0 else mention.end + _LOOKBACK]
    if not any(ch.isdigit() for ch in opening) and not any(ch.isdigit() for ch in rest.split(". ")[0]):
        return False  # (a heading, no figure of its own, frames what follows)
    if _YEAR_OPENING_RE.fullmatch(opening):
        return False
    # (or a year before that part: "6 tháng đầu năm 2024, … có thêm 3 xã …, xã Thọ Vực đạt chuẩn NTM kiểu mẫu năm 2023.
    # Giá trị sản xuất công nghiệp tăng 14,8%": the first half of 2024 again)
    return any(earlier.kind in ("months", "quarter") and earlier.year is not None and earlier.year >= mention.year
               and not earlier.base for earlier in context.periods[max(0, index - _NEARBY + 1):index])


_ITEM_BREAK_RE = re.compile(r"[;:\n]")
_TIME_HEAD_RE = re.compile(r"(?<!\w)(?:trong\s+)?(?:giai\s+đoạn|thời\s+kỳ|năm)\s*$")


def _opens_an_item(low, sentence_start, mention):
    """The time opens its item: nothing but blanks or a list mark between it and the sentence's start or the last
    ";", ":" or line end before it."""
    before = low[sentence_start:mention.start]
    breaks = [m.end() for m in _ITEM_BREAK_RE.finditer(before)]
    item = _TIME_HEAD_RE.sub("", before[breaks[-1] if breaks else 0:])
    return not item.strip(" \t-–+*•,")


# what may open a sentence before the time that frames it ("Tính đến ngày …", "Từ đầu năm đến ngày 25/1, …";
# "Trong cả năm 2022, …")
# (after the source of the figures, set off by a comma: "Theo Cục Thống kê, tháng 4/2024, …", "Tính toán từ số liệu của
# Tổng cục Hải quan, tháng 4/2024, …": the time still opens its clause)
_SOURCE_OPENING = (r"(?:(?:" + "|".join(re.escape(w) for w in longest_first(table("cues")["source_openers"]))
                   + r")\s+[^,.;:\n\d]{1,80},\s*)?")


_DAY_FRAME_OPENING_RE = re.compile(r"[\s\-–+*•]*" + _SOURCE_OPENING
                                   + r"(?:tính\s+)?(?:từ\s+đầu\s+năm(?:\s+(?:nay|(?:19|20)\d\d))?\s*)?")
_SENTENCE_OR_LIST_END_RE = re.compile(r"[.:;!?\n]")


def _introduces_a_list(low, position):
    """The sentence going on at `position` ends on a colon: it announces the items after it ("Trong mức tăng 0,96% của
    CPI tháng 11/2019 so với tháng trước có 9/11 nhóm hàng tăng: …"), which its time frames."""
    end = _SENTENCE_OR_LIST_END_RE.search(low, position, position + _LEAD_IN_REACH)  # (bounded: linear time)
    return end is not None and low[end.start()] == ":"


_LEAD_IN_REACH = 400  # characters from a time to the colon of the list its sentence announces
_MONTH_OPENING_RE = re.compile(r"[\s\-–+*•]*" + _SOURCE_OPENING + r"(?:(?:tính|trong|riêng|chung|đến|tới|hết|vào|cuối|đầu)\s+){0,3}")
_YEAR_OPENING_RE = re.compile(r"[\s\-–+*•]*" + _SOURCE_OPENING + r"(?:trong\s+)?(?:tính\s+chung\s+)?(?:cả\s+)?")


def _frames_what_follows(low, mention):
    """"Lũy kế 8 tháng năm 2024, Bình Dương … xuống vị trí thứ ba. Thái Nguyên … đạt 21,36 tỷ USD": a span that opens
    a sentence holding no figure of its own frames the sentences after it (a league table's period)."""
    start = sentence_start_before(low, mention.start, _LOOKBACK)
    opening = low[start:mention.start]
    if len(opening) > 20 or any(ch.isdigit() for ch in opening):
        return False
    end = low.find("\n", mention.end, mention.end + _LOOKBACK)
    stop = low.find(". ", mention.end, end if end >= 0 else mention.end + _LOOKBACK)
    end = stop if stop >= 0 else end
    return end >= 0 and not any(ch.isdigit() for ch in low[mention.end:end])


def _inside_an_earlier_item(low, sentence_start, mention, position):
    """A period said after the subject of a later item of a list joined by `;` ("…; tổng đàn lợn tại thời điểm
    1/4/2016 là 794 nghìn con; sản lượng thịt …") is that item's own: it does not reach past the next `;`. A period
    that heads the sentence or an item ("6 tháng đầu năm, …; …") still covers the items after it."""
    if position - mention.end > _LOOKBACK * 4 or low.find(";", mention.end, position) < 0:
        return False  # (bounded: linear time however long the sentence)
    item_start = low.rfind(";", max(sentence_start, mention.start - _LOOKBACK), mention.start)
    if item_start < 0:
        return False  # the first item: its period heads the list
    return _ITEM_HEAD_RE.match(low, item_start + 1, mention.start) is None


# A numbered section heading standing as a line of its own: "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023"
_NUMBERED_HEADING_RE = re.compile(r"[ \t]*(?:[ivx]{1,4}|\d{1,2})[.)][ \t]*[^\W\d][^\n.;]{0,120}")


def _numbered_heading_of(low, mention, sentence_start):
    """The mention stands in a numbered section heading ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023") whose section holds
    `sentence_start`: the lines under it are that section's items, of the time it names, even a time still to come
    (unlike a title that names the months ahead beside the months reported on)."""
    line_start = low.rfind("\n", 0, mention.start) + 1
    line_end = low.find("\n", mention.end)
    if line_end < 0 or line_end > sentence_start or not _NUMBERED_HEADING_RE.fullmatch(low, line_start, line_end):
        return False
    between = low[line_end:sentence_start]
    return not any(_PART_LINE_RE.match(line) for line in between.split("\n")[1:])


def _after_report_year(context, mention):
    """A year after the one the dated document reports on ("phương hướng, nhiệm vụ năm 2015" in a report of
    December 2014) is a plan's year: said in another sentence, it is not the period of the figures that follow.
    So is a span that starts in the document's month or later and ends after it ("nhiệm vụ 6 tháng cuối năm 2021"
    in a report of July 2021): the months still to come."""
    if context.doc_date is None or context.doc_year is None or mention.year is None:
        return False
    if mention.year > context.doc_year:
        return True
    if mention.kind not in ("months", "quarter"):
        return False
    date = context.doc_date
    span = mention.flow or ""
    if date.month is None or mention.year != date.year or "/" not in span or not span[:7].count("-"):
        return False
    first, last = span.split("/", 1)
    return first[:7] >= f"{date.year:04d}-{date.month:02d}" and last[:7] > f"{date.year:04d}-{date.month:02d}"


@lru_cache(maxsize=4096)
def _holds_at_end(subject_low):
    """The subject is a stock that an N-month report gives at the span's end: a herd, a rate, the people taking part."""
    return bool(_cues()["end_point_re"].search(subject_low))


def _list_of_a_flow(low, sentence_start, position):
    """`Kết quả gieo trồng vụ đông … như sau: ngô 7.418 ha; lạc 563 ha`: the items of a list whose lead-in (the words
    before the colon that opens it) names an activity are amounts of that activity, each a flow."""
    colon = low.rfind(":", max(sentence_start, position - 400), position)
    return colon >= 0 and _names_a_flow(low[max(sentence_start, colon - 120):colon])
