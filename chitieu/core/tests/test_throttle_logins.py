"""Thirty wrong passwords in a row: after the limit (10) the account, and the address they came from, are
locked for a while, with a page in Vietnamese that says so — the right password does not get in meanwhile."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def attempt(username, password, address="203.0.113.7"):
    client = Client(REMOTE_ADDR=address)
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password})


def test_thirty_wrong_passwords_lock_the_account_with_a_clear_message(reviewer, password, settings):
    statuses = [attempt(reviewer.username, f"sai-{n}").status_code for n in range(30)]
    limit = settings.AXES_FAILURE_LIMIT
    assert statuses[: limit - 1] == [200] * (limit - 1)  # the login form again, "wrong password"
    assert set(statuses[limit:]) == {429}
    response = attempt(reviewer.username, password)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Tạm khóa đăng nhập" in page and "15 phút" in page


def test_the_lock_holds_for_the_account_from_another_address(reviewer, password, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(reviewer.username, f"sai-{n}", address="203.0.113.7")
    assert attempt(reviewer.username, password, address="198.51.100.9").status_code == 429


def test_the_lock_holds_for_the_address_whatever_account_it_tries(reviewer, clerk, password, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(f"khong-co-{n}", "sai", address="203.0.113.8")
    assert attempt(clerk.username, password, address="203.0.113.8").status_code == 429
    assert attempt(clerk.username, password, address="198.51.100.10").status_code == 302  # elsewhere: fine


def test_a_few_mistakes_then_the_right_password_logs_in(reviewer, password):
    for n in range(3):
        assert attempt(reviewer.username, f"sai-{n}").status_code == 200
    assert attempt(reviewer.username, password).status_code == 302


def test_a_login_without_a_request_still_works_for_commands_and_tests(reviewer, password):
    from django.contrib.auth import authenticate

    assert authenticate(username=reviewer.username, password=password) == reviewer
