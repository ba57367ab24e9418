"""The readings of one figure that pipeline.py's `_read_one` puts together: the marks of its sentence (cues,
verbs, brackets: `_SentenceMarks`), the figure in its sentence (`_Figure`), how sure it is (`_modality_said`), whether
it is a target (`_target_figure`), the subject carried to it, its verb and base, the measure of a percent and the
value as meant (spec: shared/spec/claims.md)."""

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .quantities import COUNT_NOUNS
from .reading import (_BASE_BRACKET_END_RE, _BASE_YEAR_RE, _CLOSED_BRACKET_RE, _COMPARED_WITH_RE, _DENIED_BEFORE_RE,
                      _DIGIT_RE, _EACH_YEAR_RE, _GRDP_NAMES, _HIGHER_OR_LOWER, _HIGHER_OR_LOWER_THAN, _LOOKBACK,
                      MEASURED_UNITS, MONEY_UNITS, _MONTH_BASE_RE, _NEARBY, _NOT_A_PROGRAMME_NAME, _OR_MORE_AFTER_RE,
                      _OTHER_PLACE_AFTER_RE, _QUALIFIED_RISE_BEFORE_RE, _RISE_AGAINST_BEFORE_BRACKET_RE, _RUNNING_TOTAL,
                      _SEMICOLON_RE, _SO_VOI_RE, _TARGET_SETTING_VERBS, _WORD_RE, _State, _base_said_in, _cues,
                      _last_match_in, _named_base, _near, _newline_between, _noun_follows, _period_between,
                      _phan_dau_is_effort, _plan_in_bracket, _unit_key, _without_partner)
from .sentences import Span
from .tables import StartsWithWord, phrases_re, table


_PLAIN_VERB_END_RE = re.compile(r"(?<!ước )(?<!\w)(?:đạt|là|có)\s*(?:trên|hơn|gần|khoảng|dưới)?\s*$")
# "được Chính phủ giao", "được đặt ra": a figure set for someone to reach (not one done: "đạt", "vượt" before it)
_TARGET_OWNER_AFTER_RE = re.compile(r"(?:\s+[^\W\d]+){0,4}?\s*(?:\([^()]{0,30}\)\s*)?(?:(?:được|do)\s+(?:[^\s,;.]+\s+){0,4}?(?:giao|đề\s+ra|đặt\s+ra)"
                                    r"|(?:của|theo)\s+(?:nghị\s+quyết|kế\s+hoạch|chỉ\s+thị))(?!\w)")
_ASSIGNED_RE = re.compile(r"(?<!\w)được\s+(?:[^\s,;.]+\s+){0,3}?(?:giao|đặt\s+ra|đề\s+ra)(?!\w)")
_DONE_VERB_RE = re.compile(r"(?<!\w)(?:đạt|vượt|hoàn\s+thành|bằng|thực\s+hiện)(?!\w)")
_RISE_OR_DONE_RE = re.compile(r"(?<!\w)(?:tăng|giảm|đạt|vượt|bằng)(?!\w)")
_LIST_JOIN_RE = re.compile(r"\s*(?:,|;|và|,\s*và)\s*")
_RESPECTIVELY_RE = re.compile(r"\s*lần\s+lượt(?:\s+(?:là|đạt|ở\s+mức|tăng|giảm))?\s*")
# (a time the plan was set between: "theo kế hoạch đề ra đầu năm 2022 là 8,42%")
_TARGET_IS_RE = re.compile(r"\s*(?:(?:đề|đặt)\s+ra\s+|giao\s+)?(?:(?:từ\s+)?(?:(?:đầu|cuối)\s+)?năm(?:\s+(?:19|20)\d\d)?\s+)?"
                           r"là\s*(?:mức\s+)?(?:trên\s+|dưới\s+|khoảng\s+)?")
_LIST_IS_RE = re.compile(r"(?<!\w)là\s+[^\s]+\s")
# A run of rises after a figure up to a base named after the last (the base is group 1): items split by "," or ";",
# a qualifier before a figure ("tăng hơn 0,7%"), or a structure listed part by part, each share with its shift
# ("dịch vụ chiếm 52,1%, tăng 9,4%; nông nghiệp chiếm 17,7%, giảm 6,9% so với năm 2015").
_BASE_ENDING_A_RUN_RE = re.compile(r"(?:\s*[,;]\s*[^\d,;.:()]{1,40}?\s(?:chiếm\s+\d[\d.,]*\s*%\s*,\s*)?(?:tăng|giảm)\s+"
                                   r"(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.,\s]{0,12}%)+\s*(so\s+(?:với\s+)?[^,;.:()]{3,40})")
_REACHED_IN_BRACKET_RE = re.compile(r"\(\s*đạt(?:\s+(?:gần|hơn|khoảng|trên|xấp xỉ))?\s*$")
_WHERE_AFTER_RISE_RE = re.compile(r"\s+(?:ở|tại)\s+(?:(?:trên|hơn|gần|khoảng|dưới)\s+)?")
_RATE_NOUN_BEFORE_RE = re.compile(r"(?<!\w)tỷ lệ\s+$")
# "vốn FDI tăng nhanh với hơn 3,2 tỷ USD": the rise is said of the amount that follows "với", which is a level
_AMOUNT_WITH_AFTER_RISE_RE = re.compile(r"(?:\s+(?:mạnh|nhanh|khá|cao))?\s+với\s+(?:(?:trên|hơn|gần|khoảng|dưới)\s+)?")
# "vượt chỉ tiêu phấn đấu": the target striven for, a noun, not a verb that sets out what follows
# (but "đặt mục tiêu phấn đấu": setting a goal is a verb, its list is what is strived for)
_TARGET_NOUN_BEFORE_RE = re.compile(r"(?<!\w)(?<!đặt\s)(?<!đề\sra\s)(?:chỉ tiêu|mục tiêu|kế hoạch|nhiệm vụ)\s+$")
_DONE_ALREADY_RE = re.compile(r"(?<!\w)(?:đã|hiện|được công nhận)(?!\w)")
_COMMA_RE = re.compile(r"(?<!\d),|,(?!\d)")  # (not a decimal comma: "ước giảm 5,36% (đạt …)" is one clause)
# "vượt mục tiêu Nghị quyết 0,52%": a base named right after a verb of comparison, before the figure
_EXCEEDS_BEFORE_RE = re.compile(r"(?<!\w)(?:vượt|cao hơn|thấp hơn)(?:\s+\w+){0,2}\s*$")
_RISE_WORD_RE = re.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)")
# "… 83,94% so với dự toán, tăng …": the base said right after a figure, up to the comma that ends its clause
# (also a plan said reached right after a count: "có 23/27 chỉ tiêu đạt và vượt kế hoạch đề ra, nâng mức tăng … lên 6,85%")
_BASE_OF_THE_FIGURE_BEFORE_RE = re.compile(r"\s*(?:so(?:\s+với)?\s|(?:(?:đạt|hoàn thành)(?:\s+và\s+(?:hoàn thành\s+)?vượt)?|vượt)"
                                           r"\s+(?:mức\s+)?(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)(?!\w))[^,;()]*,")
_GRDP_RE = re.compile(rf"(?<!\w)(?:{_GRDP_NAMES})(?!\w)")
_THOUSANDS_COMMA_RE = re.compile(r"\d{1,3},\d{3}$")
_SMALLEST_GRDP = 1e12
# No amount a region of Vietnam reports reaches twice the country's yearly GDP (about 10 triệu tỷ đồng in the 2020s):
# "giá trị sản xuất đạt 27.384 nghìn tỷ đồng" above it used the dot before three digits as a decimal mark
_LARGEST_VND = 2e16
_THOUSANDS_DOT_RE = re.compile(r"\d{1,3}\.\d{3}$")
_A_PART_OF_IT_RE = re.compile(r"(?<!\w)(?:riêng|trong\s+đó|trong\s+số\s+đó)(?!\w)[^;.]*$")
# "Một số tỉnh/thành phố có doanh thu bán lẻ hàng hóa tăng cao như: Bắc Ninh (tăng 19,6%); …": places (or goods), then
# what they have
_PREDICATE_OF_THE_COUNT_BEFORE_RE = re.compile(r"\s*(?:tăng|giảm)(?:\s+giá)?\s*(?:,|và|;)\s*(?:có\s+)?")


def _announced_modality(reaches, position):
    """The modality of the announced list whose reach holds `position` (_announced_lists), or None."""
    index = bisect.bisect_right(reaches, (position, float("inf"), "")) - 1
    return reaches[index][2] if index >= 0 and reaches[index][0] <= position < reaches[index][1] else None


_COUNT_OF_TARGETS_BEFORE_RE = re.compile(r"\d\s*(?:chỉ tiêu|tiêu chí|nhiệm vụ)(?!\w)[^\d;]{0,80}$")


@dataclass(slots=True)
class _Figure:
    """A figure being read and the words around it, as _read_one finds them once: the rules kept out of _read_one
    read them here rather than from a dozen arguments each."""
    quantity: Any
    sentence: Span
    marks: "_SentenceMarks"
    state: _State
    previous: Any  # the figure before it in its sentence (its quantity), or None
    sentence_claims: list  # the claims already read in its sentence
    continues: Any
    left_start: int
    left: str  # the lower-cased words before it in its sentence (a bounded look back, from the figure before it)
    right_clause: str  # the lower-cased words after it, to its clause's end
    clause_cut: int  # where the clause it is in opens within `left` (";", ":", "(" or a done/plan slash), or -1
    left_clause: str  # `left` from that opening
    bracket: bool  # it opens a bracket
    unit: Any
    is_percent: bool
    measured: bool  # a unit of measure (tonnes, hectares, money, per-unit rates), not a count


