"""`chitieu init --demo` makes the demo's cast with random passwords, printed once and kept in a file only
its owner reads; no password is written anywhere in the code or the README; without --demo, no account."""

import datetime
import re
import stat
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from chitieu.accounts.demo import DEMO_USERS, load_demo_users, password_file
from chitieu.accounts.scopes import can_act
from chitieu.places.models import Place

REPO = Path(__file__).resolve().parents[3]
ENDED = datetime.date(2025, 6, 30)


@pytest.fixture
def ba_che(db):
    province = Place.objects.create(level="province", kind="tinh", code="22", name="Quảng Ninh", full_name="Tỉnh Quảng Ninh")
    district = Place.objects.create(level="district", kind="huyen", code="202", name="Ba Chẽ", full_name="Huyện Ba Chẽ",
                                    parent=province, valid_to=ENDED)
    commune = Place.objects.create(level="commune", kind="xa", code="06985", name="Đạp Thanh", full_name="Xã Đạp Thanh",
                                   parent=district, valid_to=ENDED)
    other = Place.objects.create(level="commune", kind="xa", code="06970", name="Thanh Sơn", full_name="Xã Thanh Sơn",
                                 parent=district, valid_to=ENDED)
    return type("BaChe", (), {"province": province, "district": district, "commune": commune, "other": other})


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path


def test_the_demo_cast_is_made_with_random_passwords_that_log_in(ba_che, data_dir, client):
    lines = []
    passwords = load_demo_users(log=lines.append)
    assert set(passwords) == {username for username, *_rest in DEMO_USERS}
    assert len(set(passwords.values())) == len(passwords)
    assert all(len(password) >= 16 for password in passwords.values())
    for username, password in passwords.items():
        assert any(username in line and password in line for line in lines), "each password is printed once"
        assert client.login(username=username, password=password), username
        client.logout()


def test_the_passwords_are_kept_in_a_file_only_its_owner_can_read(ba_che, data_dir):
    passwords = load_demo_users(log=lambda *a: None)
    path = password_file()
    assert path == data_dir / "demo-passwords.txt"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    for username, password in passwords.items():
        assert f"{username}\t{password}\t" in text


def test_running_it_again_keeps_the_accounts_and_their_passwords_and_prints_none(ba_che, data_dir, client):
    first = load_demo_users(log=lambda *a: None)
    password_file().chmod(0o644)
    lines = []
    assert load_demo_users(log=lines.append) == {}
    assert not any(password in "\n".join(lines) for password in first.values())
    assert stat.S_IMODE(password_file().stat().st_mode) == 0o600
    assert client.login(username="admin", password=first["admin"])
    assert first["admin"] in password_file().read_text(encoding="utf-8")


def test_two_demo_databases_get_different_passwords(ba_che, tmp_path, settings):
    settings.DATA_DIR = tmp_path / "one"
    first = load_demo_users(log=lambda *a: None)
    get_user_model().objects.all().delete()
    settings.DATA_DIR = tmp_path / "two"
    second = load_demo_users(log=lambda *a: None)
    assert first["admin"] != second["admin"]


def test_each_demo_account_acts_on_its_own_places_only(ba_che, data_dir):
    load_demo_users(log=lambda *a: None)
    users = {u.username: u for u in get_user_model().objects.all()}
    assert can_act(users["clerk_dap_thanh"], ba_che.commune, "clerk")
    assert not can_act(users["clerk_dap_thanh"], ba_che.other, "clerk")
    assert not can_act(users["clerk_dap_thanh"], ba_che.district, "clerk")
    assert can_act(users["clerk_ba_che"], ba_che.other, "clerk") and not can_act(users["clerk_ba_che"], ba_che.district, "approver")
    assert can_act(users["approver_ba_che"], ba_che.commune, "approver")
    assert not can_act(users["approver_ba_che"], ba_che.province, "approver")
    assert can_act(users["approver_quang_ninh"], ba_che.province, "approver")
    assert users["admin"].is_superuser and not users["reviewer"].is_superuser


def test_no_fixed_password_is_written_in_the_code_or_the_readme():
    published = ("chitieu-admin", "chitieu-approve", "chitieu-review", "chitieu-clerk")
    for path in [REPO / "README.md", *sorted((REPO / "chitieu").rglob("*.py"))]:
        if "tests" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        assert not any(word in text for word in published), path
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert not re.search(r"`admin` / `", readme)


def test_without_demo_no_step_makes_an_account(db, settings):
    from chitieu.core.steps import run_steps

    steps = [step for step in settings.CHITIEU_REFERENCE_STEPS if "places" not in step]  # the national list is slow
    run_steps(steps, log=lambda *a: None)
    assert not get_user_model().objects.exists()
    assert not any("demo" in step for step in settings.CHITIEU_REFERENCE_STEPS)
