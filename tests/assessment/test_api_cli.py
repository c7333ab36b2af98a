"""POST /api/v1/assessments and `anagen assess`: the DESIGN.md contract, 422 and exit 2."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from django.test import Client

from anagen.cli.dispatch import main

ANSWERS: dict[str, Any] = {
    "sex": "male",
    "age": 34,
    "pattern": "receding_and_crown",
    "stage": "N4",
    "duration_months": 48,
    "onset": "gradual",
    "family_history": True,
    "triggers": [],
    "symptoms": [],
    "pregnant_or_planning": False,
    "breastfeeding": False,
    "conditions": [],
    "preferences": [],
}
CONTRACT_KEYS = {
    "likely_condition",
    "differentials",
    "severity",
    "stage",
    "refer_to_doctor",
    "red_flags",
    "plan",
    "not_suitable",
    "next_steps",
    "disclaimer",
}


@pytest.mark.django_db
def test_api_answers_with_the_contract_shape(client: Client) -> None:
    response = client.post("/api/v1/assessments", ANSWERS, content_type="application/json")
    assert response.status_code == 200
    body = response.json()
    assert set(body) >= CONTRACT_KEYS
    assert body["likely_condition"] == "androgenetic-alopecia" and body["severity"] == "moderate"
    item = body["plan"][0]
    assert {"treatment", "role", "evidence_grade", "why", "cautions"} <= set(item)
    assert item["role"] in {"first_line", "second_line", "adjunct", "specialist_only"}


@pytest.mark.django_db
def test_api_lists_every_problem_with_422(client: Client) -> None:
    bad = {**ANSWERS, "sex": "robot", "age": 0, "mood": "sad"}
    response = client.post("/api/v1/assessments", bad, content_type="application/json")
    assert response.status_code == 422
    fields = {e["loc"][-1] for e in response.json()["detail"]}
    assert {"sex", "age", "mood"} <= fields


@pytest.mark.django_db
@pytest.mark.parametrize("body", ["{not json", "[1, 2]", '"text"'])
def test_api_refuses_bodies_that_are_not_an_object(client: Client, body: str) -> None:
    response = client.post("/api/v1/assessments", body, content_type="application/json")
    assert response.status_code in (400, 422) and "detail" in response.json()


def test_cli_assess_prints_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(ANSWERS).encode())))
    assert main(["assess", "-", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= CONTRACT_KEYS


def test_cli_assess_reads_a_file_and_prints_text(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(ANSWERS))
    assert main(["assess", str(path)]) == 0
    assert "Likely: " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{oops", "not valid JSON"),
        ('{"sex": "male"}', "invalid assessment input"),
        (b"\xff\xfe", "not valid UTF-8"),
    ],
)
def test_cli_assess_exits_2_with_a_one_line_reason(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], content: Any, reason: str
) -> None:
    path = tmp_path / "answers.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    assert main(["assess", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert reason in err and "\n" not in err


def test_cli_assess_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", "/no/such/file.json"]) == 2
    assert "cannot read" in capsys.readouterr().err