class _SentenceMarks:
    """Where a sentence's semicolons, commas, `trong đó` and modality cues are, found once: each figure then finds
    the last one before it by bisection, so a long sentence with many figures is still read in linear time.
    (Verbs and bases are looked for in each figure's own short window, which never spans more than its clause.)"""

    def __init__(self, low, sentence, context):
        self.semicolons = [m.start() for m in _SEMICOLON_RE.finditer(low, sentence.start, sentence.end)] \
            if low.find(";", sentence.start, sentence.end) >= 0 else []
        self.commas = [m.start() for m in _COMMA_RE.finditer(low, sentence.start, sentence.end)]
        # where the parts of a total start being listed ("trong đó", "chia ra"): the first such word
        self.trong_do = min((found for found in (low.find(word, sentence.start, sentence.end)
                                                 for word in _cues()["parts_follow"]) if found >= 0), default=-1)
        first_digit = _DIGIT_RE.search(low, sentence.start, sentence.end)
        after_total = _cues()["parts_after_a_total_re"].search(low, first_digit.end(), sentence.end) \
            if first_digit is not None else None
        if after_total is not None and _COUNT_OF_TARGETS_BEFORE_RE.search(low, sentence.start, after_total.start()):
            after_total = None  # "có 03 chỉ tiêu không đạt bao gồm A …; B …": the targets named, each its own statement
        if after_total is not None and (self.trong_do < 0 or after_total.start() < self.trong_do):
            self.trong_do = after_total.start()
        cues = _cues()
        self.cues = [(m.end(), m.start(), m.group(0)) for m in cues["modality_re"].finditer(low, sentence.start, sentence.end)
                     if not _inside_a_place(context, m.start())]  # ("Giao Thủy": no cue)
        if len(self.cues) >= 2:
            # "Dự ước sản lượng thịt hơi tháng 3 sẽ đạt 5.827 tấn": "sẽ" after an estimate in its clause is the tense of
            # the estimate, not a forecast of its own
            self.cues = [cue for index, cue in enumerate(self.cues)
                         if not (cue[2] in cues["still_to_come"] and index
                                 and cues["modality_of"].get(self.cues[index - 1][2]) == "estimate"
                                 and _CLAUSE_MARK_RE.search(low, self.cues[index - 1][0], cue[1]) is None)]
        self.cue_ends = [end for end, _, _ in self.cues]
        self.low = low
        # "Ước quý III năm 2020, …", "ước tính tháng 9-2020, …": a cue that frames the whole sentence with its period
        self.frame_ends_at_own_item = False
        self.frame = next(((start, word) for end, start, word in self.cues if _FRAMING_AFTER_CUE_RE.match(low, end)), None)
        if self.frame is None and self.cues and self.cues[0][2] in _OPENING_ESTIMATE_WORDS \
                and (_SENTENCE_HEAD_RE.fullmatch(low, sentence.start, self.cues[0][1])
                     and not _VERB_AFTER_CUE_RE.match(low, self.cues[0][0])
                     or _PRELIMINARY_SOURCE_RE.fullmatch(low, sentence.start, self.cues[0][1])):
            # "Ước tổng đàn gia súc 212.580 con, …, giá trị … đạt 5,35 tỷ đồng; đàn gia cầm 3,7 triệu con …": "Ước"
            # opening the sentence on a noun announces every item of it as an estimate, whatever verb an item has
            # (so does a source named as preliminary: "Theo thống kê sơ bộ từ Cục Hải quan, … kim ngạch … đạt …")
            # (up to an item after ";" with a subject and a verb of its own, which takes its own words, spec:
            # "Ước tính năng suất đạt 55,1 tạ/ha; sản lượng đạt 3,99 triệu tấn" → the output is actual)
            self.frame = (self.cues[0][1], self.cues[0][2])
            self.frame_ends_at_own_item = True
        if self.frame is None and self.cues and cues["modality_of"].get(self.cues[0][2]) == "expected" \
                and _SENTENCE_HEAD_RE.fullmatch(low, sentence.start, self.cues[0][1]) \
                and _TIME_AFTER_CUE_RE.match(low, self.cues[0][0]):
            # "Dự kiến cuối năm 2025 thu nhập … là 60 triệu đồng, tỷ lệ hộ nghèo là 1%, …": a forecast opening the
            # sentence with its time (no comma needed) announces every item of it (an "Ước 6 tháng …" without its
            # comma is its own clause's estimate: a later item with a verb of its own is actual, spec)
            self.frame = (self.cues[0][1], self.cues[0][2])
        if self.frame is None and self.cues and cues["modality_of"].get(self.cues[0][2]) == "estimate":
            # "Một số sản phẩm ước tính tăng so với cùng kỳ là: A tăng 9%; B tăng 7%": an estimate announcing a list
            # (its colon right after, no figure between) makes every item after the colon an estimate
            colon = low.find(":", self.cues[0][0], min(sentence.end, self.cues[0][0] + _ANNOUNCING_COLON_REACH))
            if colon >= 0 and not any(ch.isdigit() for ch in low[self.cues[0][0]:colon]):
                self.frame = (colon, self.cues[0][2])
        # where the sentence announces a list of targets ("Các chỉ tiêu chủ yếu đề ra là:"), if it does
        self.target_list_end = None
        if ("tiêu" in low[sentence.start:sentence.end] or "nhiệm vụ" in low[sentence.start:sentence.end]) \
                and (low.find(":", sentence.start, sentence.end) >= 0
                                                           or low.find("chủ yếu", sentence.start, sentence.end) >= 0
                                                           or low.find("cụ thể", sentence.start, sentence.end) >= 0
                                                           or low.find("chính", sentence.start, sentence.end) >= 0):
            match = _TARGET_LIST_RE.search(low, sentence.start, sentence.end)
            self.target_list_end = match.end() if match else None
        if self.target_list_end is None and "tiêu" in low[sentence.start:sentence.start + 40]:
            # "Mục tiêu, giảm tỷ lệ hộ nghèo còn 2%; thu nhập đạt …": the sentence opens by naming what follows targets
            match = _TARGET_LIST_HEAD_RE.match(low, sentence.start)
            self.target_list_end = match.end() if match else None

    def last_match(self, name, start, end):
        """The last match of the cue pattern `name` within low[start:end], or None."""
        return _last_match(_cues()[name], self.low[start:end])

    @staticmethod
    def last_before(positions, low_bound, high_bound):
        """The last position p with low_bound <= p < high_bound, or -1."""
        index = bisect.bisect_left(positions, high_bound) - 1
        return positions[index] if index >= 0 and positions[index] >= low_bound else -1

    def last_cue(self, start, end):
        """The last modality cue within low[start:end]: (start, end, word) or None."""
        index = bisect.bisect_right(self.cue_ends, end) - 1
        if index >= 0 and self.cues[index][1] >= start:
            cue_end, cue_start, word = self.cues[index]
            return cue_start, cue_end, word
        return None


# "…; huyện đã xây dựng 3 trường", "…, trồng mới rừng được 46 ha": a subject, then đã/được and the deed
_DONE_CLAUSE_RE = re.compile(r"\s*[^\W\d][^,;:()\d]{0,40}?(?<=\w)\s+(?:đã|được)\s+[^,;:()\d]{0,40}")


@lru_cache(maxsize=None)
def _present_status_clause_re():
    """A clause opening (perhaps after its subject) on what stands now: "hiện có 5 chỉ tiêu đạt …"."""
    return re.compile(r"\s*(?:[^\W\d][^,;:()\d]{0,40}?\s+)?(?:" + phrases_re(table("cues")["present_status_openers"])
                      + r")(?!\w)[^,;:()\d]{0,40}")


def _restart_at_a_done_clause(low, marks, state, figure_start):
    """An estimate reaches the figures of its own clause, not a clause after `;` or `,` with a subject of its own that
    says what was done (`đã`, `được`), or one on what stands now (`hiện có`), and has no cue of its own: that clause is a new statement, `actual` where it
    has no cue (spec: an item with a subject and verb of its own takes its modality from its own words)."""
    cut = max(marks.last_before(marks.semicolons, state.scope_start, figure_start),
              marks.last_before(marks.commas, state.scope_start, figure_start))
    if cut < 0 or marks.last_cue(cut, figure_start) is not None or _strives_before(marks, state.scope_start, cut) \
            or state.modality != "estimate" or _DONE_CLAUSE_RE.fullmatch(low, cut + 1, figure_start) is None \
            and _present_status_clause_re().fullmatch(low, cut + 1, figure_start) is None:
        return False
    state.scope_start = cut + 1
    state.modality = None
    return True


def _base_closing_the_list(low, position, end):
    """"đàn gia cầm đạt …, bằng 98,01%; đàn bò …, bằng 94,79%; đàn trâu 4.143 con, bằng 96,01% so cùng kỳ": ratios listed
    item after item without their base ("bằng N%") take the base that closes the list; None if none does."""
    cues = _cues()
    rest = low[position:end]
    semi = rest.find(";")
    base = cues["base_re"].search(rest, semi) if semi >= 0 else None
    if base is None:
        return None
    basis = cues["base_of"][base.group(0)]
    items = rest[semi + 1:base.start()].split(";")
    if basis == "other" or cues["base_re"].search(rest, 0, semi) is not None \
            or not all("bằng" in item for item in items):
        return None
    return basis


_CLAUSE_MARK_RE = re.compile(r"[,;:()\n]|\.\s")


def _verb_outside_brackets(low: str, start: int, end: int) -> bool:
    """A measure verb in low[start:end] outside its closed brackets: "…; thép 560 triệu USD (tăng 44,6%) và giày, da các
    loại gần 139 triệu USD": the verb in the bracket of the item before starts no item of its own (spec)."""
    return _cues()["verb_re"].search(_CLOSED_BRACKET_RE.sub(" ", low[start:end])) is not None


def _strives_before(marks, start, end):
    """`phấn đấu` (strive to) governs its clause before `end`: what it sets out reaches past a comma ("phấn đấu thêm 7
    xã đạt chuẩn, đồng thời nâng … đạt trên 12 tiêu chí/xã": both targets); an estimate's plain "đạt" does not."""
    cue = marks.last_cue(start, end)
    return cue is not None and cue[2] in _cues()["striving_words"]


def _last_match(pattern, text):
    return pattern.last(text)


_RISE_BY_A_MULTIPLE_RE = re.compile(r"(?<!\w)tăng\s+(?:gấp\s+)?$")


def _value_as_meant(figure, value, value_max, measure, subject_low, text):
    """A figure's value where its separators are plainly misused, as the writer meant it (spec), from its size beside
    what it measures or the amounts of its sentence: (value, value_max)."""
    unit, sentence_claims = figure.unit, figure.sentence_claims
    digits = getattr(figure.quantity, "number_text", "") or ""
    if unit == "VND" and measure == "level" and value < _SMALLEST_GRDP and _GRDP_RE.search(subject_low) \
            and _THOUSANDS_COMMA_RE.match(digits):
        value *= 1000  # "GRDP … 126,484 tỷ đồng": a province's GRDP is never under 1 000 tỷ; the comma groups thousands
    elif unit in MEASURED_UNITS and measure == "level" and value > 0 and _THOUSANDS_COMMA_RE.match(digits) \
            and any(c.unit == unit and c.measure == "level" and 500 <= c.value / value <= 2000 for c in sentence_claims):
        # "đạt 175.785 tỷ đồng, vượt 3,8% so với dự toán 169,420 tỷ": an amount set beside another of its sentence is
        # of its size; the comma groups thousands
        value *= 1000
    if unit == "VND" and value > _LARGEST_VND and _THOUSANDS_DOT_RE.match(digits) \
            and ("nghìn tỷ" in text or "ngàn tỷ" in text):
        value /= 1000  # "4.600 nghìn tỷ đồng" for 4,6 nghìn tỷ
        value_max = value_max / 1000 if value_max is not None else None
    elif measure == "level" and unit in MEASURED_UNITS and _THOUSANDS_DOT_RE.match(digits) \
            and _A_PART_OF_IT_RE.search(figure.left):
        totals = [c for c in sentence_claims if c.unit == unit and c.measure == "level"]
        if totals and all(c.value < value for c in totals) and value / 1000 <= totals[-1].value:
            # "doanh thu ước đạt 195,136 tỷ đồng …, riêng doanh thu từ khách quốc tế là 120.984 tỷ đồng": a part is
            # never above its total; the dot in it is the decimal mark
            value /= 1000
    return value, value_max


