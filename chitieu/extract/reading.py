"""What every reading of a figure shares (pipeline.py reads, figure_periods.py and figure_places.py date and
place): the document being read (`_Context`), what the reading carries from one figure to the next (`_State`), the
cue tables, and the tests of the text around a figure that more than one reading makes."""

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .periods import DocDate
from .places import unit_prefix_re
from .sentences import Span
from .tables import PhraseTable, StartsWithWord, Words, longest_first, phrases_re, table


MEASURED_UNITS = {"VND", "USD", "%", "times", "ha", "km", "km2", "m", "m2", "m3", "tonne", "kg", "kWh", "MW",
                  "year", "month", "day"}
_LOOKBACK = 300  # characters of left context read for a figure
_NEARBY = 50  # claims, places or periods looked back over from a figure (bounded: linear time on any input)
_TARGETS_MET = r"(?:đạt|vượt|hoàn\s+thành|không\s+đạt|chưa\s+đạt)"
# (also the whole a group is counted among: "ba xã trong số 6 xã của thị xã" — what the place has)
_HAS_BEFORE_RE = re.compile(r"(?<!\w)(?:có|trong\s+số)\s*(?:trên|hơn|gần|khoảng)?\s*$")
# "lũy kế" (a running total), in either spelling: one fragment for the patterns below
_RUNNING_TOTAL = r"(?:lũy|luỹ)\s+kế"
_TO_AFTER_FROM_FIGURE_RE = re.compile(r"(?<!\w)từ\s+\d[\d.,]*[^\d;()]{0,25}?\s(?:lên|xuống)(?:\s+còn)?\s*$")
_NEWLINE_RE = re.compile(r"\n")


def _letter_before(text, start):
    return start > 0 and (text[start - 1].isalpha() or text[start - 1] == "_")


def _words_re(words):
    return Words(words)


# "Chương trình mục tiêu quốc gia xây dựng nông thôn mới": the name of a national programme, whose "mục tiêu" sets
# no target (its figures are what was done), nor is it the base of a ratio
_NOT_A_PROGRAMME_NAME = r"(?!(?<=mục tiêu)\s+quốc\s+gia(?!\w))"
# ("sàn giao dịch", "giao thông": words of other nouns, not "giao" a plan is given by)
_NOT_ASSIGNING_AFTER = r"(?!\s+(?:dịch|thông|lưu|thương|nhận|hàng|tiếp|ban|kết)(?!\w))"


