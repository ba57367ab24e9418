import datetime

from chitieu.criteria.boards import commune_board, commune_trend, district_trend
from chitieu.criteria.services import record_assessment
from chitieu.criteria.tests.conftest import place_named


def test_the_board_at_a_past_date_uses_the_latest_assessment_on_or_before_it(sets, binh_lieu):
    commune = place_named("Đồng Văn", binh_lieu)
    provincial = sets["quangninh_commune_2016_2020"]
    record_assessment(place=commune, criteria_set=provincial, assessed_on=datetime.date(2019, 12, 31),
                      criteria_met_count=15, indicators_met_count=40)
    record_assessment(place=commune, criteria_set=provincial, assessed_on=datetime.date(2020, 11, 30),
                      criteria_met_count=18, indicators_met_count=48)
    assert commune_board(commune, provincial, datetime.date(2019, 6, 1)).assessment is None
    assert commune_board(commune, provincial, datetime.date(2020, 6, 1)).summary() == "15/20 tiêu chí, 40/53 chỉ tiêu"
    assert commune_board(commune, provincial, datetime.date(2020, 12, 1)).summary() == "18/20 tiêu chí, 48/53 chỉ tiêu"


def test_the_trend_lists_each_assessment_date(sets, binh_lieu):
    provincial = sets["quangninh_commune_2016_2020"]
    van, hon = place_named("Đồng Văn", binh_lieu), place_named("Lục Hồn", binh_lieu)
    record_assessment(place=van, criteria_set=provincial, assessed_on=datetime.date(2019, 12, 31), criteria_met_count=15)
    record_assessment(place=hon, criteria_set=provincial, assessed_on=datetime.date(2019, 12, 31), criteria_met_count=17)
    record_assessment(place=van, criteria_set=provincial, assessed_on=datetime.date(2020, 11, 30), criteria_met_count=19)
    assert [(d, b.criteria_met) for d, b in commune_trend(van, provincial)] == [
        (datetime.date(2019, 12, 31), 15), (datetime.date(2020, 11, 30), 19)]
    points = district_trend(binh_lieu, provincial, datetime.date(2021, 1, 1))
    assert [(d, s.average_criteria) for d, s in points] == [
        (datetime.date(2019, 12, 31), 16), (datetime.date(2020, 11, 30), 18)]


def test_a_commune_merged_away_is_not_counted_after_it_ceased_to_exist(sets, ba_che):
    provincial = sets["quangninh_commune_2016_2020"]
    record_assessment(place=place_named("Lương Mông", ba_che), criteria_set=provincial,
                      assessed_on=datetime.date(2020, 11, 16), criteria_met_count=20, indicators_met_count=53)
    from chitieu.criteria.boards import communes_of

    assert "Lương Mông" in [c.name for c in communes_of(ba_che, datetime.date(2020, 11, 16))]
    assert "Lương Mông" not in [c.name for c in communes_of(ba_che, datetime.date(2024, 11, 1))]
