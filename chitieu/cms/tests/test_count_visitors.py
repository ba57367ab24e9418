import datetime

from django.utils import timezone

from chitieu.cms.models import DailySalt, Visitor
from chitieu.cms.visits import visit_figures


def test_visitors_are_counted_once_a_day_without_their_address(province_portal, client):
    client.get(province_portal.url_path, HTTP_USER_AGENT="Mozilla/5.0", REMOTE_ADDR="203.0.113.9")
    client.get(province_portal.url_path, HTTP_USER_AGENT="Mozilla/5.0", REMOTE_ADDR="203.0.113.9")
    client.get(province_portal.url_path, HTTP_USER_AGENT="Mozilla/5.0 (Android)", REMOTE_ADDR="198.51.100.7")
    figures = visit_figures(province_portal)
    assert figures == {"online": 2, "today": 2, "total": 2, "portals": 1}
    stored = " ".join(Visitor.objects.values_list("visitor_hash", flat=True))
    assert "203.0.113.9" not in stored and len(Visitor.objects.first().visitor_hash) == 64


def test_robots_are_not_counted(province_portal, client):
    client.get(province_portal.url_path, HTTP_USER_AGENT="Googlebot/2.1 (+http://www.google.com/bot.html)")
    client.get(province_portal.url_path, HTTP_USER_AGENT="")
    assert visit_figures(province_portal)["today"] == 0


def test_a_finished_day_keeps_its_count_and_forgets_its_hashes_and_salt(province_portal, client):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    DailySalt.objects.create(day=yesterday, salt="old")
    Visitor.objects.create(home=province_portal, day=yesterday, visitor_hash="x" * 64, last_seen=timezone.now())
    client.get(province_portal.url_path, HTTP_USER_AGENT="Mozilla/5.0")
    assert not DailySalt.objects.filter(day=yesterday).exists()
    assert not Visitor.objects.filter(day=yesterday).exists()
    assert visit_figures(province_portal)["total"] == 2


def test_a_provinces_figures_include_its_communes_sites(province_portal, commune_portal, client):
    client.get(commune_portal.url_path, HTTP_USER_AGENT="Mozilla/5.0", REMOTE_ADDR="203.0.113.9")
    client.get(province_portal.url_path, HTTP_USER_AGENT="Mozilla/5.0 (Android)", REMOTE_ADDR="198.51.100.7")
    assert visit_figures(commune_portal)["today"] == 1
    assert visit_figures(province_portal) == {"online": 2, "today": 2, "total": 2, "portals": 2}
    page = client.get(province_portal.url_path, HTTP_USER_AGENT="Mozilla/5.0").content.decode()
    assert "Gồm cả cổng của 1 đơn vị trực thuộc" in page
