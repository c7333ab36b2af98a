"""The community box on treatment and product pages: approved reviews, filtered and summed up,
kept apart from the evidence grade."""

from __future__ import annotations

from typing import Any

from anagen.community.models import Review
from anagen.community.stats import DIMENSION_TITLES, distribution_svg, summarize

BIAS_NOTE = (
    "Self-reported ratings come from people who chose to write a review; they are not "
    "a trial, have no placebo group, and are often more extreme than typical results. "
    "They are shown apart from the evidence grade and never change it."
)


def reviews_box(target: dict[str, Any], params: Any) -> dict[str, Any]:
    qs = Review.objects.approved().filter(**target).select_related("author")
    condition = str(params.get("condition", ""))[:40]
    try:
        min_months = max(0, min(int(params.get("min_months", 0)), 600))
    except (TypeError, ValueError):
        min_months = 0
    if condition:
        qs = qs.filter(condition=condition)
    if min_months:
        qs = qs.filter(duration_months__gte=min_months)
    reviews = list(qs.order_by("-created")[:200])
    stats = summarize(
        {
            "effectiveness": r.effectiveness,
            "side_effects_rating": r.side_effects_rating,
            "value": r.value,
            "recommend": r.recommend,
            "side_effects": r.side_effects,
        }
        for r in reviews
    )
    return {
        "reviews": reviews[:10],
        "stats": stats,
        "chart": distribution_svg(stats),
        "dimensions": [(DIMENSION_TITLES[d], stats.averages.get(d)) for d in DIMENSION_TITLES],
        "filter_condition": condition,
        "filter_min_months": min_months,
        "bias_note": BIAS_NOTE,
        "reported_effects": dict(stats.side_effects),
    }


def box_context(target: dict[str, Any], request: Any, kind: str, slug: str) -> dict[str, Any]:
    from anagen.knowledge.models import Condition

    return {
        "community": reviews_box(target, request.GET),
        "community_conditions": list(Condition.objects.values_list("slug", "name")),
        "review_url": f"/reviews/{kind}/{slug}/",
    }
