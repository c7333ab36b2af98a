"""Strict validation of assessment input: unknown keys, wrong types and out-of-range values are
errors, every one of them listed; nothing is guessed."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError, field_validator

from anagen.assessment.vocab import (
    Habit,
    HealthCondition,
    Onset,
    Pattern,
    Preference,
    Sex,
    Stage,
    Symptom,
    Trigger,
)


def _whole_number(value: Any) -> Any:
    """JSON has one number type: 30 and 30.0 are the same whole number; "30", true and 30.5
    are not numbers of years or months."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("must be a whole number")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("must be a whole number")
        return int(value)
    return value


class AssessmentInput(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sex: Sex
    age: Annotated[int, Field(ge=1, le=120)]
    pattern: Pattern
    stage: Stage | None = None
    scalp_loss_percent: Annotated[int, Field(ge=0, le=100)] | None = None
    duration_months: Annotated[int, Field(ge=0, le=1440)]
    onset: Onset
    family_history: StrictBool = False
    triggers: Annotated[list[Trigger], Field(max_length=len(Trigger))] = []
    symptoms: Annotated[list[Symptom], Field(max_length=len(Symptom))] = []
    pregnant_or_planning: StrictBool = False
    breastfeeding: StrictBool = False
    conditions: Annotated[list[HealthCondition], Field(max_length=len(HealthCondition))] = []
    preferences: Annotated[list[Preference], Field(max_length=len(Preference))] = []
    habits: Annotated[list[Habit], Field(max_length=len(Habit))] = []

    @field_validator("age", "scalp_loss_percent", "duration_months", mode="before")
    @classmethod
    def _numbers(cls, value: Any) -> Any:
        return None if value is None else _whole_number(value)


class InputProblem(BaseModel):
    field: str
    message: str


class InputError(Exception):
    def __init__(self, problems: list[InputProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))


def parse_input(data: Any) -> AssessmentInput:
    """Validate a decoded JSON value; raise InputError listing every problem."""
    if not isinstance(data, dict):
        raise InputError([InputProblem(field="(body)", message="expected a JSON object")])
    try:
        return AssessmentInput.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            field = ".".join(str(p) for p in err["loc"]) or "(body)"
            message = err["msg"]
            if err["type"] == "extra_forbidden":
                message = "unknown key"
            problems.append(InputProblem(field=field, message=message))
        raise InputError(problems) from None
