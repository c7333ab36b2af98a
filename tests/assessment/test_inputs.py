"""Input validation: every problem listed, nothing guessed."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anagen.assessment.inputs import InputError, parse_input

VALID: dict[str, Any] = {
    "sex": "male",
    "age": 30,
    "pattern": "crown",
    "duration_months": 12,
    "onset": "gradual",
}


def _problems(data: Any) -> dict[str, str]:
    with pytest.raises(InputError) as info:
        parse_input(data)
    return {p.field: p.message for p in info.value.problems}


def test_valid_minimal_input_is_accepted() -> None:
    assert parse_input(VALID).age == 30


def test_every_problem_is_listed_at_once() -> None:
    problems = _problems(
        {
            **VALID,
            "sex": "robot",
            "age": 300,
            "colour": "blue",
            "symptoms": ["sneezing"],
            "scalp_loss_percent": 101,
        }
    )
    assert set(problems) >= {"sex", "age", "colour", "symptoms.0", "scalp_loss_percent"}
    assert problems["colour"] == "unknown key"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("age", "30"),
        ("age", 30.5),
        ("age", True),
        ("age", 0),
        ("family_history", "yes"),
        ("family_history", 1),
        ("duration_months", -1),
        ("stage", "N8"),
        ("stage", "l2"),
        ("triggers", "childbirth"),
        ("pattern", None),
        ("onset", "slow"),
    ],
)
def test_wrong_types_and_out_of_range_values_are_errors(key: str, value: Any) -> None:
    assert key in _problems({**VALID, key: value})


@pytest.mark.parametrize("missing", ["sex", "age", "pattern", "duration_months", "onset"])
def test_required_answers_must_be_given(missing: str) -> None:
    data = dict(VALID)
    del data[missing]
    assert missing in _problems(data)


@pytest.mark.parametrize("body", [[], "text", 3, None])
def test_a_body_that_is_not_an_object_is_refused(body: Any) -> None:
    assert "(body)" in _problems(body)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.text(max_size=20),
        st.none()
        | st.booleans()
        | st.integers()
        | st.text(max_size=30)
        | st.lists(st.text(max_size=10), max_size=3),
        max_size=8,
    )
)
def test_random_objects_never_crash_validation(data: dict[str, Any]) -> None:
    try:
        parse_input(data)
    except InputError as exc:
        assert exc.problems
