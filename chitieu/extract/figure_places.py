"""Where a figure holds: its place, from the places its sentence, its paragraph's heading and the document name,
and from what the figure counts (a count of communes is the district's). `place_for` is called once per figure by
pipeline.py's reading (spec: shared/spec/claims.md, Places)."""

import bisect
import difflib
import re
from functools import lru_cache
from typing import Any

from .places import LEVEL_RANKS, prefix_levels
from .quantities import Quantity
from .reading import (_DIGIT_RE, _LOOKBACK, _NAME_WORDS_RE, _NEARBY, _OWN_UNIT_SPOKEN_OF_RE, _PLACE_UNIT_LEVELS,
                      _WHOLE_PROVINCE_RE, _Context, _State, _cues, _doc_place_level, _in_brackets, _last_match_in,
                      _line_start, _place_opening, _says)
from .sentences import Span
from .subjects import blanked, reporting_verbs
from .tables import longest_first, phrases_re, table


_RANK_FIELD_PLACE_BEFORE_RE = re.compile(r"(?<!\w)thứ\s+\S+\s+(?:ở\s+|trong\s+|tại\s+|của\s+|toàn\s+)?(?:khu\s+vực\s+|vùng\s+)?$")
_TOPIC_HEAD_RE = re.compile(r"[\s\-–+*•]*(?:(?:tại|ở|riêng|đối với|còn|với)\s+)?(?:(?:tỉnh|huyện|xã|thành phố|tp\.?|thị xã"
                            r"|thị trấn|quận|phường)\s*)?")
_LOCATOR_BEFORE_RE = re.compile(r"(?<!\w)(?:của|thuộc)\s+(?:\w+\s+)?$")
_CLAUSE_SUBJECT_AFTER_RE = re.compile(r"\s*,\s*\S")  # a place opening the clause right after the figure
# a sentence opening on "với" (perhaps after a discourse word: "Đáng chú ý, với …") up to the figure
_WITH_OPENING_RE = re.compile(r"[\s\-–+*•]*(?:[^\W\d][^,;:.\d]{0,30},\s*)?với\s[^,;]*$")


# "Sản lượng lúa cả nước ước tính đạt 20,5 triệu tấn": only the verb between the country and its figure.
def _the_country_holds(context, mention, quantity):
    """"tổng vốn FDI của cả nước (7,86 tỉ USD)", "Tỷ lệ hộ nghèo cả nước năm 2024 là 1,93%": the country is the place
    of a figure said close after it, with no more than a verb between them once the times said there are set aside."""
    if quantity.start - mention.end > 40 or mention.ranked_in:
        return False
    gap = blanked(context.low, mention.end, quantity.start, context.blanks)
    return _close_after(gap) or _ONLY_VERB_WORDS_RE.fullmatch(gap) is not None


_ONLY_VERB_WORDS_RE = re.compile(r"(?:\s+(?:ước|tính|đạt|được|có|là|sơ|bộ|thực|hiện|khoảng|gần|hơn|trên|dưới|còn|lên"
                                 r"|xuống|tăng|giảm))+\s+")
_PLACE_JOIN_RE = re.compile(r"\s*(?:,|và|,\s*và)\s*")
_PROVINCE_PREFIX_OR_NONE = r"(?:(?:tỉnh|thành\s+phố|tp\.?)\s+)?"
_REFERENCE_PLACE_BEFORE_RE = re.compile(r"(?<!\w)(?:sau|ngoài|trừ|so\s+với|hơn)\s+" + _PROVINCE_PREFIX_OR_NONE + "$")
_OVERTAKEN_BEFORE_RE = re.compile(r"(?<!\w)(?:vượt|vượt qua|qua mặt)\s+" + _PROVINCE_PREFIX_OR_NONE + "$")
# "… mỗi đơn vị có 3 thôn", "mỗi huyện có": a count said of each of the places just named
_EACH_HAS_RE = re.compile(r"\s*,?\s*mỗi\s+(?:đơn\s+vị|địa\s+phương|huyện|xã|tỉnh|nơi)\s+(?:đều\s+)?(?:có|đạt)\s+")
_OF_THE_REGION_GAP_RE = re.compile(r"\s*thuộc\s+(?:vùng\s+|khu\s+vực\s+)?")  # a count of places, then its region
_HEADING_REST_RE = re.compile(r"[\s\d.:)\-–]*")
# ("Hà Nam: 10,39%" heads its section too, and so does a title after a dash: "Hậu Giang - Đạt vị trí hàng đầu vùng …")
_HEADING_AFTER_RE = re.compile(r"[\s\d.:)\-–]*|\s*:\s*[\d.,]+\s*%?\s*|\s+[-–]\s+[^\W\d][^\n.;:!?\d]{0,80}")


