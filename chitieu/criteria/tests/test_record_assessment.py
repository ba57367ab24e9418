import datetime
from decimal import Decimal

import pytest

from chitieu.criteria.boards import commune_board
from chitieu.criteria.models import Assessment, IndicatorAssessment
from chitieu.criteria.services import AssessmentError, record_assessment
from chitieu.indicators.models import DataValue, Indicator

DAY = datetime.date(2020, 12, 31)


def result(assessment, code):
    return assessment.indicator_results.get(indicator__code=code)


def test_an_income_is_judged_against_the_threshold_of_the_communes_region(sets, commune_in):
    north = commune_in("TDMNPB", "Xã Miền Núi")
    delta = commune_in("DBSH", "Xã Đồng Bằng")
    for commune in (north, delta):
        record_assessment(place=commune, criteria_set=sets["ntm_commune_2016_2020"], assessed_on=DAY,
                          indicators={"10": {"value": 40}})
    north_income = result(Assessment.objects.get(place=north), "10")
    delta_income = result(Assessment.objects.get(place=delta), "10")
    assert (north_income.met, north_income.threshold_used, north_income.threshold_basis) == (True, 36, "region")
    assert (delta_income.met, delta_income.threshold_used) == (False, 50)


def test_a_ceiling_indicator_is_met_at_or_below_its_regional_value(sets, commune_in):
    commune = commune_in("TN")
    assessment = record_assessment(place=commune, criteria_set=sets["ntm_commune_2016_2020"], assessed_on=DAY,
                                   indicators={"15.3": {"value": "31.4"}})
    assert result(assessment, "15.3").met is True
    assessment = record_assessment(place=commune, criteria_set=sets["ntm_commune_2016_2020"], assessed_on=DAY,
                                   indicators={"15.3": {"value": "31.5"}})
    assert result(assessment, "15.3").met is False


def test_without_a_regional_value_the_national_one_applies_and_is_flagged(sets, commune_in):
    commune = commune_in("TDMNPB")  # 9.2 has a national 80% and only a DBSCL cell
    assessment = record_assessment(place=commune, criteria_set=sets["ntm_commune_2016_2020"], assessed_on=DAY,
                                   indicators={"9.2": {"value": 79}})
    housing = result(assessment, "9.2")
    assert (housing.met, housing.threshold_used, housing.threshold_basis) == (False, 80, "national_fallback")
    board = commune_board(commune, sets["ntm_commune_2016_2020"], DAY)
    assert any("9.2" in note and "ngưỡng chung" in note for note in board.notes)


def test_a_yes_no_indicator_takes_the_assessors_word(sets, commune_in):
    assessment = record_assessment(place=commune_in("DBSH"), criteria_set=sets["ntm_commune_2016_2020"], assessed_on=DAY,
                                   indicators={"1.1": {"passed": "đạt"}, "1.2": {"passed": "không"}})
    assert result(assessment, "1.1").met is True
    assert result(assessment, "1.2").met is False


def test_when_the_data_has_no_threshold_the_judgement_is_recorded_as_such(sets, commune_in):
    assessment = record_assessment(place=commune_in("DBSH"), criteria_set=sets["ntm_commune_2016_2020"], assessed_on=DAY,
                                   indicators={"2.1": {"value": 95, "passed": True}})
    roads = result(assessment, "2.1")
    assert (roads.met, roads.threshold_basis) == (True, IndicatorAssessment.ThresholdBasis.JUDGEMENT)


def test_every_problem_is_listed_and_nothing_is_stored(sets, commune_in):
    with pytest.raises(AssessmentError) as error:
        record_assessment(place=commune_in("DBSH"), criteria_set=sets["ntm_commune_2016_2020"], assessed_on=DAY,
                          indicators={"10": {}, "99.9": {"value": 1}, "1.1": {"passed": None}, "2.1": {"value": 90}})
    keys = [p.key for p in error.value.problems]
    assert keys == ["10", "99.9", "1.1", "2.1"]
    assert "cần giá trị" in str(error.value)
    assert not Assessment.objects.exists()


def test_a_criterion_is_met_only_when_all_its_indicators_are(sets, commune_in):
    commune = commune_in("DBSH")
    criteria_set = sets["ntm_commune_2016_2020"]
    record_assessment(place=commune, criteria_set=criteria_set, assessed_on=DAY,
                      indicators={"14.1": {"passed": True}, "14.2": {"value": 92}, "14.3": {"value": 38}})
    board = commune_board(commune, criteria_set, DAY)
    education = next(row for row in board.criteria if row.number == 14)
    assert (education.met, education.indicators_met, education.indicators_total) == (False, 2, 3)
    missing = next(ind for ind in education.indicators if ind.code == "14.3")
    assert missing.shortfall == Decimal("2")  # 40% required in ĐBSH


