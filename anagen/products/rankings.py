"""Rankings and the editor's choice: published rules over stored scores, nothing else.

Editor's choice in a category: the highest overall score among products whose efficacy is at
least 75 (grade A or B evidence at an effective strength), whose safety and transparency are at
least 60, and whose label has been analysed. Sponsorship plays no part.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

EDITORS_CHOICE_RULE = (
    "The highest overall score in its category among products with efficacy of at least 75 "
    "(grade A or B evidence at an effective strength) and safety and transparency of at least "
    "60. Sponsorship never counts."
)
MIN_EFFICACY, MIN_SAFETY, MIN_TRANSPARENCY = 75, 60, 60


def part(score: dict[str, Any], name: str) -> float:
    return float(next((p["score"] for p in score.get("parts", []) if p["name"] == name), 0))


def qualifies(score: dict[str, Any]) -> bool:
    return (
        part(score, "efficacy") >= MIN_EFFICACY
        and part(score, "safety") >= MIN_SAFETY
        and part(score, "transparency") >= MIN_TRANSPARENCY
    )


def editors_choice(products: Iterable[Any]) -> Any | None:
    """The first qualifying product of an already ranked (best first) sequence."""
    return next((p for p in products if qualifies(p.score)), None)
