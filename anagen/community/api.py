"""Approved community reviews of a treatment or a product, paginated."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from anagen.api_errors import NOT_FOUND
from anagen.community.models import Review
from anagen.knowledge.models import Treatment
from anagen.products.models import Product

router = Router(tags=["community"])


class Paging(Schema):
    page: int = Field(1, ge=1, le=100_000)
    page_size: int = Field(20, ge=1, le=100)


class ReviewOut(Schema):
    id: int
    author: str
    condition: str
    stage: str
    dose: str
    route: str
    duration_months: int
    effectiveness: int
    side_effects_rating: int
    value: int
    side_effects: list[str]
    recommend: bool
    text: str
    created: str


class ReviewPage(Schema):
    items: list[ReviewOut]
    count: int
    page: int
    pages: int


def _page(qs: Any, paging: Paging) -> dict[str, Any]:
    paginator = Paginator(qs.select_related("author").order_by("-created", "-id"), paging.page_size)
    page = paginator.get_page(paging.page)
    items = [
        {
            "id": r.pk,
            "author": r.author.get_username(),
            "condition": r.condition,
            "stage": r.stage,
            "dose": r.dose,
            "route": r.route,
            "duration_months": r.duration_months,
            "effectiveness": r.effectiveness,
            "side_effects_rating": r.side_effects_rating,
            "value": r.value,
            "side_effects": r.side_effects,
            "recommend": r.recommend,
            "text": r.text,
            "created": r.created.isoformat(),
        }
        for r in page
    ]
    return {
        "items": items,
        "count": paginator.count,
        "page": page.number,
        "pages": paginator.num_pages,
    }


@router.get("/treatments/{slug}/reviews", response={200: ReviewPage, **NOT_FOUND})
def treatment_reviews(request: HttpRequest, slug: str, paging: Query[Paging]) -> dict[str, Any]:
    t = Treatment.objects.filter(slug=slug).first()
    if t is None:
        raise Http404(f"no treatment with slug {slug!r}")
    return _page(Review.objects.approved().filter(treatment=t), paging)


@router.get("/products/{slug}/reviews", response={200: ReviewPage, **NOT_FOUND})
def product_reviews(request: HttpRequest, slug: str, paging: Query[Paging]) -> dict[str, Any]:
    p = Product.objects.filter(slug=slug).first()
    if p is None:
        raise Http404(f"no product with slug {slug!r}")
    return _page(Review.objects.approved().filter(product=p), paging)
