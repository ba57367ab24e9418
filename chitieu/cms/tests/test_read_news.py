import datetime

from django.utils import timezone

from chitieu.cms.models import NewsCategoryPage, NewsIndexPage, PageViewCount
from chitieu.cms.services import add_article

UA = {"HTTP_USER_AGENT": "Mozilla/5.0"}


def test_an_article_shows_its_lead_body_and_counts_its_readers(article, client):
    response = client.get(article.url_path, **UA)
    page = response.content.decode()
    assert "Kết quả thu ngân sách." in page and "29,577 tỷ đồng" in page
    client.get(article.url_path, **UA)
    assert PageViewCount.objects.get(page_id=article.pk).count == 2


def test_featured_and_hot_lists_are_the_editors_choice(commune_portal, client):
    category = NewsCategoryPage.objects.child_of(commune_portal.section(NewsIndexPage)).first()
    add_article(category, title="Tin thường", lead="Không chọn.", paragraphs=["Nội dung."])
    add_article(category, title="Tin tiêu điểm chọn", lead="Chọn.", paragraphs=["Nội dung."], featured=True)
    add_article(category, title="Tin nóng chọn", lead="Nóng.", paragraphs=["Nội dung."], hot=True)
    response = client.get(commune_portal.url_path, **UA)
    assert [a.title for a in response.context["featured"]] == ["Tin tiêu điểm chọn"]
    assert [a.title for a in response.context["hot"]] == ["Tin nóng chọn"]


def test_a_scheduled_article_is_not_shown_before_its_time(commune_portal, client):
    category = NewsCategoryPage.objects.child_of(commune_portal.section(NewsIndexPage)).first()
    article = add_article(category, title="Tin hẹn giờ", lead="Sau.", paragraphs=["Nội dung."], publish=False)
    article.go_live_at = timezone.now() + datetime.timedelta(days=1)
    article.save_revision().publish()  # Wagtail schedules it: `publish_scheduled` makes it live at that time
    article.refresh_from_db()
    assert not article.live
    assert article.pk not in [a.pk for a in client.get(category.url_path, **UA).context["page_obj"]]


def test_each_category_has_rss_and_atom_feeds_and_the_site_a_sitemap(article, client):
    category = article.get_parent()
    rss = client.get(category.url_path + "rss/", **UA)
    atom = client.get(category.url_path + "atom/", **UA)
    assert rss.status_code == 200 and b"<rss" in rss.content and "Thu ngân sách 9 tháng" in rss.content.decode()
    assert atom.status_code == 200 and b"<feed" in atom.content
    sitemap = client.get("/sitemap.xml", **UA)
    assert sitemap.status_code == 200 and article.slug in sitemap.content.decode()


def test_related_news_are_others_of_the_category(article, client):
    other = add_article(article.get_parent().specific, title="Tin khác cùng mục", lead="Khác.", paragraphs=["Nội dung."])
    response = client.get(article.url_path, **UA)
    assert [a.pk for a in response.context["related"]] == [other.pk]


def test_news_search_finds_by_content_and_date(article, client):
    index = article.get_parent().get_parent()
    found = client.get(index.url_path, {"q": "ngân sách"}, **UA).context["page_obj"].object_list
    assert article.pk in [a.pk for a in found]
    later = client.get(index.url_path, {"tu": "2099-01-01"}, **UA).context["page_obj"].object_list
    assert list(later) == []


def test_news_search_ignores_diacritics(article, client):
    index = article.get_parent().get_parent()
    for query in ("ngan sach", "NGÂN SÁCH", "29,577 ty dong"):
        found = client.get(index.url_path, {"q": query}, **UA).context["page_obj"].object_list
        assert article.pk in [a.pk for a in found], query
    assert not client.get(index.url_path, {"q": "ngan sach hoc phi"}, **UA).context["page_obj"].object_list