def _modality_said(context, figure, scope_start, verb_kind):
    """A figure's modality from the words around it: (modality, how it was decided, the cue carried or None). (Kept
    out of _read_one, whose size mypyc's analysis of it grows with faster than linearly.)"""
    sentence, marks, quantity, state, continues = figure.sentence, figure.marks, figure.quantity, figure.state, \
        figure.continues
    cues = _cues()
    low = context.low
    modality = "actual"
    modality_how = "verb" if verb_kind is not None else "default"
    carried = marks.last_cue(scope_start, quantity.start)
    if carried and carried[2] == "phấn đấu" and _phan_dau_is_effort(low, carried[0]):
        carried = None  # "sự nỗ lực, phấn đấu": the noun, not a target
    if carried and carried[2] == "cuối năm nay" and (context.doc_date is None or _DONE_ALREADY_RE.search(
            low, max(0, carried[0] - 12), min(sentence.end, quantity.end + 40))):
        carried = None  # "đến cuối năm nay đã có 20 xã": done already (or an undated text: no "still to come")
    if carried and cues["modality_of"][carried[2]] == "target" \
            and (_DONE_AFTER_A_CUT_RE.search(low, carried[1], quantity.start) is not None
                 or _DONE_RIGHT_AFTER_RE.match(low, quantity.end) is not None):
        # ("… có thêm 2 xã về đích, đảm bảo bền vững các tiêu chí ở 4 xã đã về đích": the places that have already)
        # "được phân bổ 155.637 triệu đồng cho 37 công trình, đã giải ngân thanh toán 21.900 triệu đồng": a clause that
        # opens on what was done ("đã" and its verb) after the plan's says what happened
        carried = None
    if carried and cues["modality_of"][carried[2]] == "target" \
            and _DENIED_BEFORE_RE.search(low, max(0, carried[0] - 12), carried[0]) is not None:
        carried = None  # "còn 7,36 nghìn tỷ đồng chưa được phân bổ": what has not been allotted, a fact, not a plan
    listed_as = _announced_modality(context.announced_lists, quantity.start) if context.announced_lists else None
    if carried and listed_as is not None and (cues["modality_of"][carried[2]] == "actual"
                                              or listed_as == "estimate" and carried[2] in cues["still_to_come"]):
        # "Ước thực hiện 9 tháng: thu ngân sách 500 tỷ đồng; chi ngân sách đạt 400 tỷ đồng": the verb an item repeats
        # does not undo the estimate its list was announced as (spec); nor does the time still to come of a sentence
        # opened as an estimate ("Ước tính của huyện, đến cuối năm nay, tỷ lệ hộ nghèo giảm còn 1,3%"; "Ước đến hết năm
        # 2024, toàn tỉnh sẽ tạo việc làm cho 62.000 lao động")
        modality, modality_how = listed_as, "announced"
    elif carried:
        modality = cues["modality_of"][carried[2]]
        modality_how = "cue"
        if modality == "estimate" and cues["target_set_before_re"].search(
                low, max(sentence.start, carried[0] - _LOOKBACK), carried[0]) is not None:
            # "Năm 2023, địa phương đặt chỉ tiêu tốc độ tăng trưởng kinh tế (GRDP) ước tăng 8,7%, GRDP bình quân đầu
            # người ước đạt 84,8 triệu đồng": the "ước" of a target the sentence sets is the plan's wording
            modality = "target"
        if modality == "expected" and carried[0] is not None:
            striven = marks.last_cue(sentence.start, carried[0])
            if striven is not None and cues["modality_of"][striven[2]] == "target":
                # "Lào Cai phấn đấu đến cuối ngày 31/12, số thu ngân sách sẽ đạt 12.800 tỷ đồng": the future of a
                # goal the sentence set is the goal
                modality = "target"
    elif (continues or scope_start == sentence.start) and state.modality:
        modality = state.modality
        modality_how = "carried"
    elif marks.frame is not None and marks.frame[0] < quantity.start \
            and not (marks.frame_ends_at_own_item and _own_item_with_a_verb(low, marks.frame[0], quantity.start)):
        carried = (None, marks.frame[0], marks.frame[1])
        modality = cues["modality_of"][marks.frame[1]]
        modality_how = "frame"
    elif context.announced_lists and _announced_modality(context.announced_lists, quantity.start):
        # "Ước thực hiện 6 tháng đầu năm như sau: Tổng giá trị sản xuất đạt …. Thu ngân sách đạt …": a list announced
        # as an estimate before it begins is an estimate in every item, whatever verb each item repeats (likewise a
        # list announced as expected: "Dự kiến cả năm 2023: …")
        modality = _announced_modality(context.announced_lists, quantity.start)
        modality_how = "announced"
    if modality == "actual" and _compares_an_estimate(low, marks, sentence, quantity.start):
        modality, modality_how = "estimate", "carried"
    return modality, modality_how, carried


def _target_figure(context, figure, assigned):
    """Whether a figure is a plan's or a target's own value (is_target), the clause that says so, and a base's value
    or a yardstick said with it. (Kept out of _read_one: see _modality_said.)"""
    cues = _cues()
    quantity, sentence, previous, sentence_claims, unit = figure.quantity, figure.sentence, figure.previous, \
        figure.sentence_claims, figure.unit
    left, left_start, left_clause, right_clause, bracket, is_percent = figure.left, figure.left_start, \
        figure.left_clause, figure.right_clause, figure.bracket, figure.is_percent
    if bracket:
        before_bracket = left[:left.rstrip().rfind("(")]
        cut_at = max(before_bracket.rfind(";"), before_bracket.rfind(","), before_bracket.rfind("("))
        target_clause = before_bracket[cut_at + 1:].strip(" ,")
    else:
        pieces = left_clause.split(",")
        target_clause = pieces[-1].strip(" ,")
        if len(pieces) > 1 and _RESPECTIVELY_RE.fullmatch(target_clause):
            # "… mức tăng trưởng được Chính phủ đặt ra …, lần lượt là 8% và 8,5%": the figures listed
            # respectively are what the clause before the comma names
            target_clause = pieces[-2].strip(" ,")
        elif _RESPECTIVELY_RE.search(target_clause):
            target_clause = _RESPECTIVELY_RE.split(target_clause)[0]  # (the places named before it are not a list)
            target_clause = _CONJUNCTION_RE.sub(" ", target_clause)
    target_word = cues["target_re"].search(target_clause)
    clause_at = left.rfind(target_clause) if target_word is not None else -1
    if clause_at >= 0 and _inside_a_place(context, left_start + clause_at + target_word.start()):
        target_word = None  # "Huyện Giao Thủy có 500 ha lúa": "giao" is a word of the place's name
    if target_word is not None and target_word.group(0) in ("bố trí", "sau điều chỉnh") and unit not in MONEY_UNITS:
        target_word = None  # "bố trí việc làm cho 300 lao động", "bố trí 50 cán bộ": people placed, not capital allotted
    if target_word is not None and target_word.group(0) == "bố trí" \
            and _DONE_BEFORE_RE.search(target_clause, 0, target_word.start()) is not None:
        target_word = None  # "năm 2023, tỉnh đã bố trí 404,78 tỷ đồng": capital already allotted and spent, a fact
    is_target = False
    if target_word:
        before_word = target_clause[:target_word.start()]
        after_word = target_clause[target_word.end():]
        # "đạt 78,64% kế hoạch năm tăng 9,3%": a plan word right after a percent is that ratio's base
        # (not one opening a bracket after that base: "đạt 86% KH (KH 70 triệu đồng)" gives the plan's own amount)
        base_of_previous = previous is not None and getattr(previous, "unit", None) == "%" and not bracket \
            and not before_word.strip() and left_start == previous.end and left.strip().startswith(target_word.group(0)) \
            and "(" not in left
        # (a reach verb before the plan word is said of the figure before; the bare figure opening a bracket right
        # after the plan is that plan's own: "trồng rừng 1.250 ha, vượt kế hoạch (1.000 ha)", "vượt mục tiêu đề ra
        # (7,5%)")
        plans_own = bracket and quantity.text.lstrip()[:1] not in "+-−" and not cues["actual_verb_re"].search(after_word) \
            and not _DIGIT_RE.search(after_word) and not _SO_VOI_RE.search(before_word)
        # (nor is "đạt" said of a purpose: "… tạo nền tảng để tỉnh đạt mục tiêu tăng trưởng năm 2025 từ 8% trở lên")
        # (the goal's own figure, not what is still needed to reach a plan: "số người cần phát triển để đạt kế
        # hoạch giao là 24.515 người")
        purpose = target_word.group(0) in ("mục tiêu", "chỉ tiêu") and _REACH_AS_A_PURPOSE_RE.search(before_word) is not None \
            and " là" not in f" {after_word}"
        # (nor is what was already done of a plan: "Tổng kế hoạch đầu tư công … đã giải ngân 5.022 tỷ đồng")
        # (of a done/plan pair in a bracket after the plan, the first is what was done: "đạt 100% kế hoạch (814,3/814,3
        # tỷ đồng)")
        done_of_a_pair = bracket and _SLASH_FIGURE_AFTER_RE.match(context.low, quantity.end) is not None
        if (not cues["actual_verb_re"].search(before_word) or plans_own or purpose) and not _LIST_IS_RE.search(after_word) \
                and not cues["ratio_verb_re"].search(after_word) and not _CONJUNCTION_RE.search(after_word) \
                and not base_of_previous and not _DONE_OF_IT_AFTER_RE.search(after_word) and not done_of_a_pair:
            is_target = True
        elif _TARGET_IS_RE.fullmatch(after_word) and "giải ngân" not in before_word:
            is_target = True  # "(vượt so với Nghị quyết đề ra là 40%)": the figure the target word introduces with "là"
            # (not the plan's capital disbursed: "giải ngân vốn kế hoạch năm 2025 là 9.276 tỷ đồng")
        elif _PLAN_OPENS_THE_BRACKET_RE.search(left) is not None:
            # "(KH ĐH đạt 100% vào năm 2018)", "(kế hoạch đạt 85%)": a bracket opened by the plan, its issuer and the
            # verb the plan sets gives the plan's own figure
            is_target = True
    if not is_target and target_word is not None and not target_clause[target_word.end():].strip() and not is_percent \
            and _TARGET_OWNER_AFTER_RE.match(right_clause):
        # "vượt chỉ tiêu 1.420 căn (năm 2025) được Thủ tướng giao", "so với chỉ tiêu 1,765 tỷ USD của Nghị quyết": the
        # amount right after the target word, owned by whoever set it, is the target itself (not the excess over it)
        is_target = True
    if not is_target and ("giao" in target_clause or " ra" in target_clause):
        assigned = _ASSIGNED_RE.search(target_clause)
        if assigned is not None and not _DONE_VERB_RE.search(target_clause, 0, assigned.start()) \
                and not _CONJUNCTION_RE.search(target_clause, assigned.end()) \
                and not _RISE_OR_DONE_RE.search(target_clause, assigned.end()):
            is_target = True  # "mức tăng trưởng GRDP được Chính phủ đặt ra … là 8%": a figure set for a place to reach
    if not is_target and sentence_claims and sentence_claims[-1].modality == "target" and previous is not None \
            and left_start == previous.end and _LIST_JOIN_RE.fullmatch(left) \
            and _RESPECTIVELY_RE.search(context.low, _near(sentence, sentence_claims[-1]), sentence_claims[-1].start):
        is_target = True  # "lần lượt là 8% và 8,5%": figures listed respectively are all of the kind of the first
    # "so với cùng kỳ năm 2022 (27,9 triệu USD)": the base's own value.
    # A signed or bare percent there is the change itself (so với CK giảm (-9,28%)), not the base's value.
    bracket_base = bracket and not is_target and not is_percent and _BASE_BRACKET_END_RE.search(left) is not None
    # (a plan in the bracket's base, "vượt so với dự toán tỉnh giao (4.870 tỷ đồng)", is the plan's own figure,
    # set for the figure's own period, not a value of a time before)
    plan_in_bracket = bracket_base and _plan_in_bracket(left)
    base_value = bracket_base and not plan_in_bracket \
        or not is_percent and not is_target and bool(_BASE_OWNER_AFTER_RE.match(right_clause))
    if plan_in_bracket:
        is_target = True
    if bracket and is_percent and not is_target and quantity.text.lstrip()[:1] not in "+-−" and sentence_claims \
            and sentence_claims[-1].unit == "%" and sentence_claims[-1].measure in ("level", "ratio") \
            and _BASE_BRACKET_END_RE.search(left) and not _RISE_IN_BASE_RE.search(_BASE_BRACKET_END_RE.search(left).group(0)):
        base_value = True  # "tỷ lệ giải ngân đạt 58,33%, thấp hơn so với cùng kỳ năm 2021 (63,86%)": the base's own rate
    # "tăng 5,1%, cao hơn mức tăng của quý I (3,8%) và thấp hơn quý IV (6,2%)": a rate in a bracket after a period
    # it is compared with is that period's own rate, of the kind of the rate compared (not a fall)
    # (also a rate set beside the same period's, or the country's: "cao hơn cùng kỳ (6,15%) và cao hơn bình quân cả nước
    # (6,42%)" — the country's rate is the country's, over the same time)
    compared_yardstick = _COMPARED_WITH_THE_COUNTRY_BEFORE_RE.search(left, max(0, len(left) - 60)) if bracket else None
    return base_value, compared_yardstick, is_target, target_clause


