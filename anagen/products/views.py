"""Product pages: catalogue with filters, product, rankings, comparison, methodology."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from anagen.claims.report import distinct_findings
from anagen.community.display import box_context
from anagen.knowledge.models import Condition, Ingredient, Treatment
from anagen.knowledge.names import condition_names
from anagen.products.categories import CATEGORY_TITLES
from anagen.products.charts import score_chart
from anagen.products.listing import best_for, catalogue_page, chosen_filters
from anagen.products.models import Product
from anagen.products.rankings import EDITORS_CHOICE_RULE, editors_choice
from anagen.products.scoring import WEIGHTS
from anagen.products.vocab import Form, RegulatoryType
from anagen.web.cache import fragment_page

PAGE_SIZE = 24


def product_list(request: HttpRequest) -> HttpResponse:
    chosen = chosen_filters(request.GET)
    page = catalogue_page(
        chosen,
        request.GET.get("page"),
        PAGE_SIZE,
        ("slug", "name", "brand", "category", "overall", "form", "regulatory_type", "sponsored"),
    )
    # Encoded, so a value holding "&", "#" or "+" keeps its filters on the next page.
    query = urlencode(chosen)
    return render(
        request,
        "products/list.html",
        {"page": page, "chosen": chosen, "query": query, "filter_choices": _filter_choices},
    )


def _filter_choices() -> dict[str, Any]:
    """The filter form's choices: read only when the form's fragment is rendered (it is
    cached for each set of chosen filters)."""
    return {
        "conditions": condition_names().items(),
        "forms": [str(f) for f in Form],
        "types": [str(t) for t in RegulatoryType],
        "categories": CATEGORY_TITLES.items(),
    }


def named_actives(*analyses: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """Each analysis's actives with the ingredient's name and page, in one query for all."""
    actives = [a.get("actives", []) for a in analyses]
    slugs = {x["ingredient"] for group in actives for x in group}
    known = {
        i.slug: i for i in Ingredient.objects.filter(slug__in=slugs).only("slug", "name", "data")
    }
    out = []
    for group in actives:
        named = []
        for x in group:
            ing = known.get(x["ingredient"])
            pages = ing.data.get("treatments", []) if ing else []
            named.append(
                {
                    **x,
                    "ingredient_name": ing.name if ing else x["ingredient"],
                    "href": f"/treatments/{pages[0]}/" if pages else "",
                }
            )
        out.append(named)
    return out


def product_detail(request: HttpRequest, slug: str) -> HttpResponse:
    page = fragment_page(Product, slug, ("name", "brand"), _product_body)
    return render(
        request,
        "products/detail.html",
        {**page, **box_context({"product": page["head"]["id"]}, request, "product", slug)},
    )


def _product_body(pk: int) -> dict[str, Any]:
    product = Product.objects.get(pk=pk)
    (actives,) = named_actives(product.analysis)
    treatments = {
        t.slug: t
        for t in Treatment.objects.filter(slug__in=[a["ingredient"] for a in actives]).only(
            "slug", "name"
        )
    }
    components = Product.objects.filter(slug__in=product.components).only("slug", "name")
    return {
        "p": product,
        "actives": actives,
        "treatments": treatments,
        "components": components,
        "chart": score_chart(product.score, f"Score breakdown for {product.name}"),
        "category_title": CATEGORY_TITLES.get(product.category, product.category),
        "claims": [c for c in product.marketing_text.splitlines() if c.strip()],
        "findings": distinct_findings(product.claims.get("findings", [])),
        "jsonld_data": {
            "@type": "Product",
            "name": product.name,
            "brand": {"@type": "Brand", "name": product.brand},
            "review": {
                "@type": "Review",
                "author": {"@type": "Organization", "name": "anagen"},
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": product.overall,
                    "bestRating": 100,
                    "worstRating": 0,
                },
            },
        },
    }


def rankings(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "products/rankings.html",
        {
            "categories": CATEGORY_TITLES.items(),
            "rule": EDITORS_CHOICE_RULE,
            "conditions": condition_names().items(),
        },
    )


def ranking(request: HttpRequest, kind: str, key: str) -> HttpResponse:
    if kind == "category" and key in CATEGORY_TITLES:
        ranked = list(Product.objects.filter(category=key).listed()[:50])
        title = f"Best {CATEGORY_TITLES[key].lower()}"
    elif kind == "condition":
        condition = get_object_or_404(Condition, slug=key)
        ranked = best_for(key, 50)
        title = f"Best for {condition.name.lower()}"
    else:
        raise Http404("No such ranking")
    return render(
        request,
        "products/ranking.html",
        {
            "title": title,
            "ranked": ranked,
            "choice": editors_choice(ranked),
            "rule": EDITORS_CHOICE_RULE,
        },
    )


def compare(request: HttpRequest) -> HttpResponse:
    slugs = list(dict.fromkeys(s[:120] for s in request.GET.getlist("p")))[:4]
    products = {p.slug: p for p in Product.objects.filter(slug__in=slugs)}
    chosen = [products[s] for s in slugs if s in products]
    for p, actives in zip(chosen, named_actives(*(p.analysis for p in chosen)), strict=True):
        p.named_actives = actives  # type: ignore[attr-defined]
    names = ["efficacy", "safety", "honesty", "transparency", "value"]
    rows = [
        {
            "name": n,
            "scores": [
                next((x["score"] for x in p.score["parts"] if x["name"] == n), 0) for p in chosen
            ],
        }
        for n in names
    ]
    return render(
        request,
        "products/compare.html",
        {
            "products": chosen,
            "rows": rows,
            "too_few": len(chosen) < 2,
            "slots": [(i + 1, slugs[i] if i < len(slugs) else "") for i in range(4)],
            "all": Product.objects.listed().values_list("slug", "name")[:500],
        },
    )


def methodology(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "products/methodology.html",
        {"weights": [(k, int(v * 100)) for k, v in WEIGHTS.items()], "rule": EDITORS_CHOICE_RULE},
    )
