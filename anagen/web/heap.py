"""Keep the garbage collector off the objects every worker builds once and keeps.

A worker's heap after start-up (Django, the URL patterns, compiled templates, the knowledge
base) is hundreds of thousands of objects that live as long as the process. Each full
collection walked them all again: a pause of milliseconds in whichever request triggered it,
which shows as tail latency. After the first request has loaded what is loaded lazily,
`gc.freeze()` moves them to a generation the collector never scans; new garbage is still found.
"""

from __future__ import annotations

import gc
from typing import Any

from django.core.signals import request_finished

UID = "anagen-freeze-heap"


def _freeze(sender: Any, **kwargs: Any) -> None:
    request_finished.disconnect(dispatch_uid=UID)  # once per process
    gc.collect()  # what start-up left as garbage is freed rather than kept for good
    gc.freeze()


def freeze_after_first_request() -> None:
    request_finished.connect(_freeze, dispatch_uid=UID)
