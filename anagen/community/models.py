"""Community reviews of treatments and products, their history, reports and moderation log.

Self-reported ratings live here, apart from the evidence grades, and are never blended in.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

RATING = [MinValueValidator(1), MaxValueValidator(5)]


class ReviewQuerySet(models.QuerySet["Review"]):
    def approved(self) -> ReviewQuerySet:
        return self.filter(status=Review.Status.APPROVED)

    def pending(self) -> ReviewQuerySet:
        return self.filter(status=Review.Status.PENDING).order_by("created")


class Review(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        APPROVED = "approved"
        REJECTED = "rejected"
        HIDDEN = "hidden"

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviews"
    )
    treatment = models.ForeignKey(
        "knowledge.Treatment",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reviews",
        db_index=False,  # the (treatment, status, created) index starts with it
    )
    product = models.ForeignKey(
        "products.Product",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reviews",
        db_index=False,  # the (product, status, created) index starts with it
    )
    condition = models.CharField(max_length=40)
    stage = models.CharField(max_length=4, blank=True)
    dose = models.CharField(max_length=120, blank=True)
    route = models.CharField(max_length=20, blank=True)
    duration_months = models.PositiveSmallIntegerField(validators=[MaxValueValidator(600)])
    effectiveness = models.PositiveSmallIntegerField(validators=RATING)
    side_effects_rating = models.PositiveSmallIntegerField(validators=RATING)
    value = models.PositiveSmallIntegerField(validators=RATING)
    side_effects = models.JSONField(default=list)
    other_side_effects = models.CharField(max_length=200, blank=True)
    recommend = models.BooleanField()
    text = models.TextField(max_length=4000)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    reject_reason = models.CharField(max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        permissions = [("moderate_review", "Can moderate community reviews")]
        # A page's review box reads the newest approved reviews of one product or treatment:
        # these read just those, newest first, however many a bestseller has.
        indexes = [
            models.Index(
                fields=["product", "status", "-created"], name="review_product_newest_idx"
            ),
            models.Index(
                fields=["treatment", "status", "-created"], name="review_treatment_newest_idx"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "treatment"],
                name="one_review_per_treatment",
                condition=models.Q(treatment__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["author", "product"],
                name="one_review_per_product",
                condition=models.Q(product__isnull=False),
            ),
            models.CheckConstraint(
                condition=models.Q(treatment__isnull=True) ^ models.Q(product__isnull=True),
                name="review_has_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"review {self.pk} by {self.author_id}"

    @property
    def target(self) -> models.Model:
        return self.treatment or self.product  # type: ignore[return-value]


class ReviewRevision(models.Model):
    """The review as it was before an edit: edits keep history."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="revisions")
    snapshot = models.JSONField()
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"revision of review {self.review_id}"


class ReviewReport(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    reason = models.CharField(max_length=300)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "reporter"], name="one_report_each")
        ]

    def __str__(self) -> str:
        return f"report on review {self.review_id}"


class ModerationAction(models.Model):
    """Audit log: who did what to which review, and why. Kept when the review is deleted."""

    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    review_id_logged = models.PositiveBigIntegerField()
    action = models.CharField(max_length=20)
    reason = models.CharField(max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.action} review {self.review_id_logged}"
