"""What a place's dashboard shows, decided here from a fixed number of queries whatever the number of values:
the status of each indicator against its targets (behind first), stated and computed derived figures side by
side, roll-ups from the units below (computed in the database), the series of each indicator for its chart,
the units below ranked on one indicator, and the NTM progress of the communes.

Only public values (`DataValue.objects.public()`) are read. `place=None` is the whole country (its units are
the provinces)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import F, OuterRef, Q, Subquery
from django.utils.translation import gettext as _

from chitieu.dashboards import status as rules
from chitieu.indicators.derived import (
    RESULT_MODALITIES, IndicatorRow, child_rollups, indicator_row, parse_period, percent_of, units_during,
)
from chitieu.indicators.models import DataValue, Indicator
from chitieu.periods import Period
from chitieu.places.models import Place

# Two derived figures agree when they differ by no more than what rounding the stated one could explain:
# half a unit of its last decimal, plus 0,5% of its size for rounded inputs.
RELATIVE_TOLERANCE = Decimal("0.005")
# A reported total and the sum of its units agree within 0,5% (units report rounded figures).
ROLLUP_TOLERANCE = Decimal("0.005")
CHARTED_ROWS = 12  # charts drawn on the dashboard itself; every indicator has its own page with its chart


@dataclass
class TargetStatus:
    target: DataValue
    status: rules.Status
    percent: Decimal | None  # result ÷ target × 100 (amounts and counts)
    gap_points: Decimal | None  # result − target (rates)


@dataclass
class Derived:
    """One derived figure: as stated by the source, as computed by the system, or both."""

    measure: str  # growth, change, ratio
    label: str
    stated: Decimal | None = None
    computed: Decimal | None = None
    source: str = ""  # where the stated one comes from
    source_url: str = ""

    @property
    def disagrees(self) -> bool:
        if self.stated is None or self.computed is None:
            return False
        return abs(self.stated - self.computed) > tolerance(self.stated)


@dataclass
class RollupCheck:
    value: Decimal
    parts: int
    units: int
    reported: Decimal | None  # the place's own figure for the same period, if any

    @property
    def complete(self):
        return self.parts >= self.units

    @property
    def disagrees(self) -> bool:
        if self.reported is None or not self.complete:
            return False
        # Within rounding of the reported figure (1,3% covers 1,25–1,35), or 0,5% of it for rounded parts.
        allowed = max(tolerance(self.reported), abs(self.reported) * ROLLUP_TOLERANCE)
        return abs(self.reported - self.value) > allowed


@dataclass
class DashboardRow:
    indicator: Indicator
    base: IndicatorRow | None
    result: DataValue | None
    computed_result: RollupCheck | None = None  # the figure computed from the units below, when not reported
    statuses: list = field(default_factory=list)  # TargetStatus, one per target (issuer)
    derived: list = field(default_factory=list)
    rollup: RollupCheck | None = None
    series: dict | None = None
    invented: bool = False  # the row shows values made up for the demonstration

    @property
    def worst(self) -> rules.Status:
        judged = [s.status for s in self.statuses if s.status.code != rules.NONE]
        return min(judged, key=lambda s: s.rank) if judged else rules.Status(rules.NONE)

    @property
    def period(self) -> Period | None:
        value = self.result
        if value is not None:
            return parse_period(value.period)
        return parse_period(self.computed_period) if self.computed_result is not None else None

    computed_period: str = ""


@dataclass
class Dashboard:
    place: Place | None
    rows: list
    children: list
    ranking: dict | None
    ntm: dict | None
    has_invented: bool
    has_facts: list  # sources of the facts shown

    @property
    def behind(self):
        return [r for r in self.rows if r.worst.code in (rules.BEHIND, rules.AT_RISK)]


def tolerance(stated: Decimal) -> Decimal:
    """Half a unit of the last decimal written (stated values are stored as written; stored values carry six
    decimals, so trailing zeros are dropped first), plus 0,5% of the figure."""
    exponent = Decimal(stated).normalize().as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return Decimal("0.5") * Decimal(10) ** -decimals + RELATIVE_TOLERANCE * abs(stated)


def children_of(place: Place | None) -> list[Place]:
    if place is None:
        return list(Place.objects.filter(level=Place.Level.PROVINCE, parent__isnull=True).order_by("name_folded"))
    return list(place.children.order_by("name_folded"))


def _children_filter(children):
    return Q(place_id__in=[c.pk for c in children])


def is_invented(value: DataValue | None) -> bool:
    return value is not None and value.source == DataValue.Source.DEMO and bool((value.source_detail or {}).get("invented"))


class Value:
    """A stored value as the dashboard reads it: the fields of DataValue it uses, without a model instance each
    (a district has thousands of values; building models for them costs more than the whole query)."""

    __slots__ = ("pk", "indicator_id", "indicator", "period", "period_start", "period_end", "modality", "issuer",
                 "value", "unit", "source", "source_detail")
    FIELDS = ("pk", "indicator_id", "period", "period_start", "period_end", "modality", "issuer", "value", "unit",
              "source", "source_detail")

    def __init__(self, row, indicator):
        for name, item in zip(self.FIELDS, row):
            setattr(self, name, item)
        self.indicator = indicator

    updated_by = None  # who typed it in is the place page's detail, not the dashboard's

    def get_source_display(self):
        return DataValue.Source(self.source).label


def place_values(place) -> list:
    """The public values of one place, each with its indicator (the indicators fetched once each)."""
    rows = list(DataValue.objects.public().filter(place=place).order_by().values_list(*Value.FIELDS))
    catalogue = Indicator.objects.in_bulk({row[1] for row in rows}) if rows else {}
    return [Value(row, catalogue[row[1]]) for row in rows]


def place_dashboard(place: Place | None, *, indicator_code: str | None = None) -> Dashboard:
    values = place_values(place) if place else []
    by_indicator: dict[int, list[DataValue]] = {}
    for value in values:
        by_indicator.setdefault(value.indicator_id, []).append(value)
    children = children_of(place)
    bases = {pk: indicator_row(own[0].indicator, own) for pk, own in by_indicator.items()}
    aggregates = _aggregates(children, bases) if children else {}
    indicators = {pk: own[0].indicator for pk, own in by_indicator.items()}
    missing = {k[0] for k in aggregates} - set(indicators)
    if missing:
        indicators.update(Indicator.objects.in_bulk(missing))

    rows = []
    for indicator_id, indicator in indicators.items():
        row = _row(indicator, bases.get(indicator_id), aggregates, children)
        if row is not None:
            rows.append(row)
    rows.sort(key=lambda r: (r.worst.rank, r.indicator.group, r.indicator.code))
    _attach_claim_statements(rows)
    for row in rows[:CHARTED_ROWS]:
        row.series = indicator_series(row, by_indicator.get(row.indicator.pk, []))
    ranking = children_ranking(place, children, rows, indicator_code)
    invented = any(r.invented for r in rows) or bool(ranking and ranking["invented"])
    facts = sorted({_source_of(r.result)[0] for r in rows if r.result is not None and (r.result.source_detail or {}).get("fact")})
    return Dashboard(place, rows, children, ranking, ntm_progress(place), invented, facts)


def _aggregates(children, bases) -> dict:
    """The roll-ups the dashboard needs, and only those: the periods of the place's own latest results, and each
    indicator's latest period among the units below (two small aggregation queries, not one over all periods)."""
    ids = [c.pk for c in children]
    # Asked as "per indicator, the latest of each unit's latest", one index probe per unit and indicator: a
    # MAX over all the units' values was planned in parallel (40-170 ms at national scale, even with no rows).
    latest_here = (
        DataValue.objects.public()
        .filter(place_id=OuterRef("pk"), indicator_id=OuterRef(OuterRef("pk")), modality__in=RESULT_MODALITIES, issuer="")
        .order_by("-period_end").values("period_end")[:1]
    )
    latest_below = (Place.objects.filter(pk__in=ids).annotate(end=Subquery(latest_here))
                    .order_by(F("end").desc(nulls_last=True)).values("end")[:1])
    latest_ends = set(
        Indicator.objects.annotate(end=Subquery(latest_below)).filter(end__isnull=False).order_by()
        .values_list("end", flat=True)
    )
    own_periods = {b.result.period for b in bases.values() if b.result is not None}
    return child_rollups(Q(place_id__in=ids), within=Q(period__in=own_periods) | Q(period_end__in=latest_ends))


