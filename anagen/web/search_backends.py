"""The two full-text backends behind one small interface: SQLite FTS5 and PostgreSQL.

Each renders an `Expr` into its own query language from words that hold only letters and
digits, always quoted, and passes it as a bound parameter. Pages (a few hundred) are ranked in
full; products are ranked among the first CANDIDATES matches, so a word shared by a hundred
thousand products costs the same as a rare one. One statement answers one tier (pages,
products and the rows to show), so a search is a handful of round trips to the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from anagen.search import MARK_END, MARK_START, Expr, Term

CANDIDATES = 500  # products ranked per query at most
SNIPPET_WORDS = 24
SNIPPET_SOURCE = 2000  # characters of a body PostgreSQL reads for a headline (it parses them all)
SNIPPET_LEAD = 200  # characters of that window before the first query word
COLUMNS = "d.id, d.kind, d.title, d.url, d.names"


@dataclass(frozen=True)
class Row:
    id: int
    kind: str
    title: str
    url: str
    names: tuple[str, ...]
    relevance: float  # 0..1 within its tier
    exact: bool = False  # a product whose name is the query, found by its title key


class Backend(Protocol):
    def match(self, expr: Expr, limit: int, title_key: str | None = None) -> list[Row]:
        """Every matching page, then up to `limit` matching products, each best first; with
        `title_key`, also the products whose name is exactly that."""

    def snippets(self, rows: Sequence[Row], expr: Expr) -> dict[int, str]:
        """Body text around the matched words, marked with MARK_START/MARK_END."""


def _rows(sql: str, params: Sequence[object]) -> list[Row]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [
            Row(int(i), kind, title, url, tuple(names.splitlines()), float(r), part == 2)
            for i, kind, title, url, names, r, part in cursor.fetchall()
            if part != 2 or kind == "product"
        ]


def _exact_part(title_key: str | None, limit: int) -> tuple[str, list[object]]:
    """Products named exactly as the query, wherever they sit in a large catalogue. By the
    indexed title_key alone (pages are dropped in _rows): filtering on kind as well would let
    SQLite walk the kind index through every product instead."""
    if title_key is None:
        return "", []
    sql = (
        f" UNION ALL SELECT * FROM (SELECT {COLUMNS}, 1.0, 2 FROM web_searchdoc d "
        "WHERE d.title_key = %s LIMIT %s) e"
    )
    return sql, [title_key, limit + 50]


def fts5_query(expr: Expr) -> str:
    def term(t: Term) -> str:
        return f'"{t.text}"' + ("*" if t.prefix else "")

    joiner = " OR " if expr.any_group else " AND "
    body = joiner.join("(" + " OR ".join(term(t) for t in g) + ")" for g in expr.groups)
    return f"{{title names}} : ({body})" if expr.names_only else body


class SqliteBackend:
    PAGES, PRODUCTS = "web_searchdoc_fts_pages", "web_searchdoc_fts_products"

    def match(self, expr: Expr, limit: int, title_key: str | None = None) -> list[Row]:
        # Pages: bm25 with title 10, names 5, body 1 (negative, lower is better), mapped to 0..1.
        # Products: bm25 would read the whole posting list of every word (for its IDF), so they
        # are ranked without it: a match in the name first, then in the body; better scores first.
        pages = (
            f"SELECT {COLUMNS}, -m.r / (10 - m.r), 0 FROM (SELECT rowid, "
            f"bm25({self.PAGES}, 10.0, 5.0, 1.0) AS r FROM {self.PAGES} "
            f"WHERE {self.PAGES} MATCH %s) m JOIN web_searchdoc d ON d.id = m.rowid"
        )
        products = (
            f"SELECT * FROM (SELECT {COLUMNS}, %s + 0.4 * min(d.quality / 100.0, 1.0), 1 "
            f"FROM (SELECT rowid FROM {self.PRODUCTS} WHERE {self.PRODUCTS} MATCH %s LIMIT %s) m "
            "JOIN web_searchdoc d ON d.id = m.rowid "
            "ORDER BY d.quality DESC, length(d.title), d.id LIMIT %s)"
        )
        in_names = Expr(expr.groups, expr.any_group, names_only=True)
        parts = [(in_names, 0.5)] + ([] if expr.names_only else [(expr, 0.0)])
        sql = pages + "".join(" UNION ALL " + products for _ in parts)
        params: list[object] = [fts5_query(expr)]
        for part, base in parts:
            params += [base, fts5_query(part), CANDIDATES, limit]
        exact_sql, exact_params = _exact_part(title_key, limit)
        return _rows(sql + exact_sql, params + exact_params)

    def snippets(self, rows: Sequence[Row], expr: Expr) -> dict[int, str]:
        # One lookup per row (FTS5 seeks to a rowid given by "="; with IN it would walk every
        # match of a common word), all in one statement.
        if not rows:
            return {}
        match = fts5_query(Expr(expr.groups, any_group=True))
        parts, params = [], []
        for row in rows:
            table = self.PRODUCTS if row.kind == "product" else self.PAGES
            parts.append(
                f"SELECT rowid, snippet({table}, 2, %s, %s, '…', {SNIPPET_WORDS}) FROM {table} "
                f"WHERE {table} MATCH %s AND rowid = %s"
            )
            params += [MARK_START, MARK_END, match, row.id]
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            return {int(i): str(s) for i, s in cursor.fetchall()}


def tsquery(expr: Expr) -> str:
    weights = "AB" if expr.names_only else ""

    def term(t: Term) -> str:
        suffix = ("*" if t.prefix else "") + weights
        return f"'{t.text}'" + (f":{suffix}" if suffix else "")

    joiner = " | " if expr.any_group else " & "
    return joiner.join("(" + " | ".join(term(t) for t in g) + ")" for g in expr.groups)


class PostgresBackend:
    RANK = "ts_rank('{0.1, 0.2, 0.5, 1.0}', d.search, q)"  # weights of D, C, B, A

    def match(self, expr: Expr, limit: int, title_key: str | None = None) -> list[Row]:
        # ts_rank needs no statistics over the whole table, so it is cheap on a bounded set.
        sql = (
            f"SELECT id, kind, title, url, names, r / (r + 0.5), 0 FROM ({self._ranked('<>')}) g "
            "UNION ALL SELECT * FROM (SELECT id, kind, title, url, names, r / (r + 0.5), 1 "
            f"FROM ({self._ranked('=')} LIMIT %s) c ORDER BY r DESC, quality DESC, id LIMIT %s) p"
        )
        exact_sql, exact_params = _exact_part(title_key, limit)
        query = tsquery(expr)
        return _rows(sql + exact_sql, [query, query, CANDIDATES, limit, *exact_params])

    def _ranked(self, products: str) -> str:
        """Matching pages (kind <> 'product') or products (kind = 'product') with their rank;
        each condition matches one of the two partial GIN indexes."""
        return (
            f"SELECT {COLUMNS}, d.quality, {self.RANK} AS r FROM web_searchdoc d, "
            f"to_tsquery('english', %s) q WHERE d.search @@ q AND d.kind {products} 'product'"
        )

    def snippets(self, rows: Sequence[Row], expr: Expr) -> dict[int, str]:
        if not rows:
            return {}
        options = (
            f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords={SNIPPET_WORDS}, '
            'MinWords=12, MaxFragments=1, FragmentDelimiter=" … "'
        )
        # The headline is made from a window of the body that starts a little before the first
        # query word, so a word deep in a long page is still shown and marked.
        sql = (
            "SELECT id, ts_headline('english', substring(body from greatest(strpos(lower(body), "
            f"%s) - {SNIPPET_LEAD}, 1) for {SNIPPET_SOURCE}), to_tsquery('english', %s), %s) "
            "FROM web_searchdoc WHERE id = ANY(%s)"
        )
        first = expr.groups[0][0].text if expr.groups and expr.groups[0] else ""
        params = [
            first.lower(),
            tsquery(Expr(expr.groups, any_group=True)),
            options,
            [r.id for r in rows],
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {int(i): str(s) for i, s in cursor.fetchall()}


def backend() -> Backend:
    if connection.vendor == "postgresql":
        return PostgresBackend()
    if connection.vendor == "sqlite":
        return SqliteBackend()
    raise ImproperlyConfigured(
        f"site search supports SQLite and PostgreSQL, not {connection.vendor}"
    )
