"""Counts that show how complete the knowledge base is (`anagen kb-summary`)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import SourceKind, regions_without_status, why_no_price

STUDY_KINDS = frozenset({SourceKind.RCT, SourceKind.OBSERVATIONAL, SourceKind.META_ANALYSIS})


def summarize(kb: KnowledgeBase) -> dict[str, Any]:
    treatments = list(kb.treatments.values())
    evidence = [(t.slug, e) for t in treatments for e in t.evidence]
    effects = [(t.slug, s) for t in treatments for s in t.side_effects]
    return {
        "treatments": len(treatments),
        "conditions": len(kb.conditions),
        "ingredients": len(kb.ingredients),
        "sources": len(kb.sources),
        "sources_by_kind": dict(Counter(str(s.kind) for s in kb.sources.values())),
        "treatments_per_condition": {
            c: sum(1 for t in treatments if t.grade_for(c)) for c in kb.conditions
        },
        "grades": dict(sorted(Counter(str(e.grade) for _, e in evidence).items())),
        "graded_pairs": len(evidence),
        "effect_figures": sum(len(e.figures) for _, e in evidence),
        "grades_without_figures": sorted(
            f"{t}/{e.condition}" for t, e in evidence if not e.figures
        ),
        "side_effects": len(effects),
        "side_effects_without_frequency": sorted(
            f"{t}: {s.name}" for t, s in effects if not s.frequency
        ),
        # A study whose stored copy does not say who paid shows "funding not stated".
        "studies_without_funding": sorted(
            s.id for s in kb.sources.values() if s.kind in STUDY_KINDS and s.industry_funded is None
        ),
        "investigational": sorted(t.slug for t in treatments if t.status == "investigational"),
        # Gaps said out loud: where no source was found, the field stays empty rather than
        # guessed. Options that use no product (route `none`) have no regulator to miss.
        "without_us_status": _without_region(treatments, "US"),
        "without_eu_status": _without_region(treatments, "EU"),
        "with_cost_band": sum(1 for t in treatments if t.cost),
        # Nothing to buy or not on sale: no price exists, so none is missing.
        "without_price_by_nature": sorted(
            t.slug for t in treatments if not t.cost and why_no_price(t.route, t.status)
        ),
        "without_cost_band": sorted(
            t.slug for t in treatments if not t.cost and not why_no_price(t.route, t.status)
        ),
    }


def _without_region(treatments: list[Any], region: str) -> list[str]:
    return sorted(
        t.slug
        for t in treatments
        if region in regions_without_status(t.route, (r.region for r in t.regulatory), t.status)
    )