def _row(indicator, base, aggregates, children) -> DashboardRow | None:
    result = base.result if base else None
    row = DashboardRow(indicator, base, result)
    if result is not None:
        period = parse_period(result.period)
        row.statuses = [_target_status(indicator, result, t.target) for t in base.targets]
        row.derived = derived_figures(base)
        key = (indicator.pk, result.period, result.modality)
        if key in aggregates:
            value, parts = aggregates[key]
            row.rollup = RollupCheck(value, parts, len(units_during(children, period)), result.value)
        row.invented = is_invented(result) or any(is_invented(t.target) for t in base.targets) or is_invented(base.earlier)
        return row
    # Not reported here: the latest figure computed from the units below, marked as computed.
    keys = [k for k in aggregates if k[0] == indicator.pk and k[2] == DataValue.Modality.ACTUAL]
    if not keys:
        return row if base and (base.targets or base.expected) else None
    latest = max(keys, key=lambda k: (parse_period(k[1]).end, parse_period(k[1]).length_days()))
    value, parts = aggregates[latest]
    row.computed_result = RollupCheck(value, parts, len(units_during(children, parse_period(latest[1]))), None)
    row.computed_period = latest[1]
    return row


def _target_status(indicator, result, target) -> TargetStatus:
    verdict = rules.judge(indicator, result.value, parse_period(result.period), target.value, parse_period(target.period))
    if indicator.kind == Indicator.Kind.RATE:
        return TargetStatus(target, verdict, None, result.value - target.value)
    return TargetStatus(target, verdict, percent_of(result.value, target.value), None)


