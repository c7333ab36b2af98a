"""Database copy of the knowledge base, synced from `content/` for pages, search and relations.

Each row keeps the validated record (`data`) beside its rendered HTML, so a page is one query.
The files stay the source of truth: edits happen in git, never here.
"""

from __future__ import annotations

from typing import Any

from django.db import models


class Source(models.Model):
    key = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=20)
    title = models.TextField()
    year = models.PositiveSmallIntegerField()
    data = models.JSONField()

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key


class ConditionQuerySet(models.QuerySet["Condition"]):
    def by_name(self) -> ConditionQuerySet:
        return self.order_by("name")


class Condition(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    summary = models.TextField()
    last_reviewed = models.DateField()
    data = models.JSONField()
    prose_html = models.TextField()
    references = models.JSONField(default=list)

    objects = ConditionQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TreatmentQuerySet(models.QuerySet["Treatment"]):
    def in_category(self, category: str) -> TreatmentQuerySet:
        return self.filter(category=category).order_by("name")


class Treatment(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    category = models.CharField(max_length=40, db_index=True)
    summary = models.TextField()
    last_reviewed = models.DateField()
    data = models.JSONField()
    prose_html = models.TextField()
    references = models.JSONField(default=list)

    objects = TreatmentQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def record(self) -> dict[str, Any]:
        return dict(self.data)


class Evidence(models.Model):
    """One grade of one treatment for one condition; drives the condition pages' rankings."""

    treatment = models.ForeignKey(Treatment, on_delete=models.CASCADE, related_name="grades")
    condition = models.ForeignKey(Condition, on_delete=models.CASCADE, related_name="grades")
    grade = models.CharField(max_length=1)
    rank = models.PositiveSmallIntegerField(help_text="0 for A … 4 for X, for ordering")
    summary = models.TextField()

    class Meta:
        ordering = ["rank", "treatment__name"]
        constraints = [
            models.UniqueConstraint(fields=["treatment", "condition"], name="one_grade_per_pair")
        ]

    def __str__(self) -> str:
        return f"{self.treatment.slug} / {self.condition.slug}: {self.grade}"


class Ingredient(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    data = models.JSONField()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
