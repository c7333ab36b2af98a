"""Documented error answers of the API: every 4xx is JSON {"detail": ...}."""

from __future__ import annotations

from typing import Any

from ninja import Schema


class ErrorOut(Schema):
    detail: Any


NOT_FOUND: dict[int, type[Schema]] = {404: ErrorOut, 422: ErrorOut}
INVALID: dict[int, type[Schema]] = {400: ErrorOut, 413: ErrorOut, 422: ErrorOut}
QUERY: dict[int, type[Schema]] = {422: ErrorOut}

# Query-string text may not hold NUL: the site refuses it before any view runs (see
# NulCharacterMiddleware). Every string query parameter declares it, so the schema says so.
NO_NUL = r"^[^\x00]*$"
