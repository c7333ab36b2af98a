"""Secondary indexes set aside while a large import loads, then built again once.

Keeping the product table's fifteen indexes in order row by row costs several times the load
itself; building each once afterwards, from the loaded rows, costs a fraction. Only the indexes
Django's schema editor creates for a model's fields and Meta.indexes are set aside, never a
unique one nor one on a unique column (the import finds rows by slug and key), so each is built
again with the very statement a fresh migrate emits.

A load that dies before building them again leaves them missing until `restore_indexes` runs:
after every load, at the start of every import, and before every migrate (so `anagen run`,
`anagen serve` and `anagen manage migrate` all repair).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.apps import apps as installed_apps
from django.apps.registry import Apps
from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.migrations.executor import MigrationExecutor

# The tables an import fills, by app label and model name.
LOADED = (("products", "Product"), ("products", "ProductCondition"), ("web", "SearchDoc"))
# Building an index from scratch walks the whole table, rows already there included: it pays
# once the load adds at least as many rows as the table holds, and is not worth the window
# without indexes for a small file.
LARGE_LOAD = 20_000


def worth_setting_aside(rows: int, using: str = DEFAULT_DB_ALIAS) -> bool:
    """A large load, into a database at its models' state (so the indexes built afterwards
    are exactly those dropped)."""
    from anagen.products.models import Product

    return (
        rows >= LARGE_LOAD
        and rows >= Product.objects.using(using).count()
        and not _migrations_pending(using)
    )


def declared_indexes(model: type[models.Model], using: str = DEFAULT_DB_ALIAS) -> dict[str, str]:
    """Name -> CREATE INDEX statement of each index migrate creates for the model that may be
    set aside: not unique, and not led by a unique column (such as PostgreSQL's LIKE index on
    the slug), by which the import finds rows."""
    editor = connections[using].schema_editor()  # only builds statements; never entered
    lookups = {f.column for f in model._meta.local_fields if f.unique and not f.primary_key}
    found = {}
    for statement in editor._model_indexes_sql(model):
        name = statement.parts["name"]
        if name.columns and name.columns[0] in lookups:
            continue
        found[str(name).strip('"')] = str(statement)
    return found


def _existing(model: type[models.Model], using: str) -> set[str]:
    connection = connections[using]
    with connection.cursor() as cursor:
        return set(connection.introspection.get_constraints(cursor, model._meta.db_table))


def _models(registry: Apps | None) -> list[type[models.Model]]:
    """The loaded models as `registry` knows them (the installed ones by default), leaving out
    any that registry lacks (before their first migration)."""
    known = registry or installed_apps
    found = []
    for app_label, name in LOADED:
        try:
            found.append(known.get_model(app_label, name))
        except LookupError:
            continue
    return found


def drop_indexes(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Drop the loaded tables' declared indexes; returns their names."""
    connection = connections[using]
    drop = connection.schema_editor().sql_delete_index
    quote = connection.ops.quote_name
    dropped = []
    with connection.cursor() as cursor:
        _settle_constraints(cursor, connection)
        for model in _models(None):
            existing = _existing(model, using)
            for name in declared_indexes(model, using):
                if name in existing:
                    table = quote(model._meta.db_table)
                    cursor.execute(drop % {"table": table, "name": quote(name)})
                    dropped.append(name)
    return dropped


def restore_indexes(registry: Apps | None = None, using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """Create each declared index of the loaded tables that the database lacks; returns their
    names. `registry` is the models' state the database is at (the migrate command passes the
    applied migrations' state); by default the installed models, but only once the database
    has every migration applied, since an index a pending migration adds is that migration's
    to create."""
    connection = connections[using]
    tables = set(connection.introspection.table_names())
    missing = {
        model: sorted(set(declared_indexes(model, using)) - _existing(model, using))
        for model in _models(registry)
        if model._meta.db_table in tables
    }
    if not any(missing.values()) or (registry is None and _migrations_pending(using)):
        return []
    created = []
    with connection.cursor() as cursor:
        _settle_constraints(cursor, connection)
        for model, names in missing.items():
            statements = declared_indexes(model, using)
            for name in names:
                # IF NOT EXISTS: another process may be restoring the same index right now.
                sql = statements[name].replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1)
                cursor.execute(sql)
                created.append(name)
    return created


def _settle_constraints(cursor: Any, connection: Any) -> None:
    """PostgreSQL refuses index DDL on a table with deferred foreign-key checks still pending
    in the open transaction (rows written earlier in it); checking them now lets the DDL run.
    Outside a transaction (the import commits each batch) it changes nothing."""
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def _migrations_pending(using: str) -> bool:
    executor = MigrationExecutor(connections[using])
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


@contextmanager
def set_aside_for(rows: int, using: str = DEFAULT_DB_ALIAS) -> Iterator[None]:
    """Around a load of about `rows` rows: the loaded tables' declared indexes are dropped
    when that pays, and built again afterwards, whether the load finished or not."""
    if not worth_setting_aside(rows, using):
        yield
        return
    drop_indexes(using)
    try:
        yield
    finally:
        restore_indexes(installed_apps, using)


def restore_before_migrate(sender: Any, apps: Apps, using: str, **kwargs: Any) -> None:
    """pre_migrate: indexes a dead import left missing are back before any migration alters
    or removes them, as the applied migrations declared them."""
    restore_indexes(apps, using)
