"""Schemathesis generates requests for every operation of the OpenAPI document and sends them to the WSGI
application: no answer may be a server error, and every documented answer must match its schema. It runs once
without a token (the public) and once with an administrator's token (every operation, every write)."""

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance

from chitieu.wsgi import application  # noqa: E402  (pytest-django has set Django up by now)

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture(autouse=True)
def world(db, values, staff, settings):
    settings.CHITIEU_API_RATES = {"public": None, "token": None}  # no 429s while hypothesis runs


@pytest.fixture(autouse=True)
def same_connection():
    """The WSGI application runs in the test's thread, on the test's connection and transaction: keep Django
    from closing that connection at the end of each request, as its own test client does."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def admin_key(db):
    from chitieu.accounts.services import create_user
    from chitieu.api.services import create_token

    return create_token(create_user("api_admin", "admin"), "schemathesis")[1]


CHECKS = [not_a_server_error, response_schema_conformance]
# Fewer examples per operation in CI (the whole suite must finish in 15 minutes); more on a developer's run.
EXAMPLES = 6 if os.environ.get("CI") else 15


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_public_gets_no_server_error_and_no_answer_outside_the_schema(case):
    case.call_and_validate(checks=CHECKS)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_a_token_holder_gets_no_server_error_and_no_answer_outside_the_schema(case, admin_key):
    case.call_and_validate(checks=CHECKS, headers={"Authorization": f"Bearer {admin_key}"})