# ---------------------------------------------------------------- stated and computed


def _source_of(value: DataValue) -> tuple[str, str]:
    detail = value.source_detail or {}
    if detail.get("fact"):
        return f"{detail.get('publisher', '')}, {_date_vi(detail.get('published', ''))}", detail.get("url", "")
    return detail.get("title", ""), ""


def _date_vi(text):
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        return text
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def derived_figures(base: IndicatorRow) -> list[Derived]:
    """Growth (or change in points) against the same period and % of each target: computed where the system can,
    stated where the source states it, both when both exist."""
    result = base.result
    figures = []
    if base.indicator.kind == Indicator.Kind.RATE:
        figures.append(Derived("change", _("Thay đổi so với cùng kỳ (điểm %)"), computed=base.change_points))
    else:
        figures.append(Derived("growth", _("Tăng so với cùng kỳ (%)"), computed=base.growth_percent))
    for progress in base.targets:
        if progress.percent is not None:
            who = progress.target.issuer or _("kế hoạch")
            figures.append(Derived("ratio", _("%% kế hoạch (%s)") % who, computed=progress.percent))
    for stated in (result.source_detail or {}).get("stated", []):
        _place_statement(figures, stated, result)
    return [f for f in figures if f.stated is not None or f.computed is not None]


def _place_statement(figures, stated, result, source=None):
    measure, basis, value = stated.get("measure"), stated.get("basis"), Decimal(str(stated.get("value")))
    source_text, source_url = source or _source_of(result)
    match = None
    if measure == "growth" and basis == "same_period":
        match = next((f for f in figures if f.measure == "growth"), None)
    elif measure == "change" and basis == "same_period":
        match = next((f for f in figures if f.measure == "change"), None)
    elif measure == "ratio":
        ratios = [f for f in figures if f.measure == "ratio" and f.stated is None]
        issuer = stated.get("issuer")
        named = [f for f in ratios if issuer and f.label.endswith(f"({issuer})")]
        match = named[0] if named else (ratios[0] if len(ratios) == 1 and not issuer else None)
    if match is None:
        label = {
            ("change", "prior_year_end"): _("Thay đổi so với cuối năm trước (điểm %)"),
            ("change", "plan"): _("Chênh so với kế hoạch (điểm %)"),
            ("change", "target"): _("Chênh so với kế hoạch (điểm %)"),
            ("growth", "prior_year_end"): _("Tăng so với cuối năm trước (%)"),
            ("ratio", "plan"): _("% kế hoạch"), ("ratio", "target"): _("% kế hoạch"), ("ratio", "estimate"): _("% dự toán"),
        }.get((measure, basis), _("Số suy ra (%s)") % measure)
        if stated.get("issuer"):
            label += f" ({stated['issuer']})"
        match = Derived(measure, label)
        figures.append(match)
    match.stated, match.source, match.source_url = value, source_text, source_url


def _attach_claim_statements(rows):
    """For values accepted from an article, the growth, change and % of plan stated right after the figure (the
    extractor keeps them as claims of their own, unlinked): one query for the whole dashboard. A statement belongs
    to the nearest figure before it in the same document, within 250 characters; it is shown only when that
    figure is the accepted one, so a % that follows another figure is never borrowed."""
    by_claim = {}
    for row in rows:
        detail = (row.result.source_detail or {}) if row.result is not None else {}
        if row.result is not None and row.result.source == DataValue.Source.CLAIM and detail.get("claim"):
            by_claim[detail["claim"]] = row
    if not by_claim:
        return
    try:
        from chitieu.documents.models import Claim
    except ImportError:
        return
    from chitieu.indicators.display import source_url

    documents = Claim.objects.filter(pk__in=by_claim).values("document_id")
    claims = list(Claim.objects.filter(document_id__in=documents).order_by("document_id", "start")
                  .only("pk", "document_id", "start", "value", "measure", "basis", "issuer", "unit", "modality"))
    anchor = None
    for claim in claims:
        if anchor is not None and anchor.document_id != claim.document_id:
            anchor = None
        statement = (claim.pk not in by_claim and claim.measure in ("growth", "change", "ratio") and claim.unit == "%"
                     and claim.modality in RESULT_MODALITIES)
        if not statement:
            anchor = claim
            continue
        if anchor is None or anchor.pk not in by_claim or claim.start - anchor.start > 250:
            continue
        row = by_claim[anchor.pk]
        stated = {"measure": claim.measure, "basis": claim.basis, "value": claim.value, "issuer": claim.issuer}
        _place_statement(row.derived, stated, row.result,
                         source=((row.result.source_detail or {}).get("title", ""), source_url(row.result)))


