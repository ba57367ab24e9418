"""The roll-up, computed on read from the stored assessments: a commune's board, a district's board,
the same at any past date (latest assessment on or before it), the trend, and progress against targets.
"""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _

from chitieu.formatting import vi_average
from chitieu.criteria import rules
from chitieu.criteria.models import Assessment, Comparison, CriteriaSet, IndicatorAssessment, NtmTarget, PlaceRegion, SetCondition
from chitieu.criteria.services import region_for
from chitieu.places.models import Place


@dataclass
class IndicatorRow:
    indicator: object
    result: object  # IndicatorAssessment or None (not assessed)
    met: bool | None
    threshold: Decimal | None = None
    threshold_basis: str = ""
    shortfall: Decimal | None = None

    @property
    def code(self):
        return self.indicator.code

    @property
    def value(self):
        return self.result.value if self.result else None


@dataclass
class CriterionRow:
    number: int
    name: str
    group: str
    met: bool | None
    indicators_met: int | None
    indicators_total: int | None
    indicators: list = field(default_factory=list)
    judged_as_whole: bool = False
    name_verified: bool = True


@dataclass
class ConditionRow:
    code: str
    text: str
    met: bool | None
    value: Decimal | None = None
    detail: str = ""


@dataclass
class Board:
    place: Place
    criteria_set: CriteriaSet
    on_date: datetime.date
    assessment: Assessment | None
    region: object = None  # PlaceRegion or None
    criteria_total: int | None = None
    criteria_met: int | None = None
    indicators_total: int | None = None
    indicators_met: int | None = None
    criteria: list = field(default_factory=list)
    conditions: list = field(default_factory=list)
    reaches_standard: bool | None = None
    notes: list = field(default_factory=list)

    @property
    def kind(self):
        return self.assessment.kind if self.assessment else None

    @property
    def demonstration(self):
        """The assessment was made up or inferred for the demonstration: boards say so."""
        return is_demonstration(self.assessment)

    @property
    def missing_criteria(self):
        return [row for row in self.criteria if row.met is not True]

    @property
    def missing_indicators(self):
        return [ind for row in self.criteria for ind in row.indicators if ind.met is not True]

    def summary(self):
        """'x/y tiêu chí, a/b chỉ tiêu' — the way the reports put it."""
        if self.assessment is None:
            return "chưa có đánh giá"
        text = f"{_count(self.criteria_met)}/{_count(self.criteria_total)} tiêu chí"
        if self.indicators_met is not None:
            text += f", {_count(self.indicators_met)}/{_count(self.indicators_total)} chỉ tiêu"
        return text


def _count(value):
    return "?" if value is None else str(value)


def latest_assessment(place, criteria_set, on_date=None):
    queryset = Assessment.objects.filter(place=place, criteria_set=criteria_set)
    if on_date is not None:
        queryset = queryset.filter(assessed_on__lte=on_date)
    return queryset.order_by("-assessed_on").first()


def sets_assessed_for(place, on_date=None):
    """Sets the place has an assessment of (on or before the date), most specific level last."""
    queryset = Assessment.objects.filter(place=place)
    if on_date is not None:
        queryset = queryset.filter(assessed_on__lte=on_date)
    ids = set(queryset.values_list("criteria_set_id", flat=True))
    order = {level: i for i, level in enumerate(CriteriaSet.Level.values)}
    return sorted(CriteriaSet.objects.filter(id__in=ids), key=lambda s: (order[s.level], s.code))


class BoardData:
    """What `commune_board` reads, for many units against one set at any dates up to `until`, loaded in a
    fixed number of queries (the set with its criteria and conditions, the assessments with their results,
    the regions): a district's roll-up and its trend then cost the same whatever the number of communes
    and assessment dates."""

    def __init__(self, places, criteria_set, until=None):
        places = list(places)
        self.criteria_set = CriteriaSet.objects.prefetch_related("conditions").get(pk=criteria_set.pk)
        self.criteria = list(self.criteria_set.criteria.prefetch_related("indicators"))
        assessments = Assessment.objects.filter(place__in=[p.pk for p in places], criteria_set=criteria_set)
        if until is not None:
            assessments = assessments.filter(assessed_on__lte=until)
        assessments = assessments.order_by("-assessed_on", "-pk").prefetch_related(
            "criterion_results", "condition_results",
            Prefetch("indicator_results", queryset=IndicatorAssessment.objects.select_related("indicator")),
        )
        self.assessments = {}
        for assessment in assessments:
            self.assessments.setdefault(assessment.place_id, []).append(assessment)
        self.regions = {}
        if criteria_set.region_scheme == CriteriaSet.RegionScheme.REGIONS:
            self.regions = _regions_of(places)

    def latest(self, place, on_date):
        return next((a for a in self.assessments.get(place.pk, []) if a.assessed_on <= on_date), None)


