"""Write a synthetic catalogue into the database, for benchmarks: products with their label
analysis, claim check and score (computed as an import computes them), reviewers, and reviews.

Bulk inserts in batches inside one transaction, the same on SQLite and PostgreSQL; identical
labels are evaluated once (the evaluation is a pure function of them). Writes bypass
Product.save(), so the site search index is rebuilt once at the end, and the page cache emptied.
"""

from __future__ import annotations

import datetime as dt
import io
import multiprocessing
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.utils import timezone

from anagen.community.models import Review
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.models import Treatment
from anagen.products import bulk, listing
from anagen.products.evaluate import product_fields
from anagen.products.models import Product, ProductCondition
from anagen.products.synthetic import SLUG_PREFIX, SyntheticProduct, synthetic_products
from anagen.products.synthetic_reviews import SyntheticReview, authors_for, synthetic_reviews
from anagen.web.cache import bump_version

BATCH = 2000  # rows per executemany
CHUNK = 10_000  # products generated, evaluated and written per step
MEMO_SIZE = 50_000  # distinct labels kept evaluated (about 2 kB each)
USER_PREFIX = "synthetic-reviewer-"
REVIEW_FIELDS = (
    "author", "treatment", "product", "condition", "stage", "dose", "route", "duration_months",
    "effectiveness", "side_effects_rating", "value", "side_effects", "other_side_effects",
    "recommend", "text", "status", "reject_reason", "created", "updated",
)  # fmt: skip

Progress = Callable[[str, int, int], None]


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class SyntheticError(Exception):
    """The database cannot take a synthetic catalogue (it already holds one)."""


@dataclass
class CatalogueReport:
    products: int = 0
    users: int = 0
    reviews: int = 0
    search_documents: int | None = None
    seconds: dict[str, float] = field(default_factory=dict)

    def __str__(self) -> str:
        timing = ", ".join(f"{k} {v:.1f} s" for k, v in self.seconds.items())
        return (
            f"synthetic catalogue written: {self.products} products, {self.users} reviewers, "
            f"{self.reviews} reviews ({timing})"
        )


def generate_catalogue(
    kb: KnowledgeBase,
    *,
    products: int = 100_000,
    reviews: int = 1_000_000,
    seed: int = 9,
    jobs: int = 0,
    progress: Progress | None = None,
) -> CatalogueReport:
    """Write the catalogue; `jobs` processes evaluate labels (0: one per core, 1: no pool)."""
    reviewers = get_user_model().objects.filter(username__startswith=USER_PREFIX)
    if Product.objects.filter(slug__startswith=SLUG_PREFIX).exists() or reviewers.exists():
        raise SyntheticError(
            "the database already holds a synthetic catalogue; use a fresh database "
            "(ANAGEN_VAR_DIR or DATABASE_URL)"
        )
    report = CatalogueReport()
    bulk.widen_sqlite_cache(256)  # a million review rows: indexes touched in random order
    with transaction.atomic():
        start = time.perf_counter()
        rows = synthetic_products(products, kb, seed)
        ids = _insert_products(kb, rows, products, progress, jobs or os.cpu_count() or 1)
        listing.rebuild()  # bulk inserts bypass Product.save()
        report.products = len(ids)
        report.seconds["products"] = time.perf_counter() - start
        start = time.perf_counter()
        users = _insert_users(authors_for(reviews) if reviews else 0)
        treatments = dict(Treatment.objects.order_by("slug").values_list("slug", "id"))
        written = synthetic_reviews(reviews, len(ids), list(treatments), set(kb.conditions), seed)
        report.users = len(users)
        report.reviews = _insert_reviews(written, ids, users, treatments, reviews, progress)
        report.seconds["reviews"] = time.perf_counter() - start
    _settle()
    start = time.perf_counter()
    report.search_documents = _rebuild_search_index()
    report.seconds["search index"] = time.perf_counter() - start
    bump_version()
    return report


def _settle() -> None:
    """After the bulk load, on PostgreSQL: planner statistics and the visibility map that
    index-only scans (list counts) need, as autovacuum would set them a little later."""
    if connection.vendor != "postgresql":
        return
    # VACUUM cannot run inside a transaction (a caller's, or a test's); ANALYZE can.
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
    with connection.cursor() as cursor:
        for model in (Product, ProductCondition, Review):
            cursor.execute(f"{command} {connection.ops.quote_name(model._meta.db_table)}")


