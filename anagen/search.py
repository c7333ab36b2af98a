"""Site search, the pure part: what a search document holds, and how a visitor's text becomes a
safe query plan (plain words, spelling corrections, a prefix for the word being typed).

The database side (SQLite FTS5 or PostgreSQL full-text search) lives in anagen/web/search_*.py.
User text never reaches a full-text query language as syntax: it is cut into words of letters
and digits only, and each word is quoted by the backend.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from rapidfuzz import fuzz, process

from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.citations import CITATION

MAX_QUERY = 200  # characters a query may have (the API refuses more, the page cuts)
MAX_WORDS = 8  # words of a query that are searched; the rest are ignored
MAX_WORD = 40  # a longer "word" is no name anyone searches for
MAX_BODY = 20_000  # characters of body text indexed per document
MAX_PREFIX = 8  # a prefix is cut to this length, the longest the full-text index keeps
FUZZY_CUTOFF = 80  # rapidfuzz ratio for a spelling correction ("finasterde" -> "finasteride")
MARK_START, MARK_END = "\x02", "\x03"  # highlight markers; never present in indexed text
PAGE_KINDS = ("condition", "treatment", "guide", "ingredient")
KIND_ORDER = {kind: i for i, kind in enumerate((*PAGE_KINDS, "product"))}

# Score tiers: an exact name; every word as typed; the last word as a prefix; after spelling
# correction; only some of the words.
EXACT, TYPED, PREFIX, CORRECTED, PARTIAL = 300, 200, 150, 100, 0

WORD = re.compile(r"[^\W_]+")  # letters and digits only: no quotes, operators or punctuation
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_md = MarkdownIt("commonmark", {"html": False})


@dataclass(frozen=True)
class Doc:
    """One search document per page (or product): what is matched and what is shown."""

    key: str  # "treatment:minoxidil-topical", "product:42"
    kind: str
    title: str
    url: str
    names: tuple[str, ...]  # title, synonyms, misspellings, brand: weighted above the body
    body: str
    quality: float = 0.0  # products: the overall score, a tie-break among equal matches


@dataclass(frozen=True)
class Hit:
    kind: str
    title: str
    url: str
    snippet: str  # plain text
    snippet_html: str  # escaped, matched words in <mark>
    matched: str  # the name or synonym that best matches the query, lower-cased
    score: float


@dataclass(frozen=True)
class Term:
    text: str  # letters and digits only
    prefix: bool = False


@dataclass(frozen=True)
class Expr:
    """A backend-neutral full-text query: groups of alternatives, joined by AND or OR."""

    groups: tuple[tuple[Term, ...], ...]
    any_group: bool = False  # OR between groups instead of AND
    names_only: bool = False  # match titles and names, not body text (suggestions)


@dataclass(frozen=True)
class Plan:
    words: tuple[str, ...]
    alternatives: tuple[tuple[Term, ...], ...]  # per word: itself, corrections, its prefix

    @property
    def typed(self) -> Expr:
        return Expr(tuple((Term(w),) for w in self.words))

    @property
    def widened(self) -> bool:
        return any(len(alts) > 1 for alts in self.alternatives)

    @property
    def has_prefix(self) -> bool:
        return any(t.prefix for t in self.alternatives[-1]) if self.alternatives else False

    def corrected(self, names_only: bool = False) -> Expr:
        return Expr(self.alternatives, names_only=names_only)

    def partial(self) -> Expr:
        return Expr(self.alternatives, any_group=True)

    def typing(self, names_only: bool = False) -> Expr:
        """As typed, the last word also as a prefix (the word being typed)."""
        last = tuple(t for t in self.alternatives[-1] if t.prefix or t.text == self.words[-1])
        return Expr((*((Term(w),) for w in self.words[:-1]), last), names_only=names_only)

    def guess(self) -> tuple[str, ...]:
        """Each word, or its closest correction: what the visitor most likely meant."""
        return tuple(
            a[1].text if len(a) > 1 and not a[1].prefix else a[0].text for a in self.alternatives
        )

    def highlight_words(self) -> list[str]:
        return list(dict.fromkeys(t.text for alts in self.alternatives for t in alts))


def fold(text: str) -> str:
    """Case- and accent-insensitive form, the way the full-text tokenizers see it."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def name_key(text: str) -> str:
    """Equal for two names that differ only in case, accents, spacing and punctuation."""
    return " ".join(words(text))


def clean_text(text: str) -> str:
    """Text safe to index: no control characters (they would collide with the markers)."""
    return CONTROL.sub(" ", text)


def markdown_text(source: str) -> str:
    """The readable words of cited Markdown prose, without citations or markup."""
    tokens = _md.parse(CITATION.sub("", source))
    parts = [
        child.content
        for tok in tokens
        if tok.type == "inline" and tok.children
        for child in tok.children
        if child.type in ("text", "code_inline")
    ]
    return " ".join(" ".join(parts).split())


def distinct(items: Iterable[str]) -> list[str]:
    """The first of each name, ignoring case, in order."""
    out: dict[str, str] = {}
    for n in items:
        out.setdefault(n.casefold(), n)
    return list(out.values())


def _doc(
    key: str, kind: str, title: str, url: str, names: Iterable[str], body: Iterable[str]
) -> Doc:
    unique = tuple(distinct(clean_text(n) for n in (title, *names) if n))
    text = clean_text(" ".join(b for b in body if b))[:MAX_BODY]
    return Doc(key, kind, clean_text(title), url, unique, text)


