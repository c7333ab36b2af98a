"""The assessment's output (DESIGN.md contract), plus additive fields."""

from __future__ import annotations

from pydantic import BaseModel

from anagen.assessment.vocab import Confidence, ExclusionKind, Role
from anagen.knowledge.vocab import Severity


class Differential(BaseModel):
    condition: str
    confidence: Confidence
    why: str


class RedFlagFound(BaseModel):
    code: str
    message: str
    sources: list[str]


class PlanItem(BaseModel):
    treatment: str
    name: str
    role: Role
    evidence_grade: str
    why: str
    cautions: list[str]
    sources: list[str]


class NotSuitable(BaseModel):
    treatment: str
    name: str
    reason: str
    kind: ExclusionKind
    sources: list[str]


class AssessmentResult(BaseModel):
    likely_condition: str
    condition_name: str
    why: list[str]
    differentials: list[Differential]
    severity: Severity
    severity_reasons: list[str]
    stage: str | None
    refer_to_doctor: bool
    red_flags: list[RedFlagFound]
    plan: list[PlanItem]
    not_suitable: list[NotSuitable]
    next_steps: list[str]
    disclaimer: str
    rules_version: str
