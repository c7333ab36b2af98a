"""Site search over treatments, conditions, ingredients (with synonyms and misspellings),
products and guides: exact and prefix matches first, then typo-tolerant ones (rapidfuzz).

The index is built once per knowledge base and product catalogue; a query never scans text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from anagen.knowledge.base import KnowledgeBase

MAX_QUERY = 200
FUZZY_CUTOFF = 80


@dataclass(frozen=True)
class Doc:
    kind: str
    title: str
    url: str
    text: str  # the snippet source
    names: tuple[str, ...]  # what a query can match: title, synonyms, misspellings


@dataclass(frozen=True)
class Hit:
    doc: Doc
    score: float
    matched: str
    snippet: str


def clean(query: str) -> str:
    """Plain words only: search operators, quotes and markup mean nothing here."""
    return re.sub(r"[^\w\s%.-]+", " ", query[:MAX_QUERY]).strip().lower()


def build_docs(kb: KnowledgeBase, products: list[tuple[str, str, str]]) -> list[Doc]:
    docs = [
        Doc("condition", c.name, f"/conditions/{c.slug}/", c.summary, (c.name, *c.also_known_as))
        for c in kb.conditions.values()
    ]
    docs += [
        Doc("treatment", t.name, f"/treatments/{t.slug}/", t.summary, (t.name, *t.also_known_as))
        for t in kb.treatments.values()
    ]
    for ing in kb.ingredients.values():
        home = f"/treatments/{ing.treatments[0]}/" if ing.treatments else "/treatments/"
        names = (
            ing.name,
            *(n for n in (ing.inci, ing.latin) if n),
            *ing.synonyms,
            *ing.misspellings,
        )
        docs.append(Doc("ingredient", ing.name, home, f"Ingredient: {', '.join(names[:6])}", names))
    docs += [
        Doc("guide", g.meta.title, f"/guides/{g.slug}/", g.meta.summary, (g.meta.title,))
        for g in kb.guides.values()
    ]
    docs += [
        Doc("product", name, f"/products/{slug}/", f"{brand}: {name}", (name, brand))
        for slug, name, brand in products
    ]
    return docs


class SearchIndex:
    def __init__(self, docs: list[Doc]) -> None:
        self.docs = docs
        self.names = [(n.lower(), i) for i, d in enumerate(docs) for n in d.names if n]
        self.choices = [n for n, _ in self.names]

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        q = clean(query)
        if len(q) < 2:
            return []
        best: dict[int, Hit] = {}

        def offer(i: int, score: float, matched: str) -> None:
            if i not in best or best[i].score < score:
                best[i] = Hit(self.docs[i], score, matched, snippet(self.docs[i].text, q))

        for name, i in self.names:
            if name == q:
                offer(i, 300, name)
            elif name.startswith(q) or f" {q}" in f" {name}":
                offer(i, 200 - len(name) / 100, name)
        for name, score, pos in process.extract(
            q, self.choices, scorer=fuzz.WRatio, limit=30, score_cutoff=FUZZY_CUTOFF
        ):
            offer(self.names[pos][1], float(score), name)
        kind_order = {"condition": 0, "treatment": 1, "guide": 2, "ingredient": 3, "product": 4}
        return sorted(best.values(), key=lambda h: (-h.score, kind_order[h.doc.kind], h.doc.title))[
            :limit
        ]


def snippet(text: str, query: str, width: int = 160) -> str:
    """A window of the text around the first query word, for highlighting on the page."""
    words = [w for w in query.split() if len(w) > 2]
    pos = min((text.lower().find(w) for w in words if w in text.lower()), default=0)
    start = max(0, pos - width // 3)
    return (
        ("…" if start else "")
        + text[start : start + width]
        + ("…" if start + width < len(text) else "")
    )
