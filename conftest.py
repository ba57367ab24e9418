"""The small cast of the test suite: a public visitor, a data clerk, a reviewer, an approver and an
administrator, each made through `chitieu.accounts.services` exactly as `chitieu adduser` makes them,
and a real Chromium (the system one) driven by Playwright for the browser tests."""

import itertools
import os
import types
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse ORM calls from it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
PASSWORD = "mat-khau-thu-nghiem"
DATABASE_FIXTURES = {"db", "transactional_db", "live_server"}


def pytest_collection_modifyitems(config, items):
    """With CHITIEU_ONLY_DATABASE_TESTS=1 (the PostgreSQL pass of scripts/test) only the tests that reach the
    database run: the others ran in the SQLite pass and would prove nothing new."""
    if os.environ.get("CHITIEU_ONLY_DATABASE_TESTS") != "1":
        return
    keep, skip = [], []
    for item in items:
        uses_database = (item.get_closest_marker("django_db") or item.get_closest_marker("database")
                         or DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())))
        (keep if uses_database else skip).append(item)
    if skip:
        config.hook.pytest_deselected(items=skip)
        items[:] = keep


@pytest.fixture(autouse=True, scope="session")
def fast_password_hashing():
    """The cast is made afresh for each test, each user with a password: the production hasher's deliberate cost
    (about half a second a password here) buys a test nothing, so in-process tests hash quickly, as Django's own
    testing advice says. Servers the tests start as processes keep the real hasher."""
    from django.test import override_settings

    fast = override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
    fast.enable()
    yield
    fast.disable()


_RATE_WINDOWS = itertools.count()


@pytest.fixture(autouse=True)
def one_rate_limit_window(monkeypatch):
    """The rate limits count requests in fixed windows of the clock (chitieu.core.throttle): a test that makes a
    dozen requests on a slow machine could straddle a window's end and see its count start again (the portal's
    check did, on PostgreSQL, once). Each in-process test sees a clock of its own, stopped, a day from the last
    test's, so it stays inside one window and starts with no request counted; servers started as processes keep
    the real clock."""
    from chitieu.core import throttle

    stopped = 1_800_000_000.0 + 86_400 * next(_RATE_WINDOWS)
    monkeypatch.setattr(throttle, "time", types.SimpleNamespace(time=lambda: stopped))


@pytest.fixture(autouse=True)
def vietnamese_by_default():
    """Each test starts in Vietnamese: a request in English leaves its language active in the thread."""
    from django.utils import translation

    translation.activate("vi")
    yield
    translation.deactivate()


def _make_user(username, role):
    from chitieu.accounts.services import create_user, ensure_roles

    ensure_roles(log=lambda *args: None)
    return create_user(username, role, password=PASSWORD)


@pytest.fixture
def password():
    """The password every user of the cast logs in with."""
    return PASSWORD


@pytest.fixture
def clerk(db):
    return _make_user("can_bo_nhap_lieu", "clerk")


@pytest.fixture
def reviewer(db):
    return _make_user("nguoi_duyet", "reviewer")


@pytest.fixture
def approver(db):
    return _make_user("lanh_dao_duyet", "approver")


@pytest.fixture
def admin_user(db):
    """Overrides pytest-django's: a superuser made the way `chitieu adduser --role admin` makes one."""
    return _make_user("quan_tri", "admin")


def _client_for(user):
    from django.test import Client

    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def visitor(db):
    """A member of the public: not logged in."""
    return _client_for(None)


@pytest.fixture
def clerk_client(clerk):
    return _client_for(clerk)


@pytest.fixture
def reviewer_client(reviewer):
    return _client_for(reviewer)


@pytest.fixture
def approver_client(approver):
    return _client_for(approver)


@pytest.fixture
def admin_client(admin_user):
    """Overrides pytest-django's, consistently with `admin_user`."""
    return _client_for(admin_user)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need the system Chromium at {CHROMIUM}, which is not installed")
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(browser):
    """A fresh page in its own context (no cookies shared between tests), for tests using `live_server`."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


def log_in(page, live_server, user, password=PASSWORD):
    """Log in through the admin login form, as a person would."""
    page.goto(f"{live_server.url}/admin/login/?next=/")
    page.fill("#id_username", user.get_username())
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_load_state()


@pytest.fixture
def login():
    """`login(page, live_server, user, password=...)`: logs in through the admin login form."""
    return log_in


# ---- The shared world: the real catalogue and Quảng Ninh's units of 2020, used by every app's tests. --------


@pytest.fixture
def catalogue(db):
    """The real indicator catalogue, by code."""
    from chitieu.indicators.services import load_catalogue

    return load_catalogue(log=lambda *args: None)


# ---- The reporting cycle's cast (issue 16): staff who hold their role *at* a place. ----------------------


@pytest.fixture
def cycle_places(db):
    """Quảng Ninh with huyện Ba Chẽ (xã Đạp Thanh, xã Thanh Sơn) and huyện Bình Liêu (xã Húc Động), until the
    2025 reform, and Thái Bình as a province nobody in the cast covers. Reuses units that already exist by code
    and level, so it combines with the apps' own place fixtures."""
    import datetime

    from chitieu.places.models import Place

    end = datetime.date(2025, 6, 30)

    def unit(level, kind, code, name, parent=None, **dates):
        found = Place.objects.filter(level=level, code=code).first()
        if found:
            return found
        prefix = dict(Place.Kind.choices)[kind]
        return Place.objects.create(level=level, kind=kind, code=code, name=name, full_name=f"{prefix} {name}",
                                    parent=parent, **dates)

    places = type("CyclePlaces", (), {})()
    places.quang_ninh = unit("province", "tinh", "22", "Quảng Ninh")
    places.ba_che = unit("district", "huyen", "202", "Ba Chẽ", places.quang_ninh, valid_to=end)
    places.dap_thanh = unit("commune", "xa", "06985", "Đạp Thanh", places.ba_che, valid_to=end)
    places.thanh_son = unit("commune", "xa", "06970", "Thanh Sơn", places.ba_che, valid_to=end)
    places.binh_lieu = unit("district", "huyen", "201", "Bình Liêu", places.quang_ninh, valid_to=end)
    places.huc_dong = unit("commune", "xa", "06880", "Húc Động", places.binh_lieu, valid_to=end)
    places.thai_binh = unit("province", "tinh", "34", "Thái Bình")
    return places


def _make_staff(username, role, *places):
    from chitieu.accounts.services import create_user, ensure_roles

    ensure_roles(log=lambda *args: None)
    return create_user(username, role, password=PASSWORD, places=list(places))


@pytest.fixture
def dap_thanh_clerk(cycle_places):
    """A data clerk of xã Đạp Thanh (huyện Ba Chẽ)."""
    return _make_staff("can_bo_dap_thanh", "clerk", cycle_places.dap_thanh)


@pytest.fixture
def ba_che_clerk(cycle_places):
    """A data clerk of huyện Ba Chẽ (and so of its communes)."""
    return _make_staff("can_bo_ba_che", "clerk", cycle_places.ba_che)


@pytest.fixture
def ba_che_approver(cycle_places):
    """An approver of huyện Ba Chẽ: approves the district's and its communes' values at district level."""
    return _make_staff("lanh_dao_ba_che", "approver", cycle_places.ba_che)


@pytest.fixture
def quang_ninh_approver(cycle_places):
    """An approver of tỉnh Quảng Ninh: approves anything in the province at province level."""
    return _make_staff("lanh_dao_quang_ninh", "approver", cycle_places.quang_ninh)
