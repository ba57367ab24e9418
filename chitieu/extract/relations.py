"""What one claim says of another, read once every claim of the document is read: an amount a rise comes to, a
rate's equivalent change, the parts that add up to a total, a figure set beside its plan's value, the same period
of another year said after a figure (called by pipeline.py's `analyse`, in the order it gives)."""

import bisect
import re
from functools import lru_cache

from .periods import year_earlier
from .quantities import AMOUNT_UNITS
from .reading import (_CLAUSE_BREAK_RE, _CLAUSE_END_RE, _COMPARED_WITH_BEFORE_RE, _CORRESPONDING_OPENER_RE, _DIGIT_RE,
                      _GROUP_LIST_GOES_ON_RE, _LOOKBACK, _MONTH_BASE_RE, _MONTHS_FROM_JANUARY_RE,
                      _PACKED_PLAN_PERCENT_RE, _cues, _named_season_re, _said_of_the_same_period_before)
from .subjects import noun_after


def name_the_parts_as_their_whole(claims, broken_down):
    """Each place's count of a list takes the subject of the count the list breaks down ("44 người chết, mất tích, gồm:
    thành phố Yên Bái 21, …"), whatever the words before it looked like."""
    by_start = {claim.start: claim for claim in claims}
    for start, whole_start in broken_down.items():
        part, whole = by_start.get(start), by_start.get(whole_start)
        if part is not None and whole is not None and whole.subject:
            part.subject = whole.subject


_CORRESPONDING_LIST_RE = re.compile(r"\s*(?:là|lần\s+lượt\s+là|lần\s+lượt)?\s*:?")


def corresponding_figures_of_another_time(context, claims):
    """The figures of such a bracket are the ones before it, in the same order, at the time the bracket names: each
    takes the measure, basis and subject of its counterpart, and that time (the same span a year earlier where it
    says "cùng kỳ")."""
    low = context.low
    if "tương ứng" not in low:
        return
    starts = [c.start for c in claims]
    for opener in _CORRESPONDING_OPENER_RE.finditer(low):
        index = bisect.bisect_left(context.period_starts, opener.end())
        if index >= len(context.periods) or context.periods[index].start - opener.end() > 12:
            continue
        mention = context.periods[index]
        listed = _CORRESPONDING_LIST_RE.match(low, mention.end)
        close = low.find(")", opener.end())
        if close < 0 or listed is None or _DIGIT_RE.search(low, mention.end, listed.end()) is not None:
            continue
        first = bisect.bisect_left(starts, listed.end())
        last = bisect.bisect_left(starts, close)
        inside = claims[first:last]
        before = claims[max(0, bisect.bisect_left(starts, opener.start()) - len(inside)):bisect.bisect_left(starts, opener.start())]
        if not inside or len(before) != len(inside) or any(b.unit != i.unit for b, i in zip(before, inside)):
            continue
        for counterpart, claim in zip(before, inside):
            claim.measure, claim.basis, claim.subject = counterpart.measure, counterpart.basis, counterpart.subject
            flow = bool(counterpart.period) and "/" in (counterpart.period or "")
            claim.period = year_earlier(counterpart.period) if mention.base else mention.period(flow) or claim.period


def ratio_and_excess_over_one_base(low, claims):
    """"thu ngân sách đạt trên 5.710 tỉ đồng, đạt 118%, vượt 876 tỉ đồng so với dự toán HĐND tỉnh giao": a ratio said
    with no base of its own, right before the excess over a base, is measured against that base (one comparison said
    twice)."""
    ordered = sorted(claims, key=lambda c: c.start)
    for ratio, excess in zip(ordered, ordered[1:]):
        if ratio.measure == "ratio" and ratio.basis == "plan" and excess.basis in ("estimate", "target") \
                and excess.measure in ("change", "growth") \
                and _EXCESS_RIGHT_AFTER_RE.fullmatch(low, ratio.end, excess.start) is not None:
            ratio.basis = excess.basis


_EXCESS_RIGHT_AFTER_RE = re.compile(r"\s*,\s*vượt\s+(?:(?:khoảng|gần|hơn|trên)\s+)?")
# Between a percent and the plan's own percent it is set beside: "… so với kế hoạch (đề ra) là …"
_PLANS_VALUE_BETWEEN_RE = re.compile(r"\s*so\s+với\s+(?:kế\s+hoạch|kh|chỉ\s+tiêu|mục\s+tiêu|nghị\s+quyết)[^,;()\d]{0,30}?"
                                     r"\s*(?:là|:)\s*(?:(?:khoảng|từ|trên)\s+)?")


