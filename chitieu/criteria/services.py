"""Every write of the criteria app: loading the sets, recording assessments and targets.

Views, the `criteria` command, the spreadsheet import, the admin, the demo and the tests all call these.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from chitieu.criteria import rules
from chitieu.criteria.loader import REGIONS_FILE, SETS_DIR, SetFileError, read_regions_file, read_set_file, set_files
from chitieu.criteria.models import (
    Assessment,
    ConditionAssessment,
    CriteriaSet,
    Criterion,
    CriterionAssessment,
    CriterionIndicator,
    IndicatorAssessment,
    NtmTarget,
    PlaceRegion,
    SetCondition,
    Verification,
)

# ---------------------------------------------------------------- loading the sets


def load_reference_sets(log=print, directory=SETS_DIR, regions_file=REGIONS_FILE):
    """Load (or update) every set file and the region assignments. Safe to run twice.

    All files are validated first: if any has a problem, SetFileError lists them all and nothing is written.
    """
    problems, contents = [], []
    for path in set_files(directory):
        try:
            contents.append((path, read_set_file(path)))
        except SetFileError as error:
            problems.extend(error.problems)
    codes = [data["code"] for _, data in contents]
    for path, data in contents:
        if codes.count(data["code"]) > 1:
            problems.append(_problem(path, "code", f"mã bộ “{data['code']}” trùng với tệp khác"))
        parent = data.get("derived_from")
        if parent and parent not in codes and not CriteriaSet.objects.filter(code=parent).exists():
            problems.append(_problem(path, "derived_from", f"không có bộ “{parent}”"))
    if problems:
        raise SetFileError(problems)
    with transaction.atomic():
        sets = [_save_set(path, data, log) for path, data in contents]
        for criteria_set, (_, data) in zip(sets, contents):
            parent = data.get("derived_from")
            criteria_set.derived_from = CriteriaSet.objects.get(code=parent) if parent else None
            criteria_set.save(update_fields=["derived_from"])
    load_regions(log=log, path=regions_file)
    _report_catalogue_links(log)
    log(f"  {len(sets)} bộ tiêu chí")
    return sets


def _problem(path, where, reason):
    from chitieu.criteria.loader import Problem

    return Problem(path.name, where, reason)


def _find_places(name, **filters):
    """Every unit the place list knows by `name` ([] when it holds none, or is not installed yet)."""
    try:
        from chitieu.places import lookup
    except ImportError:  # the place lookup is not installed yet: sets load without their place links
        return []
    return lookup.find_places(name, **{k: v for k, v in filters.items() if v})


def _save_set(path, data, log):
    counts = data.get("declared_counts") or {}
    recognition = data.get("recognition") or {}
    jurisdiction_name = data.get("jurisdiction") or ""
    provinces = _find_places(jurisdiction_name, level="province") if jurisdiction_name else []
    # A province that outlived a reform may have one row per incarnation: the set belongs to the earliest.
    jurisdiction = min(provinces, key=lambda p: (p.valid_from is not None, p.valid_from or 0)) if provinces else None
    criteria_set, _ = CriteriaSet.objects.update_or_create(
        code=data["code"],
        defaults=dict(
            name=data["name"],
            level=data["level"],
            legal_basis=data["legal_basis"],
            legal_documents=_jsonable(data.get("legal_documents") or []),
            issuer=data.get("issuer") or "",
            signed_on=data.get("signed_on"),
            effective_on=data.get("effective_on"),
            valid_from=data.get("valid_from"),
            valid_to=data.get("valid_to"),
            validity_note=data.get("validity_note") or "",
            jurisdiction=jurisdiction,
            jurisdiction_name=jurisdiction_name,
            region_scheme=data["region_scheme"],
            recognition_conditions="\n".join(t for t in (recognition.get("conditions"), recognition.get("note")) if t),
            recognition_verification=recognition["verification"],
            declared_criteria_count=counts.get("criteria"),
            declared_criteria_count_verified=bool(counts.get("criteria_verified")),
            declared_indicator_count=counts.get("indicators"),
            declared_indicator_count_verified=bool(counts.get("indicators_verified")),
            counts_note=counts.get("note") or "",
            sources=[str(s) for s in data.get("sources") or []],
            completeness=data.get("completeness") or "",
            source_file=path.name,
        ),
    )
    kept_conditions = []
    for position, condition in enumerate(data["conditions"]):
        row, _ = SetCondition.objects.update_or_create(
            criteria_set=criteria_set,
            code=condition["code"],
            defaults=dict(
                text=condition["text"],
                kind=condition["kind"],
                communes_level=condition.get("communes_level") or "",
                comparison=condition["comparison"],
                threshold=rules.as_decimal(condition.get("threshold")),
                unit=condition.get("unit") or "",
                verification=condition["verification"],
                position=position,
            ),
        )
        kept_conditions.append(row.pk)
    _delete_unused(criteria_set.conditions.exclude(pk__in=kept_conditions), log)

    kept_criteria = []
    for criterion_data in data["criteria"]:
        criterion, _ = Criterion.objects.update_or_create(
            criteria_set=criteria_set,
            number=criterion_data["number"],
            defaults=dict(
                name=criterion_data["name"],
                name_verified=bool(criterion_data.get("name_verified")),
                group_code=criterion_data.get("group") or "",
                group_name=criterion_data.get("group_name") or "",
                note=criterion_data.get("note") or "",
            ),
        )
        kept_criteria.append(criterion.pk)
        kept_indicators = []
        for position, indicator in enumerate(criterion_data["indicators"]):
            threshold = indicator["threshold"]
            row, _ = CriterionIndicator.objects.update_or_create(
                criterion=criterion,
                code=indicator["code"],
                defaults=dict(
                    name=indicator["name"],
                    unit=indicator.get("unit") or "",
                    comparison=indicator["comparison"],
                    threshold_national=rules.as_decimal(threshold.get("national")),
                    threshold_text=str(threshold.get("text") or "")[:400],
                    threshold_by_region=_jsonable(threshold.get("by_region") or {}),
                    reference_year=indicator.get("reference_year"),
                    verification=indicator["verification"],
                    sources=[str(s) for s in indicator.get("sources") or []],
                    note=indicator.get("note") or "",
                    catalogue_code=indicator.get("catalogue") or "",
                    position=position,
                ),
            )
            kept_indicators.append(row.pk)
        _delete_unused(criterion.indicators.exclude(pk__in=kept_indicators), log)
    _delete_unused(criteria_set.criteria.exclude(pk__in=kept_criteria), log)
    return criteria_set


def _delete_unused(queryset, log):
    """Rows that left the file go, unless an assessment refers to them (then they stay, with a warning)."""
    for row in queryset:
        if row.results.exists():
            log(f"  ! {row} đã bỏ khỏi tệp nhưng còn kết quả đánh giá: giữ lại")
        else:
            row.delete()


def _report_catalogue_links(log):
    """Say which catalogue links point at no catalogue indicator (the catalogue may be loaded later)."""
    from chitieu.indicators.models import Indicator

    linked = set(CriterionIndicator.objects.exclude(catalogue_code="").values_list("catalogue_code", flat=True))
    missing = sorted(linked - set(Indicator.objects.filter(code__in=linked).values_list("code", flat=True)))
    if missing:
        log(f"  · chỉ tiêu danh mục chưa có (chưa lấy được số liệu tự động): {', '.join(missing)}")


def _jsonable(value):
    """YAML dates → ISO strings, so the value fits a JSONField."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def load_regions(log=print, path=REGIONS_FILE):
    for row in read_regions_file(path):
        places = _find_places(row["place"], level=row.get("level"))
        if not places:
            log(f"  · vùng của “{row['place']}”: chưa có đơn vị này trong danh mục địa bàn, bỏ qua")
        for place in places:  # every incarnation of the unit takes the same region
            assign_region(place, row["region"], scheme=row["scheme"], verified=row["verified"],
                          source=row.get("source") or "", note=row.get("note") or "")