def _guest_office(context, mention):
    """"Cùng dự có … Phó Chủ tịch UBND TP Hải Phòng và 200 đại biểu" at a ward's congress: a place named in the office
    of a guest from a larger unit than the document's own is where the guest works, not where a figure holds."""
    return mention.office and context.doc_place is not None and mention.names != (context.doc_place,) \
        and LEVEL_RANKS.get(mention.level or "", -1) > LEVEL_RANKS.get(_doc_place_level(context), 99)


# What may open a sentence before the place it is about: a time and a comma, the body that acts for the place.
_TOPIC_OPENING_RE = re.compile(r"[\s\-–+*•]*(?:[^,.;:()\n]{0,40}?(?:19|20)\d\d[^,.;:()\n]{0,12},\s*)?(?:(?:"
                               + "|".join(map(re.escape, longest_first(table("cues")["bodies_acting_for_a_place"])))
                               + r")\s+)?")


_TOPIC_REACH = 400  # characters between a sentence and the place the sentence before it opens on


def _spelled_alike(name, other):
    """Two names one slip of the keyboard apart ("Phúu Lộc", "Phú Lộc")."""
    return isinstance(other, str) and difflib.SequenceMatcher(None, name, other).ratio() >= 0.85


def _topic_of_the_sentence_before(context, sentence_start):
    """"Nhiệm kỳ 2015 - 2020, Đảng bộ thị trấn Đông Phú tập trung lãnh đạo …. Kinh tế địa phương … đạt 18,37%": the place
    a sentence of the same paragraph opens on, with no figure said since, is what the figures right after it are of
    (before a place carried from an earlier paragraph); None where there is none."""
    index = bisect.bisect_left(context.place_starts, sentence_start) - 1
    if index < 0:
        return None
    mention = context.places[index]
    if mention.country or mention.office or mention.merged or len(mention.names) != 1 \
            or sentence_start - mention.end > _TOPIC_REACH \
            or context.low.find("\n", mention.end, sentence_start) >= 0 \
            or _DIGIT_RE.search(context.low, mention.end, sentence_start) is not None:
        return None
    near = max(0, mention.start - _TOPIC_REACH)  # (looked for a bounded way back: linear time on any input)
    opening = max(context.low.rfind(". ", near, mention.start) + 2, context.low.rfind("\n", near, mention.start) + 1, near)
    heads = _TOPIC_OPENING_RE.match(context.low, opening, mention.start)
    if heads is None or not _TOPIC_HEAD_RE.fullmatch(context.low, heads.end(), mention.start):
        return None
    return mention.names[0]


def _paragraph_place_after(context, position):
    """"Năm 2024, thu nhập … ở 9/9 xã đạt hơn 86 triệu đồng … Sau 6 năm, huyện Đại Lộc đã hoàn thành …": in an
    article about several districts or provinces, a figure with no place before it in its paragraph is of the one
    district or province the paragraph names after it (not of the article's main place)."""
    index = bisect.bisect_left(context.place_starts, position)  # (the first mention after the figure)
    if index >= len(context.places):
        return None
    line_start = context.low.rfind("\n", 0, position) + 1
    line_end = context.low.find("\n", position)
    line_end = len(context.low) if line_end < 0 else line_end
    if index > 0 and context.places[index - 1].end > line_start:
        return None  # a place named before it in the paragraph (carried, or not its place for a reason)
    found = {}
    last = min(len(context.places), index + _NEARBY)  # (a bounded number of mentions ahead: linear time)
    while index < last and context.places[index].start < line_end and len(found) < 2:
        mention = context.places[index]
        if mention.country or len(mention.names) != 1:
            return None
        if mention.level in ("district", "province", "city") and not _locates_the_one_before(context, index, line_start):
            found.setdefault(mention.names[0], mention)
        index += 1
    if len(found) != 1:
        return None
    mention = next(iter(found.values()))
    if context.doc_place is None or mention.names[0] == context.doc_place:
        return None
    # (only where the article's own place is a peer of it, named elsewhere: several districts, several provinces)
    return mention if _doc_place_level(context) == mention.level else None