def _insert_products(
    kb: KnowledgeBase,
    rows: Iterator[SyntheticProduct],
    total: int,
    progress: Progress | None,
    jobs: int,
) -> list[int]:
    """Evaluate each distinct label once (in `jobs` processes), then INSERT in batches."""
    global _worker_kb
    _worker_kb = kb
    columns = bulk.columns_of(Product)
    now = timezone.now()
    memo: dict[tuple[Any, ...], dict[str, Any]] = {}
    pool = multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else None
    done = 0
    try:
        for chunk in batched(rows, CHUNK):
            if len(memo) > MEMO_SIZE - CHUNK:
                memo.clear()
            keys = [_key(p) for p in chunk]
            new = list(dict.fromkeys(k for k in keys if k not in memo))
            found = pool.map(_evaluate, new, chunksize=64) if pool else map(_evaluate, new)
            memo.update((k, _adapted(columns, f)) for k, f in zip(new, found, strict=True))
            params = [
                _product_row(columns, memo[k], p, now) for p, k in zip(chunk, keys, strict=True)
            ]
            for part in batched(params, BATCH):
                bulk.insert(Product, columns, part)
            done += len(params)
            if progress:
                progress("products", done, total)
    finally:
        if pool:
            pool.close()
            pool.join()
    # Slugs start with the zero-padded index, so slug order is catalogue order.
    synthetic = Product.objects.filter(slug__startswith=SLUG_PREFIX).order_by("slug")
    return list(synthetic.values_list("id", flat=True))


_worker_kb: KnowledgeBase | None = None  # set before the pool forks, read by _evaluate


def _key(p: SyntheticProduct) -> tuple[Any, ...]:
    return (p.label_text, p.marketing_text, p.form, p.regulatory_type, p.conditions, p.price_band)


def _evaluate(key: tuple[Any, ...]) -> dict[str, Any]:
    label_text, marketing_text, form, regulatory_type, conditions, price_band = key
    assert _worker_kb is not None
    return product_fields(
        name="",
        brand="",
        form=form,
        regulatory_type=regulatory_type,
        conditions=list(conditions),
        label_text=label_text,
        marketing_text=marketing_text,
        price_band=price_band,
        kb=_worker_kb,
    )


def _adapted(columns: list[Any], fields: dict[str, Any]) -> dict[str, Any]:
    """Column values as the driver takes them (JSON serialised once per distinct label)."""
    return {f.name: bulk.adapt(f, fields.get(f.name, f.get_default())) for f in columns}


def _product_row(
    columns: list[Any], shared: dict[str, Any], p: SyntheticProduct, now: dt.datetime
) -> tuple[Any, ...]:
    own = {
        "slug": p.slug,
        "code": p.slug,
        "name": p.name,
        "brand": p.brand,
        "origin": Product.Origin.IMPORT.value,
        "updated": connection.ops.adapt_datetimefield_value(now),
    }
    return tuple(own[f.name] if f.name in own else shared[f.name] for f in columns)


def _insert_users(count: int) -> list[int]:
    user = get_user_model()
    for chunk in batched(range(count), BATCH):
        user.objects.bulk_create(
            [user(username=f"{USER_PREFIX}{i:07d}", password="!synthetic") for i in chunk]
        )
    names = user.objects.filter(username__startswith=USER_PREFIX).order_by("username")
    return list(names.values_list("id", flat=True))


def _insert_reviews(
    rows: Iterable[SyntheticReview],
    products: list[int],
    users: list[int],
    treatments: dict[str, int],
    total: int,
    progress: Progress | None,
) -> int:
    """Plain INSERTs in batches: a million model instances would cost more than the writes."""
    ops = connection.ops
    columns = [Review._meta.get_field(f) for f in REVIEW_FIELDS]
    done = 0
    for chunk in batched(rows, BATCH):
        params = []
        for r in chunk:
            created = ops.adapt_datetimefield_value(r.created)
            params.append(
                (
                    users[r.author],
                    treatments[r.treatment] if r.treatment else None,
                    products[r.product] if r.product is not None else None,
                    r.condition,
                    r.stage,
                    "",
                    "",
                    r.duration_months,
                    r.effectiveness,
                    r.side_effects_rating,
                    r.value,
                    ops.adapt_json_value(list(r.side_effects), None),
                    "",
                    r.recommend,
                    r.text,
                    r.status,
                    "",
                    created,
                    created,
                )
            )
        bulk.insert(Review, columns, params)
        done += len(params)
        if progress:
            progress("reviews", done, total)
    return done


def _rebuild_search_index() -> int | None:
    """The site search follows Product.save(); bulk inserts bypass it, so rebuild once."""
    out = io.StringIO()
    try:
        call_command("rebuild_search_index", stdout=out)
    except CommandError:
        return None  # a site search without a stored index has nothing to rebuild
    numbers = re.findall(r"\d+", out.getvalue())
    return int(numbers[-1]) if numbers else None
