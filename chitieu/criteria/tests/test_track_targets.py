import datetime

import pytest

from chitieu.criteria.boards import district_board, target_progress
from chitieu.criteria.services import AssessmentError, record_assessment, record_target
from chitieu.criteria.tests.conftest import BA_CHE_COMMUNES, place_named


def test_progress_against_seven_of_seven_communes_is_computed_from_the_assessments(sets, ba_che):
    provincial = sets["quangninh_commune_2016_2020"]
    target = record_target(place=ba_che, criteria_set=provincial, deadline=datetime.date(2020, 12, 31),
                           target_count=7, out_of=7, issuer="huyện Ba Chẽ")
    for name in BA_CHE_COMMUNES[:5]:
        record_assessment(place=place_named(name, ba_che), criteria_set=provincial, assessed_on=datetime.date(2019, 12, 31),
                          criteria_met_count=20, indicators_met_count=53)
    progress = target_progress(target, datetime.date(2020, 6, 30))
    assert (progress.meeting, progress.communes_total, progress.reached, progress.overdue) == (5, 7, False, False)
    for name in BA_CHE_COMMUNES[5:]:
        record_assessment(place=place_named(name, ba_che), criteria_set=provincial, assessed_on=datetime.date(2020, 11, 16),
                          criteria_met_count=20, indicators_met_count=53)
    progress = target_progress(target, datetime.date(2020, 11, 16))
    assert (progress.meeting, progress.reached) == (7, True)
    assert "7/7 xã đạt chuẩn" in progress.summary() and "đã đạt" in progress.summary()
    assert district_board(ba_che, datetime.date(2020, 11, 16)).targets[0].reached is True


def test_a_target_missed_after_its_deadline_is_overdue(sets, ba_che):
    target = record_target(place=ba_che, criteria_set=sets["quangninh_commune_2016_2020"],
                           deadline=datetime.date(2020, 12, 31), target_share=50)
    progress = target_progress(target, datetime.date(2021, 3, 1))
    assert (progress.required, progress.reached, progress.overdue) == (4, False, True)


def test_a_target_needs_a_figure(sets, ba_che):
    with pytest.raises(AssessmentError, match="cần số xã hoặc tỷ lệ xã"):
        record_target(place=ba_che, criteria_set=sets["quangninh_commune_2016_2020"], deadline=datetime.date(2020, 12, 31))
