"""The staff form records an assessment through the same service that every other entry point uses."""

import datetime

import pytest

from chitieu.criteria.models import Assessment
from chitieu.criteria.tests.conftest import place_named


def _approver_of(place, username="can_bo"):
    from chitieu.accounts.services import create_user, ensure_roles

    ensure_roles(log=lambda *a: None)
    return create_user(username, "approver", password="x", places=[place])


@pytest.fixture
def assessor_client(client, binh_lieu):
    """An approver of huyện Bình Liêu: assessments are recorded by approvers of the place or above."""
    client.force_login(_approver_of(binh_lieu))
    return client


def test_an_approver_of_another_place_cannot_open_or_post_the_form(sets, binh_lieu, client, django_user_model):
    from chitieu.criteria.tests.conftest import make_place
    from chitieu.places.models import Place

    elsewhere = make_place("Tiên Yên", Place.Level.DISTRICT, Place.Kind.RURAL_DISTRICT, binh_lieu.parent)
    client.force_login(_approver_of(elsewhere, "lanh_dao_tien_yen"))
    url = f"/criteria/places/{place_named('Hoành Mô', binh_lieu).pk}/assess/quangninh_commune_advanced_2016_2020/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"assessed_on": "2020-11-30", "criteria_met_count": "7"}).status_code == 403
    assert not Assessment.objects.exists()


def test_a_visitor_cannot_open_the_form(sets, binh_lieu, client):
    commune = place_named("Hoành Mô", binh_lieu)
    assert client.get(f"/criteria/places/{commune.pk}/assess/quangninh_commune_2016_2020/").status_code == 403


def test_a_count_only_set_is_assessed_with_two_numbers(sets, binh_lieu, assessor_client):
    commune = place_named("Hoành Mô", binh_lieu)
    url = f"/criteria/places/{commune.pk}/assess/quangninh_commune_advanced_2016_2020/"
    assert "Số tiêu chí đạt" in assessor_client.get(url).content.decode()
    response = assessor_client.post(url, {"assessed_on": "2020-11-30", "criteria_met_count": "7", "indicators_met_count": "26"})
    assert response.status_code == 302
    assessment = Assessment.objects.get(place=commune)
    assert (assessment.criteria_met_count, assessment.indicators_met_count, assessment.assessed_by.username) == (7, 26, "can_bo")


def test_indicator_values_are_judged_and_errors_shown_on_their_field(sets, binh_lieu, assessor_client):
    commune = place_named("Đồng Văn", binh_lieu)
    url = f"/criteria/places/{commune.pk}/assess/ntm_commune_2016_2020/"
    response = assessor_client.post(url, {"assessed_on": "2020-12-31", "ind_10_value": "52", "ind_1_1_met": "1", "tc_7": ""})
    assert response.status_code == 302
    assessment = Assessment.objects.get(place=commune, assessed_on=datetime.date(2020, 12, 31))
    assert assessment.indicator_results.get(indicator__code="10").value == 52
    response = assessor_client.post(url, {"assessed_on": "2020-12-31", "ind_14_2_met": "1"})
    assert response.status_code == 200
    assert "cần giá trị" in response.content.decode()
