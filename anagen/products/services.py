"""Every write of the products app: syncing the curated catalogue and importing products.

A product and its analysis and score are written together in one transaction, so an
interrupted import never leaves a half-written product.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from anagen.claims.report import report_json
from anagen.knowledge.base import KnowledgeBase
from anagen.products.categories import category_of
from anagen.products.evaluate import analysis_json, evaluate, score_json
from anagen.products.importers import ImportRow, RowError
from anagen.products.models import Product
from anagen.products.schema import Product as ProductRecord
from anagen.products.scoring import ProductFacts
from anagen.web.cache import bump_version


def product_fields(
    *,
    name: str,
    brand: str,
    form: str,
    regulatory_type: str,
    conditions: list[str],
    label_text: str,
    marketing_text: str,
    price_band: str | None,
    kb: KnowledgeBase,
    **extra: Any,
) -> dict[str, Any]:
    """Every column of a product row: label analysis, claim check and score included."""
    facts = ProductFacts(
        form=form,
        regulatory_type=regulatory_type,
        conditions=tuple(conditions),
        price_band=price_band,
    )
    analysis, report, score = evaluate(label_text, marketing_text, facts, kb)
    return {
        "name": name,
        "brand": brand,
        "form": form,
        "regulatory_type": regulatory_type,
        "category": category_of(form, regulatory_type),
        "target_conditions": "|" + "|".join(conditions) + "|" if conditions else "",
        "price_band": price_band or "",
        "label_text": label_text,
        "marketing_text": marketing_text,
        "analysis": analysis_json(analysis),
        "claims": report_json(report) if report else {},
        "score": score_json(score),
        "overall": score.overall,
        "efficacy": score.part("efficacy").score,
        **extra,
    }


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


@transaction.atomic
def upsert_imported(slug: str, code: str, fields: dict[str, Any]) -> str:
    """Create or update one imported product; returns created, updated or unchanged."""
    row = Product.objects.filter(slug=slug).first()
    if row is None:
        Product.objects.create(slug=slug, code=code, origin=Product.Origin.IMPORT, **fields)
        return "created"
    if row.origin == Product.Origin.CONTENT:
        return "unchanged"  # the curated record wins over an import of the same product
    if all(getattr(row, k) == v for k, v in fields.items()):
        return "unchanged"
    for k, v in fields.items():
        setattr(row, k, v)
    row.code = code
    row.save()
    return "updated"


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
) -> ImportReport:
    """Import rows one transaction each: bad rows are reported and skipped, good rows land."""
    report = ImportReport()
    seen: dict[str, int] = {}
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
        fields = product_fields(
            name=row.name,
            brand=row.brand,
            form=row.form,
            regulatory_type=row.regulatory_type,
            conditions=list(row.conditions),
            label_text=row.label_text,
            marketing_text=row.marketing_text,
            price_band=row.price_band,
            kb=kb,
            sources=list(row.sources),
        )
        report.counts[upsert_imported(row.slug, row.code, fields)] += 1
    if report.counts["created"] or report.counts["updated"]:
        bump_version()
    return report
