"""The assessment's output (DESIGN.md contract), plus additive fields.

Plain slotted dataclasses, not frozen: the engine builds thousands per second and a frozen
dataclass's __init__ costs about four times as much. Each result is built fresh, except the
entries that read the same whoever asks: `not_suitable` entries (evidence grade,
investigational, contraindication), plan items without cautions (candidates.py) and red flags
(compiled.py) are built once per knowledge base and shared between results, so treat a result
as read-only (nothing in anagen changes one). `to_json` / `from_json` convert at the boundary,
validated by pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from anagen.assessment.vocab import Confidence, ExclusionKind, Role
from anagen.knowledge.vocab import Severity


@dataclass(slots=True)
class Differential:
    condition: str
    confidence: Confidence
    why: str


@dataclass(slots=True)
class RedFlagFound:
    code: str
    message: str
    sources: list[str]


@dataclass(slots=True)
class PlanItem:
    treatment: str
    name: str
    role: Role
    evidence_grade: str
    why: str
    cautions: list[str]
    sources: list[str]


@dataclass(slots=True)
class NotSuitable:
    treatment: str
    name: str
    reason: str
    kind: ExclusionKind
    sources: list[str]


@dataclass(slots=True)
class AssessmentResult:
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


_adapter: TypeAdapter[AssessmentResult] = TypeAdapter(AssessmentResult)


def to_json(result: AssessmentResult) -> dict[str, Any]:
    return _adapter.dump_python(result, mode="json")  # type: ignore[no-any-return]


def from_json(data: Any) -> AssessmentResult:
    return _adapter.validate_python(data)
