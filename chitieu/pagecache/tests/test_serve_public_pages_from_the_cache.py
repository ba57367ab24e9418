"""A visitor's GET of a public page is answered from the cache, without a query, until what the public sees
changes: a value approved shows on the next visit at once; a draft saved, a value submitted, a claim
extracted leave the cached page served as it was. Logged-in staff always get the page afresh."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.indicators.models import DataValue
from chitieu.indicators.services import record_value
from chitieu.pagecache.services import public_data_version
from chitieu.workflow.services import approve, submit


def visit(client, url, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    return response, len(captured.captured_queries)


def test_the_second_visit_is_served_from_the_cache_without_a_query(shared_cache, visitor, commune, forest):
    record_value(indicator=forest, place=commune, period="2020", modality="actual", value=1234)
    first, _queries = visit(visitor, commune.get_absolute_url())
    again, queries = visit(visitor, commune.get_absolute_url())
    assert first["X-Chitieu-Cache"] == "miss" and again["X-Chitieu-Cache"] == "hit" and queries == 0
    assert again.content == first.content and "1.234" in again.content.decode()
    assert again["Content-Type"].startswith("text/html") and "Content-Security-Policy" in again
    assert again["X-Request-Id"] != first["X-Request-Id"]  # each answer its own id, to quote in a report


def test_a_value_approved_shows_at_once(shared_cache, visitor, commune, forest, clerk, approver):
    value = record_value(indicator=forest, place=commune, period="2020", modality="actual", value=4321)
    value.state = DataValue.State.DRAFT
    value.save()
    assert "4.321" not in visit(visitor, commune.get_absolute_url())[0].content.decode()
    submit(user=None, values=[value.pk])
    approve(user=None, values=[value.pk])
    response, _queries = visit(visitor, commune.get_absolute_url())
    assert response["X-Chitieu-Cache"] == "miss" and "4.321" in response.content.decode()


def test_a_draft_or_a_submitted_value_leaves_the_cached_page_as_it_was(shared_cache, visitor, commune, forest):
    record_value(indicator=forest, place=commune, period="2020", modality="actual", value=1234)
    cached, _queries = visit(visitor, commune.get_absolute_url())
    version = public_data_version()
    draft = record_value(indicator=forest, place=commune, period="2021", modality="actual", value=5678,
                         state=DataValue.State.DRAFT)
    draft.value = 5679
    draft.save()
    draft.state = DataValue.State.SUBMITTED
    draft.save()
    response, queries = visit(visitor, commune.get_absolute_url())
    assert public_data_version() == version
    assert response["X-Chitieu-Cache"] == "hit" and queries == 0 and response.content == cached.content


def test_a_value_taken_back_from_the_public_empties_the_cache(shared_cache, visitor, commune, forest):
    value = record_value(indicator=forest, place=commune, period="2020", modality="actual", value=1234)
    assert "1.234" in visit(visitor, commune.get_absolute_url())[0].content.decode()
    value.state = DataValue.State.RETURNED
    value.save()
    assert "1.234" not in visit(visitor, commune.get_absolute_url())[0].content.decode()


def test_staff_and_visitors_with_a_session_get_the_page_afresh(shared_cache, approver_client, commune):
    visit(approver_client, commune.get_absolute_url())
    response, queries = visit(approver_client, commune.get_absolute_url())
    assert "X-Chitieu-Cache" not in response and queries > 0


def test_a_page_in_english_is_kept_apart_from_the_vietnamese(shared_cache, visitor, commune):
    vietnamese, _queries = visit(visitor, commune.get_absolute_url())
    visitor.cookies["django_language"] = "en"
    english, _queries = visit(visitor, commune.get_absolute_url())
    assert english["X-Chitieu-Cache"] == "miss" and english.content != vietnamese.content


def test_a_browser_that_holds_the_page_gets_304(shared_cache, visitor, commune):
    first, _queries = visit(visitor, commune.get_absolute_url())
    again, queries = visit(visitor, commune.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and queries == 0


def test_the_dashboard_and_the_api_are_cached_too(shared_cache, visitor, commune):
    for url in ("/dashboards/", f"/dashboards/{commune.pk}/", f"/api/v1/values?place={commune.pk}"):
        visit(visitor, url)
        response, queries = visit(visitor, url)
        assert response.status_code == 200 and response["X-Chitieu-Cache"] == "hit" and queries == 0, url
