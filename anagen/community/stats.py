"""Summaries of approved reviews: averages per dimension, distributions, reported side effects.
Pure: plain rows in, plain numbers out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

DIMENSIONS = ("effectiveness", "side_effects_rating", "value")
DIMENSION_TITLES = {
    "effectiveness": "Effectiveness",
    "side_effects_rating": "Side effects (5 = none)",
    "value": "Value for money",
}


@dataclass(frozen=True)
class ReviewStats:
    count: int
    averages: dict[str, float] = field(default_factory=dict)
    distributions: dict[str, list[int]] = field(default_factory=dict)  # index 0 = rating 1
    recommend_share: float = 0.0
    side_effects: list[tuple[str, int]] = field(default_factory=list)


def from_counts(
    distributions: dict[str, list[int]], recommended: int, effects: Iterable[str]
) -> ReviewStats:
    """The same summary from counts a database has already made: ratings 1-5 per dimension,
    how many recommend, and every reported side effect (so a bestseller's thousands of
    reviews never travel to Python as rows)."""
    count = sum(next(iter(distributions.values()), []))
    if not count:
        return ReviewStats(0)
    averages = {
        d: round(sum((k + 1) * n for k, n in enumerate(distributions[d])) / count, 1)
        for d in DIMENSIONS
    }
    return ReviewStats(
        count,
        averages,
        {d: list(distributions[d]) for d in DIMENSIONS},
        round(recommended / count, 2),
        Counter(effects).most_common(),
    )


def distribution_svg(stats: ReviewStats) -> str:
    """Three small bar groups (ratings 1-5 per dimension), counts written on the bars."""
    if not stats.count:
        return ""
    width, group_w = 540, 180
    top = max(max(v) for v in stats.distributions.values()) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 150" width="100%" '
        f'role="img" aria-label="Distribution of {stats.count} ratings">'
        f"<title>Distribution of {stats.count} community ratings</title>"
    ]
    for g, dim in enumerate(DIMENSIONS):
        x0 = g * group_w
        parts.append(
            f'<text x="{x0 + 5}" y="14" font-size="12" fill="currentColor">'
            f"{DIMENSION_TITLES[dim]}</text>"
        )
        for k, n in enumerate(stats.distributions[dim]):
            h = int(90 * n / top)
            x = x0 + 10 + k * 32
            parts.append(f'<rect x="{x}" y="{115 - h}" width="24" height="{h}" fill="#6b5b95"/>')
            parts.append(
                f'<text x="{x + 12}" y="{112 - h}" font-size="11" text-anchor="middle" '
                f'fill="currentColor">{n}</text>'
            )
            parts.append(
                f'<text x="{x + 12}" y="132" font-size="11" text-anchor="middle" '
                f'fill="currentColor">{k + 1}★</text>'
            )
    parts.append("</svg>")
    return "".join(parts)