# ---------------------------------------------------------------- series


def _same_shape(period: Period, latest: Period) -> bool:
    if period.kind != latest.kind:
        return False
    if latest.kind in ("month", "year", "day"):
        return True
    return ((period.start.month, period.start.day, period.end.month, period.end.day)
            == (latest.start.month, latest.start.day, latest.end.month, latest.end.day))


def indicator_series(row: DashboardRow, values: list[DataValue]) -> dict | None:
    """The indicator's results over the periods of the same shape as its latest (years, the first nine months
    of each year, month ends), the same period a year earlier, and each issuer's target of the period's year."""
    if row.result is None:
        return None
    latest = parse_period(row.result.period)
    results = {}
    for value in values:
        if value.modality in RESULT_MODALITIES:
            period = parse_period(value.period)
            if _same_shape(period, latest) and (value.period not in results or value.modality == "actual"):
                results[value.period] = value
    periods = sorted((parse_period(p) for p in results))
    if len(periods) < 1:
        return None
    targets = {}
    for value in values:
        if value.modality == DataValue.Modality.TARGET and parse_period(value.period).kind == "year":
            targets.setdefault(value.issuer or _("Kế hoạch"), {})[parse_period(value.period).start.year] = value
    points = []
    for period in periods:
        earlier = results.get(str(period.same_period_a_year_earlier()))
        points.append({
            "period": str(period), "value": results[str(period)],
            "earlier": earlier,
            "targets": {issuer: by_year.get(period.end.year) for issuer, by_year in targets.items()},
        })
    invented = any(is_invented(p["value"]) or is_invented(p["earlier"]) for p in points) or any(
        is_invented(t) for by_year in targets.values() for t in by_year.values())
    return {"points": points, "issuers": sorted(targets), "invented": invented}


# ---------------------------------------------------------------- units below, ranked


def children_ranking(place, children, rows, indicator_code=None) -> dict | None:
    """The units directly below ranked on one indicator (the one asked for, else the one most of them report),
    in its latest period, with the parent's reported total and the computed one."""
    if not children:
        return None
    candidates = {}
    for row in rows:
        for check in (row.rollup, row.computed_result):
            if check is not None:
                period = row.result.period if row.result is not None and check is row.rollup else row.computed_period
                candidates[row.indicator.code] = (row, period, check)
    if not candidates:
        return None
    if indicator_code not in candidates:
        indicator_code = max(candidates, key=lambda code: (candidates[code][2].parts, code))
    row, period, check = candidates[indicator_code]
    values = list(DataValue.objects.public().filter(
        _children_filter(children), indicator=row.indicator, period=period, modality=DataValue.Modality.ACTUAL, issuer=""
    ).select_related("place"))
    reverse = row.indicator.good_direction != Indicator.Direction.DOWN
    values.sort(key=lambda v: v.value, reverse=reverse)
    by_place = {v.place_id: v for v in values}
    missing = [c for c in units_during(children, parse_period(period)) if c.pk not in by_place]
    return {
        "indicator": row.indicator, "period": period, "values": values, "missing": missing, "check": check,
        "reported": row.result if check is row.rollup else None,
        "choices": sorted(((code, candidates[code][0].indicator) for code in candidates), key=lambda c: c[1].name_vi),
        "invented": any(is_invented(v) for v in values),
    }


# ---------------------------------------------------------------- NTM progress of the communes


def ntm_progress(place) -> dict | None:
    """Criteria met per commune and the communes × criteria grid, for a district (or a province), on the date of
    the latest assessment: the communes that existed on that date, each commune's board on that same date."""
    # A commune's own board is on its place page; a province's communes are too many for per-commune boards
    # (a few queries each), so the grid is drawn for districts, where the NTM targets are set.
    if place is None or place.level != Place.Level.DISTRICT:
        return None
    try:
        from chitieu.criteria import boards
        from chitieu.criteria.models import Assessment
    except ImportError:
        return None
    if not Assessment.objects.filter(place__parent=place).exists():
        return None
    return boards.communes_grid(place)
