"""POST /api/v1/assessments: answers in, the assessment out. Nothing is stored."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from anagen.api_errors import INVALID
from anagen.assessment.engine import assess
from anagen.assessment.inputs import AssessmentInput
from anagen.assessment.result import AssessmentResult
from anagen.knowledge import runtime

router = Router(tags=["assessment"])


@router.post("/assessments", response={200: AssessmentResult, **INVALID})
def create_assessment(request: HttpRequest, answers: AssessmentInput) -> AssessmentResult:
    """Assess answers (DESIGN.md, Assessment); invalid answers get 422 listing every problem."""
    return assess(answers, runtime.get_kb())
