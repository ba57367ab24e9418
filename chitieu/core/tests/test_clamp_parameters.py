"""Page numbers, ids and dates from the address bar are checked in one place (chitieu.core.guard): an
overflowing or malformed one answers 400 or 404 — never 500 — on every page, for every visitor."""

import re

import pytest
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db
HUGE = "99999999999999999999"  # above 2**63 - 1, what SQLite and PostgreSQL integers hold


@pytest.fixture
def anonymous():
    return Client(raise_request_exception=False)


def test_an_overflowing_page_number_on_the_document_search_answers_404(anonymous):
    assert anonymous.get(f"/documents/?page={HUGE}").status_code == 404


def test_a_malformed_page_number_answers_400(anonymous):
    for page in ("abc", "-1", "0", "1e5", "1;DROP"):
        assert anonymous.get(f"/documents/?page={page}").status_code == 400, page


def test_a_nul_character_in_any_parameter_answers_400_and_the_api_says_so_as_problem_details(anonymous):
    assert anonymous.get("/documents/?q=ng%00an").status_code == 400
    response = anonymous.get("/api/v1/claims?link_status=_%00")
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 400 and response.json()["instance"] == "/api/v1/claims"


def test_the_highest_page_number_still_answers(anonymous):
    from chitieu.core.limits import limit

    assert anonymous.get(f"/documents/?page={limit('page_max')}").status_code == 200
    assert anonymous.get(f"/documents/?page={limit('page_max') + 1}").status_code == 404


def test_an_overflowing_id_in_the_path_answers_404(anonymous):
    for url in (f"/p/{HUGE}/", f"/documents/{HUGE}/", f"/documents/{HUGE}/original/"):
        assert anonymous.get(url).status_code == 404, url


def test_an_overflowing_id_in_the_admin_answers_404_to_staff(admin_client):
    admin_client.raise_request_exception = False
    assert admin_client.get(f"/admin/documents/claim/{HUGE}/change/").status_code == 404
    assert admin_client.get(f"/admin/auth/user/{HUGE}/change/").status_code == 404


def test_an_overflowing_id_in_a_filter_answers_400(admin_client, reviewer_client):
    admin_client.raise_request_exception = False
    reviewer_client.raise_request_exception = False
    assert reviewer_client.get(f"/documents/review/?document={HUGE}").status_code == 400
    assert admin_client.get(f"/admin/documents/claim/?id__exact={HUGE}").status_code == 400
    assert admin_client.get(f"/admin/documents/claim/?document__id__exact={HUGE}").status_code == 400
    assert admin_client.get(f"/admin/documents/claim/?p={HUGE}").status_code == 404


def test_a_malformed_or_impossible_date_answers_400(anonymous):
    for value in ("99999-01-01", "2020-13-45", "yesterday", "2020-02-30", "2" * 40):
        assert anonymous.get(f"/?on={value}").status_code == 400, value
        assert anonymous.get(f"/documents/?date_from={value}").status_code == 400, value
    assert anonymous.get("/?on=2020-06-30").status_code == 200


@override_settings(CHITIEU_LIMITS={"request_bytes": 1000})
def test_a_request_body_above_the_limit_answers_413_before_it_is_read(anonymous):
    response = anonymous.post("/documents/upload/", data=b"x" * 5000, content_type="application/octet-stream")
    assert response.status_code == 413
    assert "Tệp quá lớn" in response.content.decode()


def _int_patterns(resolver=None, prefix=""):
    """Every URL of the site with an id in its path, as (route with HUGE in place of each id)."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            if "(?P<" in route or route.startswith("^"):
                continue  # regex-routed (admin's own apps, i18n): covered by the admin tests above
            yield from _int_patterns(entry, prefix + route)
        elif isinstance(entry, URLPattern) and "<int:" in route:
            yield prefix + re.sub(r"<int:\w+>", HUGE, re.sub(r"<(?:str|slug):\w+>", "x", route))


def test_every_url_with_an_id_answers_an_overflowing_one_without_a_500(admin_client, anonymous):
    admin_client.raise_request_exception = False
    routes = list(_int_patterns())
    assert len(routes) >= 4
    for route in routes:
        url = "/" + route.lstrip("/")
        for client in (anonymous, admin_client):
            status = client.get(url).status_code
            assert status in (302, 400, 403, 404, 405), (url, status)
