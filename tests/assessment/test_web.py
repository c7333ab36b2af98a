"""The questionnaire through the test client: steps, errors, result, save, delete, privacy."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from anagen.assessment.forms import STEPS
from anagen.assessment.models import SavedAssessment

pytestmark = pytest.mark.django_db

ANSWERS: dict[str, Any] = {
    "sex": "female",
    "age": "30",
    "pattern": "patches",
    "scalp_loss_percent": "60",
    "duration_months": "4",
    "onset": "sudden",
    "family_history": "no",
    "symptoms": ["exclamation_mark_hairs"],
    "conditions": [],
    "preferences": [],
}


def _post(client: Client, step: int, action: str = "next", **extra: Any) -> Any:
    return client.post("/assessment/", {**ANSWERS, **extra, "step": step, "action": action})


def test_first_step_asks_about_you_and_says_nothing_is_stored(client: Client) -> None:
    html = client.get("/assessment/").content.decode()
    assert "About you" in html and "not stored" in html and "<progress" in html


def test_a_missing_required_answer_keeps_the_person_on_the_step(client: Client) -> None:
    response = client.post("/assessment/", {"step": 0, "action": "next", "sex": "female"})
    assert response.context["step"].slug == "about"
    assert "Please answer this question." in response.content.decode()


def test_an_out_of_range_age_is_an_error_on_its_step(client: Client) -> None:
    response = client.post(
        "/assessment/", {"step": 0, "action": "next", "sex": "male", "age": "300"}
    )
    assert response.context["step"].slug == "about"
    assert response.context["form"].errors["age"]


def test_next_and_back_move_between_steps_keeping_answers(client: Client) -> None:
    response = _post(client, 0)
    assert response.context["step"].slug == "pattern"
    assert ("age", "30") in response.context["hidden"]
    back = _post(client, 1, action="back")
    assert back.context["step"].slug == "about"


def test_extent_step_is_skipped_when_no_stage_applies(client: Client) -> None:
    response = _post(client, 1, pattern="diffuse_shedding")
    assert response.context["step"].slug == "history"


def test_norwood_pictures_show_for_a_receding_hairline(client: Client) -> None:
    response = _post(client, 1, pattern="receding_hairline")
    html = response.content.decode()
    assert response.context["step"].slug == "extent"
    assert html.count("<svg") >= 8 and "Stage 3 vertex" in html and "Not sure" in html


def test_the_last_step_shows_the_result_and_stores_nothing(client: Client) -> None:
    response = _post(client, len(STEPS) - 1)
    html = response.content.decode()
    assert response.context["r"].likely_condition == "alopecia-areata"
    assert response.context["r"].severity == "severe"
    assert "See a doctor" in html and "Save this result" in html
    assert SavedAssessment.objects.count() == 0
    codes = [f.code for f in response.context["r"].red_flags]
    assert codes and f"<strong>{codes[0].replace('_', ' ').capitalize()}</strong>" in html


def test_saving_gives_an_unguessable_link_that_shows_the_result(client: Client) -> None:
    response = client.post("/assessment/save/", ANSWERS)
    saved = SavedAssessment.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{saved.token}/")
    assert len(saved.token) >= 40
    page = client.get(response["Location"])
    assert page.status_code == 200 and page["X-Robots-Tag"] == "noindex"
    assert "Alopecia areata" in page.content.decode()
    assert saved.answers["scalp_loss_percent"] == 60


def test_a_saved_result_can_be_deleted(client: Client) -> None:
    client.post("/assessment/save/", ANSWERS)
    token = SavedAssessment.objects.get().token
    assert client.post(f"/assessment/saved/{token}/delete/").status_code == 200
    assert not SavedAssessment.objects.exists()
    assert client.get(f"/assessment/saved/{token}/").status_code == 404


def test_an_unknown_token_is_404(client: Client) -> None:
    assert client.get("/assessment/saved/not-a-real-token/").status_code == 404


def test_hostile_text_in_answers_is_refused_not_stored(client: Client) -> None:
    response = client.post("/assessment/save/", {**ANSWERS, "sex": "<script>alert(1)</script>"})
    html = response.content.decode()
    assert response.status_code == 200 and 'name="sex"' in html and 'class="error"' in html
    assert "<script>alert(1)" not in html
    assert not SavedAssessment.objects.exists()


def test_saving_incomplete_answers_returns_to_the_question_keeping_the_others(
    client: Client,
) -> None:
    # Not a redirect to an empty questionnaire: every other answer rides along, hidden.
    answers = {k: v for k, v in ANSWERS.items() if k != "duration_months"}
    response = client.post("/assessment/save/", answers)
    html = response.content.decode()
    assert response.status_code == 200 and 'name="duration_months"' in html
    assert f'value="{ANSWERS["age"]}"' in html and "Please answer this question." in html
    assert not SavedAssessment.objects.exists()


def test_the_method_page_publishes_every_rule_with_sources(client: Client, kb) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/assessment/method/").content.decode()
    for flag in kb.assessment.red_flags:
        assert flag.code in html
    assert 'id="ref-1"' in html and "Alopecia Areata" in html
