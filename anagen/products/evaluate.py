"""Label analysis, claim check and score of one product, as JSON-ready data: the one place
that runs all three, in the order each needs the one before."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from anagen.claims.engine import ClaimReport, check_claims
from anagen.claims.honesty import honesty
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Route
from anagen.products.ingredient_index import index_for
from anagen.products.label import LabelAnalysis, analyze_label
from anagen.products.scoring import ProductFacts, ProductScore, route_of, score_product


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
    label_text: str, marketing_text: str, facts: ProductFacts, kb: KnowledgeBase
) -> tuple[LabelAnalysis, ClaimReport | None, ProductScore]:
    """Label analysis; then the claim check of the marketing, with the label's actives as the
    subject of sentences that name none; then the score, which uses both."""
    analysis = analyze_label(label_text, index_for(kb))
    subjects = tuple(a.ingredient for a in analysis.actives)
    if route_of(facts.form) is Route.DEVICE:
        subjects = ("low-level-laser-therapy",)
    report = (
        check_claims(marketing_text, kb, facts.regulatory_type, subjects)
        if marketing_text.strip()
        else None
    )
    honesty_score, honesty_reasons = honesty(report)
    facts = replace(facts, honesty=honesty_score, honesty_reasons=honesty_reasons)
    return analysis, report, score_product(analysis, facts, label_text, kb)
