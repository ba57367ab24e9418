from wagtail.models import Site

from chitieu.cms.models import NewsCategoryPage, UnitHomePage
from chitieu.cms.services import create_portal


def test_a_province_portal_is_its_own_wagtail_site_with_its_sections(province_portal, quang_ninh, client):
    site = Site.objects.get(root_page=province_portal)
    assert site.hostname == "quang-ninh.localhost"
    assert [p.slug for p in province_portal.get_children()] == ["tin-tuc", "van-ban", "lich-cong-tac", "gioi-thieu", "hoi-dap"]
    assert NewsCategoryPage.objects.descendant_of(province_portal).count() == 2
    response = client.get("/cong/quang-ninh/", HTTP_USER_AGENT="Mozilla/5.0")
    assert response.status_code == 200
    assert "Cổng thông tin điện tử Tỉnh Quảng Ninh" in response.content.decode()


def test_the_same_site_answers_on_its_own_host(province_portal, client, settings):
    settings.ALLOWED_HOSTS = [".localhost"]
    response = client.get("/cong/", HTTP_HOST="quang-ninh.localhost", HTTP_USER_AGENT="Mozilla/5.0")
    assert response.status_code == 200
    assert "Tỉnh Quảng Ninh" in response.content.decode()


def test_making_a_portal_twice_returns_the_first(province_portal, quang_ninh):
    assert create_portal(quang_ninh).pk == province_portal.pk
    assert UnitHomePage.objects.filter(place=quang_ninh).count() == 1


def test_a_province_holds_fifty_commune_portals_on_one_installation(province_portal, communes, client):
    for commune in communes[:50]:
        create_portal(commune)
    homes = UnitHomePage.objects.child_of(province_portal)
    assert homes.count() == 50
    assert Site.objects.count() == 52  # the directory, the province, 50 communes
    hosts = set(Site.objects.values_list("hostname", flat=True))
    assert len(hosts) == 52 and all(h.endswith(".quang-ninh.localhost") for h in hosts - {"localhost", "quang-ninh.localhost"})
    last = homes.order_by("-path").first()
    assert client.get(last.url_path, HTTP_USER_AGENT="Mozilla/5.0").status_code == 200
