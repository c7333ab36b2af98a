"""The synthetic benchmark catalogue: the asked counts, the same data for the same seed, rows the
importer accepts, labels the label analysis finds actives in, and bulk writes to the database."""

from __future__ import annotations

from collections import Counter

import pytest

from anagen.community.models import Review
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import CostBand
from anagen.products.importers import ImportRow, read_csv
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label
from anagen.products.models import Product
from anagen.products.synthetic import SLUG_PREFIX, csv_text, synthetic_products
from anagen.products.synthetic_db import SyntheticError, generate_catalogue
from anagen.products.synthetic_reviews import authors_for, synthetic_reviews
from anagen.products.vocab import Form, RegulatoryType


def test_the_same_seed_gives_the_same_products_and_another_seed_others(
    kb: KnowledgeBase,
) -> None:
    first = list(synthetic_products(300, kb, seed=3))
    assert first == list(synthetic_products(300, kb, seed=3))
    assert first != list(synthetic_products(300, kb, seed=4))


def test_products_come_in_the_asked_number_with_valid_unique_fields(kb: KnowledgeBase) -> None:
    products = list(synthetic_products(500, kb))
    assert len(products) == 500
    slugs = [p.slug for p in products]
    assert len(set(slugs)) == 500
    assert all(s.startswith(SLUG_PREFIX) and len(s) <= 64 for s in slugs)
    assert {p.form for p in products} <= {str(f) for f in Form}
    assert {p.regulatory_type for p in products} <= {str(t) for t in RegulatoryType}
    assert {p.price_band for p in products} <= {str(b) for b in CostBand}
    assert {c for p in products for c in p.conditions} <= set(kb.conditions)
    # varied, as a real catalogue: many brands, forms and names
    assert len({p.brand for p in products}) >= 10
    assert len({p.form for p in products}) >= 8
    assert len({p.name for p in products}) >= 200


def test_label_analysis_finds_actives_in_most_labels_that_have_them(kb: KnowledgeBase) -> None:
    index = index_for(kb)
    labels = [p.label_text for p in synthetic_products(400, kb) if p.form != "device"]
    found = [analyze_label(text, index).actives for text in labels]
    assert sum(1 for actives in found if actives) >= 0.8 * len(labels)
    assert len({a.ingredient for actives in found for a in actives}) >= 15


def test_the_csv_is_read_by_the_importer_without_a_row_error(kb: KnowledgeBase) -> None:
    rows = list(read_csv(csv_text(synthetic_products(200, kb)).encode(), set(kb.conditions)))
    assert len(rows) == 200
    assert all(isinstance(r, ImportRow) for r in rows), [
        r for r in rows if not isinstance(r, ImportRow)
    ]


def test_reviews_come_in_the_asked_number_one_per_reviewer_and_target() -> None:
    reviews = list(
        synthetic_reviews(1_000, 120, ["minoxidil-topical", "biotin"], {"telogen-effluvium"})
    )
    assert len(reviews) == 1_000
    assert len({r.author for r in reviews}) == authors_for(1_000)
    targets = Counter((r.author, r.product, r.treatment) for r in reviews)
    assert max(targets.values()) == 1
    assert all((r.product is None) != (r.treatment is None) for r in reviews)
    assert reviews == list(
        synthetic_reviews(1_000, 120, ["minoxidil-topical", "biotin"], {"telogen-effluvium"})
    )


def _snapshot() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    products = list(
        Product.objects.filter(slug__startswith=SLUG_PREFIX)
        .order_by("slug")
        .values_list("slug", "name", "brand", "form", "label_text", "overall", "analysis")
    )
    reviews = list(
        Review.objects.filter(author__username__startswith="synthetic-reviewer-")
        .order_by("author__username", "product__slug", "treatment__slug")
        .values_list(
            "author__username",
            "product__slug",
            "treatment__slug",
            "effectiveness",
            "text",
            "status",
            "created",
        )
    )
    return products, reviews


@pytest.mark.django_db
def test_generate_catalogue_writes_the_asked_counts_the_same_way_twice(kb: KnowledgeBase) -> None:
    from django.contrib.auth import get_user_model

    report = generate_catalogue(kb, products=40, reviews=300, seed=5, jobs=1)
    assert (report.products, report.reviews, report.users) == (40, 300, authors_for(300))
    first = _snapshot()
    assert len(first[0]) == 40 and len(first[1]) == 300
    assert all(row[5] > 0 and row[6]["version"] for row in first[0])  # scored and analysed

    with pytest.raises(SyntheticError):
        generate_catalogue(kb, products=1, reviews=0, seed=5, jobs=1)

    Product.objects.filter(slug__startswith=SLUG_PREFIX).delete()
    get_user_model().objects.filter(username__startswith="synthetic-reviewer-").delete()
    generate_catalogue(kb, products=40, reviews=300, seed=5, jobs=1)
    assert _snapshot() == first