def test_the_commune_reaches_the_standard_when_all_criteria_and_conditions_are_met(sets, commune_in):
    commune = commune_in("DBSH")
    criteria_set = sets["ntm_commune_2021_2025"]
    indicators = {"3.1": {"value": 85}, "3.2": {"passed": True}, "5": {"passed": True}, "14.1": {"passed": True},
                  "10": {"passed": True}, "11": {"passed": True}}
    whole = {c.number: {"met": True} for c in criteria_set.criteria.all() if not c.indicators.exists()}
    conditions = {"C.2": {"passed": True}, "C.3": {"passed": True}, "C.4": {"passed": True}}
    record_assessment(place=commune, criteria_set=criteria_set, assessed_on=datetime.date(2023, 6, 30),
                      indicators=indicators, criteria=whole, conditions=conditions)
    board = commune_board(commune, criteria_set, datetime.date(2023, 6, 30))
    assert (board.criteria_met, board.criteria_total) == (19, 19)
    assert board.reaches_standard is True
    conditions["C.3"] = {"passed": False}
    record_assessment(place=commune, criteria_set=criteria_set, assessed_on=datetime.date(2023, 6, 30),
                      indicators=indicators, criteria=whole, conditions=conditions)
    board = commune_board(commune, criteria_set, datetime.date(2023, 6, 30))
    assert (board.criteria_met, board.reaches_standard) == (19, False)


def test_a_catalogue_indicator_is_assessed_from_the_stored_data_value(sets, commune_in):
    commune = commune_in("DBSH")
    insurance = Indicator.objects.create(code="health_insurance_coverage", name_vi="Tỷ lệ tham gia BHYT",
                                         name_en="Health insurance coverage", unit="%", kind="rate", aggregation="none")
    DataValue.objects.create(indicator=insurance, place=commune, period="2020", period_start=datetime.date(2020, 1, 1),
                             period_end=datetime.date(2020, 12, 31), modality="actual", value=Decimal("87.5"), unit="%",
                             source="entered", state=DataValue.State.APPROVED)
    assessment = record_assessment(place=commune, criteria_set=sets["ntm_commune_2016_2020"], assessed_on=DAY,
                                   indicators={"15.2": {"passed": True}})
    coverage = result(assessment, "15.1")
    assert (coverage.value, coverage.met) == (Decimal("87.5"), True)
    assert coverage.data_value.indicator == insurance
    earlier = record_assessment(place=commune, criteria_set=sets["ntm_commune_2016_2020"], assessed_on=datetime.date(2020, 6, 30),
                                indicators={"15.2": {"passed": True}})
    assert not earlier.indicator_results.filter(indicator__code="15.1").exists()  # the 2020 value ends after that date


def test_a_set_known_only_by_its_counts_records_counts(sets, quang_ninh):
    from chitieu.criteria.tests.conftest import make_place
    from chitieu.places.models import Place

    commune = make_place("Hoành Mô", Place.Level.COMMUNE, Place.Kind.COMMUNE, quang_ninh)
    advanced = sets["quangninh_commune_advanced_2016_2020"]
    record_assessment(place=commune, criteria_set=advanced, assessed_on=DAY, criteria_met_count=7, indicators_met_count=26)
    board = commune_board(commune, advanced, DAY)
    assert board.kind == Assessment.Kind.COUNTS
    assert board.summary() == "7/8 tiêu chí, 26/27 chỉ tiêu"
    assert board.reaches_standard is False
    with pytest.raises(AssessmentError, match="lớn hơn tổng số"):
        record_assessment(place=commune, criteria_set=advanced, assessed_on=DAY, criteria_met_count=9)
    with pytest.raises(AssessmentError, match="không kèm kết quả từng chỉ tiêu"):
        record_assessment(place=commune, criteria_set=advanced, assessed_on=DAY, criteria_met_count=7,
                          indicators={"1": {"value": 1}})


def test_counts_can_be_recorded_per_criterion_and_are_told_apart_from_indicator_results(sets, commune_in):
    commune = commune_in("DBSH")
    national = sets["ntm_commune_2016_2020"]
    per_criterion = {c.number: {"indicators_met": c.indicators.count()} for c in national.criteria.all()}
    per_criterion[17] = {"indicators_met": 6}
    record_assessment(place=commune, criteria_set=national, assessed_on=DAY, criteria=per_criterion, kind="counts")
    board = commune_board(commune, national, DAY)
    assert board.kind == Assessment.Kind.COUNTS
    assert board.summary() == "18/19 tiêu chí, 47/49 chỉ tiêu"
    assert [row.number for row in board.missing_criteria] == [17]
    assert any("theo số lượng" in note for note in board.notes)


def test_an_approver_approves_an_assessment_and_recording_it_again_makes_it_a_draft(sets, commune_in, django_user_model):
    from chitieu.criteria.services import approve_assessment

    from chitieu.accounts.services import create_user

    commune = commune_in("DBSH")
    approver = create_user("lanh_dao", "approver", password="x", places=[commune])
    provincial = sets["quangninh_commune_2016_2020"]
    assessment = record_assessment(place=commune, criteria_set=provincial, assessed_on=DAY, criteria_met_count=20)
    approve_assessment(assessment, approver)
    assessment.refresh_from_db()
    assert (assessment.status, assessment.approved_by) == (Assessment.Status.APPROVED, approver)
    assessment = record_assessment(place=commune, criteria_set=provincial, assessed_on=DAY, criteria_met_count=19)
    assert (assessment.status, assessment.approved_by) == (Assessment.Status.DRAFT, None)
