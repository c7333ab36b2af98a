"""The condition listing follows every product write, and lists read through it give exactly
what a plain filter over all products gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db.models import QuerySet
from django.test import Client

from anagen.cli.dispatch import main
from anagen.knowledge import runtime
from anagen.products import listing
from anagen.products.listing import COPIED, best_for, catalogue_page
from anagen.products.models import Product, ProductCondition
from anagen.products.synthetic import csv_text, synthetic_products

pytestmark = pytest.mark.django_db


def _expected() -> set[tuple[object, ...]]:
    return {
        (p.pk, c, *(getattr(p, k) for k in COPIED))
        for p in Product.objects.all()
        for c in p.conditions
    }


def _listed() -> set[tuple[object, ...]]:
    return set(ProductCondition.objects.values_list("product_id", "condition", *COPIED))


def _plain(chosen: dict[str, str]) -> QuerySet[Product]:
    others = {k: v for k, v in chosen.items() if k != "condition"}
    products = Product.objects.filter(**others)
    if "condition" in chosen:
        products = products.filter(target_conditions__contains=f"|{chosen['condition']}|")
    return products


def _import_synthetic(tmp_path: Path, count: int, seed: int) -> None:
    path = tmp_path / "c.csv"
    path.write_text(csv_text(synthetic_products(count, runtime.get_kb(), seed=seed)))
    assert main(["import-products", str(path), "--format", "csv", "--workers", "1"]) == 0


def test_the_listing_matches_the_products_after_load_import_save_and_delete(
    tmp_path: Path,
) -> None:
    assert ProductCondition.objects.exists() and _listed() == _expected()
    _import_synthetic(tmp_path, 120, seed=5)
    assert _listed() == _expected()
    product = Product.objects.filter(target_conditions__contains="|").first()
    assert product is not None
    product.target_conditions = "|telogen-effluvium|"
    product.overall = 99.5
    product.save()
    assert _listed() == _expected()
    Product.objects.filter(pk__in=Product.objects.order_by("pk").values("pk")[:10]).delete()
    assert _listed() == _expected()
    listing.rebuild()
    assert _listed() == _expected()


@pytest.mark.parametrize(
    "chosen",
    [
        {"condition": "androgenetic-alopecia"},
        {"condition": "female-pattern-hair-loss", "form": "tablet"},
        {"condition": "androgenetic-alopecia", "regulatory_type": "otc_drug", "price_band": "low"},
        {"condition": "alopecia-areata", "category": "shampoo"},
        {"condition": "no-such-condition"},
        {"form": "foam"},
    ],
)
def test_a_list_page_holds_what_a_plain_filter_would(
    tmp_path: Path, chosen: dict[str, str]
) -> None:
    _import_synthetic(tmp_path, 300, seed=8)
    # The oracle: a substring filter on the product table itself, ordered by the database
    # (names sort by its collation).
    every = list(_plain(chosen).order_by("-overall", "name", "pk"))
    for number in (1, 2, 3):
        page = catalogue_page(chosen, number, 10)
        assert page.paginator.count == len(every)
        start = (page.number - 1) * 10
        expected = [(p.overall, p.name) for p in every[start : start + 10]]
        assert [(p.overall, p.name) for p in page.object_list] == expected


def test_the_condition_ranking_is_best_efficacy_first(tmp_path: Path) -> None:
    _import_synthetic(tmp_path, 200, seed=2)
    ranked = best_for("androgenetic-alopecia", 50)
    plain = _plain({"condition": "androgenetic-alopecia"})
    every = list(plain.order_by("-efficacy", "-overall", "name", "pk"))
    assert [p.pk for p in ranked] == [p.pk for p in every[:50]]


def test_list_pages_and_api_filter_by_condition(client: Client) -> None:
    html = client.get("/products/?condition=androgenetic-alopecia&form=foam").content.decode()
    api = client.get("/api/v1/products?condition=androgenetic-alopecia&form=foam").json()
    assert api["count"] > 0
    assert all(item["form"] == "foam" for item in api["items"])
    assert all(item["slug"] in html for item in api["items"][:24])


def test_listing_rows_follow_the_products_condition_order_each_once() -> None:
    """Row ids follow the content, so two loads of the same catalogue give the same table."""
    product = Product.objects.filter(target_conditions__contains="|").first()
    assert product is not None
    product.target_conditions = "|telogen-effluvium|androgenetic-alopecia|telogen-effluvium|"
    product.save()
    rows = ProductCondition.objects.filter(product=product).order_by("pk")
    assert list(rows.values_list("condition", flat=True)) == [
        "telogen-effluvium",
        "androgenetic-alopecia",
    ]
