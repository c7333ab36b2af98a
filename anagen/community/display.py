"""The community box on treatment and product pages: approved reviews, filtered and summed up,
kept apart from the evidence grade."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q

from anagen.community.models import Review
from anagen.community.stats import (
    DIMENSION_TITLES,
    DIMENSIONS,
    ReviewStats,
    distribution_svg,
    from_counts,
)
from anagen.knowledge.names import condition_names
from anagen.web.cache import Once, content_version

BIAS_NOTE = (
    "Self-reported ratings come from people who chose to write a review; they are not "
    "a trial, have no placebo group, and are often more extreme than typical results. "
    "They are shown apart from the evidence grade and never change it."
)


def filters_of(params: Any) -> tuple[str, int]:
    """The box's filters from the query string, cleaned: condition slug and minimum months."""
    condition = str(params.get("condition", ""))[:40]
    try:
        min_months = max(0, min(int(params.get("min_months", 0)), 600))
    except (TypeError, ValueError):
        min_months = 0
    return condition, min_months


def counted(qs: Any) -> ReviewStats:
    """The summary in two queries: one aggregate of counts (ratings per dimension, those who
    recommend) and the side-effect lists of the reviews that report any."""
    sums = {f"{d}_{k}": Count("id", filter=Q(**{d: k})) for d in DIMENSIONS for k in range(1, 6)}
    row = qs.aggregate(recommended=Count("id", filter=Q(recommend=True)), **sums)
    distributions = {d: [row[f"{d}_{k}"] for k in range(1, 6)] for d in DIMENSIONS}
    if not sum(distributions[DIMENSIONS[0]]):
        return ReviewStats(0)
    reported = qs.exclude(side_effects=[]).values_list("side_effects", flat=True)
    return from_counts(distributions, row["recommended"], (e for es in reported for e in es))


def reviews_box(target: dict[str, Any], condition: str, min_months: int) -> dict[str, Any]:
    """The newest ten reviews, and the summary of every approved review that matches (read
    once per content version, as the box is cached): two queries however many there are."""
    qs = Review.objects.approved().filter(**target)
    if condition:
        qs = qs.filter(condition=condition)
    if min_months:
        qs = qs.filter(duration_months__gte=min_months)
    stats = counted(qs)
    reviews = list(qs.select_related("author").order_by("-created")[:10]) if stats.count else []
    return {
        "reviews": reviews,
        "stats": stats,
        "chart": distribution_svg(stats),
        "dimensions": [(DIMENSION_TITLES[d], stats.averages.get(d)) for d in DIMENSION_TITLES],
        "filter_condition": condition,
        "filter_min_months": min_months,
        "bias_note": BIAS_NOTE,
        "reported_effects": dict(stats.side_effects),
    }


def box_data(target: dict[str, Any], kind: str, slug: str, condition: str, min_months: int) -> Any:
    """The box's data, the same for everyone who asks with the same filters, kept in the
    cache until the next review or content change (content_version): a page whose own body
    is cached then runs no review query at all."""
    key = f"community-box:{kind}:{slug}:{condition}:{min_months}:{content_version()}"

    def build() -> dict[str, Any]:
        return {
            "community": reviews_box(target, condition, min_months),
            "community_conditions": list(condition_names().items()),
        }

    return cache.get_or_set(key, build, settings.ANAGEN_FRAGMENT_CACHE_SECONDS)


def box_context(target: dict[str, Any], request: Any, kind: str, slug: str) -> dict[str, Any]:
    """The box's filters at once (they key its cached HTML); its data (`box`, for
    `{% fragment … from box %}`) only when the box is rendered."""
    condition, min_months = filters_of(request.GET)
    return {
        "box_filters": f"{condition}:{min_months}",
        "box": Once(lambda: box_data(target, kind, slug, condition, min_months)),
        "review_url": f"/reviews/{kind}/{slug}/",
    }