def _subject_carried_on(context, figure, bracketed_item, own_subject, subject):
    """The subject a figure takes when its own words name none (carried from the figures and sentences before it, or
    a list's lead), with the base and the clause's scope that come with it. (Kept out of _read_one: see
    _modality_said.)"""
    cues, low = _cues(), context.low
    quantity, sentence, marks, state, previous, sentence_claims, continues = figure.quantity, figure.sentence, \
        figure.marks, figure.state, figure.previous, figure.sentence_claims, figure.continues
    left, unit, is_percent, measured = figure.left, figure.unit, figure.is_percent, figure.measured
    in_turn = subject.lower().find(" lần lượt") if subject is not None else -1
    if in_turn > 0 and _WORD_RE.search(subject, 0, in_turn):
        # "Kim ngạch lần lượt của ba địa phương này là: …": what follows "lần lượt" says whose figures come in turn
        subject = subject[:in_turn]
    if subject is not None and cues["bare_trade_value_re"].search(subject.lower()):
        # "Ba địa phương xuất khẩu nhiều nhất …. Kim ngạch lần lượt của 3 địa phương này là: 21,4 tỷ USD; …": a trade value named
        # without its direction is of the trade the passage (or the headline) last named
        direction = _last_match(cues["trade_direction_re"], low[max(0, quantity.start - _TRADE_LOOKBACK):quantity.start]) \
            or _last_match(cues["trade_direction_re"], low[:max(0, low.find("\n", 0, _TRADE_LOOKBACK))])
        if direction is not None:
            subject = f"{subject} {direction.group(0)}"
    elif subject is not None and unit in ("USD", "VND") and subject.lower() in cues["trade_directions"]:
        subject = f"kim ngạch {subject.lower()}"  # "6 tỉnh, thành xuất khẩu đạt hơn 10 tỷ USD": the value of what they export
    if subject is not None and unit and subject.lower() == unit.lower() and unit.lower() in cues["place_units"]:
        # "Kon Tum có 42 xã đạt nông thôn mới, …. Tỉnh Đắk Nông có 36 xã (đạt 60%)": a bare count of places in the
        # same paragraph goes on counting what the last count of them counted
        key = _unit_key(unit)
        earlier = context.last_subject_of_unit.get(key)
        at = context.last_subject_of_unit_at.get(key, -1)
        if earlier and earlier.lower() != subject.lower() and earlier.lower().startswith(subject.lower()) \
                and 0 <= at and quantity.start - at < _SAME_COUNT_REACH and not _newline_between(context, at, quantity.start) \
                and _BARE_COUNT_END_RE.match(low, quantity.end) is not None:
            subject = earlier
    if subject is not None and not 0 <= marks.trong_do < quantity.start and not bracketed_item:
        # (a part named after "trong đó" is not what a later sentence without a subject goes on about: "…; trong
        # đó sản lượng tôm đạt 17.750 tấn. Lũy kế 3 tháng đạt 150.500 tấn" is the total again)
        context.last_subject = _without_partner(subject)
        key = _unit_key(unit)
        if key in context.last_subject_of_unit or len(context.last_subject_of_unit) < _NEARBY:  # (a bounded table)
            context.last_subject_of_unit[key] = context.last_subject
            context.last_subject_of_unit_at[key] = quantity.end
    subject_low = (subject or "").lower()

    if state.month_base and _period_between(context, max(state.growth_basis_end, sentence.start), quantity.start):
        # "… giảm 1,6% so với tháng trước và 7 tháng/2017 đạt 81,09 tỷ USD, tăng 19,8%": a month's base does not carry
        # past a time of another figure's own
        state.growth_basis, state.month_base = None, False
    # The modality scope: the sentence, restarting where a new subject starts after ";" (unless the sentence
    # lists the parts of a total: trong đó), or after "," with a plain "đạt" (ước đạt 51,3 tạ/ha, … xuân đạt 58,2 tạ/ha).
    # (so does a bracket right after a figure, its parts: "CPI tăng 0,24% so với tháng trước (khu vực thành thị tăng
    # 0,27%; khu vực nông thôn tăng 0,21%)")
    lists_parts = continues or state.index_groups or 0 <= marks.trong_do <= quantity.start - len("trong đó") \
        or bool(sentence_claims) and _parts_in_a_bracket_after(low, sentence_claims[-1], quantity.start)
    if state.growth_basis is not None and previous is not None and (state.growth_basis == "plan" or own_subject is not None
                                                                     and not lists_parts):
        # "thu tăng 5% so với kế hoạch; tỷ lệ hộ nghèo giảm 2%": a plan is the base of its own item only, not of the
        # next item with a verb of its own; nor is any base of the next item with a subject of its own ("… tăng 7,69%
        # so với năm 2023; giá trị sản xuất công nghiệp đạt …, tăng 6,83%": a rise with no base, against the same period)
        semi = marks.last_before(marks.semicolons, previous.end, quantity.start)
        if semi >= 0 and marks.last_match("verb_re", semi + 1, quantity.start) is not None:
            state.growth_basis = None
    if own_subject is None and not lists_parts:
        # "Sơ bộ quý I giảm (-8,4%); sang quý II giảm (-9,1%)": a clause naming a new period is a new statement.
        semi = marks.last_before(marks.semicolons, state.scope_start, quantity.start)
        if semi >= 0 and _period_between(context, semi, quantity.start, running_totals=False):
            # (not a running total of the same indicator, "…ước đạt 3,4 tỷ USD; lũy kế 5 tháng đạt 14,8 tỷ USD": it
            # sums the estimated month with the ones before, an estimate too)
            state.scope_start = semi + 1
            state.modality = None
    if own_subject is None and not lists_parts and unit and not measured and not is_percent:
        # "thu ngân sách ước đạt 5.800 tỷ đồng; có 25/28 chỉ tiêu đạt kế hoạch": a count after ";" with a verb of its
        # own names a new indicator after it (what it counts): a new item, in its own modality
        semi = marks.last_before(marks.semicolons, state.scope_start, quantity.start)
        if semi >= 0 and marks.last_match("verb_re", semi + 1, quantity.start) is not None \
                and marks.last_cue(semi + 1, quantity.start) is None and not _strives_before(marks, state.scope_start, semi):
            state.scope_start = semi + 1
            state.modality = None
        else:
            _restart_at_a_done_clause(low, marks, state, quantity.start)
    if own_subject is not None and not lists_parts:
        semi = marks.last_before(marks.semicolons, state.scope_start, quantity.start)
        comma = marks.last_before(marks.commas, state.scope_start, quantity.start)
        # "… gồm thủy sản ước đạt 19,7 triệu USD; may mặc 66,4 triệu USD": an item without a verb of its own
        # repeats the verb of the one before, and stays in its modality's scope.
        # "Huyện phấn đấu tăng trưởng đạt 7%; thu nhập đạt 60 triệu đồng; …": what "phấn đấu" sets out is every
        # item of its list, each with its own subject and verb, unless an item has a cue of its own.
        strives = semi >= 0 and marks.last_cue(semi + 1, quantity.start) is None \
            and _strives_before(marks, state.scope_start, semi) \
            and not _TARGET_NOUN_BEFORE_RE.search(low, max(0, marks.last_cue(state.scope_start, semi)[0] - 12),
                                                  marks.last_cue(state.scope_start, semi)[0])
        raises_the_total = semi >= 0 and _RAISES_THE_RUNNING_TOTAL_RE.match(low, semi + 1) is not None
        if semi >= 0 and not strives and not raises_the_total and (_verb_outside_brackets(low, semi + 1, quantity.start)
                                          or marks.last_cue(semi + 1, quantity.start)
                                          or cues["count_verb_opening_re"].match(low, semi + 1, quantity.start)):
            state.scope_start = semi + 1
            state.modality = None
        elif comma >= 0 and _PLAIN_VERB_END_RE.search(left, max(0, len(left.rstrip()) - 40)) \
                and marks.last_cue(comma, quantity.start) is None \
                and not _strives_before(marks, state.scope_start, comma):
            state.scope_start = comma + 1
            state.modality = None
        elif _restart_at_a_done_clause(low, marks, state, quantity.start):
            pass
        elif comma >= 0 and _cues()["contrast_re"].match(low, comma) is not None \
                and not _strives_before(marks, state.scope_start, comma):
            # "… ước đạt 205.400 con, trong khi diện tích trồng rừng mới vượt 800 ha": a statement set against
            # the one before, with a subject of its own, is a new clause (its own cue or none)
            state.scope_start = comma + 1
            state.modality = None
    scope_start = state.scope_start

    # Bases named after (or before) the figure.
    basis = None
    return basis, scope_start, subject, subject_low


