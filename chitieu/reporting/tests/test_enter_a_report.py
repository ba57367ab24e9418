"""A clerk opens the entry screen of a form for one of their places and a period, saves a draft, submits it;
the approver approves it or sends it back; the values move through the workflow."""

from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from chitieu.indicators.models import DataValue
from chitieu.periods import Period
from chitieu.reporting.models import Report

MARCH = "2020-03"


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def url(form, place, period=MARCH):
    return reverse("reporting:entry", args=[form.code, place.pk]) + f"?ky={period}"


def row_of(form, code):
    return form.rows.get(indicator__code=code).position


def post(client, form, place, action="save", period=MARCH, **values):
    """values: code=(text, unit[, stated %, comment])"""
    data = {"action": action}
    for code, (text, unit, *rest) in values.items():
        n = row_of(form, code)
        data[f"value-{n}"], data[f"unit-{n}"] = text, unit
        if rest:
            data[f"pct-{n}"] = rest[0]
        if len(rest) > 1:
            data[f"note-{n}"] = rest[1]
    return client.post(url(form, place, period), data)


def test_the_screen_lists_the_forms_rows_with_units_and_the_period(monthly, cycle_places, dap_thanh_clerk):
    response = client_for(dap_thanh_clerk).get(url(monthly, cycle_places.dap_thanh))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Tháng 3/2020" in page and "Xã Đạp Thanh — Huyện Ba Chẽ, Tỉnh Quảng Ninh" in page
    assert "Thu ngân sách nhà nước trên địa bàn" in page
    assert 'value="tỷ đồng"' in page and 'inputmode="decimal"' in page
    assert "15/02/2020 – 14/03/2020" in page  # NĐ 09/2019's cut-off of a monthly report


def test_a_place_outside_the_clerks_own_is_refused(monthly, cycle_places, dap_thanh_clerk):
    client = client_for(dap_thanh_clerk)
    assert client.get(url(monthly, cycle_places.thanh_son)).status_code == 403
    assert post(client, monthly, cycle_places.thanh_son, forest_planted=("12", "ha")).status_code == 403
    assert not DataValue.objects.exists()


def test_a_visitor_is_sent_to_log_in(monthly, cycle_places, visitor):
    response = visitor.get(url(monthly, cycle_places.dap_thanh))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_period_that_is_not_the_forms_is_not_found(monthly, cycle_places, dap_thanh_clerk):
    assert client_for(dap_thanh_clerk).get(url(monthly, cycle_places.dap_thanh, "2020-01/2020-03")).status_code == 404


def test_a_draft_is_saved_in_the_indicators_unit(monthly, cycle_places, dap_thanh_clerk):
    client = client_for(dap_thanh_clerk)
    response = post(client, monthly, cycle_places.dap_thanh, budget_revenue=("29,577", "tỷ đồng"), forest_planted=("3.772", "ha"))
    assert response.status_code == 302
    revenue = DataValue.objects.get(indicator__code="budget_revenue")
    assert revenue.value == Decimal("29577000000") and revenue.state == "draft" and revenue.period == MARCH
    assert DataValue.objects.get(indicator__code="forest_planted").value == Decimal(3772)
    page = client.get(url(monthly, cycle_places.dap_thanh)).content.decode()
    assert 'value="29,577"' in page and 'value="3.772"' in page


