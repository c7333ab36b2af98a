"""Every write of the products app: syncing the curated catalogue and importing products.

A product, its analysis, score and search document are written together in one transaction
(an import writes a batch of products per transaction), so an interrupted import never leaves
a half-written product.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone

from anagen.knowledge.base import KnowledgeBase
from anagen.products import bulk, listing, load_indexes
from anagen.products.evaluate import product_fields
from anagen.products.importers import ImportRow, RowError
from anagen.products.models import Product
from anagen.products.parallel import evaluated_batches
from anagen.products.schema import Product as ProductRecord
from anagen.web.cache import bump_version
from anagen.web.search_index import index_new_products, index_products


def curated_fields(p: ProductRecord, kb: KnowledgeBase) -> dict[str, Any]:
    return product_fields(
        name=p.name,
        brand=p.brand,
        form=str(p.form),
        regulatory_type=str(p.regulatory_type),
        conditions=list(p.conditions),
        label_text=p.label_text,
        marketing_text="\n".join(p.marketing_claims),
        price_band=str(p.price.band) if p.price else None,
        kb=kb,
        sponsored=p.sponsored,
        disclosure=p.disclosure or "",
        review=p.review or "",
        sources=[s.model_dump(mode="json") for s in p.sources],
        components=list(p.components),
        origin=Product.Origin.CONTENT,
    )


def sync_curated(kb: KnowledgeBase) -> dict[str, int]:
    """Upsert the curated catalogue; remove curated products whose file is gone. Runs inside
    the content load's transaction."""
    counts = {"created": 0, "updated": 0, "deleted": 0, "unchanged": 0}
    existing = {p.slug: p for p in Product.objects.filter(origin=Product.Origin.CONTENT)}
    for slug in set(existing) - set(kb.products):
        existing.pop(slug).delete()
        counts["deleted"] += 1
    for slug, record in kb.products.items():
        fields = curated_fields(record, kb)
        row = existing.get(slug)
        if row is None:
            Product.objects.update_or_create(slug=slug, defaults=fields)
            counts["created"] += 1
        elif any(getattr(row, k) != v for k, v in fields.items()):
            for k, v in fields.items():
                setattr(row, k, v)
            row.save()
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
    return counts


IMPORT_BATCH = 1000  # rows evaluated, then written in one transaction (fewer commits)


@transaction.atomic
def write_batch(batch: list[tuple[ImportRow, dict[str, Any]]]) -> dict[str, int]:
    """Create or update a batch of evaluated rows, their listing rows and search documents
    in one transaction: a batch lands whole or not at all, so no product is ever half-written.
    A curated product of the same slug wins over its import and is left alone."""
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    existing = Product.objects.in_bulk([row.slug for row, _ in batch], field_name="slug")
    new: list[Product] = []
    changed: list[Product] = []
    now = timezone.now()
    for row, fields in batch:
        product = existing.get(row.slug)
        if product is None:
            new.append(
                Product(slug=row.slug, code=row.code, origin=Product.Origin.IMPORT, **fields)
            )
        elif product.origin == Product.Origin.CONTENT or all(
            getattr(product, k) == v for k, v in fields.items()
        ):
            counts["unchanged"] += 1
        else:
            for k, v in fields.items():
                setattr(product, k, v)
            product.code = row.code
            product.updated = now  # bulk_update does not apply auto_now
            changed.append(product)
    _insert(new)
    if changed:
        Product.objects.bulk_update(changed, [*batch[0][1], "code", "updated"])
    listing.insert(new)
    listing.refresh(changed)
    index_new_products(new)
    index_products(changed)
    counts["created"], counts["updated"] = len(new), len(changed)
    return counts


def _insert(products: list[Product]) -> None:
    """Insert new products in one statement and read back their ids."""
    if not products:
        return
    columns = bulk.columns_of(Product)
    now = timezone.now()
    for p in products:
        p.updated = now  # auto_now, which only save() and bulk_create apply
    bulk.insert(Product, columns, bulk.rows_of(products, columns))
    ids = dict(
        Product.objects.filter(slug__in=[p.slug for p in products]).values_list("slug", "pk")
    )
    for p in products:
        p.pk = ids[p.slug]


@dataclass
class ImportReport:
    counts: dict[str, int] = field(
        default_factory=lambda: {"created": 0, "updated": 0, "unchanged": 0, "skipped": 0}
    )
    errors: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        c = self.counts
        return (
            f"import finished: {c['created']} created, {c['updated']} updated, "
            f"{c['unchanged']} unchanged, {c['skipped']} skipped with errors"
        )


def import_products(
    rows: Iterable[ImportRow | RowError],
    kb: KnowledgeBase,
    progress: Callable[[int], None] | None = None,
    *,
    content_dir: Path | None = None,
    workers: int = 1,
    expected_rows: int = 0,
) -> ImportReport:
    """Import rows in batches: bad rows are reported and skipped, good rows land. Each batch
    is evaluated (by `workers` processes when the content directory of `kb` is given), then
    written in one transaction. When `expected_rows` makes it a large load, the loaded tables'
    secondary indexes are dropped for it and built again at the end (see load_indexes)."""
    report = ImportReport()
    load_indexes.restore_indexes()  # left missing by an import that died
    bulk.widen_sqlite_cache(64)
    batches = evaluated_batches(_valid_batches(rows, report, progress), kb, content_dir, workers)
    # closing: an interrupted write stops the worker pool too
    with load_indexes.set_aside_for(expected_rows), closing(batches):
        for batch in batches:
            for key, n in write_batch(batch).items():
                report.counts[key] += n
    if report.counts["created"] or report.counts["updated"]:
        bump_version()
    return report


def _valid_batches(
    rows: Iterable[ImportRow | RowError],
    report: ImportReport,
    progress: Callable[[int], None] | None,
) -> Iterator[list[ImportRow]]:
    """Good rows in batches of IMPORT_BATCH; bad and repeated rows go to the report."""
    seen: dict[str, int] = {}
    batch: list[ImportRow] = []
    for done, row in enumerate(rows, start=1):
        if progress:
            progress(done)
        if isinstance(row, RowError):
            report.errors.append(str(row))
            report.counts["skipped"] += 1
            continue
        if row.slug in seen:
            report.errors.append(
                str(RowError(row.number, "code", f"duplicate of row {seen[row.slug]}"))
            )
            report.counts["skipped"] += 1
            continue
        seen[row.slug] = row.number
        batch.append(row)
        if len(batch) >= IMPORT_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