def _verb_and_base_after(context, figure, basis, subject, subject_low):
    """The verb before a figure that says how it is measured (its word and kind), the base that verb brings and what
    it leaves of the subject. (Kept out of _read_one: see _modality_said.)"""
    cues, low = _cues(), context.low
    quantity, sentence, marks, sentence_claims = figure.quantity, figure.sentence, figure.marks, figure.sentence_claims
    left, right_clause, bracket, unit, is_percent = figure.left, figure.right_clause, figure.bracket, figure.unit, \
        figure.is_percent
    value_max = getattr(quantity, "value_max", None)
    verb_zone = left[max(left.rfind(","), left.rfind(";")) + 1:]  # the verb of this clause, not the one before
    verb = marks.last_match("verb_re", quantity.start - len(verb_zone), quantity.start)
    verb_word = verb.group(0) if verb else None
    verb_kind = cues["verb_kind"].get(verb_word) if verb else None
    if verb is not None and sentence_claims and sentence_claims[-1].unit == unit and unit not in MEASURED_UNITS \
            and _PREDICATE_OF_THE_COUNT_BEFORE_RE.fullmatch(low, sentence_claims[-1].end, quantity.start) is not None:
        verb = verb_kind = verb_word = None  # "có 6 nhóm tăng và 6 nhóm giảm": the rise is the count before's predicate
    if verb_word == "bằng" and verb_zone[:verb.start()].rstrip().endswith("đồng"):
        verb_kind = verb_word = None  # "Đồng bằng sông Cửu Long với 4,14%": the delta's name, not "equal to"
    if verb_word == "bằng" and is_percent and basis is None:
        basis = _base_closing_the_list(low, quantity.end, sentence.end)
        if basis is None and (_OTHER_PLACE_AFTER_RE.match(right_clause) or _place_named_right_after(context, quantity)):
            basis = "other"  # "chỉ số giá sinh hoạt bằng 98,44% Hà Nội": another place is the base
    # (a rise or fall said before the rate it moves reaches further: "đều giảm tỷ lệ hộ nghèo đa chiều trên 7%")
    rate_moved = verb is not None and verb_kind in ("growth_up", "growth_down") and is_percent \
        and cues["rate_re"].match(verb_zone[verb.end():].lstrip()) is not None
    if verb and (verb_zone[verb.end():].count(" ") > (10 if bracket or rate_moved else 6) or "đối với" in verb_zone[verb.end():]):
        verb_kind = verb_word = None  # too far to govern this figure
    if verb_kind in ("growth_up", "growth_down") and unit not in MEASURED_UNITS \
            and _WHERE_AFTER_RISE_RE.fullmatch(verb_zone, verb.end()):
        verb_kind = verb_word = None  # "tăng ở 52 địa phương và giảm ở 11 địa phương": counts of where, not changes
    if verb_kind in ("growth_up", "growth_down") and _RATE_NOUN_BEFORE_RE.search(verb_zone[max(0, verb.start() - 8):verb.start()]):
        verb_kind = verb_word = None  # "Tỷ lệ tăng dân số tự nhiên: 0,9%": the rate's name, not a rise of it
    if verb_kind in ("growth_up", "growth_down") and not is_percent and _AMOUNT_WITH_AFTER_RISE_RE.fullmatch(verb_zone, verb.end()):
        verb_kind = verb_word = None  # "vốn FDI tăng nhanh với hơn 3,2 tỷ USD": the amount reached, not the rise
    if verb_word == "từ" and (value_max is not None or _OR_MORE_AFTER_RE.match(right_clause)
                              or is_percent and _RANGE_END_AFTER_ITS_BRACKET_RE.match(low, quantity.end)):
        rise = _RISE_BEFORE_TU_RE.search(verb_zone, max(0, verb.start() - 20)) \
            or _RISE_OF_A_RATE_BEFORE_TU_RE.search(verb_zone, max(0, verb.start() - 80))
        # (also of the rate it moves, said between: "giảm tỷ lệ hộ nghèo bình quân từ 3% trở lên")
        if rise is not None:  # "giảm từ 9 - 15%": a fall by a range (spec: value −9, value_max −15), not a level "from"
            # (nor "tăng từ 5% trở lên": a rise of at least 5%; nor "đạt từ 50-70%", a range reached)
            verb_word = " ".join(rise.group(1).split())
            verb_kind = cues["verb_kind"][verb_word]
    if verb_word in ("đến", "tới", "ở mức", "mức") and is_percent:
        rise = _RISE_RIGHT_BEFORE_RE.search(verb_zone, max(0, verb.start() - 30), verb.start())
        if rise is not None and not cues["rate_re"].match(subject_low):
            # "lượt khách tham quan tăng đến 21%": risen by as much as, not to (a rate "giảm đến 2%" falls to it); "CPI
            # tháng 7 tăng nhẹ ở mức 0,37%": the rise stands at it
            verb_word = rise.group(1)
            verb_kind = cues["verb_kind"][verb_word]
        rise = _RISE_FROM_BEFORE_ITS_END_RE.search(low, max(sentence.start, quantity.start - 240), quantity.start) \
            if rise is None and verb_word in ("đến", "tới") else None
        if rise is not None:
            # "có chỉ số giá tăng từ 2,33% (nhóm giáo dục) đến 5,69% (nhóm may mặc)": the other end of a range of rises,
            # each end naming its group in a bracket
            verb_word = rise.group(1)
            verb_kind = cues["verb_kind"][verb_word]
    ranked_rise = _RANKED_RISE_WITH_RE.search(left, max(0, len(left) - 100)) \
        if is_percent and verb_kind is None and "nhất" in left else None
    if ranked_rise is not None:
        verb_word = ranked_rise.group(1)
        verb_kind = cues["verb_kind"][verb_word]
        subject = ranked_rise.group(2).strip()
    moved_by = _RISE_NAMED_THEN_RESPECTIVE_RE.search(low, max(sentence.start, quantity.start - 80), quantity.start) \
        if is_percent and verb_kind in (None, "level") else None
    if moved_by is not None:
        # "… giảm so với năm 2013 với mức giảm lần lượt là 2,6 và 12,8%": the rises or falls named, figure by figure
        verb_word = moved_by.group(1)
        verb_kind = cues["verb_kind"][verb_word]
    if bracket and verb_kind == "level":
        # "hoàn thành chỉ tiêu … là Duy Xuyên (101,4%)": the list word is not what the % measures.
        ratio_verb = _last_match(cues["ratio_verb_re"], verb_zone)
        if ratio_verb:
            verb, verb_word, verb_kind = ratio_verb, ratio_verb.group(0), "ratio"
    if bracket and verb_kind == "ratio" and basis is None:
        left_base = _last_match(cues["base_re"], verb_zone[verb.end():])
        basis = cues["base_of"][left_base.group(0)] if left_base else None
    return basis, subject, verb_kind, verb_word


