"""An approver sees, per form and period, which of their places submitted on time, late, or not at all, and
what is overdue today; nothing of places outside their own."""

import datetime

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from chitieu.periods import Period
from chitieu.reporting import completeness
from chitieu.reporting.models import Report
from chitieu.reporting.services import submit_report
from chitieu.reporting.validation import RowInput

MARCH = Period.parse("2020-03")


def submitted(form, place, user, catalogue, on: datetime.date):
    submit_report(user=user, form=form, place=place, period=MARCH, rows=[RowInput(catalogue["forest_planted"], "12", "ha")])
    moment = timezone.make_aware(datetime.datetime.combine(on, datetime.time(10, 0)))
    # The submission happened "on" that day: the test sets the clock of the record, nothing else.
    Report.objects.filter(form=form, place=place, period=str(MARCH)).update(first_submitted_at=moment, submitted_at=moment)


def test_places_are_on_time_late_or_missing_against_the_due_date(monthly, catalogue, cycle_places, ba_che_clerk, ba_che_approver):
    submitted(monthly, cycle_places.dap_thanh, ba_che_clerk, catalogue, datetime.date(2020, 3, 17))
    submitted(monthly, cycle_places.thanh_son, ba_che_clerk, catalogue, datetime.date(2020, 3, 20))
    table = completeness.completeness(monthly, MARCH, ba_che_approver, today=datetime.date(2020, 4, 1))
    status = {line.place.name: (line.status, line.days_late) for line in table.lines}
    assert table.due == datetime.date(2020, 3, 17)
    assert status == {"Ba Chẽ": ("missing", 15), "Đạp Thanh": ("on_time", 0), "Thanh Sơn": ("late", 3)}
    assert table.counts == {"on_time": 1, "late": 1, "missing": 1, "not_due": 0}


def test_before_the_due_date_a_missing_report_is_not_yet_late(monthly, cycle_places, ba_che_approver):
    table = completeness.completeness(monthly, MARCH, ba_che_approver, today=datetime.date(2020, 3, 10))
    assert {line.status for line in table.lines} == {"not_due"}


def test_a_province_approver_sees_every_district_and_commune_of_the_province(monthly, cycle_places, quang_ninh_approver):
    table = completeness.completeness(monthly, MARCH, quang_ninh_approver, today=datetime.date(2020, 4, 1))
    assert {line.place.name for line in table.lines} == {"Ba Chẽ", "Đạp Thanh", "Thanh Sơn", "Bình Liêu", "Húc Động"}


def test_overdue_lists_the_recent_periods_with_places_that_have_not_submitted(monthly, catalogue, cycle_places, ba_che_clerk, ba_che_approver):
    submitted(monthly, cycle_places.dap_thanh, ba_che_clerk, catalogue, datetime.date(2020, 3, 16))
    tables = completeness.overdue(monthly, ba_che_approver, today=datetime.date(2020, 4, 20))
    assert [str(t.period) for t in tables] == ["2020-04", "2020-03", "2020-02", "2020-01", "2019-12", "2019-11"]
    march = next(t for t in tables if str(t.period) == "2020-03")
    assert {line.place.name for line in march.lines} == {"Ba Chẽ", "Thanh Sơn"}


def test_the_progress_page_shows_the_approvers_places_only(monthly, catalogue, cycle_places, ba_che_clerk, ba_che_approver):
    submitted(monthly, cycle_places.dap_thanh, ba_che_clerk, catalogue, datetime.date(2020, 3, 16))
    client = Client()
    client.force_login(ba_che_approver)
    page = client.get(reverse("reporting:progress"), {"bieu": monthly.code, "ky": "2020-03"}).content.decode()
    assert "Đúng hạn" in page and "Xã Đạp Thanh — Huyện Ba Chẽ" in page and "Xã Thanh Sơn" in page
    assert "Húc Động" not in page and "Bình Liêu" not in page
    assert 'id="count-on_time">1<' in page and 'id="count-missing">2<' in page


def test_a_clerk_does_not_see_the_progress_page(monthly, cycle_places, dap_thanh_clerk):
    client = Client()
    client.force_login(dap_thanh_clerk)
    assert client.get(reverse("reporting:progress")).status_code == 403