def _regions_of(places, scheme=CriteriaSet.RegionScheme.REGIONS):
    """{place id: the region row that applies to it (its own, else its parent's, …)} in two queries."""
    chains = {p.pk: [p.pk, p.parent_id] for p in places}
    parents = dict(Place.objects.filter(pk__in={p.parent_id for p in places if p.parent_id})
                   .values_list("pk", "parent_id"))
    for chain in chains.values():
        while chain[-1] is not None and chain[-1] in parents and len(chain) < 6:
            chain.append(parents[chain[-1]])
    ids = {pk for chain in chains.values() for pk in chain if pk is not None}
    rows = {row.place_id: row for row in PlaceRegion.objects.filter(place_id__in=ids, scheme=scheme).select_related("place")}
    return {pk: next((rows[link] for link in chain if link in rows), None) for pk, chain in chains.items()}


def commune_board(place, criteria_set, on_date=None, data=None):
    """The board of one unit against one set, from its latest assessment on or before `on_date`. `data`
    (a BoardData of the set, covering the place) saves the queries when boards are made for many units."""
    on_date = on_date or datetime.date.today()
    if data is not None:
        criteria_set = data.criteria_set
        assessment = data.latest(place, on_date)
        region = data.regions.get(place.pk) if criteria_set.region_scheme == CriteriaSet.RegionScheme.REGIONS else None
        criteria = data.criteria
    else:
        assessment = latest_assessment(place, criteria_set, on_date)
        region = region_for(place) if criteria_set.region_scheme == CriteriaSet.RegionScheme.REGIONS else None
        criteria = list(criteria_set.criteria.prefetch_related("indicators"))
    board = Board(place=place, criteria_set=criteria_set, on_date=on_date, assessment=assessment, region=region)
    if region is not None and not region.verified:
        board.notes.append(f"Vùng áp dụng ngưỡng ({region.get_region_display()}) chưa được kiểm chứng.")
    if criteria_set.region_scheme == CriteriaSet.RegionScheme.REGIONS and region is None:
        board.notes.append("Chưa xác định vùng của địa bàn: áp dụng ngưỡng chung.")
    if assessment is None:
        board.criteria_total = _criteria_total(criteria_set, criteria)
        board.indicators_total = _indicators_total(criteria_set, criteria)
        board.criteria = [CriterionRow(c.number, c.name, c.group_name, None, None, len(c.indicators.all()) or None,
                                       name_verified=c.name_verified) for c in criteria]
        return board

    if assessment.kind == Assessment.Kind.COUNTS:
        _fill_counts(board, assessment, criteria)
    else:
        _fill_indicators(board, assessment, criteria)
    _fill_conditions(board, assessment)
    return board


def _criteria_total(criteria_set, criteria):
    """Criteria in the data, or the declared count when the data holds fewer (content partly unknown)."""
    declared = criteria_set.declared_criteria_count or 0
    return max(len(criteria), declared) or None


def _indicators_total(criteria_set, criteria):
    in_data = sum(len(c.indicators.all()) for c in criteria)
    if criteria and all(len(c.indicators.all()) for c in criteria):
        return in_data
    return criteria_set.declared_indicator_count