def _heading_place_before(context, position):
    """The place whose name stands alone on a line (a section heading) last before `position`, or None."""
    if context.heading_places is None:
        context.heading_places = []
        for mention in context.places:
            if mention.country or len(mention.names) != 1:
                continue
            line_start = context.low.rfind("\n", 0, mention.start) + 1
            line_end = context.low.find("\n", mention.end)
            line_end = len(context.low) if line_end < 0 else line_end
            if line_start > 0 and _HEADING_REST_RE.fullmatch(context.low, line_start, mention.start) \
                    and _HEADING_AFTER_RE.fullmatch(context.low, mention.end, line_end):
                context.heading_places.append((mention.start, mention.names[0]))
    index = bisect.bisect_left(context.heading_places, (position,)) - 1
    return context.heading_places[index][1] if index >= 0 else None


# "huyện này", "thành phố này", "địa phương này": a place pointed back to (level None: any place)
# "của xã", "trong xã", "xã được công nhận": the commune the text speaks of, by its common noun (no name after it)
_THE_COMMUNE_RE = re.compile(r"(?<!\w)(?:(?:của|trong|toàn|cả)\s+xã|xã\s+(?:đã|được|cũng|đang))(?!\w)(?!\s+[A-ZĐ\d])")


def _the_commune_spoken_of(context, sentence, quantity):
    """The one commune the text has named before a figure whose clause speaks of "the commune" (_THE_COMMUNE_RE, read
    in the text as written: a capital after "xã" starts a name), or None where it named none or several."""
    near = max(sentence.start, quantity.start - _LOOKBACK)
    if _THE_COMMUNE_RE.search(context.work, near, quantity.end + 20) is None:
        return None
    # (a paragraph that opens on a commune speaks of it: "Xã Mỹ An, huyện Tháp Mười đạt chuẩn …. Giai đoạn 2017 -
    # 2022, xã đã huy động trên 52,7 tỷ đồng" after a list of eight communes)
    at = _place_opening(context, _line_start(context, quantity.start) + 1)
    if at is not None and context.places[at].level == "commune" and len(context.places[at].names) == 1 \
            and not any(m.level == "commune" for m in context.places[at + 1:bisect.bisect_left(context.place_starts,
                                                                                             quantity.start)]):
        return context.places[at].names[0]
    if context.communes_named is None:
        # (where the first commune is named, and where a second one is: found once per document, not per figure)
        first = second = None
        for mention in context.places:
            if mention.level != "commune" or len(mention.names) != 1 or mention.merged:
                continue
            if first is None:
                first = mention
            elif mention.names[0] != first.names[0]:
                second = mention
                break
        context.communes_named = (first, second)
    first, second = context.communes_named
    if first is None or first.start >= quantity.start or second is not None and second.start < quantity.start:
        return None
    return first.names[0]


# (with what it is between: "tỉnh miền núi biên giới này")
_THIS_PLACE_RE = re.compile(r"(?<!\w)(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|địa phương)(?:\s+[^\W\d]+){0,4}?"
                            r"\s+này(?!\w)")


_UNNAMED_TERRITORY_RE = re.compile(r"(?<!\w)(?:địa\s+bàn\s+(?:toàn\s+)?|toàn\s+)(xã|huyện|thị xã|thành phố|tỉnh)(?!\w)")
_WORD_AFTER_RE = re.compile(r"\s+([^\W\d_])")
_WHOLE_UNIT_HAS_RE = re.compile(r"(?<!\w)(?:toàn|cả)\s+(?:huyện|tỉnh|thị xã|thành phố)\s+(?:(?:đã|hiện|đến nay)\s+)*"
                                r"(?:có|đạt)\s+$")
_UNNAMED_UNIT_OF_RE = re.compile(r"\s*(?:là\s+)?(?:một\s+)?(?:huyện|thị xã|xã)(?:\s+[^\W\d]+){0,4}?\s+(?:của|thuộc)\s+(?:tỉnh\s+)?")
_AGENT_BEFORE_RE = re.compile(r"(?<!\w)được\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|chủ tịch ubnd)\s+"
                              r"(?:tỉnh|huyện|thành phố|tp\.?|thị xã)?\s*$")
_COMMA_ONLY_RE = re.compile(r"\s*,\s*")
_PLACE_CLAUSE_BREAK_RE = re.compile(r"[;()\n]")


