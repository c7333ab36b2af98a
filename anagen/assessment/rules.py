"""The schema of `content/assessment.yaml`: the assessment's rules as sourced data.

Clues point to a condition, red flags to a referral, next steps to advice; each carries the
sources it rests on, so the methodology page can publish every rule with its evidence.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from anagen.assessment.vocab import (
    Habit,
    Onset,
    Pattern,
    RedFlag,
    Scale,
    Sex,
    Symptom,
    Trigger,
)
from anagen.knowledge.schema import Fact, Slug, Sources, Strict, Text
from anagen.knowledge.vocab import Severity

Age = Annotated[int, Field(ge=1, le=120)]
Months = Annotated[int, Field(ge=0, le=1440)]
Percent = Annotated[int, Field(ge=0, le=100)]


class Match(Strict):
    """A situation: every given constraint must hold; inside a list any one value will do."""

    sex: list[Sex] = []
    patterns: list[Pattern] = []
    stage_scale: Scale | None = None
    symptoms: list[Symptom] = []
    all_symptoms: list[Symptom] = []
    no_symptoms: list[Symptom] = []
    triggers: list[Trigger] = []
    any_trigger: bool | None = None
    habits: list[Habit] = []
    onset: Onset | None = None
    family_history: bool | None = None
    age_below: Age | None = None
    age_at_least: Age | None = None
    duration_over_months: Months | None = None
    duration_at_most_months: Months | None = None
    scalp_loss_at_least: Percent | None = None  # holds only when a percentage was given

    @model_validator(mode="after")
    def _not_empty(self) -> Match:
        if not any(v not in (None, []) for v in self.__dict__.values()):
            raise ValueError("a match needs at least one constraint")
        return self


class Clue(Strict):
    """Evidence that points to a condition; weights add up per condition."""

    condition: Slug
    when: Match
    weight: Annotated[int, Field(ge=-10, le=10)]
    why: Text
    sources: Sources


class RedFlagRule(Strict):
    code: RedFlag
    when: Annotated[list[Match], Field(min_length=1)]
    message: Text
    sources: Sources


class ReferCondition(Strict):
    """A likely condition that needs a doctor even without a red flag."""

    condition: Slug
    text: Text
    sources: Sources


class NextStep(Strict):
    """Advice shown when the likely condition is listed (or any) and a situation matches."""

    conditions: list[Slug] = []
    # severities the advice fits (empty: any); "waiting is reasonable" fits limited disease only
    severities: list[Severity] = []
    when: list[Match] = []
    when_referred: bool | None = None
    text: Text
    sources: Sources


class AssessmentRules(Strict):
    clues: Annotated[list[Clue], Field(min_length=1)]
    red_flags: Annotated[list[RedFlagRule], Field(min_length=1)]
    refer_conditions: list[ReferCondition] = []
    scales: dict[str, Fact]
    next_steps: list[NextStep] = []
    disclaimer: Text

    @model_validator(mode="after")
    def _every_red_flag_once(self) -> AssessmentRules:
        codes = [r.code for r in self.red_flags]
        missing = set(RedFlag) - set(codes)
        if missing:
            raise ValueError(f"red flags without a rule: {', '.join(sorted(missing))}")
        if len(codes) != len(set(codes)):
            raise ValueError("a red flag code has two rules")
        return self
