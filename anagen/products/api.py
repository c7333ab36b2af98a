"""Products API: the catalogue with filters and pagination, one product, and label analysis."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema
from pydantic import ConfigDict, field_validator

from anagen.api_errors import INVALID, NO_NUL, NOT_FOUND, QUERY
from anagen.knowledge import runtime
from anagen.knowledge.vocab import CostBand
from anagen.products.categories import CATEGORY_TITLES
from anagen.products.evaluate import analysis_json
from anagen.products.ingredient_index import index_for
from anagen.products.label import MAX_LABEL_CHARS, analyze_label
from anagen.products.listing import catalogue_page, chosen_filters
from anagen.products.models import Product
from anagen.products.vocab import Form, RegulatoryType

router = Router(tags=["products"])


def _condition_slugs(schema: dict[str, Any]) -> None:
    """The schema lists the content's conditions (read when the schema is asked for, not at
    import: the content may not be loaded yet)."""
    schema["enum"] = sorted(runtime.get_kb().conditions)


class ProductFilters(Schema):
    # A value outside the vocabulary is refused (422 naming the allowed ones), not answered
    # with an empty page a client would read as "no such products".
    condition: str | None = Field(
        None, max_length=60, pattern=NO_NUL, json_schema_extra=_condition_slugs
    )
    form: Form | None = None
    regulatory_type: RegulatoryType | None = None
    price_band: CostBand | None = None
    category: str | None = Field(
        None, max_length=30, pattern=NO_NUL, json_schema_extra={"enum": list(CATEGORY_TITLES)}
    )
    page: int = Field(1, ge=1, le=100_000)
    page_size: int = Field(24, ge=1, le=100)

    @field_validator("condition")
    @classmethod
    def _known_condition(cls, value: str | None) -> str | None:
        known = runtime.get_kb().conditions
        if value is not None and value not in known:
            raise ValueError(f"unknown condition {value!r}; one of {', '.join(sorted(known))}")
        return value

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str | None) -> str | None:
        if value is not None and value not in CATEGORY_TITLES:
            raise ValueError(f"unknown category {value!r}; one of {', '.join(CATEGORY_TITLES)}")
        return value


class ActiveOut(Schema):
    ingredient: str
    name_on_label: str
    strength: str | None


class LabelAnalysisOut(Schema):
    actives: list[ActiveOut]
    other_ingredients: list[str]
    unrecognized: list[str]
    product_type: str
    proprietary_blend: bool
    version: str


class ProductSummary(Schema):
    slug: str
    name: str
    brand: str
    form: str
    regulatory_type: str
    category: str
    conditions: list[str]
    price_band: str | None
    sponsored: bool
    overall: float
    url: str


class ProductPage(Schema):
    items: list[ProductSummary]
    count: int
    page: int
    pages: int


class ProductDetail(ProductSummary):
    label_text: str
    marketing_claims: list[str]
    review: str
    disclosure: str
    analysis: LabelAnalysisOut
    score: dict[str, Any]
    sources: list[dict[str, Any]]
    components: list[str]


class LabelIn(Schema):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., max_length=MAX_LABEL_CHARS)


def _summary(p: Product) -> dict[str, Any]:
    return {
        "slug": p.slug,
        "name": p.name,
        "brand": p.brand,
        "form": p.form,
        "regulatory_type": p.regulatory_type,
        "category": p.category,
        "conditions": p.conditions,
        "price_band": p.price_band or None,
        "sponsored": p.sponsored,
        "overall": p.overall,
        "url": f"/products/{p.slug}/",
    }


@router.get("/products", response={200: ProductPage, **QUERY})
def list_products(request: HttpRequest, filters: Query[ProductFilters]) -> dict[str, Any]:
    chosen = chosen_filters(filters.dict(exclude_none=True, exclude={"page", "page_size"}))
    page = catalogue_page(chosen, filters.page, filters.page_size)
    return {
        "items": [_summary(p) for p in page],
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
    }


@router.get("/products/{slug}", response={200: ProductDetail, **NOT_FOUND})
def get_product(request: HttpRequest, slug: str) -> dict[str, Any]:
    p = Product.objects.filter(slug=slug).first()
    if p is None:
        raise Http404(f"no product with slug {slug!r}")
    return {
        **_summary(p),
        "label_text": p.label_text,
        "review": p.review,
        "marketing_claims": [c for c in p.marketing_text.splitlines() if c.strip()],
        "disclosure": p.disclosure,
        "analysis": p.analysis,
        "score": p.score,
        "sources": p.sources,
        "components": p.components,
    }


@router.post("/labels/analyze", response={200: LabelAnalysisOut, **INVALID})
def analyze(request: HttpRequest, body: LabelIn) -> dict[str, Any]:
    """DESIGN.md, Label analysis: actives with normalised strengths, other ingredients,
    unrecognised would-be actives and the product type."""
    return analysis_json(analyze_label(body.text, index_for(runtime.get_kb())))
