"""A portal's pages make as many queries with many articles (or commune portals) as with few (the speed with
10,000 articles is measured by benchmarks/portal_speed.py)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.cms.models import NewsCategoryPage, NewsIndexPage
from chitieu.cms.services import add_article

UA = {"HTTP_USER_AGENT": "Mozilla/5.0"}


def queries(client, url):
    client.get(url, **UA)  # the visitor's first visit of the day makes its row
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, **UA).status_code == 200
    return len(captured)


def add(category, count, start=0):
    return [add_article(category, title=f"Tin số {start + i}", lead="Đoạn mở đầu.", paragraphs=["Nội dung."],
                        featured=i % 2 == 0, hot=i % 3 == 0) for i in range(count)]


def test_the_home_an_article_and_a_category_make_as_many_queries_with_many_articles(province_portal, client):
    category = NewsCategoryPage.objects.child_of(province_portal.section(NewsIndexPage)).first()
    first = add(category, 2)
    pages = [province_portal.url_path, first[0].url_path, category.url_path]
    few = [queries(client, url) for url in pages]
    add(category, 10, start=2)
    many = [queries(client, url) for url in pages]
    assert many == few


def test_a_province_home_makes_as_many_queries_with_more_commune_portals(province_portal, communes, client):
    from chitieu.cms.services import create_portal

    create_portal(communes[0])
    few = queries(client, province_portal.url_path)
    for commune in communes[1:4]:
        create_portal(commune)
    assert queries(client, province_portal.url_path) == few
