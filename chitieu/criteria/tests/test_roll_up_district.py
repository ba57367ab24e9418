import datetime
from decimal import Decimal

from chitieu.criteria.boards import district_board
from chitieu.criteria.services import record_assessment
from chitieu.criteria.tests.conftest import place_named

DAY = datetime.date(2020, 11, 30)
COUNTS = {"Hoành Mô": (20, 53), "Đồng Tâm": (20, 53), "Húc Động": (20, 53),
          "Đồng Văn": (18, 48), "Lục Hồn": (18, 48), "Vô Ngại": (18, 47)}


def assess_binh_lieu(sets, district):
    for name, (criteria_met, indicators_met) in COUNTS.items():
        record_assessment(place=place_named(name, district), criteria_set=sets["quangninh_commune_2016_2020"],
                          assessed_on=DAY, criteria_met_count=criteria_met, indicators_met_count=indicators_met)


def test_the_district_average_is_recomputed_from_the_commune_assessments(sets, binh_lieu):
    assess_binh_lieu(sets, binh_lieu)
    board = district_board(binh_lieu, DAY)
    (summary,) = board.sets
    assert summary.communes_total == 6  # the township is not a commune of the NTM programme
    assert summary.average_criteria == Decimal(114) / 6 == 19
    assert summary.average_indicators == Decimal(302) / 6
    assert summary.meeting == 3
    assert summary.summary() == "3/6 xã đạt chuẩn, bình quân 19 tiêu chí và 50,3 chỉ tiêu/xã"


def test_a_commune_without_assessment_is_listed_and_left_out_of_the_average(sets, binh_lieu):
    record_assessment(place=place_named("Hoành Mô", binh_lieu), criteria_set=sets["quangninh_commune_2016_2020"],
                      assessed_on=DAY, criteria_met_count=20, indicators_met_count=53)
    record_assessment(place=place_named("Đồng Văn", binh_lieu), criteria_set=sets["quangninh_commune_2016_2020"],
                      assessed_on=DAY, criteria_met_count=17, indicators_met_count=44)
    (summary,) = district_board(binh_lieu, DAY).sets
    assert summary.average_criteria == Decimal("18.5")
    assert [c.name for c in summary.unassessed] == ["Đồng Tâm", "Húc Động", "Lục Hồn", "Vô Ngại"]  # alphabetical, Đ with D


def test_the_districts_own_set_checks_the_share_of_communes_meeting_the_commune_set(sets, binh_lieu):
    national = sets["ntm_commune_2021_2025"]
    whole = {c.number: {"met": True} for c in national.criteria.all() if not c.indicators.exists()}
    indicators = {"3.1": {"value": 85}, "3.2": {"passed": True}, "5": {"passed": True}, "14.1": {"passed": True},
                  "10": {"passed": True}, "11": {"passed": True}}
    day = datetime.date(2023, 6, 30)
    communes = [place_named(n, binh_lieu) for n in COUNTS]
    for commune in communes[:5]:
        record_assessment(place=commune, criteria_set=national, assessed_on=day, indicators=indicators, criteria=whole,
                          conditions={"C.2": {"passed": True}, "C.3": {"passed": True}, "C.4": {"passed": True}})
    district_set = sets["ntm_district_2021_2025"]
    record_assessment(place=binh_lieu, criteria_set=district_set, assessed_on=day, criteria_met_count=9,
                      conditions={"H.3": {"value": 100}, "H.4": {"value": 92}})
    board = district_board(binh_lieu, day)
    (own,) = board.own
    shares = {c.code: (c.met, c.value, c.detail) for c in own.conditions}
    assert shares["H.1"] == (False, Decimal("83.3"), "5/6 xã")
    assert shares["H.2"] == (False, 0, "0/6 xã")  # no commune has reached the advanced standard
    assert board.can_be_recognised is False