def figures_set_beside_their_plans_value(low, claims):
    """"tốc độ tăng trưởng GDP (chỉ đạt 10,3% so với kế hoạch là 14-15%)": a percent set beside the plan's own percent
    is the indicator's figure, not a percent of the plan: a growth rate (and its plan one) where the indicator is one,
    else a level."""
    ordered = sorted(claims, key=lambda c: c.start)
    growth_words = _cues()["growth_subject_re"]
    for done, plan in zip(ordered, ordered[1:]):
        if done.unit != "%" or plan.unit != "%" or done.measure != "ratio" or done.basis not in ("plan", "target") \
                or plan.modality != "target" or _PLANS_VALUE_BETWEEN_RE.fullmatch(low, done.end, plan.start) is None:
            continue
        if isinstance(done.subject, str) and growth_words.search(done.subject.lower()):
            done.measure, done.basis = "growth", "same_period"
            if plan.measure == "level":
                plan.measure, plan.basis = "growth", "same_period"
        else:
            done.measure, done.basis = "level", None


# where an item opens: a list's ";" or ":", a line's start, or a label "Về y tế:" (perhaps numbered) before the figure
_ITEM_OPENING_BEFORE_RE = re.compile(r"(?:^|[;:\n]|\.\s)\s*(?:[-–+*•]\s*)?$")


