import datetime

from chitieu.cms.models import DocumentRegisterPage, RegisteredDocumentPage, WorkCalendarPage
from chitieu.cms.services import add_calendar_entry

UA = {"HTTP_USER_AGENT": "Mozilla/5.0"}


def _document(register, number, form, issued, summary):
    return register.add_child(instance=RegisteredDocumentPage(
        title=number, slug=number.lower().replace("/", "-"), form=form, issuer="UBND tỉnh", number=number,
        issued_on=issued, summary=summary))


def test_the_register_filters_on_each_field(province_portal, client):
    register = province_portal.section(DocumentRegisterPage)
    _document(register, "12/NQ-HĐND", "nghi_quyet", datetime.date(2025, 12, 10), "Nghị quyết về kế hoạch năm 2026")
    _document(register, "45/QĐ-UBND", "quyet_dinh", datetime.date(2026, 1, 5), "Quyết định giao chỉ tiêu")
    def numbers(**params):
        return [d.number for d in client.get(register.url_path, params, **UA).context["page_obj"]]
    assert numbers(hinh_thuc="nghi_quyet") == ["12/NQ-HĐND"]
    assert numbers(so="45/QĐ") == ["45/QĐ-UBND"]
    assert numbers(tu="2026-01-01") == ["45/QĐ-UBND"]
    assert numbers(trich_yeu="giao chỉ tiêu") == ["45/QĐ-UBND"]
    assert numbers(co_quan="UBND") == ["45/QĐ-UBND", "12/NQ-HĐND"]


def test_the_register_is_searched_without_diacritics(province_portal, client):
    register = province_portal.section(DocumentRegisterPage)
    _document(register, "45/QĐ-UBND", "quyet_dinh", datetime.date(2026, 1, 5), "Quyết định giao chỉ tiêu")
    def numbers(**params):
        return [d.number for d in client.get(register.url_path, params, **UA).context["page_obj"]]
    assert numbers(trich_yeu="giao chi tieu") == ["45/QĐ-UBND"]
    assert numbers(so="45/qd") == ["45/QĐ-UBND"]
    assert numbers(trich_yeu="chi tieu nghi quyet") == []


def test_the_work_calendar_shows_a_week_navigates_and_prints(province_portal, client):
    calendar = province_portal.section(WorkCalendarPage)
    add_calendar_entry(calendar, day=datetime.date(2026, 12, 2), time=datetime.time(8, 0), content="Họp giao ban",
                       location="Phòng họp 1", attendees="Chủ tịch", preparer="Văn phòng")
    week = client.get(calendar.url_path, {"tuan": "2026-12-03"}, **UA)
    assert "Họp giao ban" in week.content.decode()
    assert week.context["previous_week"] == "2026-11-23" and week.context["next_week"] == "2026-12-07"
    assert "Họp giao ban" not in client.get(calendar.url_path, {"tuan": "2026-12-10"}, **UA).content.decode()
    printed = client.get(calendar.url_path, {"tuan": "2026-12-03", "in": "1"}, **UA).content.decode()
    assert "cms/print.css" in printed and "Họp giao ban" in printed
