"""Draft → review → publish: a commune's editor writes and submits, a moderator of that commune (or of the
province above it) approves, which publishes; nobody else's moderator can."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from chitieu.cms.models import NewsArticlePage, NewsCategoryPage, NewsIndexPage
from chitieu.cms.services import add_article
from chitieu.cms.tests.conftest import make_editor


@pytest.fixture
def draft(commune_portal):
    category = NewsCategoryPage.objects.child_of(commune_portal.section(NewsIndexPage)).first()
    return add_article(category, title="Kết quả thu ngân sách quý III", lead="Bản nháp của biên tập viên.",
                       paragraphs=["Thu ngân sách đạt 82,2% dự toán."], publish=False)


@pytest.fixture
def editor(commune_portal):
    return make_editor("bien_tap_xa", commune_portal.place)


def moderator(username, place):
    from chitieu.accounts.services import create_user

    return create_user(username, "moderator", password="mat-khau-thu-nghiem", places=[place])


def edit_form(page, **action):
    return nested_form_data({
        "title": page.title, "slug": page.slug, "lead": page.lead, "author": "", "image_caption": "",
        "date": page.date.strftime("%Y-%m-%d %H:%M"),
        "body": streamfield([("paragraph", rich_text("<p>Thu ngân sách đạt 82,2% dự toán.</p>"))]),
        **action,
    })


def submit(client, user, page):
    client.force_login(user)
    response = client.post(f"/cms-admin/pages/{page.pk}/edit/", edit_form(page, **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    return Page.objects.get(pk=page.pk).current_workflow_task_state


def test_an_editor_cannot_publish_only_submit(editor, draft, client):
    permissions = draft.permissions_for_user(editor)
    assert permissions.can_edit() and permissions.can_submit_for_moderation()
    assert not permissions.can_publish()
    client.force_login(editor)
    client.post(f"/cms-admin/pages/{draft.pk}/edit/", edit_form(draft, **{"action-publish": "1"}))
    assert not NewsArticlePage.objects.get(pk=draft.pk).live


def test_a_submitted_article_waits_for_the_communes_moderator_who_publishes_it(editor, draft, client, commune_portal):
    task_state = submit(client, editor, draft)
    assert task_state is not None and not NewsArticlePage.objects.get(pk=draft.pk).live
    reviewer = moderator("duyet_bai_xa", commune_portal.place)
    client.force_login(reviewer)
    response = client.post(f"/cms-admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert response.status_code == 302
    assert NewsArticlePage.objects.get(pk=draft.pk).live


def test_a_province_moderator_approves_for_the_communes_below(editor, draft, client, province_portal):
    task_state = submit(client, editor, draft)
    client.force_login(moderator("duyet_bai_tinh", province_portal.place))
    client.post(f"/cms-admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert NewsArticlePage.objects.get(pk=draft.pk).live


def test_another_communes_moderator_cannot_approve(editor, draft, client, other_commune_portal):
    task_state = submit(client, editor, draft)
    outsider = moderator("duyet_bai_xa_khac", other_commune_portal.place)
    assert not task_state.task.specific.get_actions(draft, outsider)
    assert not draft.permissions_for_user(outsider).can_edit()
    client.force_login(outsider)
    response = client.post(f"/cms-admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert response.status_code in (302, 403)
    assert not NewsArticlePage.objects.get(pk=draft.pk).live


def test_a_portal_made_before_review_gets_it_when_made_again(commune_portal, editor):
    from wagtail.models import GroupPagePermission

    from chitieu.cms.models import PortalEditors
    from chitieu.cms.services import PAGE_PERMISSIONS, _portal_group, create_portal

    portal = PortalEditors.objects.get(home=commune_portal)
    old_moderators = portal.moderators
    portal.moderators = None
    portal.save()
    old_moderators.delete()
    _portal_group(portal.group.name, commune_portal, portal.collection, [*PAGE_PERMISSIONS, "publish_page"])
    assert commune_portal.permissions_for_user(editor).can_publish()
    create_portal(commune_portal.place)
    portal.refresh_from_db()
    assert portal.moderators is not None
    assert not GroupPagePermission.objects.filter(group=portal.group, permission__codename="publish_page").exists()
    fresh = type(editor).objects.get(pk=editor.pk)  # Wagtail keeps a user's permissions on the object
    assert not Page.objects.get(pk=commune_portal.pk).permissions_for_user(fresh).can_publish()
