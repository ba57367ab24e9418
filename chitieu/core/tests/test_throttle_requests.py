"""The public search endpoints are rate-limited per address (chitieu.core.throttle): beyond the rate a
visitor gets 429 with a page in Vietnamese; other addresses and other pages are not affected."""

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory

from chitieu.core.throttle import parse_rate, rate_limited

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_counters():
    cache.clear()
    yield
    cache.clear()


def test_the_document_search_answers_429_beyond_its_rate(settings):
    settings.CHITIEU_RATE_LIMITS = {"documents:list": "3/m"}
    client = Client(REMOTE_ADDR="203.0.113.20")
    statuses = [client.get("/documents/?q=thu+ngan+sach").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    page = client.get("/documents/").content.decode()
    assert "Quá nhiều yêu cầu" in page and "error-id" in page
    assert Client(REMOTE_ADDR="198.51.100.20").get("/documents/").status_code == 200
    assert client.get("/indicators/").status_code == 200


def test_the_document_and_place_searches_are_limited_when_served(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "chitieu.settings", "CHITIEU_DATA_DIR": str(tmp_path)}
    script = "import django; django.setup(); from django.conf import settings; print(sorted(settings.CHITIEU_RATE_LIMITS.items()))"
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "('documents:list', '120/m')" in result.stdout and "('portal:search', '120/m')" in result.stdout


def test_any_view_can_be_limited_with_the_decorator():
    @rate_limited("comments", "2/m")
    def comment(request):
        from django.http import HttpResponse

        return HttpResponse("ok")

    request = RequestFactory().post("/comment/", REMOTE_ADDR="203.0.113.30")
    assert [comment(request).status_code for _ in range(3)] == [200, 200, 429]


def test_rates_are_written_count_slash_period():
    assert parse_rate("120/m") == (120, 60)
    assert parse_rate("5/10s") == (5, 10)
    with pytest.raises(ValueError):
        parse_rate("many/m")
