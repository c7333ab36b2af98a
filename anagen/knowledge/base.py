"""The in-memory, immutable knowledge base the engines read.

Built by `loader.load_content`; plain data only, no Django, so the assessment, claim checker
and label analysis run the same from a view, the CLI or a benchmark.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from anagen.assessment.rules import AssessmentRules
from anagen.knowledge.citations import cited_ids, order_references
from anagen.knowledge.guides import Guide
from anagen.knowledge.schema import ChangelogEntry, Condition, Ingredient, Source, Treatment
from anagen.knowledge.vocab import GRADE_ORDER
from anagen.products.schema import Product


# eq=False: identity hashing, so per-knowledge-base caches (lru_cache) can key on it.
@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    sources: MappingProxyType[str, Source]
    conditions: MappingProxyType[str, Condition]
    treatments: MappingProxyType[str, Treatment]
    ingredients: MappingProxyType[str, Ingredient]
    products: MappingProxyType[str, Product] = field(default_factory=lambda: MappingProxyType({}))
    # Markdown prose per entity, keyed "condition:<slug>" / "treatment:<slug>".
    prose: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Evidence updates, newest first.
    changelog: tuple[ChangelogEntry, ...] = ()
    # The assessment's rules (content/assessment.yaml).
    assessment: AssessmentRules | None = None
    # Guides, rendered at load time (content/guides/*.md).
    guides: MappingProxyType[str, Guide] = field(default_factory=lambda: MappingProxyType({}))

    def treatments_for(self, condition: str) -> list[tuple[Treatment, str]]:
        """Treatments with evidence for `condition`, best grade first, then by name."""
        rows = [(t, t.grade_for(condition)) for t in self.treatments.values()]
        graded = [(t, g) for t, g in rows if g is not None]
        graded.sort(key=lambda tg: (GRADE_ORDER.index(tg[1]), tg[0].name.lower()))
        return [(t, str(g)) for t, g in graded]

    def references_of(self, key: str, model: Treatment | Condition) -> list[str]:
        """Source ids a page cites: prose first, then every fact in file order."""

        prose_ids = [sid for _, sid in cited_ids(self.prose.get(key, ""))]
        return order_references([prose_ids, list(_walk_sources(model.model_dump()))])

    def export(self) -> dict[str, Any]:
        """The whole knowledge base as JSON-ready data (the `export-kb` contract)."""
        return {
            "conditions": [c.model_dump(mode="json") for c in self.conditions.values()],
            "treatments": [
                {**t.model_dump(mode="json"), "sources": self.references_of(f"treatment:{slug}", t)}
                for slug, t in self.treatments.items()
            ],
            "ingredients": [i.model_dump(mode="json") for i in self.ingredients.values()],
            "sources": [
                s.model_dump(mode="json", exclude_none=False) for s in self.sources.values()
            ],
        }


def _walk_sources(data: Any) -> list[str]:
    out: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "sources" and isinstance(value, list):
                out.extend(str(v) for v in value)
            else:
                out.extend(_walk_sources(value))
    elif isinstance(data, list):
        for item in data:
            out.extend(_walk_sources(item))
    return out
