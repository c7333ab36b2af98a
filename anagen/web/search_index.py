"""Every write to the search index: pages when content loads, a product when it is saved or
deleted, and a full rebuild for repairs.

The full-text tables follow web_searchdoc inside the database (triggers on SQLite, a generated
column on PostgreSQL), so each write here is one ordinary row write in the caller's transaction.
"""

from __future__ import annotations

from typing import Any

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save

from anagen.knowledge.base import KnowledgeBase
from anagen.products import bulk
from anagen.search import PAGE_KINDS, Doc, name_key, page_docs, product_doc
from anagen.web.models import SearchDoc

FIELDS = ("kind", "title", "title_key", "url", "names", "body", "quality")
# What a product's document is made of (product_row): nothing else is read in bulk.
PRODUCT_FIELDS = [
    "slug",
    "name",
    "brand",
    "form",
    "category",
    "regulatory_type",
    "analysis",
    "review",
    "overall",
]
BATCH = 2000
FORM_WORDS = {"gummy": "gummies", "capsule": "capsules", "tablet": "tablets"}


def row(doc: Doc) -> dict[str, Any]:
    return {
        "key": doc.key,
        "kind": doc.kind,
        "title": doc.title[:300],
        "title_key": name_key(doc.title)[:300],
        "url": doc.url[:300],
        "names": "\n".join(doc.names),
        "body": doc.body,
        "quality": doc.quality,
    }


def product_row(p: Any) -> dict[str, Any]:
    """The search row of a product (a model instance, or a historical one in a migration)."""
    actives = [
        str(a.get("name_on_label") or a.get("ingredient") or "")
        for a in (p.analysis or {}).get("actives", [])
        if isinstance(a, dict)
    ]
    kind_of_product = " ".join(
        w
        for w in (FORM_WORDS.get(p.form, p.form), p.category, p.regulatory_type.replace("_", " "))
        if w
    )
    doc = product_doc(
        p.pk,
        slug=p.slug,
        name=p.name,
        brand=p.brand,
        kind_of_product=kind_of_product,
        actives=actives,
        review=p.review,
        overall=p.overall,
    )
    return row(doc)


@transaction.atomic
def index_pages(kb: KnowledgeBase) -> dict[str, int]:
    """Bring the page documents in line with the knowledge base: a few hundred rows, written
    only where they changed, so loading the same content twice writes nothing."""
    wanted = {d.key: row(d) for d in page_docs(kb)}
    existing = {
        r["key"]: r
        for r in SearchDoc.objects.filter(kind__in=PAGE_KINDS).values("id", "key", *FIELDS)
    }
    stale = [r["id"] for k, r in existing.items() if k not in wanted]
    SearchDoc.objects.filter(id__in=stale).delete()
    changed = [
        SearchDoc(id=existing[k]["id"], **fields)
        for k, fields in wanted.items()
        if k in existing and any(existing[k][f] != fields[f] for f in FIELDS)
    ]
    SearchDoc.objects.bulk_update(changed, FIELDS, batch_size=200)
    new = [SearchDoc(**fields) for k, fields in wanted.items() if k not in existing]
    SearchDoc.objects.bulk_create(new, batch_size=200)
    return {"created": len(new), "updated": len(changed), "deleted": len(stale)}


def index_product(product: Any) -> None:
    """Insert or update one product's document: a single upsert statement."""
    index_products([product])


def index_products(products: list[Any]) -> None:
    """Insert or update many products' documents in one upsert (an import's batch, whose
    bulk writes send no save signals)."""
    SearchDoc.objects.bulk_create(
        [SearchDoc(**product_row(p)) for p in products],
        update_conflicts=True,
        unique_fields=["key"],
        update_fields=list(FIELDS),
        batch_size=BATCH,
    )


def index_new_products(products: list[Any]) -> None:
    """The documents of products just inserted (an import's new rows) as plain rows, COPY on
    PostgreSQL, without the ORM's upsert, whose statement building per object is a large part
    of an import's writes. Product ids are never reused, so no document of these keys should
    exist; one left behind anyway is removed first, so the result is the upsert's."""
    if not products:
        return
    rows = [product_row(p) for p in products]
    SearchDoc.objects.filter(key__in=[r["key"] for r in rows]).delete()
    columns = bulk.columns_of(SearchDoc)
    bulk.insert(SearchDoc, columns, [tuple(r[f.name] for f in columns) for r in rows])


def unindex_product(pk: int) -> None:
    SearchDoc.objects.filter(key=f"product:{pk}").delete()


@transaction.atomic
def rebuild(kb: KnowledgeBase) -> int:
    """Every document again, products in batches: for repairs after writes that bypass the
    model (queryset.update, raw SQL). Returns the number of documents."""
    from anagen.products.models import Product

    SearchDoc.objects.all().delete()
    index_pages(kb)
    batch: list[SearchDoc] = []
    for p in Product.objects.order_by("pk").only(*PRODUCT_FIELDS).iterator(chunk_size=BATCH):
        batch.append(SearchDoc(**product_row(p)))
        if len(batch) >= BATCH:
            SearchDoc.objects.bulk_create(batch)
            batch = []
    SearchDoc.objects.bulk_create(batch)
    analyze()
    return SearchDoc.objects.count()


def analyze() -> None:
    """After a bulk load on PostgreSQL: fresh planner statistics, so the partial indexes are
    picked at once, and the GIN indexes' pending lists merged, so no query scans them; both
    without waiting for autovacuum. SQLite needs neither."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE web_searchdoc")
            for name in ("pages", "products"):
                cursor.execute(
                    "SELECT gin_clean_pending_list(%s::regclass)", [f"web_searchdoc_fts_{name}"]
                )


def _on_product_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    index_product(instance)


def _on_product_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    unindex_product(instance.pk)


def connect_product_signals() -> None:
    """Admin saves and deletes and the curated sync go through Product.save() or .delete(),
    so the index follows each in the same transaction; imports write in bulk and call
    index_products themselves."""
    from anagen.products.models import Product

    post_save.connect(_on_product_saved, sender=Product, dispatch_uid="search-product-saved")
    post_delete.connect(_on_product_deleted, sender=Product, dispatch_uid="search-product-deleted")
