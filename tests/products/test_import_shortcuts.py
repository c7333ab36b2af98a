"""The import's shortcuts store what the plain path stores: an evaluation shared by rows alike
equals each row's own, and a new product's search document written as a plain row equals the
upsert's, a leftover document of the same key included."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from django.db import connection

from anagen.cli.dispatch import main
from anagen.knowledge.base import KnowledgeBase
from anagen.products.evaluate import ImportEvaluator, product_fields
from anagen.products.importers import ImportRow
from anagen.products.models import Product
from anagen.web.models import SearchDoc
from anagen.web.search_index import index_new_products, product_row

ROW = ImportRow(
    number=2,
    slug="acme-test-foam",
    code="acme-test-foam",
    name="Test Foam",
    brand="Acme",
    form="foam",
    regulatory_type="otc_drug",
    label_text="Drug Facts Active ingredient Minoxidil 5% w/v Purpose Hair regrowth",
    conditions=("androgenetic-alopecia",),
    marketing_text="Clinically proven to regrow hair.",
    price_band="low",
    sources=({"url": "https://example.org/a", "title": "Import source", "kind": "listing"},),
)


def _own(row: ImportRow, kb: KnowledgeBase) -> dict[str, object]:
    """The row evaluated on its own, as the import did before evaluations were shared."""
    return product_fields(
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


def test_rows_alike_share_an_evaluation_and_keep_their_own_name_brand_and_sources(
    kb: KnowledgeBase,
) -> None:
    evaluate = ImportEvaluator(kb)
    first = evaluate(ROW)
    other = replace(ROW, number=3, slug="b-foam", code="b-foam", name="Foam", brand="B", sources=())
    second = evaluate(other)
    assert first == _own(ROW, kb) and second == _own(other, kb)
    assert (second["name"], second["brand"], second["sources"]) == ("Foam", "B", [])
    assert second["analysis"] is first["analysis"]  # worked out once


def test_rows_that_differ_in_what_is_evaluated_get_their_own_evaluation(
    kb: KnowledgeBase,
) -> None:
    evaluate = ImportEvaluator(kb, size=1)
    variants = [
        ROW,
        replace(ROW, price_band="very-high"),
        replace(ROW, marketing_text=""),
        replace(ROW, conditions=()),
        replace(ROW, form="serum", regulatory_type="cosmetic"),
        replace(ROW, label_text="Ingredients: Aqua, Caffeine, Glycerin"),
        ROW,
    ]
    for row in variants:
        assert evaluate(row) == _own(row, kb)
        assert len(evaluate.memo) == 1  # bounded: emptied when full


@pytest.mark.django_db
def test_a_new_products_document_replaces_one_left_behind(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        "name,brand,form,regulatory_type,label_text\n"
        'Test Foam,Acme,foam,otc_drug,"Drug Facts Active ingredient Minoxidil 5% w/v"\n'
    )
    assert main(["import-products", str(path), "--format", "csv"]) == 0
    product = Product.objects.get(slug="acme-test-foam")
    key = f"product:{product.pk}"
    SearchDoc.objects.filter(key=key).update(title="stale", body="stale")
    index_new_products([product])
    stored = SearchDoc.objects.filter(key=key).values(*product_row(product))
    assert list(stored) == [product_row(product)]
    if connection.vendor == "sqlite":  # the full-text index followed the delete and insert
        with connection.cursor() as cursor:
            fts = "web_searchdoc_fts_products"
            cursor.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