def _base_said_before(context, figure, base_clause, basis):
    """The base a figure is compared with where the words before it name it ("So với tháng trước, … giảm 0,01%"),
    a rise per year's, and whether that base is a month. (Kept out of _read_one: see _modality_said.)"""
    cues, low = _cues(), context.low
    quantity, sentence, marks, previous, sentence_claims, unit = figure.quantity, figure.sentence, figure.marks, \
        figure.previous, figure.sentence_claims, figure.unit
    left, left_start, left_clause, clause_cut, is_percent, measured = figure.left, figure.left_start, \
        figure.left_clause, figure.clause_cut, figure.is_percent, figure.measured
    if basis is None and previous is not None:
        since = _RISE_FROM_YEAR_TO_YEAR_RE.search(low, max(sentence.start, quantity.start - 160), quantity.start)
        if since:  # "từ 7,9 tỷ USD năm 2014 lên 15,9 tỷ USD năm 2015, tăng 8 tỷ USD": the rise since the first year
            basis = "year:" + since.group(1)
    if basis is None and quantity.unit == "times":
        bare_year = _YEAR_RIGHT_AFTER_RE.match(base_clause)
        if bare_year:  # "gấp 2,74 lần năm 2021": a year right after a multiple is what it is a multiple of
            basis = "year:" + bare_year.group(1) if bare_year.group(1)[0].isdigit() else "prior_year"
    month_said_before = False  # "So với tháng trước, chỉ số giá … giảm 0,01%": a month base opening the clause
    if basis is None:
        base_left = left_clause
        if previous is not None and left_start == previous.end and len(left_clause) == len(left) \
                and _BASE_OF_THE_FIGURE_BEFORE_RE.match(left_clause):
            # "đạt 83,94% so với dự toán, tăng 11,37%": the base said right after the figure before, up to its comma,
            # is that figure's; the growth after the comma names none of its own
            base_left = left_clause[left_clause.find(",") + 1:]
        left_base = marks.last_match("base_re", quantity.start - len(base_left), quantity.start)
        if left_base and (_COMPARED_WITH_RE.search(base_left[max(0, left_base.start() - 8):left_base.end()])
                          or _EXCEEDS_BEFORE_RE.search(base_left[max(0, left_base.start() - 24):left_base.start()])):
            basis = cues["base_of"][left_base.group(0)]
        else:
            basis = _named_base(base_left, before=True)
        month_said_before = basis is not None and _MONTH_BASE_RE.search(base_left) is not None
    if basis is None and is_percent:
        opening = _BASE_OPENING_RE.match(low, max(sentence.start, marks.last_before(marks.semicolons, sentence.start,
                                                                                    quantity.start) + 1), quantity.start)
        if opening is not None and not _DIGIT_RE.search(low, opening.end(), quantity.start):
            # "So với tháng 12-2022, CPI tháng 9 tăng 3,12%": a base that opens the clause, before its comma
            basis = _named_base(opening.group(1), before=True) or _base_said_in(opening.group(1))

    label = left[max(0, clause_cut - 80):clause_cut] if clause_cut >= 0 and left[clause_cut] == ":" \
        and not left_clause.strip() else None
    if basis is None and label is not None:
        # "Tỷ lệ tăng thu ngân sách thực hiện so năm trước: 10% trở lên": a base the label names is the figure's
        label_base = _last_match(cues["base_re"], label)
        if label_base is not None and _COMPARED_WITH_RE.search(label[max(0, label_base.start() - 8):label_base.end()]):
            basis = cues["base_of"][label_base.group(0)]
    if basis is None and label is not None and _EACH_YEAR_RE.search(label, max(0, len(label) - 40)) \
            and _RISE_WORD_RE.search(label) and not _cues()["level_rate_re"].search(label):
        # "Tỷ lệ tăng chi đầu tư bình quân hằng năm: 9,5%": the label says a rise each year (not "Tỷ lệ đảng viên
        # hoàn thành nhiệm vụ hàng năm: 90%", a rate held each year, nor the natural increase of the population)
        basis = "prior_year"
    if basis is None and label is None and (is_percent or unit == "times" and _RISE_BY_A_MULTIPLE_RE.search(left)):
        # (a rise by a multiple too: "Một số ngành tăng cao so với năm trước như: dệt tăng 23,06%; sản xuất than cốc
        # tăng gấp 2,3 lần")
        basis = _base_of_a_lists_lead_in(low, sentence.start, quantity.start)
    if basis is None and is_percent and _QUALIFIED_RISE_BEFORE_RE.search(left, max(0, len(left) - 24)):
        shared = _BASE_ENDING_A_RUN_RE.match(low, quantity.end, sentence.end)
        if shared is not None:
            # "trồng trọt tăng 2,4%; chăn nuôi tăng hơn 6,8%; thủy sản tăng 9,1% so với năm 2021": a time base said
            # after the last of a run of rises is the base of each; a plan, only through one clause ("công nghiệp
            # tăng 12%, dịch vụ tăng 8% so với kế hoạch"): after a ";" it is the last part's own plan
            shared_basis = _base_said_in(shared.group(1))
            if shared_basis not in ("plan", "estimate", "target") or ";" not in low[quantity.end:shared.start(1)]:
                basis = shared_basis
    if basis is None and (is_percent or measured) and "(" in left:
        basis = _base_of_the_rise_explained(low, left, quantity.start, sentence.start, sentence_claims)
    if basis is None and "(" in left and _BRACKETED_CHANGE_OPENING_RE.search(left) is not None:
        basis = _base_closing_the_bracketed_changes(low, quantity.end, sentence.end)
    each_year = False
    return basis, each_year, month_said_before


# A clause announcing a list of targets: "Các chỉ tiêu chủ yếu đề ra là:", "11 chỉ tiêu kinh tế gồm:", "mục tiêu …:".
# Indicators said to have risen, fallen or been reached ("các chỉ tiêu chủ yếu đều tăng so với cùng kỳ:") announce results,
# and so do those said not (yet) reached ("còn một số chỉ tiêu chưa hoàn thành kế hoạch, cụ thể là: mới có 2/11 xã …").
# (nor the national target programmes, "Về các chương trình mục tiêu quốc gia: đã giải ngân …": a name, no goal)
# (the indicators may be named first, a few words with no figure and no word of a plan: "nhiều chỉ tiêu kinh tế đạt
# khá so với cùng kỳ:", "các chỉ tiêu chủ yếu đều tăng:"; not "các chỉ tiêu chủ yếu cần đạt:", still goals)
# (the targets said to have been reached are results, however many fields and the place are named before the verb:
# "các chỉ tiêu kinh tế, văn hoá, xã hội xã Ngọc Khê cơ bản đạt kế hoạch đề ra: …")
# (a word may be joined by a hyphen: "các chỉ tiêu kinh tế-xã hội của huyện đạt và vượt so với kế hoạch như: …")
_RESULTS_NAMED_RE = r"(?:\s*,?\s+(?!(?:cần|phải|sẽ|phấn|dự|đề|đặt|giao|được|năm|đến|tới)(?!\w))[^\W\d]+(?:[-–][^\W\d]+)*){0,10}?"
_TARGET_LIST_RE = StartsWithWord(r"(?:chỉ tiêu|mục tiêu)" + (_NOT_A_PROGRAMME_NAME)
                                 + r"(?!" + _RESULTS_NAMED_RE
                                 + r"\s+(?:(?:đều|cơ\s+bản|đã)\s+)*(?:(?:chưa|không)\s+)?(?:đã|đạt|hoàn thành|vượt|tăng(?!\s+trưởng)|giảm))"
                                 # (nor indicators compared with the year before: "một số chỉ tiêu kinh tế, xã hội tiếp
                                 # tục duy trì được mức tăng trưởng so với cùng kỳ, trong đó: …"; no goal is)
                                 r"(?![^:;.\n()\d]{0,80}?(?<!\w)so(?:\s+với)?\s+cùng\s+kỳ)"
                                 # (its horizon may be named before the colon, "Đại hội đề ra mục tiêu đến năm 2024:", but
                                 # not another year: "Kết quả thực hiện các chỉ tiêu Nghị quyết năm 2030:" reports results)
                                 r"(?:[^:;.\n()\d]|(?<!\w)(?:đến|tới)\s+năm\s+(?:19|20)\d\d(?!\d)){0,80}:"
                                 # "… các nhiệm vụ, chỉ tiêu chủ yếu như tốc độ tăng trưởng đạt 15%; …": announced without a colon
                                 r"|(?:chỉ tiêu|mục tiêu)\s+(?:chủ yếu|chính|cụ thể)\s+(?:như|là|gồm)(?!\w)"
                                 # "Năm 2041, huyện đề ra một số nhiệm vụ trọng tâm: …": the tasks set, each a target
                                 r"|(?:" + _TARGET_SETTING_VERBS + r")\s+(?:các\s+|một\s+số\s+|những\s+)?nhiệm vụ(?!\w)[^:;.\n()\d]{0,40}:"
                                 # "phường đề ra 27 chỉ tiêu cụ thể, trong đó có tốc độ tăng … trên 10,6%; …": the targets
                                 # set, counted, then named
                                 r"|(?:" + _TARGET_SETTING_VERBS + r")\s+(?:\d+\s+)?(?:chỉ tiêu|mục tiêu)(?:\s+(?:chủ yếu|chính|cụ thể))?"
                                 r"\s*,?\s*trong\s+đó(?:\s+có)?(?!\w)")
# (also with the year the targets are for: "Mục tiêu năm 2024, toàn tỉnh …", "Chỉ tiêu, nhiệm vụ năm 2024: …")
_TARGET_LIST_HEAD_RE = re.compile(r"[\s\-–+*•]*(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?:\s*,\s*nhiệm\s+vụ)?(?:\s+(?:chủ yếu|chính|cụ thể))?"
                                  r"(?:\s+(?:năm|đến\s+năm|giai\s+đoạn)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?"
                                  r"\s*(?:[,:]|là(?!\w))")
_ANNOUNCING_COLON_REACH = 80  # characters from an estimate word to the colon of the list it announces
_ITEM_SUBJECT_AND_VERB_RE = re.compile(r"\s*[^\W\d][^;:()\d]*?\s(?:đạt|là|tăng|giảm|có|chiếm)(?:\s+(?:được|khoảng|trên|hơn|gần))?\s*$")


def _own_item_with_a_verb(low, frame_start, position):
    """The figure at `position` is in an item after a ";" (past `frame_start`) that opens on its own subject and
    verb ("…; sản lượng đạt 3,99 triệu tấn")."""
    semicolon = low.rfind(";", frame_start, position)
    if semicolon < 0:
        return False
    # (the item's first figure, for a later one of it: "…; giá trị sản xuất … đạt 1.926 tỷ đồng, tăng 3,1%")
    first_figure = _DIGIT_RE.search(low, semicolon + 1, position)
    end = first_figure.start() if first_figure is not None else position
    return _ITEM_SUBJECT_AND_VERB_RE.fullmatch(low, semicolon + 1, end) is not None


_COMPARISON_OPENING_RE = re.compile(r"\s*(?:so\s+với|so)\s+[^,;:()\d]{2,40}?,")


def _compares_an_estimate(low, marks, sentence, position):
    """The figure is in an item after ";" that opens on a base ("… ước đạt 2.076 ngàn người …; so với tháng trước,
    vận chuyển tăng 0,8%, luân chuyển tăng 1,18%"), with no cue of its own, after an estimate in its sentence: it
    compares the figures just estimated, and is an estimate too."""
    semi = marks.last_before(marks.semicolons, sentence.start, position)
    if semi < 0 or _COMPARISON_OPENING_RE.match(low, semi + 1, position) is None \
            or marks.last_cue(semi + 1, position) is not None:
        return False
    modality_of = _cues()["modality_of"]
    return any(start < semi and modality_of[word] == "estimate" for _end, start, word in marks.cues)


_OPENING_ESTIMATE_WORDS = frozenset(("ước", "ước tính", "dự ước", "sơ bộ", "tạm tính"))
_SENTENCE_HEAD_RE = re.compile(r"[\s\-–+*•]*")
# ("Theo dự ước, lượng khách … đạt …": the estimate named as the source itself)
_PRELIMINARY_SOURCE_RE = re.compile(r"[\s\-–+*•]*theo\s+(?:(?:các\s+)?(?:(?:số\s+liệu|báo\s+cáo|kết\s+quả)(?:\s+thống\s+kê)?"
                                    r"|thống\s+kê)\s+)?")
_VERB_AFTER_CUE_RE = re.compile(r"\s*(?:đạt|thực\s+hiện|tăng|giảm|có|là|khoảng|được)(?!\w)")
_TIME_AFTER_CUE_RE = re.compile(r"\s*(?:tính\s+)?(?:(?:trong|đến|tới|hết|cả|cuối|đầu)\s+){0,2}"
                                r"(?:năm\s+(?:19|20)\d\d|quý\s+[ivx\d]+|\d+\s+tháng)(?!\w)")