def page_docs(kb: KnowledgeBase) -> list[Doc]:
    """A document for every condition, treatment, ingredient and guide in the knowledge base."""
    docs = [
        _doc(
            f"condition:{c.slug}",
            "condition",
            c.name,
            f"/conditions/{c.slug}/",
            c.also_known_as,
            [
                c.summary,
                *(s.text for s in c.signs),
                markdown_text(kb.prose.get(f"condition:{c.slug}", "")),
            ],
        )
        for c in kb.conditions.values()
    ]
    for t in kb.treatments.values():
        body = [t.summary, *(e.summary for e in t.evidence), *(s.name for s in t.side_effects)]
        body += [t.mechanism.text if t.mechanism else ""]
        body += [markdown_text(kb.prose.get(f"treatment:{t.slug}", ""))]
        docs.append(
            _doc(
                f"treatment:{t.slug}",
                "treatment",
                t.name,
                f"/treatments/{t.slug}/",
                t.also_known_as,
                body,
            )
        )
    for ing in kb.ingredients.values():
        home = f"/treatments/{ing.treatments[0]}/" if ing.treatments else "/treatments/"
        names = [n for n in (ing.inci, ing.latin) if n] + [*ing.synonyms, *ing.misspellings]
        facts = [p.text for p in ing.properties.values()]
        summary = f"Ingredient: {', '.join(distinct([ing.name, *names])[:6])}."
        docs.append(
            _doc(f"ingredient:{ing.slug}", "ingredient", ing.name, home, names, [summary, *facts])
        )
    for g in kb.guides.values():
        docs.append(
            _doc(
                f"guide:{g.slug}",
                "guide",
                g.meta.title,
                f"/guides/{g.slug}/",
                (),
                [g.meta.summary, markdown_text(g.body)],
            )
        )
    return docs


def product_doc(
    pk: int,
    *,
    slug: str,
    name: str,
    brand: str,
    kind_of_product: str,
    actives: Iterable[str],
    review: str,
    overall: float,
) -> Doc:
    active_text = ", ".join(actives)
    body = [
        f"{brand}: {name}.",
        kind_of_product + ".",
        f"Actives: {active_text}." if active_text else "",
        review,
    ]
    doc = _doc(f"product:{pk}", "product", name, f"/products/{slug}/", (brand,), body)
    return Doc(doc.key, doc.kind, doc.title, doc.url, doc.names, doc.body, float(overall or 0))


@lru_cache(maxsize=4)
def vocabulary(kb: KnowledgeBase) -> tuple[str, ...]:
    """Every word of every known name, synonym and misspelling: what a typo is corrected to."""
    found: set[str] = set()
    for doc in page_docs(kb):
        for name in doc.names:
            found.update(w for w in words(name) if len(w) >= 3 and not w.isdigit())
    for p in kb.products.values():
        found.update(w for w in words(f"{p.name} {p.brand}") if len(w) >= 3 and not w.isdigit())
    return tuple(sorted(found))


def corrections(word: str, vocab: tuple[str, ...], known: frozenset[str]) -> list[str]:
    if len(word) < 4 or word.isdigit() or word in known:
        return []
    found = process.extract(word, vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3)
    return [w for w, _, _ in found if w != word]


def plan(query: str, vocab: tuple[str, ...]) -> Plan:
    """Words of the query (at most MAX_WORDS), each with its corrections; the last word, which
    may still be being typed, also as a prefix."""
    found = [w[:MAX_WORD] for w in words(query[:MAX_QUERY])][:MAX_WORDS]
    unique = tuple(dict.fromkeys(found))
    known = _known(vocab)
    alternatives = []
    for i, w in enumerate(unique):
        alts = [Term(w), *(Term(c) for c in corrections(w, vocab, known))]
        if i == len(unique) - 1 and len(w) >= 2 and not w.isdigit():
            alts.append(Term(w[:MAX_PREFIX], prefix=True))
        alternatives.append(tuple(alts))
    return Plan(unique, tuple(alternatives))


@lru_cache(maxsize=4)
def _known(vocab: tuple[str, ...]) -> frozenset[str]:
    return frozenset(vocab)


def marked_text(marked: str) -> str:
    return marked.replace(MARK_START, "").replace(MARK_END, "")


def marked_html(marked: str) -> str:
    """Escape first, then turn the markers into <mark>: indexed text can never inject HTML."""
    safe = html.escape(marked)
    return safe.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def is_exact(doc_names: Iterable[str], query_words: tuple[str, ...]) -> str | None:
    """The name that equals the query word for word, if any."""
    wanted = " ".join(query_words)
    return next((n for n in doc_names if name_key(n) == wanted), None)


def best_name(doc_names: tuple[str, ...], meant: tuple[str, ...], terms: Iterable[Term]) -> str:
    """The name or synonym a hit was found by, for "matched …" on the page: among the names
    holding a query word, the closest to what was meant; else the title."""
    whole = {t.text for t in terms if not t.prefix}
    starts = tuple(t.text for t in terms if t.prefix)
    keys = [name_key(n) for n in doc_names]
    holding = [
        i
        for i, k in enumerate(keys)
        if any(w in whole or w.startswith(starts or ("\0",)) for w in k.split())
    ]
    if not holding:
        return doc_names[0] if doc_names else ""
    found = process.extractOne(" ".join(meant), [keys[i] for i in holding], scorer=fuzz.WRatio)
    return doc_names[holding[found[2]]] if found else doc_names[holding[0]]


def score(tier: int, page: bool, relevance: float) -> float:
    """Tier first; within it, pages above products; then the backend's relevance (0..1)."""
    return round(tier + (50 if page else 0) + 49 * max(0.0, min(relevance, 1.0)), 1)
