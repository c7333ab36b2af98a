"""The catalogue as lists: filtered, paged and ranked, through the condition listing
(ProductCondition) whenever a condition is chosen.

The listing follows the products: every write path calls insert() or refresh() with the
products it wrote, or rebuild() after writes that bypass the model."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import post_save

from anagen.products import bulk
from anagen.products.models import Product, ProductCondition
from anagen.web.cache import content_version

COPIED = ("name", "form", "category", "regulatory_type", "price_band", "overall", "efficacy")
READ = ("id", "target_conditions", *COPIED)
BATCH = 2000
FILTERS = ("condition", "form", "regulatory_type", "price_band", "category")


def chosen_filters(params: Any) -> dict[str, str]:
    return {k: str(params.get(k, ""))[:60] for k in FILTERS if params.get(k)}


def catalogue_page(
    chosen: dict[str, str], number: Any, size: int, columns: Sequence[str] = ()
) -> Page:
    """One page of the catalogue, best score first, with the filters chosen. The page's ids
    come from one index range (the listing index with a condition, else the product table's
    filter indexes, which end in the id), so a deep page skips index entries, not whole rows;
    then only the page's products are read. The count is read from that range too, once per
    content version (see `_count`)."""
    others = {k: v for k, v in chosen.items() if k != "condition"}
    products = Product.objects.only(*columns) if columns else Product.objects.all()
    if "condition" in chosen:
        ids = (
            ProductCondition.objects.filter(condition=chosen["condition"], **others)
            .order_by("-overall", "name", "product_id")
            .values_list("product_id", flat=True)
        )
    else:
        ids = (
            Product.objects.filter(**others)
            .order_by("-overall", "name", "id")
            .values_list("id", flat=True)
        )
    page = KnownCountPaginator(ids, size, _count(ids, chosen)).get_page(number)
    found = products.in_bulk(list(page.object_list))
    page.object_list = [found[i] for i in page.object_list if i in found]
    return page


class KnownCountPaginator(Paginator):
    """A paginator told how many items there are rather than counting them."""

    def __init__(self, object_list: Any, per_page: int, count: int) -> None:
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self) -> int:  # type: ignore[override]
        return self.known_count


def _count(ids: QuerySet[Any], chosen: dict[str, str]) -> int:
    """How many products match, counted once per content version and set of filters: counting
    walks every matching index entry (tens of thousands for the whole catalogue or a common
    condition), far more than reading one page. Every write to the catalogue changes the
    content version (anagen.web.cache.bump_version), as the page cache needs too."""
    seconds = settings.ANAGEN_FRAGMENT_CACHE_SECONDS
    if not seconds:
        return ids.count()
    filters = repr(sorted(chosen.items())).encode()
    digest = hashlib.md5(filters, usedforsecurity=False).hexdigest()
    key = f"catalogue-count:{content_version()}:{digest}"
    return int(cache.get_or_set(key, ids.count, seconds))


def best_for(condition: str, limit: int) -> list[Product]:
    """The ranking for a condition: best efficacy for it first, then overall score."""
    ids = list(
        ProductCondition.objects.filter(condition=condition)
        .order_by("-efficacy", "-overall", "name", "product_id")
        .values_list("product_id", flat=True)[:limit]
    )
    found = Product.objects.in_bulk(ids)
    return [found[i] for i in ids if i in found]


def _rows(products: Iterable[Any]) -> Iterable[tuple[Any, ...]]:
    columns = bulk.columns_of(ProductCondition)
    for p in products:
        # (in the label's order, each once: row ids then follow the content, run after run)
        for condition in dict.fromkeys(c for c in p.target_conditions.split("|") if c):
            values = {"product": p.pk, "condition": condition}
            yield tuple(values[f.name] if f.name in values else getattr(p, f.name) for f in columns)


def insert(products: Sequence[Any]) -> None:
    """Listing rows of products that have none yet (new ones)."""
    rows = list(_rows(products))
    if rows:
        bulk.insert(ProductCondition, bulk.columns_of(ProductCondition), rows)


def refresh(products: Sequence[Any]) -> None:
    """Replace the listing rows of these products with their current values."""
    ProductCondition.objects.filter(product_id__in=[p.pk for p in products]).delete()
    insert(products)


@transaction.atomic
def rebuild() -> int:
    """Every listing row again, from the products table; returns the number of rows."""
    ProductCondition.objects.all().delete()
    batch: list[Any] = []
    for p in Product.objects.order_by("pk").only(*READ).iterator(chunk_size=BATCH):
        batch.append(p)
        if len(batch) >= BATCH:
            insert(batch)
            batch = []
    insert(batch)
    return ProductCondition.objects.count()


def _on_product_saved(sender: Any, instance: Product, **kwargs: Any) -> None:
    refresh([instance])


def connect_product_signals() -> None:
    """Admin saves and the curated sync go through Product.save(); deletes cascade."""
    post_save.connect(_on_product_saved, sender=Product, dispatch_uid="listing-product-saved")
