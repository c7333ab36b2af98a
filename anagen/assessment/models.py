"""A saved assessment: stored only when the person asks, reachable only by its unguessable link."""

from __future__ import annotations

from django.db import models


class SavedAssessment(models.Model):
    token = models.CharField(max_length=64, unique=True)
    answers = models.JSONField()
    result = models.JSONField()
    rules_version = models.CharField(max_length=20)
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"saved assessment {self.pk}"
