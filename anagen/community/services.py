"""Every write of the community app: reviews, edits with history, reports, moderation, and
account deletion. Each is one transaction; moderation actions are logged."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.forms.models import model_to_dict

from anagen.community.models import ModerationAction, Review, ReviewReport, ReviewRevision
from anagen.web.cache import bump_version

EDITABLE = (
    "condition",
    "stage",
    "dose",
    "route",
    "duration_months",
    "effectiveness",
    "side_effects_rating",
    "value",
    "side_effects",
    "other_side_effects",
    "recommend",
    "text",
)


@transaction.atomic
def do_submit_review(
    author: AbstractBaseUser, target: dict[str, Any], data: dict[str, Any]
) -> Review:
    """Create the author's review of the target, or edit it keeping the old version; either
    way it waits for a moderator."""
    review = Review.objects.select_for_update().filter(author=author, **target).first()
    if review is None:
        return Review.objects.create(author=author, **target, **{k: data[k] for k in EDITABLE})
    ReviewRevision.objects.create(review=review, snapshot=model_to_dict(review, fields=EDITABLE))
    for k in EDITABLE:
        setattr(review, k, data[k])
    review.status = Review.Status.PENDING
    review.save()
    return review


@transaction.atomic
def do_moderate(moderator: AbstractBaseUser, review: Review, action: str, reason: str = "") -> None:
    statuses = {
        "approve": Review.Status.APPROVED,
        "reject": Review.Status.REJECTED,
        "hide": Review.Status.HIDDEN,
    }
    review.status = statuses[action]
    review.reject_reason = reason if action != "approve" else ""
    review.save(update_fields=["status", "reject_reason", "updated"])
    ModerationAction.objects.create(
        moderator=moderator, review_id_logged=review.pk, action=action, reason=reason
    )
    transaction.on_commit(bump_version)  # a published or hidden review changes public pages


@transaction.atomic
def do_report(reporter: AbstractBaseUser, review: Review, reason: str) -> bool:
    _, created = ReviewReport.objects.get_or_create(
        review=review, reporter=reporter, defaults={"reason": reason}
    )
    return created


def export_user_data(user: AbstractBaseUser) -> dict[str, Any]:
    reviews = Review.objects.filter(author=user).select_related("treatment", "product")
    return {
        "account": {
            "username": user.get_username(),
            "email": getattr(user, "email", ""),
            "date_joined": getattr(user, "date_joined", None).isoformat()
            if getattr(user, "date_joined", None)
            else None,
        },
        "reviews": [
            {
                **model_to_dict(r, fields=EDITABLE),
                "status": r.status,
                "about": r.treatment.slug if r.treatment else r.product.slug if r.product else "",
                "created": r.created.isoformat(),
                "revisions": [x.snapshot for x in r.revisions.all()],
            }
            for r in reviews
        ],
        "reports": [
            {"review": x.review_id, "reason": x.reason}
            for x in ReviewReport.objects.filter(reporter=user)
        ],
    }


@transaction.atomic
def do_delete_account(user: AbstractBaseUser) -> None:
    """Removes the person, their reviews, revisions and reports (cascade); moderation log
    entries keep no link to them."""
    user.delete()
    transaction.on_commit(bump_version)
