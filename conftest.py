"""The small cast of the test suite: a public visitor, a data clerk, a reviewer, an approver and an
administrator, each made through `chitieu.accounts.services` exactly as `chitieu adduser` makes them,
and a real Chromium (the system one) driven by Playwright for the browser tests."""

import os
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
