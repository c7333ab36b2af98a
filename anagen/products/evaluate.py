"""Label analysis and score of one product, as JSON-ready data: the one place that runs both."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from anagen.knowledge.base import KnowledgeBase
from anagen.products.ingredient_index import index_for
from anagen.products.label import LabelAnalysis, analyze_label
from anagen.products.scoring import ProductFacts, ProductScore, score_product


def analysis_json(a: LabelAnalysis) -> dict[str, Any]:
    return {
        "actives": [asdict(x) for x in a.actives],
        "other_ingredients": a.other_ingredients,
        "unrecognized": a.unrecognized,
        "product_type": a.product_type,
        "proprietary_blend": a.proprietary_blend,
        "version": a.version,
    }


def score_json(s: ProductScore) -> dict[str, Any]:
    return {
        "overall": s.overall,
        "version": s.version,
        "efficacy_by_condition": s.efficacy_by_condition,
        "parts": [
            {"name": p.name, "score": p.score, "weight": p.weight, "reasons": list(p.reasons)}
            for p in s.parts
        ],
    }


def evaluate(
    label_text: str, facts: ProductFacts, kb: KnowledgeBase
) -> tuple[LabelAnalysis, ProductScore]:
    analysis = analyze_label(label_text, index_for(kb))
    return analysis, score_product(analysis, facts, label_text, kb)
