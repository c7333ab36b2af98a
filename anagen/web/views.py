"""Site-wide pages: home and the methodology."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from anagen.knowledge import runtime
from anagen.knowledge.models import Condition, Evidence
from anagen.knowledge.vocab import CATEGORY_BLURBS, CATEGORY_TITLES, GRADE_MEANINGS


def home(request: HttpRequest) -> HttpResponse:
    top = (
        Evidence.objects.filter(grade="A")
        .select_related("treatment", "condition")
        .order_by("condition__name", "treatment__name")
    )
    return render(
        request,
        "web/home.html",
        {
            "conditions": Condition.objects.by_name(),
            "categories": [
                {"slug": str(c), "title": t, "blurb": CATEGORY_BLURBS[c]}
                for c, t in CATEGORY_TITLES.items()
            ],
            "top": top,
        },
    )


def methodology(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "web/methodology.html",
        {"grades": [(str(g), m) for g, m in GRADE_MEANINGS.items()]},
    )


def guide_list(request: HttpRequest) -> HttpResponse:
    guides = sorted(runtime.get_kb().guides.values(), key=lambda g: g.meta.title)
    return render(request, "web/guide_list.html", {"guides": guides})


def guide_detail(request: HttpRequest, slug: str) -> HttpResponse:
    guide = runtime.get_kb().guides.get(slug)
    if guide is None:
        raise Http404("No such guide")
    return render(request, "web/guide_detail.html", {"g": guide})


def robots(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /accounts/",
        "Disallow: /moderation/",
        "Disallow: /assessment/saved/",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