@lru_cache(maxsize=None)
def _cues():
    cues = table("cues")
    verbs = cues["measure_verbs"]
    verb_kind = {}
    for kind in ("level", "ratio", "growth_down", "growth_up", "share"):
        for word in verbs[kind]:
            verb_kind[word] = kind
    verb_kind["tương đương"] = "equivalent"
    verb_kind["đóng góp"] = "share"
    base_phrases = PhraseTable((p, b) for p, b in cues["bases"])
    mod = cues["modality"]
    carried = {w: "estimate" for w in mod["estimate"]}
    carried.update({w: "expected" for w in mod["expected"]})
    for word in cues["striving_words"]:  # "phấn đấu", "đặt mục tiêu": the figures after them are targets
        carried[word] = "target"
    causes = phrases_re(cues["count_cause_words"])  # what caused what is counted ("làm chết 3 người")
    return {
        "verb_re": Words(verb_kind, tail=r"(?!\w)" + "".join(f"(?<!{re.escape(noun)})"
                                                           for noun in cues["nouns_ending_on_a_verb"])),
        "verb_kind": verb_kind,
        "base_re": Words(base_phrases, tail=r"(?!\w)" + _NOT_A_PROGRAMME_NAME, any_spaces=True),
        "base_of": base_phrases,
        # (a cue glued to the figure or year before it, a typing slip, still counts: "năm 2020ước đạt …")
        "modality_re": StartsWithWord("(?:" + "|".join(re.escape(w) for w in longest_first(carried)) + r")(?!\w)",
                                      _letter_before),
        "modality_of": carried,
        "still_to_come": frozenset(cues["still_to_come"]),
        "reckoning_words": frozenset(cues["reckoning_words"]),
        "target_re": Words(mod["target"], tail=r"(?!\w)" + _NOT_ASSIGNING_AFTER + _NOT_A_PROGRAMME_NAME),
        # (and "giải ngân": "giải ngân vốn kế hoạch năm 2025 là 9.276 tỷ đồng" is the plan's capital disbursed)
        "actual_verb_re": _words_re(["đạt", "hoàn thành", "vượt", "thực hiện", "bằng", "để", "cần", "còn", "tăng",
                                     "giảm", "chiếm", "thấp hơn", "cao hơn", "giải ngân"]),
        "comparison_verbs": {"vượt", "vượt mức", "cao hơn", "thấp hơn"},
        "ratio_verb_re": _words_re(["đạt", "bằng", "hoàn thành", "chiếm", "đạt và vượt"]),
        "rate_re": _words_re(cues["rate_words"]),
        "growth_subject_re": _words_re(cues["growth_subject_words"]),
        "output_aggregate_re": _words_re(cues["output_aggregates"]),
        "not_a_part_words": frozenset(cues["not_a_part_words"]),
        # (a partner's name opens on a capital: the words after the opener are checked in the original case)
        "goods_heads": frozenset(cues["goods_heads"]),
        "partner_re": re.compile(r"(?:" + phrases_re(cues["partner_openers"]) + r")\s+(?=[^\W\d_])"),
        "located_part_re": re.compile(
            r"\s*(?:trong đó\s*)?(?P<where>(?:(?:" + phrases_re(cues["located_part_openers"]) + r")\s+(?!(?:"
            + phrases_re(cues["located_part_not_places"]) + r")(?!\w))[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?|(?:tại\s+)?(?:(?:khu vực|vùng)\s+)?(?:"
            + phrases_re(cues["area_kinds"]) + r")))(?:\s+(?:" + phrases_re(table("quantities")["item_verbs"]) + r"))*\s*"),
        # (… and where the part before it lies, at the end of its subject: an area, or the last "trong"/"ngoài" phrase)
        # ("Theo Tổng cục Thống kê, …", "Theo số liệu của Bộ …": a national office cited as the source)
        "national_source_re": re.compile(r"(?<!\w)theo\s+(?:số\s+liệu\s+(?:của\s+)?|báo\s+cáo\s+(?:của\s+)?)?(?:"
                                         + phrases_re(cues["national_offices"]) + r")\s"),
        "located_tail_re": re.compile(r"\s(?:tại\s+)?(?:(?:khu vực|vùng)\s+)?(?:" + phrases_re(cues["area_kinds"])
                                      + r")$|.*\s((?:" + phrases_re(cues["located_part_openers"]) + r")(?:\s+[^\W\d_]+){1,3})$"),
        "taking_part_end_re": re.compile(r"(?<!\w)sự\s+(" + phrases_re(cues["taking_part_verbs"]) + r")(?:\s+của)?$"),
        "level_rate_re": _words_re(cues["level_rates_named_as_growth"]),
        "fall_of_a_rate_re": _words_re(cues["fall_of_a_rate_subject_words"]),
        "count_of_units_re": re.compile(r"(?:[\s\-–+*•]*)số\s+(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["counted_unit_words"] + cues["place_count_units"] + cues["group_nouns"])) + r")(?!\w)"),
        # "Hộ gia đình được sử dụng điện lưới: 97,8%": the units that are served, as a percent of all of them
        "units_served_re": re.compile(r"(?:[\s\-–+*•]*)(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["counted_unit_words"] + cues["place_count_units"] + cues["group_nouns"] + ["hộ gia đình"]))
            + r")(?:\s+[^\W\d]+){0,3}?\s+được\s"),
        "ranking_re": _words_re(cues["ranking_words"]),
        "place_count_unit_set": frozenset(cues["place_count_units"]),
        # (also "các tỉnh còn lại đều ở mức dưới 8%": a level each place of a group the text does not name holds)
        "places_have_before_re": re.compile(r"(?:(?<![\w.,/])\d+\s+(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["place_count_units"])) + r")(?:\s*,\s*thành\s+phố)?\s+(?:đều\s+)?(?:có|đạt)\s+"
            r"|(?<!\w)các\s+(?:" + "|".join(re.escape(w) for w in longest_first(cues["place_count_units"]))
            + r")(?:\s*,\s*thành\s+phố)?(?:\s+còn\s+lại)?\s+đều\s+(?:có|đạt|ở)\s+(?:mức\s+)?)"
            r"(?:(?:trên|hơn|gần|khoảng|dưới|từ)\s+)?$"),
        "rate_after_rise_re": re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["rate_after_rise_words"])) + r")(?!\w)"),
        "rise_re": _words_re(cues["rise_words"]),
        # "5 dự án điều chỉnh tăng vốn khoảng 430 tỷ đồng": the noun after the rise names what was added
        "added_after_rise_re": re.compile(r"(?<!\w)(?:tăng|giảm)\s+(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["added_after_rise"])) + r")(?!\w)[^,;:()\d]{0,24}$"),
        "flow_re": _words_re(cues["flow_words"] + ["thêm", "công nhận", "phê duyệt", "hỗ trợ", "thành lập"]),
        "stock_re": _words_re(cues["stock_words"]),
        "establishments_re": _words_re(cues["establishments"]),
        "end_point_re": _words_re(cues["end_point_words"]),
        "end_point_units": frozenset(cues["end_point_units"]),
        "striving_words": tuple(cues["striving_words"]),
        "plan_parts": frozenset(cues["plan_parts"]),
        "subjects_naming_nothing": frozenset(cues["subjects_naming_nothing"]),
        "league_words": frozenset(cues["league_words"]),
        "league_marks": frozenset(cues["league_marks"]),
        "ranking_goes_on": tuple(cues["ranking_goes_on"]),
        "money_states": [tuple(words) for words in cues["money_states"]],
        "money_heads": frozenset(cues["money_heads"]),
        "area_kinds": frozenset(cues["area_kinds"]),
        "event_units": frozenset(cues["event_units"]),
        "place_units": set(cues["place_count_units"]),
        "served_people_units": tuple(cues["served_people_units"]),
        "top_list_before_re": re.compile(r"(?<!\w)(?:" + phrases_re(cues["top_list_words"]) + r")(?:\s+(?:nhóm|các))?\s+$"),
        "against_plan_words_re": _words_re(cues["against_plan_words"]),
        # a trade value named without its direction ("Kim ngạch lần lượt của 4 tỉnh xếp sau là: …")
        "bare_trade_value_re": re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["trade_value_words"])) + r")$"),
        "trade_direction_re": _words_re(cues["trade_directions"]),
        "trade_directions": frozenset(cues["trade_directions"]),
        # "…, như A còn 5.505 người, B 3.216 người": a list of places' figures opened after the indicator
        "league_list_opener_re": re.compile(r",\s*(?:" + "|".join(re.escape(w) for w in cues["league_list_words"])
                                            + r")(?!\w)\s*:?"),
        # (the verb ending the words before the count, whoever received, "ngành du lịch Thanh Hóa ước đón"; but not the
        # visitors named before their verb, "Tổng số lượt khách do cơ sở lưu trú phục vụ")
        "visit_verbs_re": re.compile(r"(?!.*(?:khách|lượt))(?:.*\s)?(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["visit_verbs"])) + r")(?:\s+được)?$"),
        "group_after_re": re.compile(r"\s*(?:số\s+)?(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["place_count_units"] + cues["group_nouns"])) + r")(?!\w)"),
        "future_re": Words(mod["expected"] + ["phấn đấu", "mục tiêu", "chỉ tiêu kế hoạch"], tail=r"(?!\w)" + _NOT_A_PROGRAMME_NAME),
        "base_only_words": frozenset(cues["base_only_words"]),
        "part_openers": tuple(cues["part_openers"]),
        "branch_heads": frozenset(cues["branch_heads"]),
        # (the opening word, then a few words naming the parts, then a colon: "Cụ thể các ngành như: …")
        "spelled_out_opener_re": re.compile(r"(?:" + phrases_re(cues["spelled_out_openers"]) + r")(?:\s*,|(?:\s+[^\W\d_]+)"
                                            r"{0,4}?\s*:)"),
        "part_heads_too_general": frozenset(cues["part_heads_too_general"]),
        "effort_before_phan_dau_re": re.compile(r"(?<!\w)(?:(?:\d+|nhiều|mấy)\s+năm|sự|nỗ lực|cố gắng)\s+(?:"
                                                + "|".join(re.escape(w) for w in longest_first(cues["effort_words"]))
                                                + r")(?:\s+(?:" + "|".join(re.escape(w) for w in longest_first(cues["effort_words"]))
                                                + r"))?\s*,?\s*$"),
        "flow_whole_re": re.compile(r"\s*(?:tổng\s+|của\s+)?(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["flow_wholes"])) + r")(?!\w)"),
        "contrast_re": re.compile(r",\s*(?:" + "|".join(re.escape(w) for w in longest_first(cues["contrast_openers"]))
                                  + r")(?!\w)"),
        "parts_follow": tuple(cues["parts_follow"]),
        "parts_after_a_total_re": re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, cues["parts_after_a_total"]))
                                             + r")(?!\w)"),
        "population_after_re": re.compile(r"\s*(?:" + phrases_re(cues["population_wholes"]) + r")(?!\w)"),
        "whole_after_re": re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in longest_first(cues["whole_after_percent"]))
                                     + r")(?!\w)"),
        "reached_verbs": frozenset(cues["reached_verbs"]),
        # what says a figure was done or reached, not planned ("trong đó đã giải ngân …", "thực hiện …", "tăng …")
        # ("có" there: "Trong đó, có 64 xã …" only says there are such parts)
        "done_words_re": _words_re(["đã", "vượt", "bằng", "tăng", "giảm", "chiếm", "thấp hơn", "cao hơn"]
                                   + [verb for verb in cues["reached_verbs"] if verb != "có"]),
        "units_of_targets": frozenset(cues["units_of_targets"]),
        "counts_naming_themselves": frozenset(cues["counts_naming_themselves"]),
        "target_set_before_re": StartsWithWord("(?:" + _TARGET_SETTING_VERBS + r")\s+(?:các\s+)?(?:chỉ tiêu|mục tiêu)(?!\w)"),
        "targets_counted_re": StartsWithWord("(?:" + _TARGET_SETTING_VERBS + r")\s+\d+\s+(?:nhóm\s+)?(?:chỉ tiêu|mục tiêu)(?!\w)"),
        "targets_named_opener_re": re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["targets_named_openers"])) + r")(?!\w)\s*[,:]?"),
        "meeting_people_units": frozenset(cues["meeting_people_units"]),
        "meeting_proceedings_re": _words_re(cues["meeting_proceedings"]),
        "share_subject_re": _words_re(cues["share_subject_words"]),
        "budget_subject_re": _words_re(cues["budget_subject_words"]),
        "assigned_by_level_re": re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in longest_first(cues["assigned_by_level"]))
                                           + r")(?!\w)" + _NOT_ASSIGNING_AFTER),
        "plan_ratio_subject_re": _words_re(cues["plan_ratio_subject_words"]),
        "sector_re": _words_re(cues["sector_words"]),
        "industrial_index_re": _words_re(cues["industrial_index_words"] + cues["industrial_value_words"]),
        # an opener of a list of products, then the list's colon in the same clause, or "như", or the next sentence's
        # "Cụ thể,": the items follow it ("Một số sản phẩm tăng trưởng mạnh như tôm đông lạnh tăng 19,78%, …")
        "product_list_re": re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in longest_first(cues["product_list_openers"]))
                                      + r")(?!\w)[^.;:\n]{0,120}?(?::|\snhư(?!\w)|\.\s+cụ\s+thể\s*[,:])"),
        "industry_section_re": _words_re(cues["industry_section_words"]),
        # a subject that points back to the figure before ("Kết quả này tương đương 40,47% dự toán")
        "pointing_back_re": re.compile(r"(?:" + "|".join(re.escape(w) for w in longest_first(cues["pointing_back_nouns"]))
                                       + r")(?:\s+\S+){0,2}\s+(?:" + "|".join(re.escape(w) for w in cues["pointing_back_words"])
                                       + r")", re.IGNORECASE),
        # (after a count of places, the rest of its noun, then a word pointing back and the end of the phrase)
        "places_pointed_back_re": re.compile(r"(?:\s*/\s*[^\W\d_]+(?:\s+phố)?)?\s+(?:"
                                             + phrases_re(cues["pointing_back_words"]) + r")(?:\s*[,;.:]|\s+(?:đều|thì)(?!\w))"),
        "raising_verb_re": re.compile(r"(?:" + "|".join(re.escape(w) for w in cues["raising_verbs"]) + r")\s+(?=tổng(?!\w))",
                                      re.IGNORECASE),
        # a group a percent is a share of, named right after it ("100% đơn vị cấp huyện", "100% số xã")
        "acting_on_a_place_re": re.compile(r"(?<!\w)(?:" + phrases_re(cues["verbs_acting_on_a_place"]) + r")\s+$"),
        "share_group_after_re": re.compile(r"\s+(?:(?:các|những)\s+)?(?:số\s+)?(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["place_count_units"] + cues["group_nouns"] + cues["counted_unit_words"])) + r")(?!\w)"),
        # a subject that is a verb of counting and at most one word before it (UBND đã công nhận, tiếp đón)
        "count_verb_end_re": re.compile(r"^(?:\S+\s+){0,2}(?:" + "|".join(re.escape(w) for w in cues["count_verbs"])
                                        + r")$"),
        # (the next count's bound may come between: "120 đại biểu đại diện cho hơn 600 đảng viên")
        "count_joined_re": re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in longest_first(cues["count_joiners"]))
                                      + r")(?:\s+(?:hơn|gần|trên|khoảng|tới|xấp\s+xỉ))?\s*$"),
        # (a longer phrase ending in one after "đã" or "và": "Sở … đã thẩm định và công nhận 26 trường …")
        # (past a cause: "… và làm bị thương 30 người" counts those hurt)
        # (and a decision that does it: "Chủ tịch UBND tỉnh vừa ký quyết định công nhận thêm 5 xã đạt chuẩn …")
        "count_verb_tail_re": re.compile(r"(?<!\w)(?:đã|và|vừa|quyết\s+định)\s+(?:(?:" + causes + r")\s+)?("
                                         + "|".join(re.escape(w) for w in cues["count_verbs"])
                                         + r")$"),
        "school_level_re": re.compile(r"(?:cấp|bậc|khối)\s+(?:học\s+)?(" + phrases_re(cues["school_levels"]) + r")",
                                      re.IGNORECASE),
        "count_cause_re": re.compile(r"(?:" + causes + r")\s+", re.IGNORECASE),
        "count_cause_end_re": re.compile(r"(?<!\w)(?<!việc\s)(?:" + causes + r")$", re.IGNORECASE),
        # an item that opens on a verb of counting ("…; đào tạo nghề cho 14.676 người"): a verb of its own
        "count_verb_opening_re": re.compile(r"[\s\-–+*•]*(?:đã\s+)?(?:" + "|".join(re.escape(w) for w in longest_first(
            cues["count_verbs"])) + r")(?!\w)"),
    }


