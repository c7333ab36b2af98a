from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_page

from bench.bare.models import Article


def article(request: HttpRequest, slug: str) -> HttpResponse:
    return render(request, "bare/article.html", {"article": get_object_or_404(Article, slug=slug)})


article_cached = cache_page(600)(article)