def assign_region(place, region, *, scheme=CriteriaSet.RegionScheme.REGIONS, verified=False, source="", note=""):
    row, _ = PlaceRegion.objects.update_or_create(
        place=place, scheme=scheme, defaults=dict(region=region, verified=verified, source=source, note=note)
    )
    return row


def region_for(place, scheme=CriteriaSet.RegionScheme.REGIONS):
    """The region row that applies to `place`: its own, else its parent's, and so on up."""
    current = place
    while current is not None:
        row = PlaceRegion.objects.filter(place=current, scheme=scheme).first()
        if row:
            return row
        current = current.parent
    return None


# ---------------------------------------------------------------- assessments


@dataclass
class AssessmentProblem:
    key: str  # "2.1", "TC 5", "ĐK C.2", "số tiêu chí đạt"…
    reason: str

    def __str__(self):
        return f"{self.key}: {self.reason}"


class AssessmentError(ValueError):
    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


@dataclass
class Evidence:
    """Where a finding comes from: a document (and the claim's span in it), a data value, a file row, or a note."""

    doc: str = ""
    start: int | None = None
    end: int | None = None
    claim_text: str = ""
    url: str = ""
    file: str = ""
    row: int | None = None
    note: str = ""
    extra: dict = field(default_factory=dict)

    def as_dict(self):
        data = {k: v for k, v in self.__dict__.items() if v not in ("", None, {}) and k != "extra"}
        data.update(self.extra)
        return data


