import pytest
from django.core.exceptions import PermissionDenied

from chitieu.cms.services import figures_in_article, headline_figures, link_headline_figure
from chitieu.cms.tests.conftest import make_editor


@pytest.fixture
def revenue(commune_portal):
    from chitieu.indicators.models import DataValue, Indicator
    from chitieu.indicators.services import load_catalogue, record_value

    load_catalogue(log=lambda *a: None)
    indicator = Indicator.objects.get(code="thu_ngan_sach") if Indicator.objects.filter(code="thu_ngan_sach").exists() else \
        Indicator.objects.filter(name_vi__icontains="thu ngân sách").first()
    value = record_value(indicator=indicator, place=commune_portal.place, period="2020-01/2020-09", modality="actual",
                         value=29_577_000_000, unit="VND", source=DataValue.Source.ENTERED)
    DataValue.objects.filter(pk=value.pk).update(state=DataValue.State.APPROVED)
    value.refresh_from_db()
    return value


def test_the_editor_sees_the_figures_of_the_draft(article):
    found = figures_in_article(article)
    assert any("29,577" in f.text for f in found)


def test_a_linked_figure_shows_on_the_published_article_with_a_link_to_the_place(article, revenue, client):
    editor = make_editor("bien_tap_xa", article.get_parent().get_parent().get_parent().specific.place)
    link_headline_figure(article, revenue, "29,577 tỷ đồng", user=editor)
    shown = headline_figures(article)
    assert shown[0].amount == "29,577 tỷ đồng"
    page = client.get(article.url_path, HTTP_USER_AGENT="Mozilla/5.0").content.decode()
    assert f"/p/{revenue.place_id}/" in page and "Số liệu trong bài" in page


def test_an_editor_of_another_commune_cannot_link_figures(article, revenue, other_commune_portal):
    stranger = make_editor("bien_tap_khac", other_commune_portal.place)
    with pytest.raises(PermissionDenied):
        link_headline_figure(article, revenue, "29,577 tỷ đồng", user=stranger)
