import datetime

from chitieu.criteria.models import Assessment, CriteriaSet
from chitieu.criteria.services import record_assessment
from chitieu.criteria.tests.conftest import place_named


def test_the_admin_lists_sets_with_their_criteria_inline(sets, admin_client):
    assert admin_client.get("/admin/criteria/criteriaset/").status_code == 200
    national = CriteriaSet.objects.get(code="ntm_commune_2016_2020")
    html = admin_client.get(f"/admin/criteria/criteriaset/{national.pk}/change/").content.decode()
    assert "Thu nhập" in html and "Quyết định 1980/QĐ-TTg" in html


def test_an_administrator_approves_assessments_from_the_list(sets, binh_lieu, admin_client, admin_user):
    assessment = record_assessment(place=place_named("Hoành Mô", binh_lieu), criteria_set=sets["quangninh_commune_advanced_2016_2020"],
                                   assessed_on=datetime.date(2020, 11, 30), criteria_met_count=7, indicators_met_count=26)
    assert admin_client.get(f"/admin/criteria/assessment/{assessment.pk}/change/").status_code == 200
    response = admin_client.post("/admin/criteria/assessment/", {"action": "approve", "_selected_action": [assessment.pk]})
    assert response.status_code == 302
    assessment.refresh_from_db()
    assert (assessment.status, assessment.approved_by) == (Assessment.Status.APPROVED, admin_user)


def test_a_target_added_in_the_admin_is_checked_by_the_service(sets, ba_che, admin_client):
    provincial = CriteriaSet.objects.get(code="quangninh_commune_2016_2020")
    data = {"place": ba_che.pk, "criteria_set": provincial.pk, "target_count": "8", "out_of": "7", "deadline": "2020-12-31",
            "issuer": "", "evidence": "{}", "note": ""}
    response = admin_client.post("/admin/criteria/ntmtarget/add/", data)
    assert response.status_code == 200 and "8 xã lớn hơn tổng số 7" in response.content.decode()
    data["target_count"] = "7"
    assert admin_client.post("/admin/criteria/ntmtarget/add/", data).status_code == 302
    assert ba_che.ntm_targets.get().target_count == 7