def shares_opening_their_item(context, claims):
    """"Tỷ lệ suy dinh dưỡng … là 21%/20%; 97%/90% dân số dùng nước hợp vệ sinh": a share that opens its item, its group
    named right after it (past the plan packed with it), is the share of that group: the group and what it does are its
    subject, not the indicator of the item before."""
    share_group_after = _cues()["share_group_after_re"]
    ordered = sorted(claims, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    for claim in ordered:
        if claim.unit != "%" or claim.measure != "share" \
                or not _ITEM_OPENING_BEFORE_RE.search(context.low, max(0, claim.start - 8), claim.start):
            continue
        packed = _PACKED_PLAN_PERCENT_RE.match(context.low, claim.end)
        after = packed.end() if packed else claim.end
        if share_group_after.match(context.low, after) is None:
            continue
        end = min(len(context.work), after + _LOOKBACK)
        group = noun_after(context.work, after, end, context.blanks)
        if not group:
            continue
        more = _GROUP_LIST_GOES_ON_RE.match(context.work, context.work.find(group, after) + len(group))
        rest = noun_after(context.work, more.end(), end, context.blanks) if more else None
        claim.subject = f"{group}, {rest}" if rest else group  # ("60%/65% thôn, buôn đạt chuẩn văn hóa")
        index = bisect.bisect_left(starts, claim.end)
        if packed and index < len(ordered) and ordered[index].start < after:
            ordered[index].subject = claim.subject  # (the plan packed with it is of the same group)


_PART_OPENS_BEFORE_RE = re.compile(r"(?:(?<!\w)trong\s+đó\s*,?|[,;]|(?<!\w)và)\s*(?:có\s+)?$")
_PART_NAMED_AFTER_RE = re.compile(r"\s+là\s+(?=[^\W\d])")


def parts_named_after_their_share(context, claims):
    """"… là 14.491.295 ha, trong đó 70,8% là rừng tự nhiên và 29,2% là rừng trồng": a percent opening a part of the
    total said before it in its sentence, the part named after "là", is that part's share of the total."""
    ordered = sorted(claims, key=lambda c: c.start)
    for before, claim in zip(ordered, ordered[1:]):
        if claim.unit != "%" or claim.measure != "level" or claim.basis is not None \
                or not _PART_OPENS_BEFORE_RE.search(context.low, max(0, claim.start - 12), claim.start) \
                or _CLAUSE_BREAK_RE.search(context.low, before.end, claim.start) is not None \
                or not (before.unit != "%" and before.measure == "level" or before.measure == "share"):
            continue
        named = _PART_NAMED_AFTER_RE.match(context.low, claim.end)
        part = noun_after(context.work, named.end(), min(len(context.work), named.end() + _LOOKBACK),
                          context.blanks) if named else None
        if part and part.split()[0].lower() not in _cues()["not_a_part_words"]:
            claim.measure, claim.subject = "share", part


# a clause's opening up to its amount, naming no time of its own
_NO_TIME_OPENING_RE = re.compile(r"(?:(?!tháng|quý|năm|lũy kế|luỹ kế|tính chung|cộng dồn)[^.;\n])*")


def amounts_of_the_month_they_rose_in(low, claims):
    """"Kim ngạch xuất khẩu ước đạt 2 tỷ 900 triệu USD, tăng 1,5% so với tháng trước …; lũy kế 8 tháng, … đạt 24 tỷ USD":
    an amount said with no time of its own whose rise, right after it, is against the month before is that month's
    amount, as the rise is (not the running total's)."""
    ordered = sorted(claims, key=lambda c: c.start)
    for amount, rise in zip(ordered, ordered[1:]):
        if amount.measure != "level" or amount.unit == "%" or rise.basis != "other" or rise.measure not in ("growth", "change") \
                or not rise.period or len(rise.period) != 7 or amount.period != f"{rise.period[:4]}-01/{rise.period}" \
                or _CLAUSE_END_RE.search(low, amount.end, rise.start):
            continue
        base = _MONTH_BASE_RE.match(low, rise.end)
        if base is None or base.group(1) != "trước":
            continue
        # (the clause's opening looked for a bounded way back: linear time on any input)
        near = max(0, amount.start - _LOOKBACK)
        opening = max(near - 1, low.rfind(". ", near, amount.start), low.rfind("\n", near, amount.start),
                      low.rfind(";", near, amount.start)) + 1
        if _NO_TIME_OPENING_RE.fullmatch(low, opening, amount.start):
            amount.period = rise.period


_FULL_STOP_RE = re.compile(r"\.(?:\s|$)|\n")
# Between a count's change and the percent it is said to equal: "…, tương đương (tỷ lệ) giảm …"
# (from a rate, its time after it, down or up to the next: "58,2% năm 2016 xuống còn 27,9%")
_YEAR_SAID_AFTER = r"(?:\s*\(?(?:năm\s+)?(?:19|20)\d\d\)?)?"
_TO_ANOTHER_RATE_GAP_RE = re.compile(_YEAR_SAID_AFTER + r"[^\d;.]{0,20}?\s(?:xuống|lên)(?:\s+(?:còn|mức|đến))?\s*")
# (one restatement of a change for both rules below: "…, tương đương giảm 0,9%", "… năm 2031, tương đương mức giảm
# đáng kinh ngạc 30,3%"; its verb, where it says one, in group 1)
_EQUIVALENT_CHANGE_GAP_RE = re.compile(_YEAR_SAID_AFTER + r"[^\d;.]{0,12}?,?\s*(?:tương\s+(?:đương|ứng)|tức\s+là|tức)"
                                       r"(?:\s+với)?(?:\s+mức)?\s+(?:(?:tỷ|tỉ)\s+lệ\s+)?(?:(tăng|giảm)(?:\s+[^\W\d]+){0,3}?)?"
                                       r"\s*(?:(?:khoảng|gần|hơn|trên)\s+)?")
# Between the change in points and an excess over the plan said next: "…so với năm 2023, vượt 0,07% kế hoạch"
_EXCESS_AFTER_RE = re.compile(r"[^;.()]{0,40}?,\s*vượt\s+(?:mức\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?")


def falls_between_two_rates(low, claims):
    """"giảm tỷ lệ hộ nghèo từ 58,2% năm 2016 xuống còn 27,9% năm 2031, tương đương mức giảm 30,3%": a rise or fall said
    to equal the step from one rate to the next is that change in points, between their times (the arithmetic says
    so: 58,2 − 27,9 = 30,3)."""
    ordered = sorted(claims, key=lambda c: c.start)
    for first, second, step in zip(ordered, ordered[1:], ordered[2:]):
        if first.unit != "%" or second.unit != "%" or step.unit != "%" or first.measure != "level" \
                or second.measure != "level" or step.measure not in ("growth", "change") \
                or _TO_ANOTHER_RATE_GAP_RE.fullmatch(low, first.end, second.start) is None \
                or (restated := _EQUIVALENT_CHANGE_GAP_RE.fullmatch(low, second.end, step.start)) is None \
                or restated.group(1) is None \
                or abs(abs(first.value - second.value) - abs(step.value)) > 0.051:
            continue
        step.measure, step.subject = "change", second.subject
        step.value = abs(step.value) if second.value > first.value else -abs(step.value)
        begun, ended = (first.period or "")[:4], (second.period or "")[:4]
        if begun.isdigit() and ended.isdigit() and begun < ended:
            # (against the year before: of the later year; against an older one, over the years between them)
            step.basis, step.period = ("prior_year", second.period) if int(ended) - int(begun) == 1 \
                else ("other", f"{begun}/{ended}")


def parts_adding_up_to_a_total(low: str, claims: list) -> None:
    """"Giá trị sản xuất công nghiệp tháng 8 ước đạt 4.134 tỷ đồng … Chỉ số sản xuất 8 tháng tăng 10,66%. Trong đó, kinh
    tế nhà nước ước đạt 322,4 tỷ đồng, …; kinh tế có vốn đầu tư nước ngoài 1.088,4 tỷ đồng"; "sản lượng nuôi trồng ước
    đạt 114.264 tấn … nước ngọt … sản lượng đạt 57.024 tấn, tăng 9,94%; … mặn lợ … sản lượng đạt 57.240 tấn": amounts
    said after a total that add up to it are its parts. They are of its time, whatever span the sentence before them
    named, and estimated where it is (spec: the parts of an estimate's total are estimates, whatever their verb); so is
    what their items say of them ("tăng 9,94%")."""
    levels = [c for c in claims if c.measure == "level" and c.unit in AMOUNT_UNITS and c.value and c.value > 0]
    starts = [c.start for c in claims]
    for index, total in enumerate(levels):
        parts: list = []
        added = 0.0
        for later_index in range(index + 1, len(levels)):
            later = levels[later_index]
            if later.start - total.end > _PARTS_REACH or added > total.value * (1 + _PARTS_TOLERANCE):
                break
            if later.unit != total.unit or not parts and later.value == total.value:
                continue  # (another unit's figure between them; the total said again before its parts)
            parts.append(later)
            added += later.value
            if len(parts) >= 2 and abs(added - total.value) <= total.value * _PARTS_TOLERANCE:
                _take_the_totals_time_and_modality(low, total, parts, claims, starts)
                break


def _take_the_totals_time_and_modality(low, total, parts, claims, starts):
    for number, part in enumerate(parts):
        # (the part's item: up to the next part, or to the end of its clause)
        item_end = parts[number + 1].start if number + 1 < len(parts) else len(low)
        clause_end = _CLAUSE_END_RE.search(low, part.end, item_end)
        item_end = clause_end.start() if clause_end is not None else item_end
        own_period = part.period
        for claim in claims[bisect.bisect_left(starts, part.start):bisect.bisect_left(starts, item_end)]:
            if claim is part or part.end <= claim.start and claim.unit == "%" and claim.period == own_period:
                if total.period:
                    claim.period = total.period
                if total.modality == "estimate" and claim.modality == "actual":
                    claim.modality = "estimate"


def amounts_a_rise_comes_to(low, claims):
    """"diện tích cây ăn quả là 62.700 ha, … tăng 6,65% so với năm 2018 (3.912 ha)": an amount in a bracket after a rise
    and its base, that the rise comes to on the level said before it (62.700 × 6,65 / 106,65 ≈ 3.910), is that rise
    as an amount (spec: an amount restating a % change keeps its measure, sign and base), not the year's own level."""
    for index in range(2, len(claims)):
        amount, rise = claims[index], claims[index - 1]
        if amount.measure != "level" or rise.measure != "growth" or rise.unit != "%" or not rise.value \
                or low.rfind("(", rise.end, amount.start) <= low.rfind(")", rise.end, amount.start):
            continue
        level = None
        for before in range(index - 2, max(-1, index - 2 - _RISE_LEVEL_LOOKBACK), -1):
            if claims[before].unit == amount.unit and claims[before].measure == "level":
                level = claims[before]
                break
        if level is None or _FULL_STOP_RE.search(low, level.end, amount.start) is not None:
            continue
        comes_to = level.value * rise.value / (100 + rise.value)
        if abs(abs(amount.value) - abs(comes_to)) <= abs(comes_to) * _RISE_AMOUNT_TOLERANCE:
            amount.measure, amount.basis, amount.period = "change", rise.basis, rise.period
            amount.value = abs(amount.value) if rise.value > 0 else -abs(amount.value)


_RISE_LEVEL_LOOKBACK = 12  # figures back to the level a rise is of, all in the same sentence
_RISE_AMOUNT_TOLERANCE = 0.01  # a level said rounded ("trên 62.700 ha") still gives the amount within a hundredth
_PARTS_REACH = 800  # characters from a total to the last of its parts
_PARTS_TOLERANCE = 0.001  # parts rounded to their last digit still add up to the total within a thousandth


def equivalent_changes_of_a_rate(low, claims):
    """"toàn tỉnh còn 8,3 nghìn hộ nghèo, chiếm tỷ lệ 1,73%; giảm 4,2 nghìn hộ, tương đương giảm 0,9% so với năm 2023,
    vượt 0,07% kế hoạch": after a count and the rate it makes, the percent a fall (or rise) of the count is said to equal
    is either the count's growth or the rate's change in points; the arithmetic tells which (a fall of 4.200 from 12.500
    is 33.6% of the count, but 1,73 × 4.200 / 8.300 = 0,88 points of the rate). A change in points is of the rate, and
    so is an excess over the plan said right after it."""
    ordered = sorted(claims, key=lambda c: c.start)
    for index, (count, rate, change, percent) in enumerate(zip(ordered, ordered[1:], ordered[2:], ordered[3:])):
        if rate.unit != "%" or rate.measure not in ("share", "level") or percent.unit != "%" \
                or percent.measure not in ("growth", "change", "level") or not count.unit or count.unit != change.unit \
                or count.measure != "level" or not count.value or not change.value or not rate.value \
                or _CLAUSE_END_RE.search(low, count.end, rate.start) or _FULL_STOP_RE.search(low, rate.end, percent.start):
            continue
        gap = _EQUIVALENT_CHANGE_GAP_RE.fullmatch(low, change.end, percent.start)
        if gap is None:
            continue
        fallen = "giảm" in (gap.group(1) or "") or "giảm" in low[rate.end:change.start] or change.value < 0
        amount, level = abs(change.value), count.value
        points = rate.value * amount / level
        growth = 100 * amount / (level + amount if fallen else level - amount or 1)
        if abs(abs(percent.value) - points) >= abs(abs(percent.value) - growth):
            continue
        percent.measure, percent.subject = "change", rate.subject
        percent.value = -abs(percent.value) if fallen else abs(percent.value)
        percent.basis = percent.basis or "same_period"
        after = ordered[index + 4] if index + 4 < len(ordered) else None
        if after is not None and after.unit == "%" and after.measure == "growth" and after.basis in ("plan", "target") \
                and _EXCESS_AFTER_RE.fullmatch(low, percent.end, after.start):
            after.measure, after.subject = "change", rate.subject


def same_periods_before_are_actual(low, claims):
    """"… ước tính tăng 8,3% …, trong khi cùng kỳ năm 2023 tăng 0,5%": what the same period of an earlier year did is
    known, not estimated (read after the figures, so the estimate still reaches the figures after it)."""
    for claim in claims:
        if claim.modality == "estimate" and _said_of_the_same_period_before(low, claim.start) is not None:
            claim.modality = "actual"


def crops_of_a_season_named_with_its_year(low, claims):
    """"tổng diện tích gieo trồng vụ mùa năm 2019 đạt 66.738 ha, …, so vụ mùa năm 2018; cây chất bột có củ đạt 318 ha":
    where the first figures after a season named with its year are of that year, so are the sentence's items after a
    ";" that took the report's months from January instead."""
    starts = [c.start for c in claims]
    for season in _season_with_its_year_re().finditer(low):
        if _COMPARED_WITH_BEFORE_RE.search(low, max(0, season.start() - 10), season.start()) is not None:
            continue  # ("so với vụ mùa năm 2018": what is compared with)
        year = season.group(1)
        sentence_end = _FULL_STOP_RE.search(low, season.end())
        end = sentence_end.start() if sentence_end is not None else len(low)
        in_sentence = [c for c in claims[bisect.bisect_left(starts, season.end()):bisect.bisect_left(starts, end)]
                       if c.period]
        if not any(c.period == year for c in in_sentence):
            continue  # (under a heading that names the span, the season's year only says which season: all keep it)
        for claim in in_sentence:
            span = _MONTHS_FROM_JANUARY_RE.fullmatch(claim.period)
            if span is not None and span.group(1) == year:
                claim.period = year


@lru_cache(maxsize=None)
def _season_with_its_year_re():
    """"vụ mùa năm 2019", "vụ đông xuân 2024": a season of the periods table, said with its year."""
    return re.compile(r"(?=vụ\s)" + _named_season_re().pattern + r"(?:\s+[^\W\d]+){0,2}?\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d)")
