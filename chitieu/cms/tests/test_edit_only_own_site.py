import pytest
from django.core.exceptions import PermissionDenied

from chitieu.cms.models import NewsArticlePage
from chitieu.cms.services import require_editor
from chitieu.cms.tests.conftest import make_editor


@pytest.fixture
def editor(commune_portal):
    return make_editor("bien_tap_xa", commune_portal.place)


def test_an_editor_of_a_commune_is_in_that_portals_group_only(editor, commune_portal, other_commune_portal):
    assert editor.groups.filter(portal__home=commune_portal).exists()
    assert not editor.groups.filter(portal__home=other_commune_portal).exists()
    assert commune_portal.permissions_for_user(editor).can_edit()
    assert not other_commune_portal.permissions_for_user(editor).can_edit()


def test_the_scopes_refuse_another_communes_page(editor, commune_portal, other_commune_portal):
    require_editor(editor, commune_portal)
    with pytest.raises(PermissionDenied):
        require_editor(editor, other_commune_portal)


def test_wagtail_admin_refuses_editing_another_communes_page(editor, commune_portal, other_commune_portal, client):
    client.force_login(editor)
    own = client.get(f"/cms-admin/pages/{commune_portal.pk}/edit/")
    other = client.get(f"/cms-admin/pages/{other_commune_portal.pk}/edit/")
    assert own.status_code == 200
    assert other.status_code in (302, 403)


def test_an_editor_writes_news_in_their_own_portal(editor, article, client):
    client.force_login(editor)
    assert client.get(f"/cms-admin/pages/{article.pk}/edit/").status_code == 200
    assert NewsArticlePage.objects.live().filter(pk=article.pk).exists()


def test_a_province_editor_covers_the_communes_below(province_portal, commune_portal):
    editor = make_editor("bien_tap_tinh", province_portal.place)
    require_editor(editor, commune_portal)
    assert commune_portal.permissions_for_user(editor).can_edit()


def test_the_portal_group_survives_a_role_granted_elsewhere(editor, commune_portal, other_commune_portal):
    from chitieu.accounts.services import grant, revoke

    grant(editor, "editor", other_commune_portal.place)
    assert editor.groups.filter(portal__home=other_commune_portal).exists()
    assert editor.groups.filter(portal__home=commune_portal).exists()
    revoke(editor, "editor", other_commune_portal.place)
    assert not editor.groups.filter(portal__home=other_commune_portal).exists()
    assert editor.groups.filter(portal__home=commune_portal).exists()
