"""Label analysis, claim check and score of one product, as JSON-ready data: the one place
that runs all three, in the order each needs the one before."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from anagen.claims.engine import ClaimReport, check_claims
from anagen.claims.honesty import honesty
from anagen.claims.report import report_json
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Route
from anagen.products.categories import category_of
from anagen.products.importers import ImportRow
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


def product_fields(
    *,
    name: str,
    brand: str,
    form: str,
    regulatory_type: str,
    conditions: list[str],
    label_text: str,
    marketing_text: str,
    price_band: str | None,
    kb: KnowledgeBase,
    **extra: Any,
) -> dict[str, Any]:
    """Every column of a product row: label analysis, claim check and score included."""
    facts = ProductFacts(
        form=form,
        regulatory_type=regulatory_type,
        conditions=tuple(conditions),
        price_band=price_band,
    )
    analysis, report, score = evaluate(label_text, marketing_text, facts, kb)
    return {
        "name": name,
        "brand": brand,
        "form": form,
        "regulatory_type": regulatory_type,
        "category": category_of(form, regulatory_type),
        "target_conditions": "|" + "|".join(conditions) + "|" if conditions else "",
        "price_band": price_band or "",
        "label_text": label_text,
        "marketing_text": marketing_text,
        "analysis": analysis_json(analysis),
        "claims": report_json(report) if report else {},
        "score": score_json(score),
        "overall": score.overall,
        "efficacy": score.part("efficacy").score,
        **extra,
    }


MEMO_SIZE = 5_000  # distinct evaluations an import keeps per process (about 5 kB each)


class ImportEvaluator:
    """Every column of import rows' products, each distinct evaluation worked out once.

    Catalogues repeat themselves (one formula sold in several sizes, or listed by several
    shops), and label analysis, claim check and score depend only on the label, marketing,
    form, regulatory type, conditions and price band: rows alike in those share the work, and
    name, brand and sources stay each row's own. The memo is emptied when full, so memory stays
    flat on any file. Rows that share an evaluation share its nested JSON values too; every
    writer only reads them."""

    def __init__(self, kb: KnowledgeBase, size: int = MEMO_SIZE) -> None:
        self.kb = kb
        self.size = size
        self.memo: dict[tuple[Any, ...], dict[str, Any]] = {}

    def __call__(self, row: ImportRow) -> dict[str, Any]:
        key = (
            row.label_text,
            row.marketing_text,
            row.form,
            row.regulatory_type,
            row.conditions,
            row.price_band,
        )
        shared = self.memo.get(key)
        if shared is None:
            if len(self.memo) >= self.size:
                self.memo.clear()
            shared = self.memo[key] = product_fields(
                name=row.name,
                brand=row.brand,
                form=row.form,
                regulatory_type=row.regulatory_type,
                conditions=list(row.conditions),
                label_text=row.label_text,
                marketing_text=row.marketing_text,
                price_band=row.price_band,
                kb=self.kb,
                sources=list(row.sources),
            )
        return {**shared, "name": row.name, "brand": row.brand, "sources": list(row.sources)}