@dataclass
class _State:
    """What carries from figure to figure (and into a `Trong đó` sentence)."""

    subject: str | None = None
    subject_how: str | None = None  # how that subject was found ("previous": from a sentence before)
    modality: str | None = None
    ratio_basis: str | None = None
    growth_basis: str | None = None
    place: Any = None  # the PlaceMention carried, or None
    scope_start: int = 0
    target_list: bool = False  # the figures are items of a list of targets ("Các chỉ tiêu chủ yếu đề ra là: …")
    goal_period: str | None = None  # the year still to come that the goal sentence before set, for its sequel
    last_percent: str | None = None  # the measure of the last percent read (carried into a `Trong đó` sentence)
    part_period: str | None = None  # a `Trong đó` sentence: the period of the total whose parts it lists
    part_noun: str | None = None  # … where that total is a count, the noun it counts (its parts count it too)
    part_targets: bool = False  # … where that total is a count of targets met (only the counts of its parts share its time)
    part_of_a_plan: str | None = None  # … where that total is planned, its unit (its parts are planned amounts too)
    part_share: bool = False  # … and that total's percent was a share of a whole named after it
    estimate_period: str | None = None  # the period of the sentence's first estimated figure
    subject_outside: str | None = None  # the subject last carried by a figure outside brackets
    index_groups: bool = False  # the groups of an index whose rise the sentence before gave (_groups_of_the_index_go_on)
    month_base: bool = False  # the growth_basis carried compares with a month: the month before or December
    growth_basis_end: int = 0  # where the figure that set growth_basis ends