def _fill_counts(board, assessment, criteria):
    criteria_set = board.criteria_set
    board.criteria_total = _criteria_total(criteria_set, criteria)
    board.indicators_total = _indicators_total(criteria_set, criteria) or criteria_set.declared_indicator_count
    results = {r.criterion_id: r for r in assessment.criterion_results.all()}
    if results:
        rows = []
        for criterion in criteria:
            result = results.get(criterion.id)
            rows.append(CriterionRow(
                criterion.number, criterion.name, criterion.group_name, result.met if result else None,
                result.indicators_met if result else None, result.indicators_total if result else None,
                judged_as_whole=True, name_verified=criterion.name_verified,
            ))
        board.criteria = rows
        board.criteria_met = sum(1 for r in rows if r.met)
        known = [r.indicators_met for r in rows if r.indicators_met is not None]
        board.indicators_met = sum(known) if known and len(known) == len(rows) else None
    else:
        board.criteria_met = assessment.criteria_met_count
        board.indicators_met = assessment.indicators_met_count
    if not criteria_set.declared_indicator_count_verified and criteria_set.declared_indicator_count:
        board.notes.append(f"Tổng {criteria_set.declared_indicator_count} chỉ tiêu theo số công bố, chưa kiểm chứng.")
    if not criteria and not criteria_set.declared_criteria_count_verified and criteria_set.declared_criteria_count:
        board.notes.append(f"Tổng {criteria_set.declared_criteria_count} tiêu chí theo số công bố, chưa kiểm chứng.")
    board.notes.append("Đánh giá theo số lượng tiêu chí/chỉ tiêu đạt (không có kết quả từng chỉ tiêu).")
    complete = board.criteria_total is not None and board.criteria_met == board.criteria_total
    if complete and board.indicators_total is not None and board.indicators_met is not None:
        complete = board.indicators_met == board.indicators_total
    board.reaches_standard = complete if board.criteria_total is not None else None


def _fill_indicators(board, assessment, criteria):
    indicator_results = assessment.indicator_results
    preloaded = "indicator_results" in getattr(assessment, "_prefetched_objects_cache", {})
    results = {r.indicator_id: r for r in (indicator_results.all() if preloaded else indicator_results.select_related("indicator"))}
    whole = {r.criterion_id: r for r in assessment.criterion_results.all()}
    rows, indicators_total, indicators_met = [], 0, 0
    for criterion in criteria:
        indicators = list(criterion.indicators.all())
        if not indicators:
            result = whole.get(criterion.id)
            rows.append(CriterionRow(criterion.number, criterion.name, criterion.group_name,
                                     result.met if result else None, None, None, judged_as_whole=True,
                                     name_verified=criterion.name_verified))
            continue
        indicator_rows = []
        for indicator in indicators:
            result = results.get(indicator.id)
            row = IndicatorRow(indicator, result, result.met if result else None)
            if result:
                row.threshold, row.threshold_basis = result.threshold_used, result.threshold_basis
                row.shortfall = rules.shortfall(indicator.comparison, result.threshold_used, result.value)
            indicator_rows.append(row)
        met_count = sum(1 for r in indicator_rows if r.met)
        all_met = all(r.met for r in indicator_rows)
        any_unassessed = any(r.met is None for r in indicator_rows)
        rows.append(CriterionRow(
            criterion.number, criterion.name, criterion.group_name,
            True if all_met else (None if any_unassessed and not any(r.met is False for r in indicator_rows) else False),
            met_count, len(indicator_rows), indicator_rows, name_verified=criterion.name_verified,
        ))
        indicators_total += len(indicator_rows)
        indicators_met += met_count
    board.criteria = rows
    board.criteria_total = _criteria_total(board.criteria_set, criteria)
    board.criteria_met = sum(1 for r in rows if r.met)
    if board.criteria_total > len(rows):
        board.notes.append(f"Dữ liệu mới có {len(rows)}/{board.criteria_total} tiêu chí của bộ; các tiêu chí còn lại chưa đánh giá được.")
    whole_count = sum(1 for r in rows if r.judged_as_whole)
    board.indicators_total = indicators_total
    board.indicators_met = indicators_met
    if whole_count:
        board.notes.append(
            f"{whole_count} tiêu chí chưa có danh mục chỉ tiêu trong dữ liệu, được đánh giá chung; "
            f"số chỉ tiêu chỉ tính các chỉ tiêu có trong dữ liệu."
        )
    unassessed = [ind.code for row in rows for ind in row.indicators if ind.met is None]
    if unassessed:
        board.notes.append("Chưa đánh giá: " + ", ".join(unassessed))
    fallback = [ind.code for row in rows for ind in row.indicators if ind.threshold_basis == "national_fallback"]
    if fallback:
        board.notes.append("Áp dụng ngưỡng chung vì chưa có ngưỡng của vùng: " + ", ".join(fallback))
    if any(r.met is False for r in rows):
        board.reaches_standard = False
    elif rows and all(r.met is True for r in rows) and board.criteria_total == len(rows):
        board.reaches_standard = True
    else:
        board.reaches_standard = None


