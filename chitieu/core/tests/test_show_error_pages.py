"""Whatever goes wrong, a visitor gets a plain page in Vietnamese with an id to quote — no traceback, no
setting, no environment — and the operator's log gets the same id with the traceback."""

import logging

import pytest
from django.test import Client, override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.urls("chitieu.core.tests.error_urls")]
SECRETS = ("s3cret", "Traceback", "DATABASE_URL", "SECRET_KEY", "settings.py", "RuntimeError")


@pytest.fixture
def anonymous():
    return Client(raise_request_exception=False)


def error_id(response):
    import re

    found = re.search(r'<code class="error-id">([0-9a-f]+)</code>', response.content.decode())
    assert found, response.content.decode()[:500]
    assert response["X-Request-Id"] == found.group(1)
    return found.group(1)


def assert_plain(response):
    body = response.content.decode()
    assert not any(secret in body for secret in SECRETS), body[:800]
    assert response["Content-Type"].startswith("text/html")


@override_settings(DEBUG=False)
def test_a_failing_view_answers_500_in_vietnamese_with_an_id_and_the_log_has_its_traceback(anonymous, caplog):
    with caplog.at_level(logging.ERROR):
        response = anonymous.get("/test-crash/")
    assert response.status_code == 500
    assert_plain(response)
    assert "Lỗi hệ thống" in response.content.decode()
    the_id = error_id(response)
    logged = [r for r in caplog.records if r.name == "django.request" and r.levelno == logging.ERROR]
    assert logged and logged[0].exc_info and "s3cret" in str(logged[0].exc_info[1])
    assert getattr(logged[0].request, "error_id", None) == the_id


@override_settings(DEBUG=False)
def test_a_missing_page_answers_404_in_vietnamese_with_an_id(anonymous):
    response = anonymous.get("/documents/999999/")
    assert response.status_code == 404
    assert_plain(response)
    assert "Không tìm thấy trang" in response.content.decode()
    error_id(response)


@override_settings(DEBUG=False)
def test_a_forbidden_page_answers_403_in_vietnamese_with_an_id(anonymous):
    response = anonymous.get("/test-forbidden/")
    assert response.status_code == 403
    assert "Không có quyền truy cập" in response.content.decode()
    error_id(response)


@override_settings(DEBUG=False)
def test_a_suspicious_request_answers_400_in_vietnamese(anonymous):
    response = anonymous.get("/test-suspicious/")
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()
    error_id(response)


@override_settings(DEBUG=False)
def test_a_form_posted_without_its_csrf_token_gets_the_vietnamese_403(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "Không có quyền truy cập" in response.content.decode()
    assert "CSRF" not in response.content.decode()


@override_settings(DEBUG=False)
def test_every_response_carries_its_request_id(anonymous):
    first, second = anonymous.get("/documents/"), anonymous.get("/documents/")
    assert first["X-Request-Id"] != second["X-Request-Id"]


def test_the_log_line_format_carries_the_error_id():
    from django.conf import settings

    assert "%(error_id)s" in settings.LOGGING["formatters"]["plain"]["format"]
    assert settings.LOGGING["handlers"]["stderr"]["class"] == "logging.StreamHandler"


def test_the_log_goes_to_a_file_as_well_when_chitieu_log_file_is_set(tmp_path):
    import os
    import subprocess
    import sys

    log_file = tmp_path / "chitieu.log"
    env = {**os.environ, "CHITIEU_LOG_FILE": str(log_file), "DJANGO_SETTINGS_MODULE": "chitieu.settings",
           "CHITIEU_DATA_DIR": str(tmp_path)}
    script = ("import django, logging; django.setup(); "
              "logging.getLogger('chitieu.test').error('een regel', extra={'error_id': 'abc123'})")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "[abc123] een regel" in log_file.read_text(encoding="utf-8")
    assert "[abc123] een regel" in result.stderr
