"""Schemathesis against /api/v1/openapi.json: no 5xx, every response matches the schema.
Bounded in examples so the suite stays fast."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import checks as core_checks
from schemathesis.specs.openapi import checks

from anagen.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture(autouse=True)
def _keep_test_connection_open():
    # Schemathesis calls the WSGI app directly, so Django's request signals would close the
    # test's database connection after each call (harmless on in-memory SQLite, fatal on
    # PostgreSQL). Django's own test client detaches the same handler for the same reason.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db(transaction=False)
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_api_never_fails_and_matches_its_schema(case: schemathesis.Case) -> None:
    # The guarantees: no 5xx, documented status codes, responses match the schema.
    # Schemathesis' extra "negative data" check counts string lengths unlike Python for
    # astral characters, so it is not one of the checks run here.
    case.call_and_validate(
        checks=[
            core_checks.not_a_server_error,
            checks.status_code_conformance,
            checks.response_schema_conformance,
            checks.positive_data_acceptance,
        ]
    )


@pytest.mark.django_db
def test_every_text_query_parameter_declares_that_nul_is_refused(client) -> None:
    """The site answers 422 to NUL in a query string before any view runs; the schema must
    say so, or a client (and the fuzzer) would take such a request for a valid one."""
    spec = client.get("/api/v1/openapi.json").json()
    texts = []
    for path, operations in spec["paths"].items():
        for operation in operations.values():
            for p in operation.get("parameters", []):
                if p["in"] != "query":
                    continue
                variants = p["schema"].get("anyOf", [p["schema"]])
                texts += [(path, p["name"], v) for v in variants if v.get("type") == "string"]
    assert texts
    for path, name, variant in texts:
        assert variant.get("pattern") == r"^[^\x00]*$", (path, name)