def test_rows_with_errors_are_not_saved_and_say_why(monthly, cycle_places, dap_thanh_clerk):
    client = client_for(dap_thanh_clerk)
    response = post(client, monthly, cycle_places.dap_thanh, poverty_rate=("130", "%"), forest_planted=("12", "ha"),
                    households=("800", "hộ"), poor_households=("950", "hộ"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "tỷ lệ phải nằm trong khoảng 0–100%" in page and "lớn hơn “Số hộ dân cư”" in page
    assert 'value="130"' in page  # what was typed stays on the screen
    assert set(DataValue.objects.values_list("indicator__code", flat=True)) == {"forest_planted", "households"}


def test_submitting_sends_the_values_to_approval_and_records_when(monthly, cycle_places, dap_thanh_clerk):
    client = client_for(dap_thanh_clerk)
    post(client, monthly, cycle_places.dap_thanh, "submit", budget_revenue=("29,577", "tỷ đồng"))
    value = DataValue.objects.get()
    assert value.state == "submitted" and value.submitted_by == dap_thanh_clerk
    report = Report.objects.get()
    assert report.state == "submitted" and report.first_submitted_at is not None
    assert report.due_date.isoformat() == "2020-03-17"
    # Submitted: read-only for the clerk until an approver decides.
    response = post(client, monthly, cycle_places.dap_thanh, budget_revenue=("1", "tỷ đồng"))
    assert DataValue.objects.get().value == Decimal("29577000000")
    assert "không sửa được" in response.content.decode()


def test_an_unexplained_warning_blocks_submission_until_a_comment_is_written(monthly, cycle_places, dap_thanh_clerk, store):
    store("budget_revenue", cycle_places.dap_thanh, "2019-03", 2, "tỷ đồng")
    client = client_for(dap_thanh_clerk)
    response = post(client, monthly, cycle_places.dap_thanh, "submit", budget_revenue=("5", "tỷ đồng"))
    assert "so với cùng kỳ năm trước" in response.content.decode()
    assert DataValue.objects.get(period=MARCH).state == "draft"
    post(client, monthly, cycle_places.dap_thanh, "submit", budget_revenue=("5", "tỷ đồng", "", "thu tiền đất một lần"))
    stored = DataValue.objects.get(period=MARCH)
    assert stored.state == "submitted" and stored.note == "thu tiền đất một lần"


def test_the_approver_sends_back_with_a_reason_and_the_clerk_resubmits(monthly, cycle_places, dap_thanh_clerk, ba_che_approver):
    clerk, approver = client_for(dap_thanh_clerk), client_for(ba_che_approver)
    post(clerk, monthly, cycle_places.dap_thanh, "submit", forest_planted=("37", "ha"))
    approver.post(url(monthly, cycle_places.dap_thanh), {"action": "send_back", "reason": ""})
    assert Report.objects.get().state == "submitted"  # a reason is required
    approver.post(url(monthly, cycle_places.dap_thanh), {"action": "send_back", "reason": "Diện tích trồng rừng nhầm đơn vị"})
    assert DataValue.objects.get().state == "returned" and Report.objects.get().state == "returned"
    page = clerk.get(url(monthly, cycle_places.dap_thanh)).content.decode()
    assert "Diện tích trồng rừng nhầm đơn vị" in page
    post(clerk, monthly, cycle_places.dap_thanh, "submit", forest_planted=("3.772", "ha"))
    value = DataValue.objects.get()
    assert value.state == "submitted" and value.value == Decimal(3772)
    approver.post(url(monthly, cycle_places.dap_thanh), {"action": "approve"})
    assert DataValue.objects.get().state == "approved" and Report.objects.get().state == "approved"


def test_nobody_approves_their_own_report(monthly, cycle_places, ba_che_approver):
    client = client_for(ba_che_approver)  # an approver covers a clerk's work too
    post(client, monthly, cycle_places.dap_thanh, "submit", forest_planted=("37", "ha"))
    response = client.post(url(monthly, cycle_places.dap_thanh), {"action": "approve"}, follow=True)
    assert "tự duyệt" in response.content.decode()
    assert DataValue.objects.get().state == "submitted"


def test_a_clerk_cannot_approve(monthly, cycle_places, dap_thanh_clerk, ba_che_clerk):
    post(client_for(dap_thanh_clerk), monthly, cycle_places.dap_thanh, "submit", forest_planted=("37", "ha"))
    response = client_for(ba_che_clerk).post(url(monthly, cycle_places.dap_thanh), {"action": "approve"})
    assert response.status_code == 403
    assert DataValue.objects.get().state == "submitted"


def test_an_approver_reopens_an_approved_report_with_a_reason(monthly, cycle_places, dap_thanh_clerk, ba_che_approver):
    post(client_for(dap_thanh_clerk), monthly, cycle_places.dap_thanh, "submit", forest_planted=("37", "ha"))
    approver = client_for(ba_che_approver)
    approver.post(url(monthly, cycle_places.dap_thanh), {"action": "approve"})
    approver.post(url(monthly, cycle_places.dap_thanh), {"action": "reopen", "reason": "Số liệu cần cập nhật theo kiểm kê"})
    assert DataValue.objects.get().state == "returned"
    assert Report.objects.get().reason == "Số liệu cần cập nhật theo kiểm kê"


def test_the_targets_of_the_year_and_last_year_are_shown_with_the_derived_figures(monthly, cycle_places, dap_thanh_clerk, store):
    place = cycle_places.dap_thanh
    store("budget_revenue", place, "2020", 36, "tỷ đồng", modality="target", issuer="HĐND huyện")
    store("budget_revenue", place, "2019-03", "20,64".replace(",", "."), "tỷ đồng")
    client = client_for(dap_thanh_clerk)
    post(client, monthly, place, budget_revenue=("29,577", "tỷ đồng", "", "tăng thu tiền đất"))
    page = client.get(url(monthly, place)).content.decode()
    assert "Dự toán (HĐND huyện)" in page and "36 tỷ đồng" in page
    assert "82,2%" in page  # 29,577 of 36
    assert "+43,3%" in page  # against 20,64 in March 2019
    assert "20,64 tỷ đồng" in page


def test_the_place_picker_lists_the_clerks_places_with_their_parents(monthly, cycle_places, ba_che_clerk):
    page = client_for(ba_che_clerk).get(reverse("reporting:choose", args=[monthly.code])).content.decode()
    assert "Xã Đạp Thanh — Huyện Ba Chẽ, Tỉnh Quảng Ninh" in page and "Xã Thanh Sơn — Huyện Ba Chẽ" in page
    assert "Húc Động" not in page
    assert '<option value="2020-03"' in page and "Tháng 3/2020" in page


def test_the_picker_opens_the_entry_screen(monthly, cycle_places, ba_che_clerk):
    response = client_for(ba_che_clerk).get(reverse("reporting:choose", args=[monthly.code]),
                                            {"dia_ban": cycle_places.ba_che.pk, "ky": MARCH})
    assert response.status_code == 302 and response["Location"] == url(monthly, cycle_places.ba_che)


def test_the_picker_refuses_a_place_outside_the_clerks_own(monthly, cycle_places, dap_thanh_clerk):
    response = client_for(dap_thanh_clerk).get(reverse("reporting:choose", args=[monthly.code]),
                                               {"dia_ban": cycle_places.huc_dong.pk, "ky": MARCH})
    assert response.status_code == 403


def test_a_commune_form_is_not_for_a_district(forms, cycle_places, ba_che_clerk):
    response = client_for(ba_che_clerk).get(url(forms["ntm-xa"], cycle_places.ba_che, "2020-01/2020-03"))
    assert response.status_code == 302


def test_the_index_lists_the_forms_and_what_waits(forms, cycle_places, dap_thanh_clerk, ba_che_approver):
    post(client_for(dap_thanh_clerk), forms["ktxh-thang"], cycle_places.dap_thanh, "submit", forest_planted=("37", "ha"))
    page = client_for(ba_che_approver).get(reverse("reporting:index")).content.decode()
    assert "Báo cáo tiến độ xây dựng nông thôn mới cấp xã" in page and "Báo cáo chờ duyệt" in page
    assert Period.parse(MARCH)  # the waiting report links to its screen
    assert url(forms["ktxh-thang"], cycle_places.dap_thanh).replace("?", "?") in page.replace("&amp;", "&")


@pytest.mark.parametrize("name", ["index", "progress"])
def test_someone_without_a_place_is_refused(forms, name, db):
    from chitieu.accounts.services import create_user

    nobody = create_user("khong_dia_ban", "editor", password="x" * 12)
    response = client_for(nobody).get(reverse(f"reporting:{name}"))
    assert response.status_code == 403


def test_numbers_the_browser_reads_are_never_written_the_vietnamese_way(monthly, cycle_places, dap_thanh_clerk, store):
    store("poverty_rate", cycle_places.dap_thanh, "2019-03", "12.5", "%")
    page = client_for(dap_thanh_clerk).get(url(monthly, cycle_places.dap_thanh)).content.decode()
    assert 'data-earlier="12.500000"' in page  # entry.js reads 12.5, not 12 from "12,5"
    assert "12,5%" in page  # people still read it the Vietnamese way


def test_what_was_typed_keeps_its_derived_figures_when_a_save_is_refused(monthly, cycle_places, dap_thanh_clerk, store):
    store("budget_revenue", cycle_places.dap_thanh, "2020", 36, "tỷ đồng", modality="target", issuer="HĐND xã")
    response = post(client_for(dap_thanh_clerk), monthly, cycle_places.dap_thanh, "submit",
                    budget_revenue=("29,577", "tỷ đồng"), poverty_rate=("130", "%"))
    assert "82,2%" in response.content.decode()


def test_a_stored_value_links_to_its_history(monthly, cycle_places, dap_thanh_clerk):
    client = client_for(dap_thanh_clerk)
    post(client, monthly, cycle_places.dap_thanh, forest_planted=("37", "ha"))
    page = client.get(url(monthly, cycle_places.dap_thanh)).content.decode()
    assert reverse("workflow:value", args=[DataValue.objects.get().pk]) in page
