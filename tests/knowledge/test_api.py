"""Read API: shapes as DESIGN.md says, JSON 404s, a valid OpenAPI document."""

from __future__ import annotations

import pytest
from django.test import Client

from anagen.knowledge.base import KnowledgeBase

pytestmark = pytest.mark.django_db


def test_conditions_list_every_condition(client: Client, kb: KnowledgeBase) -> None:
    body = client.get("/api/v1/conditions").json()
    assert {c["slug"] for c in body} == set(kb.conditions)
    assert all({"slug", "name", "summary", "url"} <= set(c) for c in body)


def test_condition_detail_ranks_its_treatments(client: Client) -> None:
    body = client.get("/api/v1/conditions/alopecia-areata").json()
    assert body["slug"] == "alopecia-areata"
    grades = [t["grade"] for t in body["treatments"]]
    assert grades == sorted(grades, key="ABCDX".index)
    assert body["references"] and body["signs"]


def test_treatments_list_carries_evidence_per_condition(client: Client, kb: KnowledgeBase) -> None:
    body = client.get("/api/v1/treatments").json()
    assert {t["slug"] for t in body} == set(kb.treatments)
    minox = next(t for t in body if t["slug"] == "minoxidil-topical")
    assert minox["category"] == "approved-medicine"
    ev = {e["condition"]: e for e in minox["evidence"]}
    assert ev["androgenetic-alopecia"]["grade"] == "A"
    assert ev["androgenetic-alopecia"]["sources"]


def test_treatments_filter_by_category(client: Client) -> None:
    body = client.get("/api/v1/treatments?category=device").json()
    assert body and all(t["category"] == "device" for t in body)


def test_treatment_detail_matches_the_content_record(client: Client, kb: KnowledgeBase) -> None:
    body = client.get("/api/v1/treatments/finasteride-oral").json()
    record = kb.treatments["finasteride-oral"].model_dump(mode="json")
    for key in (
        "slug",
        "name",
        "category",
        "evidence",
        "side_effects",
        "contraindications",
        "regulatory",
    ):
        assert body[key] == record[key]
    assert all(s["seriousness"] in {"common", "serious"} for s in body["side_effects"])
    assert body["references"][0]["n"] == 1


@pytest.mark.parametrize("url", ["/api/v1/treatments/no-such-thing", "/api/v1/conditions/nope"])
def test_unknown_slug_answers_json_404(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert "detail" in response.json()


def test_openapi_document_is_valid(client: Client) -> None:
    from openapi_spec_validator import validate

    spec = client.get("/api/v1/openapi.json").json()
    validate(spec)
    for path in (
        "/api/v1/conditions",
        "/api/v1/conditions/{slug}",
        "/api/v1/treatments",
        "/api/v1/treatments/{slug}",
    ):
        assert path in spec["paths"], path


def test_oversized_body_answers_413_with_json(client: Client) -> None:
    response = client.generic(
        "POST", "/api/v1/treatments", b"x" * 300_000, content_type="application/json"
    )
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/v1/treatments?category=a%00b", 422),
        ("/api/v1/search?q=%00", 422),
        ("/search/?q=minox%00idil", 400),
        ("/products/?category=%00", 400),
    ],
)
def test_nul_in_query_is_refused_clearly(client: Client, url: str, status: int) -> None:
    # PostgreSQL refuses NUL in text; the request must fail with a named reason, not a 500.
    response = client.get(url)
    assert response.status_code == status
    body = response.json()["detail"] if url.startswith("/api/") else response.content.decode()
    assert "NUL" in body


@pytest.mark.parametrize(
    "url", ["/api/v1/assessments", "/api/v1/claims/check", "/api/v1/labels/analyze"]
)
@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000, b'{"a":' * 20_000 + b"1" + b"}" * 20_000, b'{"text": "unterminated'],
    ids=["deep-array", "deep-object", "malformed"],
)
def test_too_deep_or_malformed_json_is_a_clear_4xx(client: Client, url: str, body: bytes) -> None:
    # Within the size limit, but nested past the parser's depth: a 400 with a reason, never a 500.
    response = client.generic("POST", url, body, content_type="application/json")
    assert response.status_code in (400, 422)
    assert response.json()["detail"]


@pytest.mark.parametrize(
    ("method", "url", "allowed"),
    [
        ("get", "/api/v1/assessments", "POST"),
        ("put", "/api/v1/claims/check", "POST"),
        ("delete", "/api/v1/labels/analyze", "POST"),
        ("post", "/api/v1/treatments", "GET"),
        ("post", "/api/v1/products/some-slug", "GET"),
    ],
)
def test_a_wrong_method_answers_405_in_json_naming_the_right_one(
    client: Client, method: str, url: str, allowed: str
) -> None:
    response = getattr(client, method)(url)
    assert response.status_code == 405 and response["Allow"] == allowed
    assert response["Content-Type"].startswith("application/json")
    assert allowed in response.json()["detail"]


@pytest.mark.parametrize("url", ["/api/v1/nope", "/api/v1/", "/api/v1/conditions/"])
def test_an_unknown_api_path_answers_404_in_json(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert "no API route" in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "content_type", "says"),
    [
        (b'{"text": "minoxidil",}', "application/json", "not valid JSON: Expecting property"),
        (b'{"text": "\xff"}', "application/json", "not UTF-8 text (byte 10)"),
        (b"text=minoxidil", "application/x-www-form-urlencoded", "send application/json"),
        (b"[" * 100_000, "application/json", "nested too deeply"),
    ],
    ids=["trailing-comma", "latin-1", "form-encoded", "deep"],
)
def test_an_unreadable_body_is_a_400_that_says_why(
    client: Client, body: bytes, content_type: str, says: str
) -> None:
    response = client.generic("POST", "/api/v1/claims/check", body, content_type=content_type)
    assert response.status_code == 400
    assert says in response.json()["detail"]