def _locates_the_one_before(context, index, sentence_start):
    """Whether the place mention at `index` only says where the one before it lies: "huyện Đông Sơn, tỉnh Thanh
    Hóa", "xã A, huyện B" (a place of a higher level written right after a lower one, a comma between); the
    figures are the first place's, not both places'."""
    if index <= 0:
        return False
    mention, before = context.places[index], context.places[index - 1]
    if mention.country or before.country or before.start < sentence_start:
        return False
    high, low = LEVEL_RANKS.get(mention.level or ""), LEVEL_RANKS.get(before.level or "")
    if high is None or low is None or high <= low or mention.level == "city" and before.level != "commune" \
            or _COMMA_ONLY_RE.fullmatch(context.low, before.end, mention.start) is None:
        return False  # (a city may be a district's peer: "các huyện Lâm Bình, Hàm Yên, thành phố Tuyên Quang")
    # (nor the last of a list of places: "các huyện A, B, tỉnh C" is not said of a district's province)
    return index < 2 or _PLACE_JOIN_RE.fullmatch(context.low, context.places[index - 2].end, before.start) is None


_WHOLE_REGION = "toàn vùng"
_REGION_REACH = 600  # characters back from "toàn vùng" to the region it means


def _whole_region_before(context: _Context, sentence: Span, quantity: Quantity, index: int) -> str | None:
    """"… vùng Đồng bằng sông Cửu Long được thu hoạch xong. Năng suất lúa toàn vùng năm nay đạt 62,7 tạ/ha": the whole
    region its clause speaks of, the one named last before it (no place named between it and the figure)."""
    whole = context.low.rfind(_WHOLE_REGION, max(sentence.start, quantity.start - _LOOKBACK), quantity.start)
    if whole < 0 or index >= 0 and context.places[index].start > whole:  # (index: the last place named before the figure)
        return None
    for i in range(index, max(-1, index - _NEARBY), -1):
        mention = context.places[i]
        if whole - mention.end > _REGION_REACH:
            return None
        if mention.level == "region" and len(mention.names) == 1:
            return mention.names[0]
    return None


