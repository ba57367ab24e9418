"""What a visitor sees of a place page is cached until public data changes: a value approved (or any write
to places, indicators, criteria, documents) shows on the next visit; staff always see the page afresh."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.indicators.models import DataValue
from chitieu.indicators.services import record_value
from chitieu.pagecache.services import public_data_version


def visit(client, place):
    with CaptureQueriesContext(connection) as captured:
        html = client.get(place.get_absolute_url()).content.decode()
    return html, len(captured.captured_queries)


def test_a_visitor_gets_the_cached_sections_until_a_value_is_approved(shared_cache, visitor, commune, forest):
    record_value(indicator=forest, place=commune, period="2020", modality="actual", value=1234)
    first, first_queries = visit(visitor, commune)
    again, again_queries = visit(visitor, commune)
    assert "1.234" in first and "1.234" in again and again_queries < first_queries

    record_value(indicator=forest, place=commune, period="2021", modality="actual", value=5678)
    after, _queries = visit(visitor, commune)
    assert "5.678" in after


def test_a_value_not_yet_approved_stays_out_and_its_approval_shows(shared_cache, visitor, commune, forest):
    value = record_value(indicator=forest, place=commune, period="2020", modality="actual", value=4321,
                         state=DataValue.State.SUBMITTED)
    assert "4.321" not in visit(visitor, commune)[0]
    value.state = DataValue.State.APPROVED
    value.save()
    assert "4.321" in visit(visitor, commune)[0]


def test_staff_see_the_page_afresh(shared_cache, approver_client, commune, forest):
    visit(approver_client, commune)
    _html, queries = visit(approver_client, commune)
    version = public_data_version()
    assert queries > 5 and public_data_version() == version
