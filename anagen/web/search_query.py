"""Answer a search: plan the query, run it on the database's full-text backend tier by tier,
rank, and attach highlighted snippets.

Tiers (anagen.search): a page or product whose name is exactly the query; then documents with
every word as typed; then with the last word as a prefix; then with spelling corrections; then
with only some of the words. A later tier runs only while the earlier ones found too few, and
every step is bounded (a few hundred pages, CANDIDATES products), never a pass over all
documents: one statement per tier and one for the snippets.
"""

from __future__ import annotations

from dataclasses import dataclass

from anagen.knowledge import runtime
from anagen.search import (
    CORRECTED,
    EXACT,
    KIND_ORDER,
    PAGE_KINDS,
    PARTIAL,
    PREFIX,
    TYPED,
    Expr,
    Hit,
    Plan,
    best_name,
    is_exact,
    marked_html,
    marked_text,
    plan,
    score,
    vocabulary,
)
from anagen.web.search_backends import Backend, Row, backend

SUGGESTIONS = 8


@dataclass(frozen=True)
class Found:
    row: Row  # the document shown
    tier: int
    exact_name: str | None = None
    matched: Row | None = None  # the document that matched, when another one is shown

    @property
    def page(self) -> bool:
        return self.row.kind in PAGE_KINDS

    @property
    def score(self) -> float:
        return score(self.tier, self.page, self.row.relevance)

    def order(self) -> tuple[int, bool, float, int, str]:
        r = self.row
        return (-self.tier, not self.page, -r.relevance, KIND_ORDER[r.kind], r.title)


def make_plan(query: str) -> Plan:
    return plan(query, vocabulary(runtime.get_kb()))


def search(query: str, limit: int = 20) -> list[Hit]:
    p = make_plan(query)
    if len("".join(p.words)) < 2:
        return []
    be = backend()
    found: dict[int, Found] = {}
    _collect(be, p.typed, TYPED, found, limit, exact_words=p.words)
    if len(found) < limit and p.has_prefix:
        _collect(be, p.typing(), PREFIX, found, limit)
    if len(found) < limit and p.widened:
        _collect(be, p.corrected(), CORRECTED, found, limit)
    if len(found) < limit and len(p.words) > 1:
        _collect(be, p.partial(), PARTIAL, found, limit)
    ranked = _one_per_page(sorted(found.values(), key=Found.order))[:limit]
    marked = be.snippets([f.row for f in ranked], p.corrected())
    return [_hit(f, p, marked.get(f.row.id, "")) for f in ranked]


def suggest(query: str, limit: int = SUGGESTIONS) -> list[Row]:
    """Titles for the search box while typing: names only, the last word as a prefix."""
    p = make_plan(query)
    if len("".join(p.words)) < 2:
        return []
    be = backend()
    found: dict[int, Found] = {}
    _collect(be, p.typing(names_only=True), TYPED, found, limit)
    if not found and p.widened:
        _collect(be, p.corrected(names_only=True), CORRECTED, found, limit)
    return [f.row for f in _one_per_page(sorted(found.values(), key=Found.order))][:limit]


def _collect(
    be: Backend,
    expr: Expr,
    tier: int,
    found: dict[int, Found],
    limit: int,
    exact_words: tuple[str, ...] | None = None,
) -> None:
    """Add this tier's pages (all of them) and products (enough to fill the limit); with
    `exact_words`, a document with a name equal to them goes to the exact tier."""
    title_key = " ".join(exact_words) if exact_words else None
    new: dict[int, Found] = {}
    for row in be.match(expr, limit + len(found), title_key):
        if row.id in found:
            continue
        exact = row.title if row.exact else None
        if exact_words and not exact:
            exact = is_exact(row.names, exact_words)
        f = Found(row, EXACT if exact else tier, exact)
        if row.id not in new or f.order() < new[row.id].order():
            new[row.id] = f
    found.update(new)


def _one_per_page(ranked: list[Found]) -> list[Found]:
    """An ingredient shares its treatment's page: each address once, with its best score,
    shown as the page's own document (the treatment, not the ingredient)."""
    best: dict[str, Found] = {}
    owner: dict[str, Row] = {}
    for f in ranked:
        url = f.row.url
        best.setdefault(url, f)
        if url not in owner or KIND_ORDER[f.row.kind] < KIND_ORDER[owner[url].kind]:
            owner[url] = f.row
    return [
        Found(
            Row(
                owner[url].id,
                owner[url].kind,
                owner[url].title,
                url,
                owner[url].names,
                f.row.relevance,
            ),
            f.tier,
            f.exact_name,
            matched=f.row,
        )
        for url, f in best.items()
    ]


def _hit(f: Found, p: Plan, marked: str) -> Hit:
    matched = f.exact_name
    if f.tier < EXACT:
        terms = [t for alts in p.alternatives for t in alts]
        names = (f.matched or f.row).names
        matched = best_name(names, p.words if f.tier >= TYPED else p.guess(), terms)
    return Hit(
        kind=f.row.kind,
        title=f.row.title,
        url=f.row.url,
        snippet=marked_text(marked),
        snippet_html=marked_html(marked),
        matched=(matched or f.row.title).lower(),
        score=f.score,
    )