def _evidence(value):
    if value is None:
        return {}
    if isinstance(value, Evidence):
        return value.as_dict()
    if isinstance(value, str):
        return {"note": value} if value else {}
    return dict(value)


def record_assessment(
    *,
    place,
    criteria_set,
    assessed_on,
    indicators=None,
    criteria=None,
    conditions=None,
    criteria_met_count=None,
    indicators_met_count=None,
    user=None,
    evidence=None,
    note="",
    recognition_decision="",
    kind=None,
    use_data_values=True,
):
    """Create or replace the assessment of `place` against `criteria_set` on `assessed_on`.

    indicators: {code: {"value": number, "passed": bool, "evidence": ..., "note": str}} — one per indicator;
    criteria:   {number: {"met": bool, "indicators_met": int, "evidence": ..., "note": str}} — criteria judged as a
                whole (those with no indicators in the set's data, or count-only assessments);
    conditions: {code: {"value": number, "passed": bool, "note": str}} — recognition conditions assessed directly;
    criteria_met_count / indicators_met_count — for a set whose content is not in the data (counts only).

    kind: "counts" (criteria met / indicators met, totals or per criterion) or "indicators"; by default "counts" when
    totals are given or the set holds no criteria, "indicators" otherwise. A catalogue-linked indicator that is
    not given is taken from the stored data value of the place at that date when there is one.
    Raises AssessmentError listing every problem; nothing is stored then.
    """
    if user is not None:  # an approver of the place or above (issue 16); None: the operator at the command line
        from chitieu.accounts.scopes import require

        require(user, place, "approver")
    indicators, criteria, conditions = dict(indicators or {}), dict(criteria or {}), dict(conditions or {})
    problems = []
    set_indicators = {
        i.code: i for i in CriterionIndicator.objects.filter(criterion__criteria_set=criteria_set).select_related("criterion")
    }
    set_criteria = {c.number: c for c in criteria_set.criteria.all()}
    set_conditions = {c.code: c for c in criteria_set.conditions.all()}
    counts_given = criteria_met_count is not None or indicators_met_count is not None
    if kind is None:
        kind = Assessment.Kind.COUNTS if (counts_given or not set_criteria) else Assessment.Kind.INDICATORS

    if criteria_set.applies_on(assessed_on) is False:
        problems.append(AssessmentProblem("ngày", f"{assessed_on:%d/%m/%Y} ngoài thời gian áp dụng của bộ {criteria_set.code}"))
    if kind == Assessment.Kind.COUNTS:
        if indicators:
            problems.append(AssessmentProblem("chỉ tiêu", "đánh giá theo số lượng không kèm kết quả từng chỉ tiêu"))
        if counts_given and criteria:
            problems.append(AssessmentProblem("tiêu chí", "ghi hoặc tổng số đạt, hoặc từng tiêu chí — không cả hai"))
        if not counts_given and not criteria:
            problems.append(AssessmentProblem("số tiêu chí đạt", "bộ này chỉ có số lượng công bố: cần số tiêu chí đạt"))
        total_criteria = max(len(set_criteria), criteria_set.declared_criteria_count or 0) or None
        total_indicators = criteria_set.declared_indicator_count
        _check_count(problems, "số tiêu chí đạt", criteria_met_count, total_criteria)
        _check_count(problems, "số chỉ tiêu đạt", indicators_met_count, total_indicators)
        if counts_given and criteria_met_count is None:
            problems.append(AssessmentProblem("số tiêu chí đạt", "bắt buộc"))

    indicator_rows = []
    region = None
    if criteria_set.region_scheme == CriteriaSet.RegionScheme.REGIONS:
        region_row = region_for(place)
        region = region_row.region if region_row else None
    for code, given in indicators.items():
        indicator = set_indicators.get(str(code))
        if indicator is None:
            problems.append(AssessmentProblem(str(code), f"bộ {criteria_set.code} không có chỉ tiêu mã này"))
            continue
        given = dict(given or {})
        try:
            indicator_rows.append(_judge_indicator(indicator, region, given.get("value"), given.get("passed"),
                                                   _evidence(given.get("evidence")), given.get("note") or "", None))
        except rules.RuleError as error:
            problems.append(AssessmentProblem(indicator.code, str(error)))
    if kind == Assessment.Kind.INDICATORS and use_data_values:
        for indicator in set_indicators.values():
            if indicator.catalogue_code and indicator.code not in {str(c) for c in indicators}:
                found = value_from_data(indicator, place, assessed_on)
                if found is not None:
                    value, data_value = found
                    try:
                        indicator_rows.append(_judge_indicator(indicator, region, value, None, {}, "", data_value))
                    except rules.RuleError:
                        pass  # no threshold to compare with: leave it unassessed rather than guess

    criterion_rows = []
    for number, given in criteria.items():
        try:
            number = int(number)
        except (TypeError, ValueError):
            problems.append(AssessmentProblem(f"TC {number}", "số tiêu chí không hợp lệ"))
            continue
        criterion = set_criteria.get(number)
        if criterion is None:
            problems.append(AssessmentProblem(f"TC {number}", f"bộ {criteria_set.code} không có tiêu chí số này"))
            continue
        given = dict(given or {})
        indicator_count = criterion.indicators.count()
        if kind == Assessment.Kind.INDICATORS and indicator_count:
            problems.append(AssessmentProblem(
                f"TC {number}", "tiêu chí này có chỉ tiêu trong bộ: ghi kết quả từng chỉ tiêu, tiêu chí được tính ra"
            ))
            continue
        met = given.get("met")
        indicators_met = given.get("indicators_met")
        if indicators_met is not None:
            _check_count(problems, f"TC {number}", indicators_met, indicator_count or None)
        if met is None and indicators_met is not None and indicator_count:
            met = indicators_met == indicator_count
        if met is None:
            problems.append(AssessmentProblem(f"TC {number}", "cần ghi đạt hoặc không"))
            continue
        criterion_rows.append(CriterionAssessment(
            criterion=criterion, met=bool(met), indicators_met=indicators_met,
            indicators_total=indicator_count or None, evidence=_evidence(given.get("evidence")), note=given.get("note") or "",
        ))

    condition_rows = []
    for code, given in conditions.items():
        condition = set_conditions.get(str(code))
        if condition is None:
            problems.append(AssessmentProblem(f"ĐK {code}", f"bộ {criteria_set.code} không có điều kiện mã này"))
            continue
        if condition.kind != SetCondition.Kind.ASSESSED:
            problems.append(AssessmentProblem(f"ĐK {code}", "điều kiện này được tính ra, không ghi trực tiếp"))
            continue
        given = dict(given or {})
        threshold = rules.Threshold(condition.threshold, "region") if condition.threshold is not None else rules.Threshold(
            None, "yes_no" if condition.comparison == "dat" else "judgement")
        try:
            met = rules.judge(condition.comparison, threshold, given.get("value"), given.get("passed"))
        except rules.RuleError as error:
            problems.append(AssessmentProblem(f"ĐK {code}", str(error)))
            continue
        condition_rows.append(ConditionAssessment(
            condition=condition, value=rules.as_decimal(given.get("value")), met=met,
            evidence=_evidence(given.get("evidence")), note=given.get("note") or "",
        ))

    if problems:
        raise AssessmentError(problems)

    with transaction.atomic():
        assessment, _ = Assessment.objects.update_or_create(
            place=place, criteria_set=criteria_set, assessed_on=assessed_on,
            defaults=dict(
                kind=kind, criteria_met_count=criteria_met_count, indicators_met_count=indicators_met_count,
                assessed_by=user, evidence=_evidence(evidence), note=note, recognition_decision=recognition_decision,
                status=Assessment.Status.DRAFT, approved_by=None,
            ),
        )
        assessment.indicator_results.all().delete()
        assessment.criterion_results.all().delete()
        assessment.condition_results.all().delete()
        for rows in (indicator_rows, criterion_rows, condition_rows):
            for row in rows:
                row.assessment = assessment
                row.save()
    return assessment


