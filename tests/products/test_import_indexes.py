"""A large import drops the loaded tables' secondary indexes and builds them again; an import
that dies without building them is repaired by the next import or by migrate, back to exactly
what a fresh migrate creates."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection

from anagen.knowledge.base import KnowledgeBase
from anagen.products import load_indexes, services
from anagen.products.importers import read_csv
from anagen.products.models import Product
from anagen.products.synthetic import csv_text, synthetic_products

pytestmark = pytest.mark.django_db

ROWS = 30


def _indexes() -> dict[str, Any]:
    """Every index and constraint of the loaded tables, as the database describes them."""
    with connection.cursor() as cursor:
        return {
            model._meta.db_table: connection.introspection.get_constraints(
                cursor, model._meta.db_table
            )
            for model in load_indexes._models(None)
        }


def _import(kb: KnowledgeBase, seed: int = 5) -> services.ImportReport:
    raw = csv_text(synthetic_products(ROWS, kb, seed=seed)).encode()
    return services.import_products(read_csv(raw, set(kb.conditions)), kb, expected_rows=ROWS)


@pytest.fixture
def large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make a few rows count as a large load (the rule itself is tested below)."""
    monkeypatch.setattr(load_indexes, "worth_setting_aside", lambda rows, using="default": True)


def _crash_in_second_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services, "IMPORT_BATCH", 10)
    real = services.write_batch
    calls = {"n": 0}

    def crash(batch: Any) -> dict[str, int]:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("the import dies half-way")
        return real(batch)

    monkeypatch.setattr(services, "write_batch", crash)


def test_a_migrated_database_has_every_declared_index_under_its_declared_name() -> None:
    """Indexes are dropped and rebuilt by the names the schema editor gives them today; an
    index migrations had left under another name would be built twice."""
    for model in load_indexes._models(None):
        existing = load_indexes._existing(model, "default")
        assert set(load_indexes.declared_indexes(model)) <= existing, model.__name__
    assert load_indexes.restore_indexes() == []


def test_a_large_import_ends_with_exactly_the_indexes_of_a_fresh_migrate(
    kb: KnowledgeBase, large: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _indexes()
    dropped: list[list[str]] = []
    real_drop = load_indexes.drop_indexes
    monkeypatch.setattr(load_indexes, "drop_indexes", lambda *a: dropped.append(real_drop(*a)))
    assert _import(kb).counts["created"] == ROWS
    assert dropped and "product_list_idx" in dropped[0]  # they were really set aside
    assert _indexes() == fresh


def test_unique_indexes_and_slug_lookups_are_never_dropped(kb: KnowledgeBase) -> None:
    set_aside = load_indexes.drop_indexes()
    remaining = _indexes()["products_product"]
    assert all(not c["unique"] for t in _indexes().values() for n, c in t.items() if n in set_aside)
    assert any(c["unique"] and c["columns"] == ["slug"] for c in remaining.values())
    assert not any(c["index"] and c["columns"][:1] == ["overall"] for c in remaining.values())
    load_indexes.restore_indexes()


def test_an_import_failing_mid_load_builds_its_indexes_again(
    kb: KnowledgeBase, large: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _indexes()
    _crash_in_second_batch(monkeypatch)
    with pytest.raises(RuntimeError):
        _import(kb)
    assert _indexes() == fresh


@pytest.mark.parametrize("repair", ["next import", "migrate"])
def test_an_import_killed_without_its_indexes_is_repaired(
    kb: KnowledgeBase, large: None, monkeypatch: pytest.MonkeyPatch, repair: str
) -> None:
    fresh = _indexes()
    _crash_in_second_batch(monkeypatch)
    # Killed: the process never reaches its own clean-up.
    monkeypatch.setattr(load_indexes, "restore_indexes", lambda *a, **k: [])
    with pytest.raises(RuntimeError):
        _import(kb)
    assert _indexes() != fresh, "the kill left indexes missing"
    monkeypatch.undo()
    if repair == "migrate":  # also what `anagen run` and `anagen serve` start with
        call_command("migrate", interactive=False, verbosity=0)
    else:
        assert _import(kb, seed=6).counts["created"] == ROWS
    assert _indexes() == fresh
    assert Product.objects.filter(origin=Product.Origin.IMPORT).count() >= 10  # batch 1 stays


def test_only_a_load_of_many_rows_and_no_fewer_than_the_table_holds_sets_indexes_aside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    held = Product.objects.count()  # the curated catalogue
    monkeypatch.setattr(load_indexes, "LARGE_LOAD", 10)
    assert load_indexes.worth_setting_aside(held)
    assert not load_indexes.worth_setting_aside(held - 1)
    monkeypatch.setattr(load_indexes, "LARGE_LOAD", held + 1)
    assert not load_indexes.worth_setting_aside(held)
