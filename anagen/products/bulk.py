"""Plain multi-row INSERTs for the large writes (imports, the synthetic catalogue).

bulk_create prepares every value through the query compiler, which costs more than the
database's own work when a hundred thousand wide rows are written; here the statement is built
once per table and only JSON and date-time values need adapting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
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


def adapt(field: models.Field[Any, Any], value: Any) -> Any:
    """A value as the database driver takes it."""
    if isinstance(field, models.JSONField):
        return connection.ops.adapt_json_value(value, field.encoder)
    if isinstance(value, dt.datetime):
        return connection.ops.adapt_datetimefield_value(value)
    return value


def insert(
    model: type[models.Model],
    columns: Sequence[models.Field[Any, Any]],
    rows: Iterable[tuple[Any, ...]],
) -> None:
    """INSERT rows whose values are already adapted, in column order."""
    with connection.cursor() as cursor:
        cursor.executemany(insert_sql(model, columns), list(rows))
