"""Roles are groups of permissions; each role holds the permissions of the roles below it."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command

from chitieu.accounts.demo import load_demo_users
from chitieu.accounts.services import UnknownRole, create_user, ensure_roles, role_of

pytestmark = pytest.mark.django_db


def quiet(*args):
    pass


def test_a_clerk_enters_values_but_cannot_review_claims_or_assess_criteria(clerk):
    assert clerk.has_perm("indicators.add_datavalue") and clerk.has_perm("indicators.change_datavalue")
    assert clerk.has_perm("places.view_place")
    assert not clerk.has_perm("documents.review_claim")
    assert not clerk.has_perm("criteria.add_assessment")
    assert clerk.is_staff and not clerk.is_superuser


def test_a_reviewer_does_what_a_clerk_does_and_reviews_claims(reviewer):
    assert reviewer.has_perm("indicators.add_datavalue")
    assert reviewer.has_perm("documents.review_claim") and reviewer.has_perm("documents.view_document")
    assert not reviewer.has_perm("criteria.add_assessment")


def test_an_approver_also_assesses_and_approves_criteria(approver):
    assert approver.has_perm("documents.review_claim")
    assert approver.has_perm("criteria.add_assessment") and approver.has_perm("criteria.change_assessment")


def test_an_administrator_can_do_everything(admin_user):
    assert admin_user.is_superuser and admin_user.has_perm("criteria.delete_criteriaset")
    assert role_of(admin_user) == "admin"


def test_making_the_roles_twice_changes_nothing():
    first = {g.name: set(g.permissions.values_list("codename", flat=True)) for g in ensure_roles(log=quiet).values()}
    second = {g.name: set(g.permissions.values_list("codename", flat=True)) for g in ensure_roles(log=quiet).values()}
    assert first == second and set(first) == {"clerk", "reviewer", "approver", "editor", "moderator"}
    assert first["clerk"] < first["reviewer"] < first["approver"]
    assert Group.objects.count() == 5


def test_changing_a_users_role_replaces_the_old_one(clerk):
    user = create_user(clerk.username, "approver")
    assert role_of(user) == "approver" and list(user.groups.values_list("name", flat=True)) == ["approver"]
    assert user.check_password("mat-khau-thu-nghiem")  # the password is kept when none is given


def test_an_unknown_role_is_refused_with_the_roles_that_exist():
    with pytest.raises(UnknownRole, match="clerk, reviewer, approver, editor, moderator, admin"):
        create_user("ai_do", "boss")


def test_the_adduser_command_creates_a_staff_account_with_its_role(capsys):
    call_command("adduser", "thu_ky", "--role", "reviewer", "--place", "toàn quốc", "--password", "mot-mat-khau")
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="thu_ky")
    assert user.is_staff and role_of(user) == "reviewer" and user.check_password("mot-mat-khau")


def test_the_adduser_command_prints_a_generated_password_once(capsys):
    call_command("adduser", "thu_ky", "--role", "clerk", "--place", "toàn quốc")
    output = capsys.readouterr().out
    password = output.split("mật khẩu:")[1].strip()
    from django.contrib.auth import get_user_model

    assert get_user_model().objects.get(username="thu_ky").check_password(password)


def test_the_adduser_command_rejects_an_unknown_role():
    with pytest.raises(CommandError):
        call_command("adduser", "thu_ky", "--role", "boss")


def test_the_demo_accounts_log_in_with_their_generated_passwords_and_loading_them_twice_is_safe(client, settings, tmp_path):
    settings.DATA_DIR = tmp_path  # where the demo's password file is written (see test_create_demo_accounts)
    passwords = load_demo_users(log=quiet)
    assert load_demo_users(log=quiet) == {}  # the second run keeps the accounts and their passwords
    assert "admin" in passwords
    for username, password in passwords.items():
        assert client.login(username=username, password=password), username
    assert client.get("/admin/").status_code == 200
