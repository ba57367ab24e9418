"""Portals of the real reference places of Quảng Ninh (loaded as the places app's tests load them)."""

import pytest

from chitieu.places.lookup import find_places
from chitieu.places.tests.conftest import places, read_cached  # noqa: F401 (fixtures)


@pytest.fixture
def quang_ninh(places):  # noqa: F811
    return next(p for p in find_places("Quảng Ninh") if p.level == "province" and p.valid_to is None)


@pytest.fixture
def communes(quang_ninh):
    return list(quang_ninh.children.filter(valid_to__isnull=True, level="commune").order_by("name"))


@pytest.fixture
def province_portal(quang_ninh):
    from chitieu.cms.services import create_portal

    return create_portal(quang_ninh)


@pytest.fixture
def commune_portal(province_portal, communes):
    from chitieu.cms.services import create_portal

    return create_portal(communes[0])


@pytest.fixture
def other_commune_portal(province_portal, communes):
    from chitieu.cms.services import create_portal

    return create_portal(communes[1])


def quiet_editing_sessions(page):
    """Wagtail's "who else is editing" pings, and the beacon that releases the session when the editor is left, are not
    under test; they write to the database while the test database is flushed after the test (the table locks).
    A beacon does not pass through the page's routes, so it is switched off in the page itself."""
    page.route("**/editing-sessions/**", lambda route: route.abort())
    page.add_init_script("navigator.sendBeacon = () => true;")


def make_editor(username, place):
    from chitieu.accounts.services import create_user

    return create_user(username, "editor", password="mat-khau-thu-nghiem", places=[place])


@pytest.fixture
def article(commune_portal):
    from chitieu.cms.models import NewsCategoryPage, NewsIndexPage
    from chitieu.cms.services import add_article

    category = NewsCategoryPage.objects.child_of(commune_portal.section(NewsIndexPage)).first()
    return add_article(category, title="Thu ngân sách 9 tháng", lead="Kết quả thu ngân sách.",
                       paragraphs=["Trong 9 tháng năm 2020, thu ngân sách nhà nước trên địa bàn đạt 29,577 tỷ đồng."])