# (also a date: "Dự ước đến 31/12/2024, số lao động được tạo việc làm mới là …")
_FRAMING_AFTER_CUE_RE = re.compile(r"\s*(?:tính\s+)?(?:(?:trong|đến|tới|hết|cả|cuối)\s+){0,2}(?:năm|quý|tháng|ngày|\d+\s+tháng"
                                   r"|\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?"
                                   r"|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+một|\s+hai)?)\s+tháng)[^,;.:\n()]{0,20},(?!\d)")
# "đạt 48,58% kế hoạch và tăng 2,49%": the plan word before "và" is the base of the figure before, not a plan here.
_CONJUNCTION_RE = re.compile(r"(?<!\w)(?:và|nhưng|đồng thời)(?!\w)")
# ("so với cùng kỳ2015", "so với cả năm 2018" too)
_YEAR_RIGHT_AFTER_RE = re.compile(r"\s*(?:của\s+)?(?:cả\s+)?năm\s+((?:19|20)\d\d|trước|ngoái)(?!\w|\s*[/-]\s*\d)")
_BRACKETED_CHANGE_OPENING_RE = re.compile(r"\(\s*(?:tăng|giảm)(?:\s+(?:thêm|hơn|gần|khoảng|trên))?\s*$")
# the base said after the last bracket of a sentence, closing it: "… (giảm 2.539 hộ), chiếm tỷ lệ 3,37% (giảm 0,67%) so
# với cuối năm 2022."
_BASE_AFTER_THE_LAST_BRACKET_RE = re.compile(r"\)\s*(so\s+(?:với\s+)?[^,;.:()\d]{3,30}?(?:\s+(?:19|20)\d\d)?)\s*[.;]?\s*$")


def _base_closing_the_bracketed_changes(low, position, sentence_end):
    """A change given in a bracket ("11.572 hộ nghèo (giảm 2.955 hộ)") with no base of its own, in a sentence whose
    changes are all bracketed and whose last bracket is followed by a base ("… (giảm 0,67%) so với cuối năm 2022."):
    each is against that base."""
    end = min(sentence_end, position + 300)  # (a bounded look ahead)
    closing = _BASE_AFTER_THE_LAST_BRACKET_RE.search(low, position, end)
    if closing is None or "so" in low[position:closing.start()] and _SO_VOI_RE.search(low, position, closing.start()):
        return None
    return _base_said_in(closing.group(1))


def _base_of_the_rise_explained(low, left, position, sentence_start, sentence_claims):
    """A figure in a bracket that gives the cause of a rise or fall ("giáo dục tăng 10,53% (do giá dịch vụ giáo dục
    tăng 13,12%)", "giảm so với tháng trước (chủ yếu do … giá lương thực lại tăng 0,15%)") is compared with what
    that rise is: the base of the figure said before the bracket, or the base named right before it."""
    cause = _CAUSE_BRACKET_RE.search(left)
    if cause is None:
        return None
    opened = position - len(left) + cause.start()
    explained = next((c for c in reversed(sentence_claims) if c.end <= opened), None)
    if explained is not None and explained.measure in ("growth", "change") and explained.basis \
            and _CAUSED_RISE_GAP_RE.fullmatch(low, explained.end, opened):
        return explained.basis
    clause_start = max(sentence_start, opened - 80, explained.end if explained is not None else 0)
    rise = _RISE_AGAINST_BEFORE_BRACKET_RE.search(low, clause_start, opened)
    if rise is None:
        return None
    return _base_said_in(rise.group(1).rstrip())


def _base_right_after(right_clause):
    """The figure's base is the first words after it ("ở mức 86% dự toán")."""
    base = _cues()["base_re"].search(right_clause)
    return base is not None and not right_clause[:base.start()].strip()


def _percent_measure(verb_kind, comparison, basis, state, previous_claim, rate_subject, growth_subject, bracket,
                     quantity, right_clause, left="", new_item=False):
    previous_percent = previous_claim is not None and previous_claim.unit == "%"
    # the figure goes on the clause of the percent just before it ("đạt 9,64%, tăng 0,41%"), not another bracket, nor
    # another place's item
    right_after_previous = previous_percent and len(left) < 25 and "(" not in left and ")" not in left and not new_item
    if verb_kind == "share":
        return "share", None
    if verb_kind == "ratio" and (basis is None or basis in ("same_period", "prior_year", "other")) \
            and _cues()["whole_after_re"].match(right_clause):
        return "share", None  # "đạt 35% diện tích đã cấy": a part of the whole named after it
    if verb_kind == "ratio" and basis in ("plan", "estimate", "target"):
        return "ratio", basis  # "hoàn thành chỉ tiêu … là Duy Xuyên (101,4%)": done against the plan, even after a count
    if verb_kind == "level" and basis in ("plan", "estimate", "target") and _base_right_after(right_clause):
        return "ratio", basis  # "tiến độ thu ở mức 86% dự toán": the part of the estimate done, not a rate's level
    if bracket and previous_claim is not None and previous_claim.unit not in ("%", None) \
            and previous_claim.unit not in MEASURED_UNITS and verb_kind not in ("growth_up", "growth_down") \
            and not quantity.text.lstrip().startswith(("+", "-", "−")) \
            and not (growth_subject and previous_claim.end < left.rfind("(") + quantity.start - len(left) - 30) \
            and not (previous_claim.of is None and _REACHED_IN_BRACKET_RE.search(left, max(0, len(left) - 20))):
        # (but not a place's rise ranked after a count of places said well before: "Cả nước có 6 địa phương đạt tăng
        # trưởng hai con số, dẫn đầu là A (13,85%)")
        # (a signed figure is a rise or fall, never a part: "hai tỉnh tăng trưởng âm là A (-5,2%)")
        # (but "giải quyết việc làm cho 29.802 người (đạt 86,38%)": what the count reached, of its plan)
        return "share", None  # 52/55 trường đạt chuẩn (94,5%)
    if verb_kind in ("growth_up", "growth_down"):
        # A rate that rises or falls changes in points; so does a % said to be above or below another %.
        # (a growth said to exceed its target — a rate set by a resolution — by a percent: "tăng 7,36% (vượt mục tiêu
        # 0,36%)" is points too; "tăng 53,4%, vượt 47% kế hoạch" is an amount above its plan, a growth)
        # (so does a growth rate said again as its rise: "tốc độ tăng trưởng … đạt 9,64%, tăng 0,41% so với năm 2022")
        if rate_subject or growth_subject and previous_percent and previous_claim.measure == "growth" \
                and previous_claim.subject == state.subject and right_after_previous \
                or (comparison and (growth_subject or (previous_percent and previous_claim.measure in ("level", "share"))
                                            or (bracket and previous_percent and previous_claim.measure == "growth")
                                            or (previous_percent and previous_claim.measure == "growth"
                                                and basis == "target")
                                            # ("giải ngân … đạt 69,16%, cao hơn 3,17% so với cùng kỳ": a share of the
                                            # plan higher than the same period's, in points)
                                            or (previous_percent and previous_claim.measure == "ratio"
                                                and _HIGHER_OR_LOWER_BEFORE_RE.search(left) is not None))):
            return "change", basis or state.growth_basis or "same_period"
        return "growth", basis or state.growth_basis or "same_period"
    if verb_kind == "ratio":
        if basis and basis not in ("same_period", "prior_year", "prior_year_end", "other") or basis and not growth_subject:
            return "ratio", basis
        if growth_subject:
            return "growth", basis or state.growth_basis or "same_period"
        if rate_subject:
            return "level", None
        if previous_percent and previous_claim.measure == "level" and quantity.value <= 100:
            # (not above 100: "đường … cứng hóa đạt 76,4%, sản lượng lương thực đạt gần 104%" — no rate or part
            # of a whole exceeds it, so that one is an amount against its plan)
            return "level", None
        if not basis and not state.ratio_basis and _counted_noun_follows(right_clause):
            # "Hai huyện đạt 100% tiêu chí": reached all of the things counted after it, a part of a whole, no plan
            # (not money: "giải ngân 100% các nguồn vốn" is done against what was allotted)
            return "share", None
        return "ratio", state.ratio_basis or "plan"
    if verb_kind == "level":
        if previous_percent and previous_claim.measure == "share" and not basis and "(" in left and ")" not in left \
                and len(left) < 80:
            return "share", None  # "dịch vụ chiếm 48% (thuế sản phẩm là 8,5%)": one more part of the same whole
        if growth_subject:
            return "growth", basis or state.growth_basis or "same_period"
        if not rate_subject and _noun_follows(right_clause) and not basis:
            return "share", None
        return "level", None
    # No verb: a sign, a bracket after a count, a list continuing the figure before, or "100% xã".
    if quantity.text.lstrip().startswith(("+", "-", "−")):
        inherited = previous_claim.basis if previous_claim is not None and previous_claim.measure in ("growth", "change") else None
        return "growth", basis or inherited or state.growth_basis or "same_period"
    if bracket and previous_claim is not None and previous_claim.unit not in ("%", None) \
            and previous_claim.unit not in MEASURED_UNITS:
        return "share", None
    if rate_subject and not growth_subject and not basis and ";" in left:
        return "level", None  # "… đạt 9,1% (KH 9%); tỷ lệ hộ nghèo 3,2%": a rate named in an item of its own is its level
    if previous_percent and previous_claim.measure in ("ratio", "growth", "change"):
        return previous_claim.measure, basis or previous_claim.basis
    if basis in ("plan", "estimate", "target"):
        return "ratio", basis
    if basis:
        return "growth", basis
    if growth_subject:
        return "growth", state.growth_basis or "same_period"
    if _noun_follows(right_clause) and (not rate_subject or _WHOLE_AFTER_RE.match(right_clause)):
        return "share", None  # "100% xã", "(trên 60% tổng đàn)": a part of the whole named after it
    if previous_percent and previous_claim.measure == "share":
        return "share", None
    return "level", None


def _counted_noun_follows(right_clause):
    """`100% tiêu chí`, `80% hộ`: a counting noun (quantities.yaml count_nouns) right after a %."""
    return _count_noun_re().match(right_clause.lower()) is not None


@lru_cache(maxsize=None)
def _count_noun_re():
    return re.compile(r"\s*(?:" + phrases_re(COUNT_NOUNS) + r")(?!\w)")


def _inside_a_place(context, position):
    """"Huyện Giao Thủy có 500 ha lúa": a word inside a place's name ("giao", assigned) is no cue of its own."""
    index = bisect.bisect_right(context.place_starts, position) - 1
    return index >= 0 and context.places[index].start <= position < context.places[index].end


_TRADE_LOOKBACK = 600  # characters back from a bare "kim ngạch" to the trade direction it is of


