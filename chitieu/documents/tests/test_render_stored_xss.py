"""Stored cross-site scripting, tried the way an attacker would: payloads in a document's title and text,
in a claim's fields, in a reviewer's reason, in an arithmetic flag and in a page's og:url — rendered by a
real Chromium on every page that shows them. No script runs, no dialog opens, no element is injected."""

import pytest
from django.conf import settings
from django.test import Client

from chitieu.documents.models import ArithmeticFlag, Claim, Document
from chitieu.documents.services import Ingestor, content_hash, reject_claim
from chitieu.documents.tests.sample_files import BUDGET_ARTICLE, html_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    '<script>window.__xss=(window.__xss||0)+1</script>',
    '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
    '"><svg onload="window.__xss=(window.__xss||0)+1">',
    "'><body onload=window.__xss=1>",
    '<a href="javascript:window.__xss=1" id="xss-link">bấm</a>',
    '{{ 7*7 }}{% debug %}',
]
MARK = "window.__xss"


def log_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies([
        {"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}
    ])


@pytest.fixture
def poisoned(world, reviewer):
    payload = " ".join(PAYLOADS)
    text = f"{payload}\nNăm 2020, thu ngân sách nhà nước trên địa bàn đạt 42,5 tỷ đồng. {payload}"
    document = Document.objects.create(
        title=f"Bài {payload}", text=text, place=world.district, format="txt", content_hash=content_hash(text),
        source_url="javascript:window.__xss=1",
    )
    start = text.index("42,5 tỷ đồng")
    claims = [
        Claim.objects.create(
            document=document, start=start, end=start + 12, text=f"42,5 {payload}"[:200], value=42.5e9, unit="VND",
            measure="level", modality="actual", subject=payload[:500], place_text=[payload], period_text="2020",
            link_problems=payload, indicator=world.budget if n == 0 else None, place=world.district,
            link_status="unlinked",
        )
        for n in range(2)
    ]
    flag = ArithmeticFlag.objects.create(document=document, kind="sum", message=f"Không khớp {payload}")
    flag.claims.set(claims)
    reject_claim(claims[1], user=reviewer, reason=f"trùng {payload}")
    return document, claims


def test_an_og_url_that_is_not_a_web_address_is_not_kept(world):
    page = html_page().replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta property="og:url" content="javascript:alert(1)">')
    result = Ingestor(place=world.district).ingest_bytes("bai.html", page.encode())
    assert result.status == "created" and result.document.source_url == ""


def test_no_payload_runs_on_any_page_that_shows_it(live_server, browser_page, reviewer, poisoned, tmp_path):
    document, claims = poisoned
    page = browser_page
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(page, live_server, reviewer)
    urls = [
        document.get_absolute_url(), claims[0].get_absolute_url(), claims[1].get_absolute_url(),
        f"/documents/review/?document={document.pk}", "/documents/review/?state=rejected",
        "/documents/?q=thu+ngan+sach", f"/admin/documents/claim/{claims[0].pk}/change/",
    ]
    for number, url in enumerate(urls):
        response = page.goto(live_server.url + url)
        assert response.status < 400, url
        page.wait_for_load_state("load")
        assert page.evaluate("() => window.__xss === undefined"), url
        assert page.locator("#xss-link").count() == 0, url
        assert page.locator("svg[onload], img[onerror], body[onload]").count() == 0, url
        if number == 0:
            assert "<script>" in page.inner_text("body")  # shown as text, as written
            page.screenshot(path=str(tmp_path / "xss-document.png"), full_page=False)
    # The document's source link, whose stored address is javascript:, leads nowhere when clicked.
    page.goto(live_server.url + document.get_absolute_url())
    for link in page.locator(".document-meta a").all():
        href = link.get_attribute("href") or ""
        assert not href.lower().startswith("javascript:"), href
    assert dialogs == []
