"""Who wrote a health page and which medical professional reviewed it.

Editors are Django users with a public profile; credits are kept in the database (not in
`content/`) because they are about people, set by editors in the admin. A page without a
credit says so: we never show a reviewer who did not review it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class EditorProfile(models.Model):
    class Role(models.TextChoices):
        EDITOR = "editor", "Editor"
        MEDICAL_REVIEWER = "medical_reviewer", "Medical reviewer"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editor_profile"
    )
    slug = models.SlugField(max_length=80, unique=True)
    display_name = models.CharField(max_length=120)
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.EDITOR)
    credentials = models.CharField(
        max_length=200, blank=True, help_text="Degrees, specialty and registration, as verified"
    )
    bio = models.TextField(max_length=3000, blank=True)
    competing_interests = models.TextField(
        max_length=2000, blank=True, help_text="Paid work or funding related to hair loss"
    )
    public = models.BooleanField(default=True)

    class Meta:
        ordering = ["display_name"]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return f"/editors/{self.slug}/"


class PageCredit(models.Model):
    class Kind(models.TextChoices):
        TREATMENT = "treatment", "Treatment"
        CONDITION = "condition", "Condition"
        GUIDE = "guide", "Guide"
        PRODUCT = "product", "Product review"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    slug = models.SlugField(max_length=120)
    author = models.ForeignKey(
        EditorProfile, null=True, blank=True, on_delete=models.SET_NULL, related_name="authored"
    )
    medical_reviewer = models.ForeignKey(
        EditorProfile,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed",
        limit_choices_to={"role": EditorProfile.Role.MEDICAL_REVIEWER},
    )
    medically_reviewed_on = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "slug"], name="one_credit_per_page")]

    def __str__(self) -> str:
        return f"{self.kind}/{self.slug}"

    def page_url(self) -> str:
        return {
            "treatment": "/treatments/",
            "condition": "/conditions/",
            "guide": "/guides/",
            "product": "/products/",
        }[self.kind] + f"{self.slug}/"