def place_for(context: _Context, sentence: Span, quantity: Quantity, unit: str, state: _State, first_in_sentence: int,
               evidence: dict) -> Any:
    cues = _cues()
    index = bisect.bisect_left(context.place_starts, quantity.start) - 1
    region = _whole_region_before(context, sentence, quantity, index) if _says(context, _WHOLE_REGION) else None
    if region is not None:
        evidence["place"] = "carried"
        return region
    belongs_to = _place_it_belongs_to_after(context, sentence, quantity, index)
    if belongs_to is not None:
        evidence["place"] = "sentence"
        return belongs_to
    if unit and unit.lower() in cues["place_units"]:
        # A count of places belongs to the place that holds them ("cả nước có 7 tỉnh", "huyện A có 5 xã"), named
        # right before it, else the document's; not to a place named in it ("xã A và B là 2 xã").
        # (but the places of a region named right after them are counted in it: "4 địa phương thuộc vùng Đồng bằng
        # sông Hồng")
        counted_in = context.places[index + 1] if index + 1 < len(context.places) else None
        if counted_in is not None and counted_in.level == "region" \
                and _OF_THE_REGION_GAP_RE.fullmatch(context.low, quantity.end, counted_in.start):
            evidence["place"] = "sentence"
            return counted_in.names[0]
        holder = named_last = context.places[index] if index >= 0 else None
        if holder is not None and context.low.find(";", holder.end, quantity.start) >= 0 \
                and _BELONGS_TO_BEFORE_RE.search(context.low, max(0, holder.start - 20), holder.start) is not None:
            holder = None  # "… 4 xã đạt 17/19 tiêu chí thuộc huyện Đam Rông; có 33 xã …": that item's place only
        if holder is not None and _locates_the_one_before(context, index, sentence.start):
            holder = context.places[index - 1]  # "huyện Tuy Phước, tỉnh Bình Định đã có 11/11 xã": the district's
        # (not a place named inside a bracket before it: "(bằng 1/3 diện tích của tỉnh Ninh Bình) có 26 xã")
        each = holder is not None and _EACH_HAS_RE.fullmatch(context.low, named_last.end, quantity.start) is not None
        if holder is not None and not each and _counted_before(context.low, holder.start) \
                and _PLACE_JOIN_RE.fullmatch(context.low, named_last.end, quantity.start):
            holder = None  # "hai huyện Duy Tiên, Kim Bảng và 80 trong số 98 xã": a further item of their whole
        if holder is not None and holder.start >= sentence.start and holder.level != _PLACE_UNIT_LEVELS.get(unit.lower()) \
                and (_close_after(context.low[named_last.end:quantity.start]) or each) \
                and ")" not in context.low[named_last.end:quantity.start]:
            evidence["place"] = "sentence"
            names = list(holder.names)
            if each:
                # "các huyện A, B, thành phố C mỗi đơn vị có 3 thôn": the count holds for each place of the list
                first = index
                while first > 0 and context.places[first - 1].start >= sentence.start \
                        and not context.places[first - 1].country \
                        and _PLACE_JOIN_RE.fullmatch(context.low, context.places[first - 1].end,
                                                     context.places[first].start):
                    first -= 1
                    names = list(context.places[first].names) + names
            held = names[0] if len(names) == 1 else names
            if not each and not holder.country and holder.start < first_in_sentence \
                    and _TOPIC_HEAD_RE.fullmatch(context.low, sentence.start, holder.start):
                state.place = held  # "Huyện Lý Nhân có 20/20 xã …": the district the sentence opens on is its topic
            return held
        after = index + 1
        if after < len(context.places) and context.places[after].country and context.places[after].start < sentence.end \
                and not _PLACE_CLAUSE_BREAK_RE.search(context.low, quantity.end, context.places[after].start):
            # "tăng ở 52 địa phương và giảm ở 11 địa phương trên cả nước": places counted in the country
            evidence["place"] = "sentence"
            return "Việt Nam"
        if unit.lower() == "tỉnh":
            evidence["place"] = "carried"
            return "Việt Nam"  # only the country holds provinces ("Năm 2013 có 19 tỉnh đạt …")
        counted = LEVEL_RANKS.get(_PLACE_UNIT_LEVELS.get(unit.lower(), ""))
        if holder is not None and holder.start >= sentence.start and not holder.country and counted is not None \
                and LEVEL_RANKS.get(holder.level or "", -1) > counted \
                and not _PLACE_CLAUSE_BREAK_RE.search(context.low, named_last.end, quantity.start):
            # "huyện Tuy Phước đã có 11/11 xã đạt chuẩn, 2/2 thị trấn đạt chuẩn đô thị văn minh": a count of smaller
            # units further on in the sentence of a larger place is held by it too
            evidence["place"] = "sentence"
            return holder.names[0] if len(holder.names) == 1 else list(holder.names)
        if state.place is not None and _WHOLE_UNIT_HAS_RE.search(context.low, max(sentence.start, quantity.start - 40),
                                                                  quantity.start):
            # "… huyện Nông Cống … Hiện toàn huyện đã có 12/12 xã đạt chuẩn": the whole district the text speaks of
            evidence["place"] = "carried"
            return state.place
        later = _paragraph_place_after(context, quantity.start)
        if later is not None and counted is not None and LEVEL_RANKS.get(later.level or "", -1) > counted:
            evidence["place"] = "carried"
            return later.names[0]
        evidence["place"] = "document" if context.doc_place else "none"
        return context.doc_place
    if index >= 0 and context.places[index].start >= sentence.start and context.doc_place \
            and _an_office_heads_the_item(context, context.places[index].end, quantity.start):
        evidence["place"] = "document"
        return context.doc_place
    chosen = None
    lowest = max(-1, index - _NEARBY)  # a bounded number of mentions back: linear time on any input
    while index > lowest:
        mention = context.places[index]
        if mention.start < sentence.start:
            break
        if mention.end <= quantity.start:
            # "cả nước" is the place only of a figure said of it (tổng vốn FDI của cả nước (7,86 tỉ USD)).
            # "Hải Hậu là huyện … của tỉnh Nam Định, có 32 xã": a place after "của"/"thuộc" locates the one before it.
            # "TP HCM dẫn đầu về kim ngạch của cả nước với 19,95 tỷ USD": the country locates the city's rank.
            # (not across a figure of the place before: "… của Bắc Ninh đạt 4,2 tỷ USD, trong khi của thành phố Hồ Chí
            # Minh là 3,4 tỷ USD" sets the second place beside the first)
            locator = index > lowest + 1 and context.places[index - 1].start >= sentence.start \
                and not context.places[index - 1].country \
                and _DIGIT_RE.search(context.low, context.places[index - 1].end, mention.start) is None \
                and (_LOCATOR_BEFORE_RE.search(context.low, max(0, mention.start - 12), mention.start) is not None
                     or _locates_the_one_before(context, index, sentence.start))
            # "Là huyện miền núi của tỉnh Yên Bái, có 14 xã, … Văn Chấn …": a province after "của" that locates a
            # district the sentence has not named yet is not where the district's figures hold
            locator = locator or _UNNAMED_UNIT_OF_RE.fullmatch(context.low, sentence.start, mention.start) is not None
            # "Tỷ lệ hộ nghèo còn 1% (xã A 0,3%, xã B 0,85%); … có 02 trường": places named inside a bracket closed
            # before the figure split the figure before by place; they are not where the later figures hold.
            closed = context.low.find(")", mention.end, quantity.start)
            split_before = closed >= 0 and context.low.rfind("(", sentence.start, mention.start) \
                > context.low.rfind(")", sentence.start, mention.start)
            # "xã A hoàn thành nông thôn mới kiểu mẫu; 8/14 xã đạt …; các xã còn lại đạt 38/53 chỉ tiêu": a place
            # named inside an earlier item of a list joined by ";" is that item's, unless it heads the sentence or
            # the words that announce the list (before its colon: "Đến nay, bộ mặt 2 xã …: thu nhập …; tỷ lệ …")
            semi = context.low.find(";", mention.end, quantity.start)
            # (a place named in the item right before the figure's, no figure between them, is the topic: "kinh tế
            # xã A tiếp tục phát triển …; tổng thu ngân sách trên 10 tỷ đồng" holds for A)
            # (nor one that an earlier item acts on: "huyện phấn đấu …; xây dựng xã Long Tân đạt chuẩn …; thu ngân
            # sách trên địa bàn 504 tỷ đồng" is the district's budget)
            earlier_item = semi >= 0 and context.low.find(":", mention.end, semi) < 0 \
                and not _TOPIC_HEAD_RE.fullmatch(context.low, sentence.start, mention.start) \
                and (_DIGIT_RE.search(context.low, mention.end, context.low.rfind(";", mention.end, quantity.start))
                     is not None
                     or _cues()["acting_on_a_place_re"].search(context.low, max(0, mention.start - 25), mention.start)
                     is not None)
            # "10/10 xã đã được UBND tỉnh Quảng Ngãi công nhận …, tỷ lệ đạt 100%": the authority that recognised them is
            # not where the figure holds
            agent = _AGENT_BEFORE_RE.search(context.low, max(0, mention.start - 40), mention.start) is not None \
                or _guest_office(context, mention) or mention.merged
            # "Bắc Ninh đã vượt TP HCM để trở thành địa phương có kim ngạch xuất khẩu lớn nhất với 3,36 tỷ USD": the
            # place overtaken is the rank's reference, the figure is the one's that overtook it
            overtaken = index > lowest + 1 and context.places[index - 1].start >= sentence.start \
                and _OVERTAKEN_BEFORE_RE.search(context.low, max(0, mention.start - 16), mention.start) is not None
            # "Dự án Đường ven biển từ Nghi Sơn (Thanh Hóa) đến Cửa Lò (Nghệ An) đã giải ngân 369 tỷ đồng": the places a
            # road runs between name the road; its figures are the text's place's
            route = _ROUTE_BEFORE_RE.search(context.low, max(sentence.start, mention.start - 120), mention.start) is not None
            if not locator and not split_before and not earlier_item and not agent and not overtaken and not route \
                    and (not mention.country or _the_country_holds(context, mention, quantity)):
                chosen = mention
                break
        index -= 1
    if chosen is None and index + 1 < len(context.places) and not context.places[index + 1].country \
            and _WITH_OPENING_RE.match(context.low, sentence.start, quantity.start) \
            and _CLAUSE_SUBJECT_AFTER_RE.match(context.low, quantity.end, context.places[index + 1].start + 1):
        chosen = context.places[index + 1]  # "Với 31,82 tỷ USD, Thái Nguyên đã vươn lên vị trí thứ hai": the place the clause is of
    if chosen is not None:
        names = list(chosen.names)
        # "Hà Nội, Quảng Ninh, Hải Phòng … tăng hơn gấp đôi": names joined by commas or "và" hold the figure together
        first = bisect.bisect_left(context.place_starts, chosen.start)
        while first > 0 and context.places[first - 1].start >= sentence.start and not context.places[first - 1].country \
                and _PLACE_JOIN_RE.fullmatch(context.low, context.places[first - 1].end, context.places[first].start) \
                and not _REFERENCE_PLACE_BEFORE_RE.search(context.low, max(sentence.start, context.places[first - 1].start - 12),
                                                          context.places[first - 1].start):
            # (not a place named as the reference of a rank: "Sau Bắc Giang, Trà Vinh là địa phương có tăng trưởng cao
            # thứ hai": the figure is Trà Vinh's)
            first -= 1
            names = list(context.places[first].names) + names
        place = names[0] if len(names) == 1 else names
        if chosen.start < first_in_sentence:
            state.place = place  # the topic of the sentence ("Tại Hải Dương, …", "… cả nước đạt …") carries to the next ones
        evidence["place"] = "sentence"
        return place
    # (looked for a bounded way back: linear time however long the sentence)
    near = max(sentence.start, quantity.start - _LOOKBACK)
    this_place = _THIS_PLACE_RE.search(context.low, near, quantity.start) \
        if context.low.find("này", near, quantity.start) >= 0 else None
    if this_place is None and (context.low.find("địa bàn", near, quantity.start) >= 0
                               or context.low.find("toàn", near, quantity.start) >= 0):
        # "Thị trấn Tiên Kỳ được công nhận …. Hiện nay, thu nhập bình quân … trên địa bàn huyện đạt 58,6 triệu đồng":
        # the district's territory, unnamed, is the district last named, not the town the sentence before spoke of
        # (so is the whole of it: "… thành phố Hà Nội … Chủ tịch HĐND thành phố cho biết, thu ngân sách trên toàn
        # thành phố năm 2022 ước đạt …")
        territory = _UNNAMED_TERRITORY_RE.search(context.low, near, quantity.start)
        named = _WORD_AFTER_RE.match(context.work, territory.end()) if territory is not None else None
        if territory is not None and (named is None or not named.group(1)[0].isupper()):
            this_place = territory
    if this_place is not None:
        # "Thành phố Long Khánh … Chẳng hạn, thành phố này chỉ có 5/21 trường": "this city" is the last one named
        level = prefix_levels().get(" ".join(this_place.group(1).split()))
        k = bisect.bisect_left(context.place_starts, sentence.start) - 1
        lowest = k - 50  # (a bounded look back)
        while k >= 0 and k > lowest:
            mention = context.places[k]
            # (not one named in a bracket, an aside: "đứng thứ 2 khu vực (chỉ sau Thanh Hóa với 12,9%). … của địa
            # phương này" speaks of the place the text is about)
            # (nor the region a rank is in: "Nghệ An … đứng thứ 2 ở khu vực Bắc Trung Bộ. Trong đó: … của địa phương
            # này …" speaks of Nghệ An)
            if not mention.country and len(mention.names) == 1 and (level is None or mention.level == level) \
                    and not _in_brackets(context.low, mention.start) \
                    and not _RANK_FIELD_PLACE_BEFORE_RE.search(context.low, max(0, mention.start - 30), mention.start):
                evidence["place"] = "carried"
                return mention.names[0]
            k -= 1
    if state.place is not None and state.place != context.doc_place \
            and _WHOLE_PROVINCE_RE.search(context.low, max(sentence.start, quantity.start - _LOOKBACK),
                                          quantity.start) is not None:
        # "Các huyện A, B đều giảm …. Năm 2025, toàn tỉnh phấn đấu …": the whole province again, not the districts
        state.place = None
        evidence["place"] = "document" if context.doc_place else "none"
        return context.doc_place
    commune = _the_commune_spoken_of(context, sentence, quantity) if _says(context, "xã") else None
    if commune is not None and commune != (state.place or context.doc_place):
        # "… lãnh đạo xã Phước Vinh (huyện Ninh Phước) … Tỷ lệ hộ nghèo của xã còn 4,96%": "the commune" of an
        # article headed by its district is the commune it names (and the sentences after carry it)
        state.place = commune
        evidence["place"] = "carried"
        return commune
    topic = _topic_of_the_sentence_before(context, sentence.start)
    if topic is not None and topic != (state.place or context.doc_place) \
            and not (state.place is None and _spelled_alike(topic, context.doc_place)):
        # (not the article's own place misspelt: "UBND huyện Phúu Lộc tổ chức hội nghị" in an article on Phú Lộc)
        state.place = topic  # (and the sentences after carry it)
        evidence["place"] = "carried"
        return topic
    if state.place is not None:
        evidence["place"] = "carried"
        return state.place
    later = _paragraph_place_after(context, quantity.start)
    if later is not None:
        evidence["place"] = "carried"
        return later.names[0]
    heading = _heading_place_before(context, quantity.start)
    if heading is not None:
        evidence["place"] = "carried"  # a section headed by a place's name ("Hà Nội" on its own line) is about it
        return heading
    if context.doc_place is not None and _says(context, "theo") and _national_release_before(context, quantity.start):
        evidence["place"] = "carried"
        return "Việt Nam"
    evidence["place"] = "document" if context.doc_place else "none"
    return context.doc_place


