"""Structured request logs: one JSON line per request with a request id, never a body.

Request bodies (passwords, assessment answers, review text) are never logged; errors are
logged with the request id, path and status so they can be traced.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

log = logging.getLogger("anagen.requests")


class RequestLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        # As random as uuid4().hex, without building a UUID object per request.
        request_id = incoming[:64] if incoming.replace("-", "").isalnum() else os.urandom(16).hex()
        request.request_id = request_id  # type: ignore[attr-defined]
        start = time.perf_counter()
        response = self.get_response(request)
        response["X-Request-ID"] = request_id
        level = logging.ERROR if response.status_code >= 500 else logging.INFO
        if not log.isEnabledFor(level):  # production may log only errors: skip the work
            return response
        record = {
            "request_id": request_id,
            "method": request.method,
            "path": request.path[:300],
            "status": response.status_code,
            "ms": round((time.perf_counter() - start) * 1000, 1),
        }
        log.log(level, json.dumps(record))
        return response


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        base = {"level": record.levelname, "logger": record.name, "time": self.formatTime(record)}
        message = record.getMessage()
        try:
            base.update(json.loads(message))
        except ValueError:
            base["message"] = message
        if record.exc_info:
            base["error"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(base)
