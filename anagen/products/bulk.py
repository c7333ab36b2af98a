"""Plain multi-row INSERTs for the large writes (imports, the synthetic catalogue).

bulk_create prepares every value through the query compiler, which costs more than the
database's own work when a hundred thousand wide rows are written; here the statement is built
once per table and only JSON and date-time values need adapting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import connection, models


def columns_of(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    """Every stored column but the generated primary key, in model order."""
    return [f for f in model._meta.concrete_fields if not f.primary_key]


def insert_sql(model: type[models.Model], columns: Sequence[models.Field[Any, Any]]) -> str:
    quote = connection.ops.quote_name
    return (
        f"INSERT INTO {quote(model._meta.db_table)} "
        f"({', '.join(quote(f.column) for f in columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))})"
    )


def adapter(field: models.Field[Any, Any]) -> Callable[[Any], Any] | None:
    """How a column's values are handed to the driver: None when as they are."""
    ops = connection.ops  # read once: each access goes through the connection proxy
    if isinstance(field, models.JSONField):
        encoder = field.encoder
        return lambda value: ops.adapt_json_value(value, encoder)
    if isinstance(field, models.DateTimeField):
        return ops.adapt_datetimefield_value
    return None


def adapt(field: models.Field[Any, Any], value: Any) -> Any:
    """One value as the database driver takes it."""
    convert = adapter(field)
    return convert(value) if convert else value


def rows_of(
    objects: Iterable[Any], columns: Sequence[models.Field[Any, Any]]
) -> list[tuple[Any, ...]]:
    """Each object's column values (by attribute name), adapted, in column order."""
    plan = [(f.attname, adapter(f)) for f in columns]
    return [
        tuple(convert(getattr(o, name)) if convert else getattr(o, name) for name, convert in plan)
        for o in objects
    ]


def insert(
    model: type[models.Model],
    columns: Sequence[models.Field[Any, Any]],
    rows: Iterable[tuple[Any, ...]],
) -> None:
    """INSERT rows whose values are already adapted, in column order. On PostgreSQL through
    COPY, which streams the rows instead of sending one statement per row."""
    with connection.cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.executemany(insert_sql(model, columns), list(rows))
            return
        quote = connection.ops.quote_name
        statement = (
            f"COPY {quote(model._meta.db_table)} "
            f"({', '.join(quote(f.column) for f in columns)}) FROM STDIN"
        )
        with cursor.cursor.copy(statement) as copy:  # the driver's own cursor
            for row in rows:
                copy.write_row(row)


def widen_sqlite_cache(mib: int) -> None:
    """For a large write on SQLite: index pages touched in random order stay in memory (this
    connection only) instead of being re-read for every batch; and the write-ahead log is
    copied into the database once it holds as much (not every 4 MiB, SQLite's default, which
    is every batch), so an index page that every batch changes is written back once per many
    batches. Other databases: nothing."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = -{int(mib) * 1024}")
            cursor.execute("PRAGMA page_size")
            page = cursor.fetchone()[0]
            cursor.execute(f"PRAGMA wal_autocheckpoint = {int(mib) * 1024 * 1024 // page}")