def _fill_conditions(board, assessment):
    conditions = list(board.criteria_set.conditions.all())
    if not conditions:
        return
    results = {r.condition_id: r for r in assessment.condition_results.all()}
    rows = []
    for condition in conditions:
        if condition.kind == SetCondition.Kind.OWN_CRITERIA:
            rows.append(ConditionRow(condition.code, condition.text, board.reaches_standard,
                                     detail=board.summary()))
        elif condition.kind == SetCondition.Kind.COMMUNES_SHARE:
            share, detail = communes_share(board.place, condition.communes_level, board.on_date)
            met = None if share is None else rules.judge(condition.comparison, rules.Threshold(condition.threshold, "region"), share)
            rows.append(ConditionRow(condition.code, condition.text, met, share, detail))
        else:
            result = results.get(condition.id)
            rows.append(ConditionRow(condition.code, condition.text, result.met if result else None,
                                     result.value if result else None))
    board.conditions = rows
    criteria_ok = board.reaches_standard
    if all(r.met is True for r in rows):
        board.reaches_standard = True if criteria_ok is not False else False
    elif any(r.met is False for r in rows):
        board.reaches_standard = False
    else:
        board.reaches_standard = None if criteria_ok is not False else False


# ---------------------------------------------------------------- districts


def communes_of(district, on_date):
    """The rural communes (xã) of a district (or of a province's districts) that existed on the date."""
    within = Q(parent=district) | Q(parent__parent=district) if district.level == Place.Level.PROVINCE else Q(parent=district)
    queryset = Place.objects.filter(within, level=Place.Level.COMMUNE, kind=Place.Kind.COMMUNE)
    queryset = queryset.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=on_date))
    queryset = queryset.filter(Q(valid_to__isnull=True) | Q(valid_to__gte=on_date))
    return list(queryset.order_by("name_folded", "name"))