def _check_count(problems, key, value, total):
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        problems.append(AssessmentProblem(key, f"“{value}” phải là số nguyên không âm"))
    elif total is not None and value > total:
        problems.append(AssessmentProblem(key, f"{value} lớn hơn tổng số ({total})"))


def _judge_indicator(indicator, region, value, passed, evidence, note, data_value):
    if isinstance(passed, str):
        passed = rules.parse_yes_no(passed)
    threshold = rules.applicable_threshold(
        indicator.comparison, indicator.threshold_national, indicator.threshold_by_region, region
    )
    met = rules.judge(indicator.comparison, threshold, value, passed)
    if data_value is not None:
        evidence = {**evidence, "data_value": data_value.pk, "period": data_value.period, "source": data_value.source}
    return IndicatorAssessment(
        indicator=indicator, value=rules.as_decimal(value), passed=passed, met=met,
        threshold_used=threshold.value, threshold_basis=threshold.basis, data_value=data_value,
        evidence=evidence, note=note,
    )


def value_from_data(indicator, place, on_date):
    """(value in the indicator's unit, DataValue) for a catalogue-linked indicator, or None.

    The latest actual (else estimated) value of the place whose period ends on or before the date.
    """
    from chitieu.indicators.models import DataValue

    candidates = (  # approved values only: the board is public (issue 16)
        DataValue.objects.public().filter(indicator__code=indicator.catalogue_code, place=place, period_end__lte=on_date,
                                 modality__in=[DataValue.Modality.ACTUAL, DataValue.Modality.ESTIMATE])
        .order_by("-period_end", "modality")
    )
    for data_value in candidates[:5]:
        value = _in_unit(data_value.value, data_value.unit, indicator.unit)
        if value is not None:
            return value, data_value
    return None


