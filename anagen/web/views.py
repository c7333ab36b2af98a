"""Site-wide pages: home and the methodology."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

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
