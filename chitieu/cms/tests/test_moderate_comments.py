import pytest
from django.core.exceptions import PermissionDenied

from chitieu.cms.models import PublicComment, QuestionsPage
from chitieu.cms.services import moderate_comment
from chitieu.cms.tests.conftest import make_editor

UA = {"HTTP_USER_AGENT": "Mozilla/5.0"}


def test_a_comment_is_held_until_a_moderator_of_the_site_approves_it(article, client, commune_portal):
    response = client.post(article.url_path, {"name": "Nguyễn Văn A", "body": "Xin hỏi số liệu quý IV?", "website": ""}, **UA)
    assert response.status_code == 302
    comment = PublicComment.objects.get()
    assert comment.state == PublicComment.State.PENDING
    assert "Xin hỏi số liệu" not in client.get(article.url_path, **UA).content.decode()
    moderate_comment(comment, user=make_editor("bien_tap_xa", commune_portal.place), approve=True)
    assert "Xin hỏi số liệu" in client.get(article.url_path, **UA).content.decode()


def test_a_filled_honeypot_stores_nothing(article, client):
    client.post(article.url_path, {"name": "Robot", "body": "Mua hàng giá rẻ", "website": "http://spam"}, **UA)
    assert PublicComment.objects.count() == 0


def test_a_moderator_of_another_site_cannot_approve(article, client, other_commune_portal):
    client.post(article.url_path, {"name": "Nguyễn Văn A", "body": "Một ý kiến nữa", "website": ""}, **UA)
    with pytest.raises(PermissionDenied):
        moderate_comment(PublicComment.objects.get(), user=make_editor("khac", other_commune_portal.place), approve=True)


def test_a_question_is_published_with_its_answer(commune_portal, client):
    page = QuestionsPage.objects.child_of(commune_portal).get()
    client.post(page.url_path, {"name": "Trần Thị B", "body": "Khi nào công bố lịch tiếp dân?", "website": ""}, **UA)
    question = PublicComment.objects.get(kind="question")
    moderate_comment(question, user=make_editor("bien_tap_xa", commune_portal.place), approve=True,
                     answer="Lịch tiếp dân đăng ở mục Lịch công tác.")
    content = client.get(page.url_path, **UA).content.decode()
    assert "Khi nào công bố lịch tiếp dân?" in content and "Lịch tiếp dân đăng ở mục Lịch công tác." in content


def test_too_many_comments_from_one_address_are_refused(article, client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "cms-rate"}}
    codes = [client.post(article.url_path, {"name": "A", "body": f"Ý kiến số {i}", "website": ""}, **UA).status_code for i in range(7)]
    assert 429 in codes
    assert PublicComment.objects.count() == 5


def test_the_portals_moderator_may_approve_comments_too(article, client, commune_portal):
    from chitieu.accounts.services import create_user
    from chitieu.cms.services import moderatable_comments

    client.post(article.url_path, {"name": "Nguyễn Văn B", "body": "Xin hỏi kế hoạch năm sau?", "website": ""}, **UA)
    moderator = create_user("duyet_bai_xa", "moderator", password="mat-khau-thu-nghiem", places=[commune_portal.place])
    comment = moderatable_comments(moderator).get()
    assert moderate_comment(comment, user=moderator, approve=True).state == PublicComment.State.APPROVED