@dataclass
class _Context:
    text: str
    work: str
    low: str
    doc_date: DocDate | None
    doc_year: int | None
    doc_place: str | None
    places: list
    place_starts: list
    periods: list
    period_starts: list
    blanks: list = field(default_factory=list)
    future_ranges: list = field(default_factory=list)
    first_period: int | None = None
    newlines: list | None = None  # positions of the line breaks, found when first needed
    target_headings: list | None = None  # where headings announce a list of targets, found when first needed
    target_heading_ends: list | None = None  # where the list each of those headings announces ends
    last_subject: str | None = None  # the subject of the last figure read, for a figure whose sentence names none
    figure_starts: list = field(default_factory=list)  # where each figure of the text starts, in order
    last_subject_of_unit: dict = field(default_factory=dict)  # … and of the last figure read in each unit
    last_subject_of_unit_at: dict = field(default_factory=dict)  # … and where that figure ended
    doc_place_level: str | None = None  # the level of the document's place where the text names it ("" if not)
    heading_places: list | None = None  # (start, name) of places standing alone on a line, found when first needed
    terms: list | None = None  # (start, "A/B") of the plan terms named (nhiệm kỳ 2020-2025), found when first needed
    resolution_end: int | None = None  # where a resolution's headline ends (_under_target_heading), if one heads the text
    announced_lists: list = field(default_factory=list)  # (start, end, modality) of lists announced as estimates
    last_plan_ratio: tuple | None = None  # (end, basis) of the last ratio to a plan or an estimate read
    said: dict = field(default_factory=dict)  # whether the text says a word anywhere, asked once per word (_says)
    communes_named: tuple | None = None  # the first commune named and the first other one (_the_commune_spoken_of)
    price_index_at: dict = field(default_factory=dict)  # where each sentence names a price index (_price_index_named_in)


def _says(context: _Context, words: str) -> bool:
    """Whether the text says `words` anywhere: looked up once, not once per figure (a scan of the whole text for each
    figure would make a long document's time grow with its square)."""
    said = context.said.get(words)
    if said is None:
        said = context.said[words] = words in context.low
    return said


# (a text that speaks of a province or district of its own without naming it: "toàn tỉnh", "huyện ta")
_OWN_UNIT_SPOKEN_OF_RE = re.compile(r"(?<!\w)(?:(?:toàn|cả|của|trên\s+địa\s+bàn)\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã)"
                                    r"|(?:tỉnh|huyện|xã)\s+(?:ta|nhà)|(?:tại|của)\s+địa\s+phương)(?!\w)")


_WHOLE_PROVINCE_RE = re.compile(r"(?<!\w)(?:toàn|cả)\s+tỉnh(?!\w)")
# A bracket that gives, figure for figure, the values of the figures before it at another time: "… dịch vụ chiếm 43,8%
# (cơ cấu tương ứng của 6 tháng đầu năm 2023 là: 22,8%; 25,8%; 47,2%)", "(Cơ cấu tương ứng của cùng kỳ năm 2023 là: …)"
_CORRESPONDING_OPENER_RE = re.compile(r"\(\s*(?:[^\W\d][^()\d:;]{0,40}?\s)?tương\s+ứng\s+(?:của\s+)?")
_NAME_WORDS_RE = re.compile(r"[^\W\d_]+")


def _place_opening(context, start):
    """The index of the place the text opens on at `start` (a unit's prefix at most before it), or None."""
    index = bisect.bisect_left(context.place_starts, start)
    if index >= len(context.places):
        return None
    opening = context.low[start:context.places[index].start].strip()
    return index if not opening or unit_prefix_re().fullmatch(opening + " ") is not None else None


# A heading that opens a line and announces the main targets ("NHỮNG CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2025-2030",
# "Mục tiêu cụ thể"): the figures of the rest of its paragraph are items of that list of targets.
# (also an article of a resolution: "Điều 2. Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2022")
_TARGET_HEADING_RE = re.compile(r"(?m)^[ \t\-–+*•|]*(?:(?:điều\s+)?[ivx\d]+[.)]\s*)?(?:về\s+)?(?:(?:các|một số|những)\s+)?"
                                # (the aims named with the targets: "III. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2024")
                                r"(?:(?:mục tiêu|nhiệm vụ)\s*(?:,|và)\s*(?:(?:các|một số|những)\s+)?)?"
                                r"(?:chỉ tiêu|mục tiêu)\s+(?:(?:chủ yếu|cụ thể|chính)(?!\w)"
                                # "Các chỉ tiêu kinh tế - xã hội năm 2018", "Chỉ tiêu đến năm 2030:": a heading that names
                                # the year (or term) its targets are for, standing alone on its line or before a colon
                                r"|(?:[^\W\d][^\d\n.:;()]{0,60}?\s)?(?:(?:đến|tới)\s+)?(?:năm|giai đoạn|nhiệm kỳ|thời kỳ)\s+"
                                r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*(?::|\n|$))")


