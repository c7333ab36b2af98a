"""Search page and API: results with highlighted snippets, and suggestions for the search box."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from ninja import Field, Query, Router, Schema

from anagen.api_errors import NO_NUL, QUERY
from anagen.search import MAX_QUERY
from anagen.web.search_query import SUGGESTIONS, make_plan, search, suggest

router = Router(tags=["search"])


def search_page(request: HttpRequest) -> HttpResponse:
    asked = request.GET.get("q", "")
    query = asked[:MAX_QUERY]  # (the page searches the start and says so; the API refuses more)
    hits = search(query) if query.strip() else []
    # Longest first, so "minoxidil" is marked whole rather than as its prefix "minoxidi".
    marks = " ".join(sorted(make_plan(query).highlight_words(), key=len, reverse=True))
    return render(
        request,
        "web/search.html",
        {
            "q": query,
            "hits": hits,
            "marks": marks,
            "cut": len(asked) > MAX_QUERY,
            "max_query": MAX_QUERY,
        },
    )


class SearchIn(Schema):
    q: str = Field(..., max_length=MAX_QUERY, pattern=NO_NUL)
    limit: int = Field(20, ge=1, le=50)


class HitOut(Schema):
    kind: str
    title: str
    url: str
    snippet: str = Field(description="plain text around the matched words")
    snippet_html: str = Field(description="the snippet, HTML-escaped, matched words in <mark>")
    matched: str
    score: float = Field(
        description="300+ a name equal to the query, 200+ every word as typed, 150+ the last "
        "word as a prefix, 100+ after spelling correction, below 100 some of the words; "
        "within a tier pages (+50) come before products"
    )


@router.get("/search", response={200: list[HitOut], **QUERY})
def search_api(request: HttpRequest, params: Query[SearchIn]) -> list[dict[str, Any]]:
    return [
        {
            "kind": h.kind,
            "title": h.title,
            "url": h.url,
            "snippet": h.snippet,
            "snippet_html": h.snippet_html,
            "matched": h.matched,
            "score": h.score,
        }
        for h in search(params.q, params.limit)
    ]


class SuggestIn(Schema):
    q: str = Field(..., max_length=MAX_QUERY, pattern=NO_NUL)
    limit: int = Field(SUGGESTIONS, ge=1, le=10)


class SuggestionOut(Schema):
    title: str
    kind: str
    url: str


@router.get("/search/suggest", response={200: list[SuggestionOut], **QUERY})
def suggest_api(request: HttpRequest, params: Query[SuggestIn]) -> list[dict[str, str]]:
    return [
        {"title": d.title, "kind": d.kind, "url": d.url} for d in suggest(params.q, params.limit)
    ]
