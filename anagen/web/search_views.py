"""Search page and API: one index over the knowledge base and the product catalogue."""

from __future__ import annotations

import threading
from typing import Any

from django.db.models import Count, Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from ninja import Field, Query, Router, Schema

from anagen.api_errors import QUERY
from anagen.knowledge import runtime
from anagen.products.models import Product
from anagen.search import MAX_QUERY, SearchIndex, build_docs

router = Router(tags=["search"])
_lock = threading.Lock()
_cache: dict[str, Any] = {"key": None, "index": None}


def current_index() -> SearchIndex:
    """Rebuilt only when the knowledge base or the catalogue changed (one aggregate query)."""
    kb = runtime.get_kb()
    stamp = Product.objects.aggregate(n=Count("id"), last=Max("updated"))
    key = (id(kb), stamp["n"], stamp["last"])
    with _lock:
        if _cache["key"] != key:
            products = list(Product.objects.values_list("slug", "name", "brand"))
            _cache.update(key=key, index=SearchIndex(build_docs(kb, products)))
        return _cache["index"]  # type: ignore[no-any-return]


def search_page(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:MAX_QUERY]
    hits = current_index().search(query) if query else []
    return render(request, "web/search.html", {"q": query, "hits": hits})


class SearchIn(Schema):
    q: str = Field(..., max_length=MAX_QUERY)
    limit: int = Field(20, ge=1, le=50)


class HitOut(Schema):
    kind: str
    title: str
    url: str
    snippet: str
    matched: str
    score: float


@router.get("/search", response={200: list[HitOut], **QUERY})
def search_api(request: HttpRequest, params: Query[SearchIn]) -> list[dict[str, Any]]:
    return [
        {
            "kind": h.doc.kind,
            "title": h.doc.title,
            "url": h.doc.url,
            "snippet": h.snippet,
            "matched": h.matched,
            "score": round(h.score, 1),
        }
        for h in current_index().search(params.q, params.limit)
    ]
