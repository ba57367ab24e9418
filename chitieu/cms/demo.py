"""Demo data of the unit portals: the portal of Quảng Ninh province and of the commune of Ba Chẽ, each with a
few news items written here from the demo's own approved values (no article text is copied), a work calendar,
a documents register entry, an introduction, linked websites, and one editor account per portal."""

import datetime

from django.utils import timezone

from chitieu.cms import services
from chitieu.cms.models import (
    DocumentRegisterPage, IntroductionPage, LinkedSite, NewsArticlePage, NewsCategoryPage, NewsIndexPage,
    RegisteredDocumentPage, UnitHomePage, WorkCalendarPage,
)

# Published with the other demo accounts (a demo database only).
# Passwords are random, printed once and kept with the other demo accounts' (chitieu.accounts.demo).
DEMO_EDITORS = [("bientap_quangninh", "province", "editor"), ("bientap_bache", "commune", "editor"),
                ("duyetbai_quangninh", "province", "moderator"), ("duyetbai_bache", "commune", "moderator")]
DEMO_LABELS = {"editor": "Biên tập viên", "moderator": "Duyệt tin bài"}


def demo_places():
    """Quảng Ninh (the province) and xã Ba Chẽ (a commune of it since 1 July 2025), or None where the
    reference data lacks them."""
    from chitieu.places.lookup import find_places

    today = timezone.localdate()
    provinces = [p for p in find_places("Quảng Ninh", on=today) if p.level == "province"]
    province = provinces[0] if provinces else None
    communes = [p for p in find_places("Ba Chẽ", parent=province, on=today) if p.level == "commune"] if province else []
    return province, (communes[0] if communes else None)


def _figures_of(place_names):
    """Approved values of the demo (from the accepted seed claims) for the 2020 district of Ba Chẽ."""
    from chitieu.indicators.models import DataValue

    return list(
        DataValue.objects.public().filter(place__name__in=place_names, place__level="district", source=DataValue.Source.CLAIM)
        .exclude(modality=DataValue.Modality.TARGET).select_related("indicator", "place").order_by("indicator__code")[:4]
    )


def _news_from_values(values):
    """A short item written from stored values: figures in Vietnamese format, no copied text."""
    from chitieu.formatting import vi_amount
    from chitieu.indicators.display import period_label

    lines = [f"{v.indicator.name_vi} của {v.place.full_name} ({period_label(v.period)}): {vi_amount(v.value, v.unit)}."
             for v in values]
    return lines


def load_demo_portals(log=print):
    from chitieu.accounts.demo import add_demo_account

    province, commune = demo_places()
    if province is None:
        log("  bỏ qua: chưa nạp tỉnh Quảng Ninh")
        return
    province_home = services.create_portal(province, log=log)
    commune_home = services.create_portal(commune, log=log) if commune else None
    for username, which, role in DEMO_EDITORS:
        place = province if which == "province" else commune
        if place is not None:
            add_demo_account(username, role, place, f"{DEMO_LABELS[role]} {place.full_name}", log=log)
    for home in (province_home, commune_home):
        if home is not None and not NewsArticlePage.objects.descendant_of(home).exists():
            _fill(UnitHomePage.objects.get(pk=home.pk), log)


def _fill(home, log):
    place = home.place
    news = home.section(NewsIndexPage)
    category = NewsCategoryPage.objects.child_of(news).first()
    other = NewsCategoryPage.objects.child_of(news).last()
    values = _figures_of(["Ba Chẽ"])
    now = timezone.now()
    lines = _news_from_values(values)
    first = services.add_article(
        category, title=f"{place.name}: kết quả kinh tế - xã hội 9 tháng năm 2020 của huyện Ba Chẽ (cũ)",
        lead="Một số chỉ tiêu đã được duyệt trong hệ thống chitieu, kèm liên kết đến nguồn của từng số liệu.",
        paragraphs=lines or ["Số liệu đang được cập nhật."], author="Biên tập viên cổng (dữ liệu mẫu)",
        date=now - datetime.timedelta(hours=2), featured=True, hot=True,
    )
    for value in values:
        figure_text = value.indicator.name_vi
        services.HeadlineFigure.objects.get_or_create(article=first, data_value=value, defaults={"text": figure_text[:200]})
    services.add_article(
        other, title=f"Cổng thông tin {place.full_name} chính thức hoạt động",
        lead="Cổng thông tin đăng tin tức, văn bản, lịch công tác và kết quả thực hiện chỉ tiêu của đơn vị.",
        paragraphs=["Người dân có thể gửi ý kiến, câu hỏi; ý kiến được đăng sau khi biên tập viên duyệt.",
                    "Mỗi số liệu công bố đều có liên kết đến văn bản nguồn."],
        author="Văn phòng (dữ liệu mẫu)", date=now - datetime.timedelta(days=1), featured=True,
    )
    services.add_article(
        other, title="Hướng dẫn tra cứu văn bản và lịch công tác",
        lead="Tra cứu văn bản theo hình thức, cơ quan ban hành, số ký hiệu, ngày ban hành và trích yếu.",
        paragraphs=["Lịch công tác được công bố theo tuần, có bản in."], date=now - datetime.timedelta(days=2),
    )
    calendar = home.section(WorkCalendarPage)
    monday = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    services.add_calendar_entry(calendar, day=monday, time=datetime.time(8, 0), content="Giao ban lãnh đạo đầu tuần",
                                location="Phòng họp số 1", attendees="Chủ tịch, các Phó Chủ tịch", preparer="Văn phòng")
    services.add_calendar_entry(calendar, day=monday + datetime.timedelta(days=2), time=datetime.time(14, 0),
                                content="Làm việc về kết quả thực hiện các chỉ tiêu kinh tế - xã hội",
                                location="Hội trường", attendees="Chủ tịch", preparer="Phòng Kinh tế")
    register = home.section(DocumentRegisterPage)
    register.add_child(instance=RegisteredDocumentPage(
        title="Kế hoạch phát triển kinh tế - xã hội (dữ liệu mẫu)", slug="ke-hoach-mau",
        form=RegisteredDocumentPage.Form.PLAN, issuer=f"UBND {place.full_name}", number="01/KH-UBND (mẫu)",
        issued_on=datetime.date(2026, 1, 5), effective_on=datetime.date(2026, 1, 5),
        summary="Kế hoạch thực hiện các chỉ tiêu phát triển kinh tế - xã hội năm (văn bản mẫu của bản demo)",
    ))
    intro = IntroductionPage.objects.child_of(home).first().specific
    intro.body = f"<p>{place.full_name}: thông tin giới thiệu do biên tập viên của đơn vị cập nhật.</p>"
    intro.save_revision().publish()
    LinkedSite.objects.get_or_create(home=home, title="Cổng Dịch vụ công quốc gia", url="https://dichvucong.gov.vn/")
    log(f"  {home.title}: 3 tin bài, 2 mục lịch công tác, 1 văn bản")