_NATIONAL_REACH = 1200  # characters a national office's figures run on for (bounded: linear time)


def _national_release_before(context, position):
    """Whether the figure goes on with the figures a national office released ("Theo Tổng cục Thống kê, chỉ số sản
    xuất toàn ngành công nghiệp tháng 4 ước tính tăng 3,6% …" in an article on a province): no place named, nor the
    text's own province or district, since the office was cited; those figures are the country's."""
    low = context.low
    source = _last_match_in(_cues()["national_source_re"], low, max(0, position - _NATIONAL_REACH), position)
    if source is None:
        return False
    named = bisect.bisect_left(context.place_starts, source.start())
    return (named >= len(context.place_starts) or context.place_starts[named] >= position) \
        and _OWN_UNIT_SPOKEN_OF_RE.search(low, source.start(), position) is None


def _place_it_belongs_to_after(context, sentence, quantity, index):
    """"còn 4 xã đạt 17/19 tiêu chí thuộc huyện Đam Rông": a place named after "thuộc" in the figure's own clause is
    where the figure holds (its name, or the names joined with it); None if there is none."""
    after = index + 1
    if after >= len(context.places) or context.places[after].start >= sentence.end or context.places[after].country:
        return None
    mention = context.places[after]
    if _BELONGS_TO_GAP_RE.fullmatch(context.low, quantity.end, mention.start) is None:
        return None
    return mention.names[0] if len(mention.names) == 1 else list(mention.names)