# A section heading of the plan for a year, alone on its line (or before a colon): "3. Kế hoạch năm 2022",
# "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022", "Nhiệm vụ, giải pháp năm 2024:" (not "Kết quả thực hiện kế hoạch năm 2021")
_PLAN_HEADING_RE = re.compile(r"(?m)^[ \t\-–+*•|]*(?:[ivx\d]{1,4}[.)]\s*)?(?:kế hoạch|phương hướng|nhiệm vụ)"
                              r"(?:\s*(?:,|và)\s*(?:nhiệm vụ|giải pháp|phương hướng|mục tiêu))?"
                              r"(?:\s+(?:phát triển\s+)?kinh tế\s*-\s*xã hội)?\s+(?:năm|giai đoạn)\s+"
                              r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*(?::|\n|$)")


# A line that strives for targets and announces them with a colon at its end: a target heading too.
_STRIVES_FOR_LIST_RE = re.compile(r"phấn\s+đấu[^\n:.;]{0,100}?(?:chỉ\s+tiêu|mục\s+tiêu)[^\n:.;]{0,40}:[ \t]*(?=\n)")
# The year (or term) a target heading names: the period of its items that name none of their own.
_HEADING_PERIOD_RE = re.compile(r"(?<!\w)(?:năm|giai đoạn|nhiệm kỳ|thời kỳ)\s+((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?!\d)")
_HEADING_REACH = 100
# A headline that names a resolution on the tasks ahead ("Nghị quyết của HĐND huyện về nhiệm vụ … năm 2012"), not a
# report of results: the whole text below it sets out targets.
_RESOLUTION_HEADLINE_RE = re.compile(r"nghị quyết[^\n]{0,80}?(?<!\w)(?:nhiệm vụ|kế hoạch|chỉ tiêu|mục tiêu)(?!\w)")
_NEXT_LINE_RE = re.compile(r"\s*[^\n]+")
_RESULTS_WORDS_RE = re.compile(r"(?<!\w)(?:kết quả|sơ kết|tổng kết|đánh giá|đạt|vượt|thực hiện|hoàn thành|báo cáo)(?!\w)")


def _under_target_heading(context, position):
    """A target heading (_TARGET_HEADING_RE) lies before `position` in its paragraph, or a resolution's headline
    (_RESOLUTION_HEADLINE_RE) heads the text (found once per document)."""
    if context.target_headings is None:
        context.target_headings = [m.start() for m in _TARGET_HEADING_RE.finditer(context.low)] \
            if "tiêu" in context.low else []
        if "kế hoạch" in context.low or "phương hướng" in context.low or "nhiệm vụ" in context.low:
            # ("3. Kế hoạch năm 2022", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022" over the figures to reach: a plan's
            # heading; a year already past is dropped below, as for the others)
            context.target_headings = sorted(set(context.target_headings)
                                             | {m.start() for m in _PLAN_HEADING_RE.finditer(context.low)})
        if "phấn đấu" in context.low and "tiêu" in context.low:
            # (a line that strives for the targets listed below it: "Năm 2024, huyện phấn đấu đạt các chỉ tiêu sau:")
            context.target_headings = sorted(set(context.target_headings) | {
                context.low.rfind("\n", 0, m.start()) + 1 for m in _STRIVES_FOR_LIST_RE.finditer(context.low)})
        if context.doc_date is not None:
            # (a heading naming a year already past heads what was done: "Các chỉ tiêu năm 2017" in a 2018 review)
            context.target_headings = [start for start in context.target_headings
                                       if not (_heading_period(context.low, start) or "9999")[:4] < str(context.doc_date.year)]
        context.target_heading_ends = [_target_list_end(context.low, start) for start in context.target_headings]
        headline_end = context.low.find("\n")
        if context.target_headings and context.target_headings[0] == 0 and context.doc_date is not None \
                and 0 < headline_end and not _RESULTS_WORDS_RE.search(context.low, 0, headline_end) \
                and (_heading_period(context.low, 0) or "0")[:4] > str(context.doc_date.year):
            # "Các chỉ tiêu chủ yếu đến năm 2025" as the headline of a 2020 article: the whole text (past its dateline)
            # sets out those targets, as a resolution's headline does (not a headline of targets met: "… đều đạt")
            context.target_heading_ends[0] = len(context.low)
        if 0 < headline_end and context.low[:headline_end].strip() == "nghị quyết":
            # a resolution's title set out as in the document: "NGHỊ QUYẾT" on its own line, then "Về kế hoạch …"
            subject_line = _NEXT_LINE_RE.match(context.low, headline_end)
            headline_end = subject_line.end() if subject_line else headline_end
        headline = " ".join(context.low[:headline_end].split()) if 0 < headline_end <= _HEADLINE_CHARS else ""
        context.resolution_end = headline_end if _RESOLUTION_HEADLINE_RE.search(headline) \
            and not _RESULTS_WORDS_RE.search(headline) else None
    if context.resolution_end is not None and position > context.resolution_end:
        return True
    if not context.target_headings:
        return False
    index = bisect.bisect_right(context.target_headings, position) - 1
    return index >= 0 and (position < context.target_heading_ends[index]
                           or not _newline_between(context, context.target_headings[index], position))


def _heading_period(low, start):
    """The year or term the heading line at `start` names ("… năm 2018" → "2018", "(nhiệm kỳ 2020 - 2025)" →
    "2020/2025"; the first named, before a colon, in its first _HEADING_REACH characters), or None."""
    line_end = low.find("\n", start)
    line = low[start:min(line_end if line_end >= 0 else len(low), start + _HEADING_REACH)]
    colon = line.find(":")
    found = _HEADING_PERIOD_RE.search(line, 0, colon if colon >= 0 else len(line))
    if not found:
        return None
    return f"{found.group(1)}/{found.group(2)}" if found.group(2) else found.group(1)


# A list's item line: "- …", "+ …", "• …", "1. …", "a) …", "(1) …", "II. …" (a bullet or a numbered heading of the list).
_LIST_LINE_RE = re.compile(r"[ \t]*(?:[-–+*•]|(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)]|\((?:\d{1,2}|[a-zđ])\))")
_LIST_REACH = 3000
# A part of the report above the list's own items ("III. KẾT QUẢ …"): the list ends there.
_PART_LINE_RE = re.compile(r"[ \t]*[ivx]{1,4}[.)]\s")


def _target_list_end(low, start):
    """Where the list a target heading announces ends: a heading line ending with a colon ("CÁC CHỈ TIÊU CHỦ YẾU
    CỦA NĂM 2022:") covers the bulleted or numbered lines below it, across blank lines, up to the first line of
    prose (bounded by _LIST_REACH); a heading without a colon covers only its own paragraph (the caller's rule)."""
    line_end = low.find("\n", start)
    # (a heading standing as a line of its own, with no full stop, announces the list below it as a colon does:
    # "Điều 2. Về các chỉ tiêu chủ yếu năm 2022" over "1. …", "- …")
    heading = low[start:line_end].rstrip()
    if line_end < 0 or not (heading.endswith(":") or not heading.endswith(".") and len(heading) < 120):
        return start
    limit = min(len(low), start + _LIST_REACH)
    position = end = line_end
    while position < limit:
        next_end = low.find("\n", position + 1)
        next_end = len(low) if next_end < 0 else next_end
        line = low[position + 1:next_end]
        if line.strip() and (not _LIST_LINE_RE.match(line) or _PART_LINE_RE.match(line)):
            if not low[line_end:position].strip() and not _PART_LINE_RE.match(line) and not _RESULTS_WORDS_RE.match(line.lstrip()):
                # "Một số chỉ tiêu chủ yếu (nhiệm kỳ 2020 - 2025)" over a paragraph of prose: the heading heads
                # that first paragraph (its items run on in sentences rather than lines)
                end = next_end
            break
        position = end = next_end
    return end


_HEADLINE_CHARS = 300
# How far after a figure with no period before it (a headline, a lead) the first period of the text is looked for.
_AHEAD_REACH = 1000
_PRICE_INDEX_RE = re.compile(r"(?<!\w)(?:chỉ\s+số\s+(?:giá|nhóm)|cpi)(?!\w)")


def _price_index_named_in(context, sentence):
    """Where the sentence first names a price index (-1 where it names none): looked up once per sentence, not from
    its start for each figure (a list of thousands of items in one sentence would take the square of its length)."""
    found = context.price_index_at.get(sentence.start)
    if found is None:
        match = _PRICE_INDEX_RE.search(context.low, sentence.start, sentence.end)
        found = context.price_index_at[sentence.start] = match.start() if match is not None else -1
    return found


# The verbs a plan sets its targets with (cues.yaml target_setting_verbs), as one alternation
_TARGET_SETTING_VERBS = "|".join(map(re.escape, longest_first(table("cues")["target_setting_verbs"])))
_EACH_YEAR_RE = re.compile(r"(?<!\w)(?:mỗi|hằng|hàng|bình quân)\s+năm(?!\w)(?!\s+(?:giai đoạn|thời kỳ)\s+\d)")


def _doc_place_level(context):
    """The level of the document's place, from a mention of it ("" where the text does not name it)."""
    if context.doc_place_level is None:  # (found once a document)
        peer = next((m for m in context.places if not m.country and m.names == (context.doc_place,)), None)
        context.doc_place_level = (peer.level or "") if peer is not None else ""
    return context.doc_place_level


_DIGIT_RE = re.compile(r"\d")


def _in_brackets(low, position):
    """`position` is inside a bracket opened before it (looked for a bounded way back)."""
    start = max(0, position - 200)
    return low.rfind("(", start, position) > low.rfind(")", start, position)


_PLACE_UNIT_LEVELS = {"xã": "commune", "phường": "commune", "thị trấn": "commune", "huyện": "district",
                      "quận": "district", "thị xã": "district", "tỉnh": "province"}
# (January, or a span from January ending in it: last year's capital disbursed until the next January)
_TO_JANUARY_RE = re.compile(r"(?:\d{4}-01/)?\d{4}-01(?:-\d\d)?")
# What a time is compared with, said right before it ("so với vụ mùa năm 2016", "gấp 2 lần năm 2021")
_COMPARED_WITH_BEFORE_RE = re.compile(r"(?<!\w)(?:so(?:\s+với)?|bằng|với|cùng|gấp)\s*$")


@lru_cache(maxsize=None)
def _named_season_re():
    seasons = "|".join(re.escape(w) for w in longest_first(table("periods")["crop_seasons_by_name"]
                                                           + table("periods")["season_crops"]))
    return re.compile(rf"(?<!\w)(?:{seasons})(?!\w)")


# (also an average said of the whole term: "tăng trưởng bình quân của cả nhiệm kỳ đạt 8%")
_RAISED_TOTAL_BEFORE_RE = re.compile(r"(?<!\w)nâng\s+tổng(?:\s+số)?(?:\s+[^\d;:()]{1,80}?)?\s+lên(?:\s+(?:thành|đến|tới|trên|gần|hơn|khoảng))?\s*$")
_AVERAGE_RISE_BEFORE_RE = re.compile(r"(?<!\w)bình quân\s+(?:(?:tăng|giảm)(?:\s+trưởng)?\s+)?(?:đạt\s+)?$")


# (not a term said with its own figure: "Tổng vốn đầu tư thời kỳ 2021-2025: 5.000 tỷ đồng" is that figure's period)
_TERM_RE = re.compile(r"(?<!\w)(?:nhiệm kỳ|giai đoạn|thời kỳ)\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)"
                      r"(?!\s*[:,]?\s*(?:là\s+|đạt\s+)?\d+(?:[.,]\d+)*\s*[^\W\d_])")  # (an item's number "1." is no figure)


_TERM_REACH = 3000  # how far back a plan's term still frames its targets


def _terms(context):
    """(start, "A/B") of the plan terms the text names (nhiệm kỳ 2020-2025 → "2020/2025"), found once."""
    if context.terms is None:
        context.terms = [(m.start(), f"{m.group(1)}/{m.group(2)}") for m in _TERM_RE.finditer(context.low)] \
            if "kỳ" in context.low or "giai đoạn" in context.low else []
    return context.terms


def _last_match_in(pattern, text, start, end):
    """The last match of a plain compiled pattern within text[start:end], or None."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


def _term_before(context, position):
    """The plan term ("nhiệm kỳ 2020-2025" → "2020/2025") named last before `position`, not too far back, or None
    (the terms of the text are found once, then looked up by bisection)."""
    terms = _terms(context)
    index = bisect.bisect_left(terms, (position,)) - 1
    if index >= 0 and position - terms[index][0] <= _TERM_REACH:
        return terms[index][1]
    return None


# "Phấn đấu đến năm 2020, …": the horizon a plan sets its targets for
_HORIZON_RE = StartsWithWord(r"(?:đến|tới)\s+năm\s+((?:19|20)\d\d)(?!\d)")
_HORIZON_REACH = 1500  # how far after a yearly target the plan's horizon may be named
_HORIZON_YEARS = 10  # a horizon further off than this is a vision, not the plan's term


@lru_cache(maxsize=4096)
def _subject_kinds(subject_low):
    """(names a rate, names a growth rate, accumulates over a period, holds at a time) for a subject; subjects
    repeat from figure to figure, so this is kept."""
    cues = _cues()
    return (bool(cues["rate_re"].search(subject_low)), bool(cues["growth_subject_re"].search(subject_low)),
            _names_a_flow(subject_low), bool(cues["stock_re"].search(subject_low)))


def _names_a_flow(text: str) -> bool:
    """The text names an amount done over a period (flow_words), not counting the names of establishments that hold
    such a word ("khách sạn": hotels are a stock, though guests are a flow)."""
    cues = _cues()
    if cues["flow_re"].search(text) is None:
        return False
    pieces, at = [], 0
    for match in cues["establishments_re"].finditer(text):
        pieces.append(text[at:match.start()])
        at = match.end()
    return cues["flow_re"].search(" ".join(pieces + [text[at:]])) is not None


def _line_start(context, position):
    """Where the line holding `position` starts, less one (-1 on the first line), found by bisection."""
    if context.newlines is None:
        context.newlines = [m.start() for m in _NEWLINE_RE.finditer(context.low)]
    index = bisect.bisect_left(context.newlines, position) - 1
    return context.newlines[index] if index >= 0 else -1


def _newline_between(context, start, end):
    """A line break lies within low[start:end] (found by bisection: linear time however far apart)."""
    if context.newlines is None:
        context.newlines = [m.start() for m in _NEWLINE_RE.finditer(context.low)]
    index = bisect.bisect_left(context.newlines, start)
    return index < len(context.newlines) and context.newlines[index] < end


def _in_ranges(ranges, position):
    index = bisect.bisect_right(ranges, (position, float("inf"))) - 1
    return index >= 0 and ranges[index][0] <= position < ranges[index][1]


MONEY_UNITS = frozenset({"VND", "USD"})
# Patterns of the rules below, compiled once.
_CLAUSE_END_RE = re.compile(r"[;\n]|\.(?:\s|$)")
_GROUP_LIST_GOES_ON_RE = re.compile(r"\s*,\s*(?=\w)")
_MONTHS_FROM_JANUARY_RE = re.compile(r"((?:19|20)\d\d)-01/\1-(0[2-9]|1[0-2])")
# (the look-behind after the first digit: see _SCALED_BARE_RE)
_PLACE_COUNT_RE = re.compile(r"(\d(?<![\w.,/]\d)\d?)\s+(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh)(?!\w)")


@lru_cache(maxsize=None)
def _owner_before_place_count_re():
    words = longest_first(table("cues")["owner_nouns_before_place_count"])
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")\s+$")


def _owned_place_count(low, start):
    """"nhân dân 2 xã", "diện mạo … 2 xã": a count of places right after a noun it belongs to (it says whose), the
    same count of the same places having been said before (it counts nothing new)."""
    if _owner_before_place_count_re().search(low, max(0, start - 30), start) is None:
        return False
    count = _PLACE_COUNT_RE.match(low, start)
    return count is not None and re.search(r"(?<![\w.,/])" + re.escape(count.group(0)) + r"(?!\w)", low[:start]) is not None


_DENIED_BEFORE_RE = re.compile(r"(?<!\w)(?:không|chưa|chẳng)(?!\w)[^\d,.;:()]*$")
_CLAUSE_BREAK_RE = re.compile(r"[.;\n]")
_LISTED_COUNTS = 3  # items a list of places with bare counts has at least (fewer may be anything: a rank, a road)
# "cùng kỳ năm 2023 tăng 0,5%", "(cùng kỳ năm trước tăng 7,2%)": the same period said as what rose (not "so với cùng kỳ")
_SAME_PERIOD_HOLDER_RE = re.compile(r"(?<!\w)cùng\s+kỳ(?:\s+năm\s+(trước|ngoái|\d{4}))?\s+(?:chỉ\s+|cũng\s+)?"
                                    r"(?:tăng|giảm|đạt|là)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
_SO_BEFORE_RE = re.compile(r"(?<!\w)(?:so(?:\s+với)?|bằng|hơn|với)\s+$")


def _said_of_the_same_period_before(low: str, position: int) -> Any:
    """The phrase "cùng kỳ (năm N) tăng" right before the figure at `position` when it names the figure's own time
    (not its base: "so với cùng kỳ"), or None."""
    if low.find("kỳ", max(0, position - 40), position) < 0:
        return None  # (the common case, found in C)
    said = _SAME_PERIOD_HOLDER_RE.search(low, max(0, position - 40), position)
    if said is None or _SO_BEFORE_RE.search(low, max(0, said.start() - 8), said.start()):
        return None
    return said


# a base that is one month: the month before, or December ("so với tháng 12", "so với tháng 12-2015")
# (group 1: the month, "trước" for the month before)
_MONTH_BASE_RE = re.compile(r"[^,;.()\d]{0,30}?(?:so\s+với|so|tương\s+đương)\s+(?:cùng\s+thời\s+điểm\s+)?tháng\s+(trước|12)(?!\w)")
# the plan's percent packed after a result's ("97%/90% dân số …": done/plan, spec)
_PACKED_PLAN_PERCENT_RE = re.compile(r"\s*/\s*\d[\d.,]*\s*%")


_COMPARED_WITH_RE = re.compile(r"(?<!\w)so(?!\w)|cùng kỳ|(?<!\w)ck(?!\w)")
# The head of a comparison with another figure: "cao hơn (so với) …", "thấp hơn …"
_HIGHER_OR_LOWER = r"(?:cao|thấp)\s+hơn"
_HIGHER_OR_LOWER_THAN = rf"{_HIGHER_OR_LOWER}\s+(?:so\s+với\s+)?"
_BASE_BRACKET_END_RE = re.compile(r"(?:so\s+với|cùng\s+kỳ|\bck\b)[^,;()]{0,30}\(\s*$")
_QUALIFIED_RISE_BEFORE_RE = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+(?:thêm|hơn|gần|khoảng|trên))?\s*$")
_PLAN_BASE_RE = re.compile(r"(?<!\w)(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|nghị quyết|kh|nq)(?!\w)")
_NOUN_PHAN_DAU_RE = re.compile(r"(?:sự|nỗ lực,?|nỗ lực và|cố gắng,?|cố gắng và|(?:\d+|nhiều)\s+năm)\s*$")  # ("Sau 7 năm nỗ lực và phấn đấu, …")
# (also the years of effort behind a result: "sau gần 6 năm phấn đấu quyết liệt, xã đã đạt 18 tiêu chí")
_SO_VOI_RE = re.compile(r"(?<!\w)so\s+với(?!\w)")
_SO_A_TIME_RE = re.compile(r"(?<!\w)so(?=\s+(?:tháng|quý|năm|đầu|cuối|kỳ|kì)(?!\w))")
_FIRST_WORD_RE = re.compile(r"\s*([^\W\d]+)")
_SEMICOLON_RE = re.compile(";")
_WORD_RE = re.compile(r"\w+")
_GRDP_NAMES = r"grdp|tổng sản phẩm trên địa bàn|tổng sản phẩm trong tỉnh"


def _phan_dau_is_effort(low, start):
    """The "phấn đấu" at `start` is the noun, the effort made ("sau 7 năm nỗ lực và phấn đấu", "nhờ sự phấn đấu"; also
    with words of steady effort between: "qua 6 năm kiên trì phấn đấu"), not a goal set."""
    if _NOUN_PHAN_DAU_RE.search(low[max(0, start - 12):start]):
        return True
    return _cues()["effort_before_phan_dau_re"].search(low[max(0, start - 40):start]) is not None


def _unit_key(unit):
    """A counting noun by its first word ("lượt người" and "lượt khách" count the same visits), other units whole."""
    return unit.split()[0] if unit and unit not in MEASURED_UNITS and " " in unit else unit


# (also a year's average against an earlier year's: "bình quân năm 2014 tăng 3,12% so với bình quân năm 2013")
_YEAR_BASE_RE = re.compile(r"so(?:\s+với)?\s+(?:cùng\s+kỳ\s*|cả\s+|bình\s+quân\s+)?(?:(?:ước(?:\s+tính|\s+thực\s+hiện)?|thực\s+hiện)\s+(?:cả\s+)?)?"
                           r"(?:năm\s+)?((?:19|20)\d\d)(?!\s*[/-]\s*\d)")  # ("so với ước thực hiện năm 2017")
_LAST_YEAR_RE = re.compile(r"(?:19|20)\d\d(?!.*(?:19|20)\d\d)")
# ("tháng 12.2017": the year after a dot, as some papers write a month)
_ONE_SPAN_BASE_RE = re.compile(r"so(?:\s+với)?\s+(?:tháng|quý)\s+[\divx]+\s*(?:[/.-]\s*|\s+năm\s+)((?:19|20)\d\d)$")
_DECEMBER_BEFORE_BASE_RE = re.compile(r"so(?:\s+với)?\s+tháng\s+12(?:\s+(?:của\s+)?năm\s+(?:trước|ngoái)(?!\w)"
                                      r"|(?!\s*(?:[/.-]\s*\d|năm|\d)))")
_DECEMBER_BASE_RE = re.compile(r"so(?:\s+với)?\s+tháng\s+12\s*(?:[/.-]|\s+năm\s)")
_SAME_MONTHS_BASE_RE = re.compile(r"so(?:\s+với)?\s+(?:[^\s;,]+\s+){0,3}?(?:quý|tháng)\b[^;,]{0,20}?(?:19|20)\d\d")
_SAME_SEASON_BASE_RE = re.compile(r"so(?:\s+với)?\s+(?:cùng\s+)?vụ\s+[^\d,;.()]{0,20}?(?:năm\s+(?:trước|ngoái)|(?:19|20)\d\d"
                                  r"|trước(?!\w))")  # "so với vụ đông xuân trước"
# (the year's start is the end of the year before; a year named after it dates it: "so với cuối năm 2015")
_YEAR_END_BASE_RE = re.compile(r"so(?:\s+với)?\s+(?:ngày\s+)?31\s*/\s*12|so(?:\s+với)?\s+(?:thời\s+điểm\s+)?(cuối|đầu)\s+năm"
                               r"(?:\s+((?:19|20)\d\d)(?!\d))?")
_CLOSED_BRACKET_RE = re.compile(r"\([^()]*\)")


def _plan_in_bracket(left):
    """The bracket `left` ends with opens after a base that is a plan ("so với dự toán Trung ương giao (")."""
    found = _BASE_BRACKET_END_RE.search(left)
    return found is not None and _PLAN_BASE_RE.search(found.group(0)) is not None


def _base_said_in(phrase):
    """The basis a comparison phrase names ("so với cùng kỳ", "so với năm 2019"): a base word's, else a named one."""
    base = _cues()["base_re"].search(phrase)
    return _cues()["base_of"][base.group(0)] if base else _named_base(phrase)


def _named_base(clause, before=False):
    """A base named by its date: `so với năm 2019`, `so với hai quý đầu năm 2024`, `so với 31/12/2021`."""
    if "so" not in clause:
        return None
    year_end = _YEAR_END_BASE_RE.search(clause)
    if year_end:
        return _year_end_base(year_end)
    if _SAME_SEASON_BASE_RE.search(clause):
        return "same_period"  # "so với vụ xuân 2015", "so với vụ đông xuân năm trước": the same crop season a year before
    if _DECEMBER_BEFORE_BASE_RE.search(clause):
        # "so với tháng 12 năm trước": December of the year before the figure's (and "so với tháng 12" with no year, in
        # a month's report: the last December)
        return "december:prev"
    months = _SAME_MONTHS_BASE_RE.search(clause)
    if months:
        single = _ONE_SPAN_BASE_RE.match(months.group(0))
        # "so với tháng 5/2023": one month or quarter, resolved against the figure's own year in _read_one
        if single and _DECEMBER_BASE_RE.match(months.group(0)):
            return f"december:{single.group(1)}"  # (December: the end of that year, for a stock)
        if single:
            return f"span:{single.group(1)}"
        # ("so với 5 tháng đầu năm 2019" in a text of 2023: the same months of an older year, another base)
        year = _LAST_YEAR_RE.search(months.group(0))
        return f"span:{year.group(0)}" if year else "same_period"
    match = _YEAR_BASE_RE.search(clause)
    if match and "cùng" in match.group(0):
        # "so với cùng kỳ năm 2016": the same months of that year (of an older year, "so với cùng kỳ năm 2019" in a
        # text of 2024, another base: see _dated_base; but not where the clause first names the figure's own time,
        # "tốc độ tăng 7,14% của cùng kỳ năm 2021 so với cùng kỳ năm 2020": two periods a year apart)
        return "same_period" if _LAST_YEAR_RE.search(clause, 0, match.start()) else "same:" + match.group(1)
    if match:
        return "year:" + match.group(1)
    # (also "so" without "với" before a time: "tăng 1 đơn vị so tháng 10")
    compared = (_SO_VOI_RE.search(clause) or _SO_A_TIME_RE.search(clause)) if not before else None
    if compared is not None and not _cues()["population_after_re"].match(clause, compared.end()):
        return "other"
    return None


def _year_end_base(match):
    """The base a _YEAR_END_BASE_RE match names: a named year's December, else the year before's end."""
    if not match.group(2):
        return "prior_year_end"
    year = int(match.group(2))
    return f"december:{year - 1 if match.group(1) == 'đầu' else year}"


@lru_cache(maxsize=None)
def _partner_countries_re():
    """Foreign countries and territories, as Vietnamese news writes them (cues.yaml partner_countries)."""
    return re.compile(rf"(?:{phrases_re(table('cues')['partner_countries'])})(?!\w)")


def _partner_country(subject):
    """The country a subject is no more than (a territory's long name and a bracket allowed: "Đặc khu Hành chính Hồng
    Công (TQ)"), else None."""
    words = subject.strip(" ,:;-").split()
    if not words or len(words) > _PARTNER_WORDS:
        return None
    found = _partner_countries_re().search(subject)
    if found is None or _PARTNER_FILLER_RE.fullmatch(subject[:found.start()]) is None:
        return None
    return found.group(0)


def _without_partner(subject):
    """The indicator of a partner's part ("tổng vốn của Singapore" → "tổng vốn"); any other subject as it is."""
    if not subject:
        return subject
    tail = _PARTNER_TAIL_RE.search(subject)
    if tail is None or _partner_country(tail.group(0).split("của", 1)[1]) is None:
        return subject
    return subject[:tail.start()]


_PARTNER_WORDS = 8
# (what may stand before a partner's name in an item: a list's mark, "tiếp đến là", a territory's title)
_PARTNER_FILLER_RE = re.compile(r"[\s,;:\-–+*•]*(?:(?:tiếp\s+(?:đến|theo)\s+là|thứ\s+\w+\s+là)\s+)?"
                                r"(?:(?:vùng\s+lãnh\s+thổ|đặc\s+khu\s+hành\s+chính|quần\s+đảo)\s+)?", re.IGNORECASE)
_PARTNER_TAIL_RE = re.compile(r"\s+của\s+[^\s].*$")
_NOT_NOUNS = {"lên", "xuống", "đến", "tới", "so", "và", "năm", "trong", "của", "với", "là", "thì", "nhưng", "còn",
              "tăng", "giảm", "đạt", "vượt", "theo", "sau", "trước", "khi", "do", "nên", "mà", "bình", "trở"}


def _noun_follows(right_clause):
    """`100% cơ quan`, `36% số dân`: a noun right after a % (or after its bound, `90% trở lên tổ chức`) makes it the
    share of that group."""
    bound = _OR_MORE_AFTER_RE.match(right_clause)
    match = _FIRST_WORD_RE.match(right_clause, bound.end() if bound is not None else 0)
    # (not the level that assigned the plan: "đạt 192,5% tỉnh giao" measures against it)
    return bool(match) and match.group(1) not in _NOT_NOUNS and _cues()["assigned_by_level_re"].match(right_clause) is None


# (also a rise or fall of the rate named before: "giảm tỷ trọng nông nghiệp (giảm 3,2% so với năm 2015)")
# a rise or fall and the base it is said against ("giảm so với cùng kỳ năm 2023"): the base is group 1
_AGAINST = r"((?:so\s+với|so)\s+[^()%]{2,40}?)"  # a base said with "so (với)": group 1
_RISE_AGAINST = r"(?<!\w)(?:tăng|giảm)(?:\s+" + _AGAINST + ")"
_RISE_AGAINST_BEFORE_BRACKET_RE = re.compile(_RISE_AGAINST + r"\s*$")
_BASE_YEAR_RE = re.compile(r"(?<!\w)so(?:\s+với)?\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)")
_OTHER_PLACE_AFTER_RE = re.compile(r"\s*(?:của\s+|so\s+với\s+)?(?:(?:mức\s+)?bình\s+quân\s+(?:chung\s+)?(?:của\s+)?)?"
                                   r"(?:tỉnh|cả\s+nước|toàn\s+quốc|vùng|khu\s+vực|thành\s+phố|huyện)(?!\w)")
_OR_MORE_AFTER_RE = re.compile(r"\s*trở\s+(?:lên|xuống)(?!\w)")  # "90% trở lên …": at least (at most) 90%


def _near(sentence: Span, quantity: Any) -> int:  # (a figure or a claim)
    """Where a figure's look back within its sentence starts: the sentence's start, or a bounded way back in a very
    long one (a bracket, colon or cue further back is not this figure's: linear time however long the sentence)."""
    return max(sentence.start, quantity.start - _LOOKBACK * 4)


def _period_between(context, start, end, running_totals=True):
    """A period phrase of the figure's own time (not a base) lies within low[start:end] (without `running_totals`,
    not one that runs from the start of the year: lũy kế, N tháng)."""
    index = bisect.bisect_left(context.period_starts, start)
    last = min(len(context.periods), index + _NEARBY)  # bounded: linear time on any input
    while index < last and context.periods[index].start < end:
        mention = context.periods[index]
        if not mention.base and (running_totals or mention.kind not in ("accumulated", "since", "months")):
            return True
        index += 1
    return False
