"""Writes of the assessment app: saving and deleting a result the person chose to keep."""

from __future__ import annotations

import secrets
from typing import Any

from django.db import transaction

from anagen.assessment.models import SavedAssessment
from anagen.assessment.result import AssessmentResult, to_json


@transaction.atomic
def save_assessment(answers: dict[str, Any], result: AssessmentResult) -> SavedAssessment:
    # 32 random bytes: the link is the only key, so it must not be guessable.
    return SavedAssessment.objects.create(
        token=secrets.token_urlsafe(32),
        answers=answers,
        result=to_json(result),
        rules_version=result.rules_version,
    )


@transaction.atomic
def delete_assessment(token: str) -> bool:
    deleted, _ = SavedAssessment.objects.filter(token=token).delete()
    return deleted > 0
