"""Documented error answers of the API: every 4xx is JSON {"detail": ...}."""

from __future__ import annotations

import json
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


def unreadable_body(cause: BaseException | None, content_type: str) -> str | None:
    """Why a request body could not be read as JSON, in words a client can act on; None when
    `cause` is not a reading failure. django-ninja itself says only "Cannot parse request body"."""
    if isinstance(cause, UnicodeDecodeError):
        reason = f"the request body is not UTF-8 text (byte {cause.start})"
    elif isinstance(cause, json.JSONDecodeError):
        reason = (
            f"the request body is not valid JSON: {cause.msg} "
            f"at line {cause.lineno} column {cause.colno}"
        )
    elif isinstance(cause, RecursionError):
        reason = "the request body is nested too deeply to read"
    else:
        return None
    if content_type != "application/json":
        reason += f" (it was sent as {content_type or 'no content type'}; send application/json)"
    return reason