def _in_unit(value, from_unit, to_unit):
    if not to_unit or from_unit == to_unit:
        return value
    try:
        from chitieu.extract import parse_unit
    except ImportError:  # the extractor is another helper's area; without it only equal units compare
        return None
    parsed = parse_unit(to_unit)
    if not parsed:
        return None
    canonical, factor = parsed
    if canonical != from_unit:
        return None
    return Decimal(value) / Decimal(str(factor))


def approve_assessment(assessment, user):
    """An approver of the place (or above) approves the assessment (PermissionDenied otherwise); `user=None`
    is the operator at the command line."""
    if user is not None:
        from chitieu.accounts.scopes import require

        require(user, assessment.place, "approver")
    assessment.status = Assessment.Status.APPROVED
    assessment.approved_by = user
    assessment.save(update_fields=["status", "approved_by", "updated_at"])
    return assessment


# ---------------------------------------------------------------- targets


def check_target(target_count=None, target_share=None, out_of=None):
    if target_count is None and target_share is None:
        raise AssessmentError([AssessmentProblem("mục tiêu", "cần số xã hoặc tỷ lệ xã")])
    if target_count is not None and out_of is not None and target_count > out_of:
        raise AssessmentError([AssessmentProblem("mục tiêu", f"{target_count} xã lớn hơn tổng số {out_of}")])
    if target_share is not None and not 0 < rules.as_decimal(target_share) <= 100:
        raise AssessmentError([AssessmentProblem("mục tiêu", f"tỷ lệ {target_share}% phải trong khoảng (0, 100]")])


def record_target(*, place, criteria_set, deadline, target_count=None, target_share=None, out_of=None,
                  issuer="", evidence=None, note=""):
    """Create or update the NTM target of `place` for `criteria_set` by `deadline` (one per issuer)."""
    check_target(target_count, target_share, out_of)
    target, _ = NtmTarget.objects.update_or_create(
        place=place, criteria_set=criteria_set, deadline=deadline, issuer=issuer,
        defaults=dict(target_count=target_count, target_share=rules.as_decimal(target_share), out_of=out_of,
                      evidence=_evidence(evidence), note=note),
    )
    return target


__all__ = [
    "AssessmentError", "AssessmentProblem", "Evidence", "SetFileError", "Verification", "approve_assessment",
    "assign_region", "load_reference_sets", "load_regions", "record_assessment", "record_target", "region_for",
    "value_from_data",
]