def _parts_in_a_bracket_after(low, claim, position):
    """Whether `position` is in a bracket that opens right after a figure before it in the sentence (its parts), the
    figure being `claim` or one said inside that bracket."""
    opened = low.rfind("(", max(0, position - 200), position)
    if opened < 0 or low.rfind(")", opened, position) >= 0 or claim.end > position:
        return False
    before = low[max(0, opened - 60):opened]
    return _FIGURE_THEN_BASE_END_RE.search(before) is not None


# a figure, then at most its base, ending right before a bracket: "tăng 0,24% so với tháng trước ("
_FIGURE_THEN_BASE_END_RE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|\w+)?(?:\s+so\s+(?:với\s+)?[^\d(),;.]{0,30})?\s*$")
# "11,47 tỷ USD của cùng kỳ 2022": the base's own value, owned by the same period of an earlier year.
_BASE_OWNER_AFTER_RE = re.compile(r"\s*của\s+(?:cùng\s+kỳ|năm\s+trước|năm\s+ngoái)(?!\w)")
# "…dự tính số thu được 21.345 tỷ đồng; nâng mức thu lũy kế 6 tháng lên 206.461 tỷ đồng": an item that raises the running
# total by the figure before sums it in, in its modality
_RAISES_THE_RUNNING_TOTAL_RE = re.compile(rf"\s*(?:nâng|đưa)\s+(?:mức|tổng|số|con\s+số)[^;.()]{{0,30}}?{_RUNNING_TOTAL}")


def _place_named_right_after(context, quantity):
    """A place's name right after the figure, perhaps after "của" or "so với" ("bằng 98,44% Hà Nội")."""
    index = bisect.bisect_left(context.place_starts, quantity.end)
    return index < len(context.places) \
        and _OF_OR_COMPARED_GAP_RE.fullmatch(context.low, quantity.end, context.places[index].start) is not None


_DONE_BEFORE_RE = re.compile(r"(?<!\w)đã\s*$")
_HIGHER_OR_LOWER_BEFORE_RE = re.compile(rf"(?<!\w){_HIGHER_OR_LOWER}\s*$")
_PLAN_OPENS_THE_BRACKET_RE = re.compile(r"\(\s*(?:kh|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?:\s+[^\s\d,;:()]+){0,3}?\s*:?\s*"
                                        r"(?:đạt|là)\s*$")
_REACH_AS_A_PURPOSE_RE = re.compile(r"(?<!\w)(?:để|nhằm|hướng\s+tới|phấn\s+đấu)(?:\s+[^\W\d]+){0,4}?\s+(?:đạt|hoàn\s+thành|thực\s+hiện)"
                                    r"(?:\s+(?:được|các|những))?\s*$")
# A rate set beside the country's average, up to the bracket of the country's own: "cao hơn bình quân cả nước ("
_COMPARED_WITH_THE_COUNTRY_BEFORE_RE = re.compile(rf"{_HIGHER_OR_LOWER_THAN}(?:mức\s+)?(?:bình\s+quân|trung\s+bình)"
                                                  r"(?:\s+chung)?\s+(?:của\s+)?(?:cả\s+nước|toàn\s+quốc)\s*\(\s*$")
# A base that opens a clause, before the figure's subject: "So với tháng 12-2022, CPI tháng 9 tăng 3,12%"
_BASE_OPENING_RE = re.compile(r"[\s\-–+*•]*(so\s+(?:với\s+)?[^,;.:()]{3,40}?)\s*,")
_RISE_IN_BASE_RE = re.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)")
# "sự tăng trưởng nhảy vọt về kim ngạch", "mức giảm về số hộ": a change, then "về" and what changed
_RISE_FROM_YEAR_TO_YEAR_RE = re.compile(r"(?<!\w)từ\s+[\d.,]+[^;()\d]{0,25}?\s(?:năm\s+)?((?:19|20)\d\d)\s+lên\s+[\d.,]+[^;()\d]{0,25}?"
                                        r"\s(?:năm\s+)?(?:19|20)\d\d\s*,?\s*(?:tăng|giảm)(?:\s+(?:thêm|tới|khoảng|hơn|gần|trên))*\s*$")
_WHOLE_AFTER_RE = re.compile(r"\s*(?:tổng|toàn)\s+\w")
# a bracket that gives the cause of the rise before it, up to the figure: "(chủ yếu do giá lương thực tăng "
_CAUSE_BRACKET_RE = re.compile(r"\(\s*(?:chủ\s+yếu\s+|một\s+phần\s+|phần\s+lớn\s+|nguyên\s+nhân\s+(?:là\s+)?)?do(?!\w)[^()]*$")
_CAUSED_RISE_GAP_RE = re.compile(r"[^()\d;]{0,60}")  # between the rise explained and its bracket
_SAME_COUNT_REACH = 600  # characters from a count of places back to the last one whose indicator a bare one goes on with
_BARE_COUNT_END_RE = re.compile(r"\s*(?:[;,.(]|$)")
_DONE_OF_IT_AFTER_RE = re.compile(r"(?<!\w)đã\s+(?:giải\s+ngân|thực\s+hiện|hoàn\s+thành)(?!\w)")
_SLASH_FIGURE_AFTER_RE = re.compile(r"\s*/\s*\d")
_OF_OR_COMPARED_GAP_RE = re.compile(r"\s*(?:của\s+|so\s+với\s+)?")
# (giảm mạnh từ 2-7%; also a range reached: "đạt từ 50-70% kế hoạch", how far the figure got, against the plan)
_RISE_NAMED_THEN_RESPECTIVE_RE = re.compile(r"(?<!\w)mức\s+(tăng|giảm)(?:\s+trưởng)?\s+lần\s+lượt(?:\s+là)?\s*:?"
                                            r"(?:\s*[\d.,]+\s*%?\s*(?:,|và))*\s*$")
_RISE_OF_A_RATE_BEFORE_TU_RE = re.compile(r"(?<!\w)(tăng|giảm)\s+(?:tỷ|tỉ)\s+lệ(?:\s+[^\W\d]+){0,10}\s+từ\s*$")
_DONE_AFTER_A_CUT_RE = re.compile(r"[,;]\s*đã\s+[^\W\d]")
_DONE_RIGHT_AFTER_RE = re.compile(r"\s+đã\s+[^\W\d]")
# how much a rise or fall was, said between its verb and the word before the figure ("tăng nhẹ ở mức", "giảm mạnh từ")
_RISE_ADVERBS = r"(?:\s+(?:mạnh|nhẹ|sâu|nhanh|khá|cao|thêm|bình quân))?"
# (also the most of a ranking, or a strong rise, said "với": "nhóm giáo dục tăng cao nhất với mức 14,67%", "tăng mạnh
# với mức 6,58%")
_RISE_RIGHT_BEFORE_RE = re.compile(rf"(?<!\w)(tăng|giảm)(?:{_RISE_ADVERBS}|\s+(?:cao|mạnh|nhiều|nhanh|sâu)(?:\s+nhất)?\s+với"
                                   r"(?:\s+mức)?)\s+$")
# "tăng nhiều nhất là nhóm giao thông, với 1,66%": the rise of the part a ranking names, said after "với"
_RANKED_RISE_WITH_RE = re.compile(r"(?<!\w)(tăng|giảm)\s+(?:cao|mạnh|nhiều|nhanh|sâu)\s+nhất\s+(?:là\s+)?"
                                  r"([^\W\d][^,;:()\d]{1,60}?)\s*,?\s+với(?:\s+mức)?\s*$")
# a range of rises (or falls) whose ends each name their group in a bracket: "tăng từ 2,33% (nhóm giáo dục, …) đến
# 5,69% (nhóm may mặc)"; the first end's bracket and "đến" after it, and the rise said before the first end
_BRACKET_THEN_RANGE_END = r"\s*\([^()]{0,160}\)\s*(?:đến|tới)\s+(?:mức\s+)?"
_RANGE_END_AFTER_ITS_BRACKET_RE = re.compile(_BRACKET_THEN_RANGE_END + r"\d")
_RISE_FROM_BEFORE_ITS_END_RE = re.compile(rf"(?<!\w)(tăng|giảm){_RISE_ADVERBS}\s+từ\s+[\d.,]+\s*%" + _BRACKET_THEN_RANGE_END + "$")
_RISE_BEFORE_TU_RE = re.compile(rf"(?<!\w)(tăng|giảm|đạt|cao\s+hơn|thấp\s+hơn){_RISE_ADVERBS}\s+từ\s*$")
_LIST_LEAD_REACH = 600  # characters back from a list's item to the lead-in above it


def _base_of_a_lists_lead_in(low, sentence_start, position):
    """`… một số cây giảm so với cùng kỳ: khoai lang 1318 ha, đạt 93,2%; lạc 706 ha, đạt 88,7%`: a list announced as
    compared with a base (its lead-in ends on the base, right before the colon) has each item's percent against that
    base where the item names none of its own."""
    colon = low.rfind(":", max(sentence_start, position - 400), position)
    if colon < 0:
        # (also a list in the paragraph under a lead-in whose colon ends its line: "Trong mức tăng 0,96% của CPI tháng
        # 11 so với tháng trước có 9/11 nhóm hàng tăng:⏎Nhóm hàng ăn tăng 2,74%; …", the base anywhere in the lead-in)
        # (each look back bounded: linear time on any input)
        paragraph = low.rfind("\n", max(0, position - _LIST_LEAD_REACH), position)
        if paragraph < 0:
            return None
        colon = paragraph - 1
        while colon > max(0, paragraph - _LIST_LEAD_REACH) and low[colon].isspace():
            colon -= 1
        if colon < 0 or low[colon] != ":":
            return None
        reach = max(0, colon - _LIST_LEAD_REACH)
        lead_start = max(low.rfind("\n", reach, colon), low.rfind(". ", reach, colon), reach - 1) + 1
        named = _last_match(_cues()["base_re"], low[lead_start:colon])
        if named is None or not _COMPARED_WITH_RE.search(low, max(lead_start, lead_start + named.start() - 8),
                                                         lead_start + named.end()):
            return None
        return _cues()["base_of"][named.group(0)]
    lead = low[max(sentence_start, colon - 60):colon].rstrip()
    named = _last_match(_cues()["base_re"], lead)
    if named is None or named.end() < len(lead) - 16 \
            or not _COMPARED_WITH_RE.search(lead[max(0, named.start() - 8):named.end()]):
        # (or a year named as the base, ending the lead-in: "5 địa phương có tốc độ tăng trưởng xuất khẩu giảm mạnh nhất
        # so với năm 2022 gồm: Điện Biên giảm 47,4%; …")
        year = _last_match_in(_BASE_YEAR_RE, lead, 0, len(lead))
        return "year:" + year.group(1) if year is not None and year.end() >= len(lead) - 16 else None
    return _cues()["base_of"][named.group(0)]
