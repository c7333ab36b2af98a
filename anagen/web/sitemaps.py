"""sitemap.xml: every public page, from the content and the catalogue."""

from __future__ import annotations

from typing import Any

from django.contrib.sitemaps import Sitemap

from anagen.knowledge import runtime
from anagen.knowledge.models import Condition, Treatment
from anagen.knowledge.vocab import Category
from anagen.products.categories import CATEGORY_TITLES
from anagen.products.models import Product

STATIC_PAGES = [
    "/",
    "/treatments/",
    "/conditions/",
    "/methodology/",
    "/guides/",
    "/assessment/",
    "/assessment/method/",
    "/products/",
    "/products/rankings/",
    "/products/methodology/",
    "/claims/",
    "/changelog/",
    "/search/",
    "/editorial-policy/",
]


class PagesSitemap(Sitemap):
    def items(self) -> list[str]:
        pages = [*STATIC_PAGES, *(f"/treatments/category/{c}/" for c in Category)]
        pages += [f"/products/rankings/category/{c}/" for c in CATEGORY_TITLES]
        pages += [
            f"/products/rankings/condition/{c}/"
            for c in Condition.objects.values_list("slug", flat=True)
        ]
        pages += [f"/guides/{slug}/" for slug in runtime.get_kb().guides]
        return pages

    def location(self, item: str) -> str:
        return item


class TreatmentSitemap(Sitemap):
    def items(self) -> Any:
        return Treatment.objects.only("slug", "last_reviewed")

    def location(self, item: Treatment) -> str:
        return f"/treatments/{item.slug}/"

    def lastmod(self, item: Treatment) -> Any:
        return item.last_reviewed


class ConditionSitemap(TreatmentSitemap):
    def items(self) -> Any:
        return Condition.objects.only("slug", "last_reviewed")

    def location(self, item: Any) -> str:
        return f"/conditions/{item.slug}/"


class ProductSitemap(Sitemap):
    limit = 5000

    def items(self) -> Any:
        return Product.objects.order_by("slug").only("slug", "updated")

    def location(self, item: Product) -> str:
        return f"/products/{item.slug}/"

    def lastmod(self, item: Product) -> Any:
        return item.updated


SITEMAPS = {
    "pages": PagesSitemap,
    "treatments": TreatmentSitemap,
    "conditions": ConditionSitemap,
    "products": ProductSitemap,
}