def communes_share(district, level, on_date):
    """(% of the district's communes reaching the standard of a set of `level`, detail) on the date."""
    communes = communes_of(district, on_date)
    if not communes:
        return None, "không có danh sách xã"
    sets = [s for s in CriteriaSet.objects.filter(level=level) if s.applies_on(on_date)]
    meeting = 0
    for commune in communes:
        if any(commune_board(commune, s, on_date).reaches_standard for s in sets if latest_assessment(commune, s, on_date)):
            meeting += 1
    share = (Decimal(meeting) * 100 / len(communes)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return share, f"{meeting}/{len(communes)} xã"


@dataclass
class DistrictSetSummary:
    criteria_set: CriteriaSet
    boards: list  # commune boards (assessed communes)
    unassessed: list  # communes without an assessment of this set
    meeting: int
    average_criteria: Decimal | None
    average_indicators: Decimal | None
    communes_total: int

    def summary(self):
        parts = [f"{self.meeting}/{self.communes_total} xã đạt chuẩn"]
        if self.average_criteria is not None:
            avg = f"bình quân {vi_average(self.average_criteria)} tiêu chí"
            if self.average_indicators is not None:
                avg += f" và {vi_average(self.average_indicators)} chỉ tiêu"
            parts.append(avg + "/xã")
        return ", ".join(parts)


@dataclass
class DistrictBoard:
    place: Place
    on_date: datetime.date
    communes: list
    sets: list  # DistrictSetSummary, one per commune-level set assessed in the district
    own: list  # Boards of the district against district-level sets
    targets: list  # TargetProgress

    @property
    def can_be_recognised(self):
        """True/False from the district's own set(s); None when not assessed."""
        verdicts = [b.reaches_standard for b in self.own if b.assessment is not None]
        if not verdicts:
            return None
        return any(v is True for v in verdicts) if all(v is not None for v in verdicts) else None


def district_board(district, on_date=None, criteria_set=None):
    on_date = on_date or datetime.date.today()
    communes = communes_of(district, on_date)
    set_ids = set(
        Assessment.objects.filter(place__in=communes, assessed_on__lte=on_date).values_list("criteria_set_id", flat=True)
    )
    if criteria_set is not None:
        set_ids &= {criteria_set.id}
    order = {level: i for i, level in enumerate(CriteriaSet.Level.values)}
    sets = sorted(CriteriaSet.objects.filter(id__in=set_ids), key=lambda s: (order[s.level], s.code))
    summaries = [set_summary(s, communes, on_date) for s in sets]
    own_sets = CriteriaSet.objects.filter(level__in=[CriteriaSet.Level.DISTRICT, CriteriaSet.Level.DISTRICT_ADVANCED])
    own = [commune_board(district, s, on_date) for s in own_sets if latest_assessment(district, s, on_date)]
    if criteria_set is not None and criteria_set.level in (CriteriaSet.Level.DISTRICT, CriteriaSet.Level.DISTRICT_ADVANCED):
        own = [commune_board(district, criteria_set, on_date)]
    # A target is judged on its deadline once that has passed (what was reached by then, over the communes of
    # then), and says the date it is judged on: "7/7 xã" of 2020 is not read against 2025's six communes.
    targets = [target_progress(t, min(on_date, t.deadline))
               for t in NtmTarget.objects.filter(place=district).select_related("criteria_set")]
    return DistrictBoard(district, on_date, communes, summaries, own, targets)


def set_summary(criteria_set, communes, on_date, data=None):
    data = data or BoardData(communes, criteria_set, on_date)
    boards, unassessed = [], []
    for commune in communes:
        board = commune_board(commune, criteria_set, on_date, data)
        (boards if board.assessment else unassessed).append(board if board.assessment else commune)
    meeting = sum(1 for b in boards if b.reaches_standard)
    criteria_counts = [b.criteria_met for b in boards if b.criteria_met is not None]
    indicator_counts = [b.indicators_met for b in boards if b.indicators_met is not None]
    average_criteria = Decimal(sum(criteria_counts)) / len(criteria_counts) if criteria_counts else None
    average_indicators = (
        Decimal(sum(indicator_counts)) / len(indicator_counts)
        if indicator_counts and len(indicator_counts) == len(boards) else None
    )
    return DistrictSetSummary(criteria_set, boards, unassessed, meeting, average_criteria, average_indicators, len(communes))


# ---------------------------------------------------------------- history and trend


def assessment_dates(places, criteria_set=None, until=None):
    queryset = Assessment.objects.filter(place__in=places)
    if criteria_set is not None:
        queryset = queryset.filter(criteria_set=criteria_set)
    if until is not None:
        queryset = queryset.filter(assessed_on__lte=until)
    return sorted(set(queryset.values_list("assessed_on", flat=True)))


def commune_trend(place, criteria_set, until=None):
    """[(date, Board)] at each date the place was assessed against the set."""
    data = BoardData([place], criteria_set, until)
    return [(day, commune_board(place, criteria_set, day, data)) for day in assessment_dates([place], criteria_set, until)]


def district_trend(district, criteria_set, until=None):
    """[(date, DistrictSetSummary)] at each date any commune of the district was assessed against the set.
    The communes of every date and their assessments are read once, whatever the number of dates."""
    until = until or datetime.date.today()
    ever = communes_ever(district)
    data = BoardData(ever, criteria_set, until)
    points = []
    for day in assessment_dates(_existing_on(ever, until), criteria_set, until):
        points.append((day, set_summary(criteria_set, _existing_on(ever, day), day, data)))
    return points


def communes_ever(district):
    """Every rural commune (xã) that was ever under the district (or the province's districts), by name."""
    within = Q(parent=district) | Q(parent__parent=district) if district.level == Place.Level.PROVINCE else Q(parent=district)
    return list(Place.objects.filter(within, level=Place.Level.COMMUNE, kind=Place.Kind.COMMUNE).order_by("name_folded", "name"))


def _existing_on(communes, day):
    """What communes_of(district, day) returns, from communes_ever(district)."""
    return [c for c in communes if (c.valid_from is None or c.valid_from <= day) and (c.valid_to is None or c.valid_to >= day)]


# ---------------------------------------------------------------- targets


@dataclass
class TargetProgress:
    target: NtmTarget
    on_date: datetime.date
    communes_total: int
    meeting: int
    meeting_names: list
    required: int | None
    reached: bool | None
    overdue: bool

    def summary(self):
        goal = (f"{self.target.target_count}/{self.target.out_of or self.communes_total}" if self.target.target_count is not None
                else f"{vi_average(self.target.target_share)}%")
        state = _("đã đạt") if self.reached else (_("quá hạn, chưa đạt") if self.overdue else _("chưa đạt"))
        return _("Mục tiêu %(goal)s xã đạt chuẩn (%(set)s) đến %(deadline)s: ngày %(day)s có %(meeting)s/%(total)s xã đạt "
                 "(các xã của địa bàn ngày đó) — %(state)s") % {
            "goal": goal, "set": self.target.criteria_set.name, "deadline": f"{self.target.deadline:%d/%m/%Y}",
            "day": f"{min(self.on_date, self.target.deadline):%d/%m/%Y}",
            "meeting": self.meeting, "total": self.communes_total, "state": state}


def target_progress(target, on_date=None):
    on_date = on_date or datetime.date.today()
    communes = communes_of(target.place, min(on_date, target.deadline))
    data = BoardData(communes, target.criteria_set, on_date)
    meeting = []
    for commune in communes:
        if data.latest(commune, on_date) and commune_board(commune, target.criteria_set, on_date, data).reaches_standard:
            meeting.append(commune)
    required = target.target_count
    if required is None and target.target_share is not None and communes:
        required = int((target.target_share * len(communes) / 100).to_integral_value(rounding="ROUND_CEILING"))
    reached = None if required is None else len(meeting) >= required
    return TargetProgress(target, on_date, len(communes), len(meeting), [c.name for c in meeting], required, reached,
                          overdue=bool(on_date > target.deadline and not reached))


COMPARISON_SIGNS = {Comparison.AT_LEAST: "≥", Comparison.AT_MOST: "≤", Comparison.EQUAL: "=", Comparison.YES: "đạt",
                    Comparison.NONE_LEFT: "không còn"}


# ---------------------------------------------------------------- the communes × criteria grid (dashboards)

GRID_COMMUNES_LIMIT = 60  # a commune's board takes a few queries: larger places get the counts only


def communes_grid(place, criteria_set=None, on_date=None):
    """Criteria met per commune and a communes × criteria grid for the communes of a district (or province), all on
    ONE date — the latest assessment on or before `on_date` — over the communes that existed on that date, so that
    the count of communes meeting the set, each commune's row and the targets describe the same day and units."""
    on_date = on_date or datetime.date.today()
    last = Assessment.objects.filter(Q(place__parent=place) | Q(place__parent__parent=place), place__level=Place.Level.COMMUNE,
                                     assessed_on__lte=on_date)
    if criteria_set is not None:
        last = last.filter(criteria_set=criteria_set)
    last = last.order_by("-assessed_on", "-id").first()
    if last is None:
        return None
    day = last.assessed_on
    communes = communes_of(place, day)
    sets = [s for s in sets_assessed_for_any(communes, day) if s.level == last.criteria_set.level] or [last.criteria_set]
    chosen = criteria_set or max(sets, key=lambda s: Assessment.objects.filter(place__in=communes, criteria_set=s,
                                                                                  assessed_on__lte=day).count())
    if len(communes) > GRID_COMMUNES_LIMIT:
        communes = communes[:GRID_COMMUNES_LIMIT]
    data = BoardData(communes, chosen, day)
    commune_boards = [commune_board(c, chosen, day, data) for c in communes]
    criteria = [(c.number, c.name) for c in chosen.criteria.all()]
    rows = []
    for board in commune_boards:
        by_number = {row.number: row.met for row in board.criteria}
        rows.append({
            "place": board.place, "board": board, "criteria_met": board.criteria_met, "criteria_total": board.criteria_total,
            "reaches": board.reaches_standard, "cells": [by_number.get(number) for number, _name in criteria],
            "demonstration": is_demonstration(board.assessment),
        })
    meeting = sum(1 for r in rows if r["reaches"])
    targets = [target_progress(t, day) for t in NtmTarget.objects.filter(place=place, criteria_set=chosen)]
    return {"criteria_set": chosen, "on_date": day, "communes_total": len(communes), "meeting": meeting,
            "criteria": criteria, "rows": rows, "targets": targets,
            "has_demonstration": any(r["demonstration"] for r in rows)}


def sets_assessed_for_any(places, on_date):
    ids = set(Assessment.objects.filter(place__in=places, assessed_on__lte=on_date).values_list("criteria_set_id", flat=True))
    return list(CriteriaSet.objects.filter(id__in=ids).order_by("code"))


def is_demonstration(assessment) -> bool:
    """An assessment made up or inferred for the demonstration (its evidence says so, or its note starts with
    the demo's 'Minh họa'/'Suy ra'), as opposed to one recorded as a source states it."""
    if assessment is None:
        return False
    if (assessment.evidence or {}).get("demonstration"):
        return True
    return (assessment.note or "").startswith(("Minh họa", "Suy ra"))