_BELONGS_TO = r"(?<!\w)thuộc\s+(?:(?:huyện|tỉnh|thành\s+phố|thị\s+xã|quận|xã)\s+)?"
_BELONGS_TO_GAP_RE = re.compile(r"[^;.:(),]{0,80}?" + _BELONGS_TO)
_BELONGS_TO_BEFORE_RE = re.compile(_BELONGS_TO + "$")
_ROUTE_BEFORE_RE = re.compile(r"(?<!\w)(?:đường|tuyến|quốc\s+lộ|cao\s+tốc)(?!\w)[^.;:\d]{0,50}?(?<!\w)từ\s+"
                              r"[^.;:\d]{0,60}$")


def _an_office_heads_the_item(context, after, position):
    """The item of a list the figure at `position` is in, after the place named last (ending at `after`), opens on an
    office or a body ("Quỳnh Lưu (60,15%), Công an tỉnh (75,13%), Sở Nội vụ (70,11%)"): the office is the province's
    (or the text's place's), not the place of the item before."""
    cut = max(context.low.rfind(",", after, position), context.low.rfind(";", after, position))
    if cut < 0:
        return False
    item = context.work[cut + 1:position]
    words = _NAME_WORDS_RE.findall(item)
    return 0 < len(words) <= _OFFICE_ITEM_WORDS and _office_opening_re().match(item) is not None \
        and reporting_verbs().search(item.lower()) is None


_OFFICE_ITEM_WORDS = 10


@lru_cache(maxsize=None)
def _office_opening_re():
    """An office or body that opens a list's item, written with its capital ("Sở Nội vụ", "Công an tỉnh")."""
    return re.compile(rf"\s*(?:{phrases_re(table('places')['office_openers'])})(?!\w)")


def _counted_before(low, start):
    """The places named at `start` are the members of a count said right before them ("hai huyện Duy Tiên, Kim Bảng"):
    a count of other places joined to them ("… và 80 trong số 98 xã") is a further item of the same whole, not theirs."""
    return _counted_places_before_re().search(low, max(0, start - 30), start) is not None


@lru_cache(maxsize=None)
def _counted_places_before_re():
    """A count in digits or words (quantities.yaml number_words), perhaps a unit's noun after it, ending the text."""
    counts = phrases_re(table("quantities")["number_words"])
    return re.compile(r"(?<!\w)(?:\d+|" + counts + r")\s+(?:(?:" + "|".join(_PLACE_UNIT_LEVELS) + r")\s+)?$")


def _close_after(gap):
    return len(gap.split()) <= 2 and "," not in gap
