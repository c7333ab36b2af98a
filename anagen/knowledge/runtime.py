"""The process-wide knowledge base for the engines, loaded once from the content files."""

from __future__ import annotations

import threading

from django.conf import settings

from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.loader import load_content

_lock = threading.Lock()
_kb: KnowledgeBase | None = None


def get_kb() -> KnowledgeBase:
    global _kb
    if _kb is None:
        with _lock:
            if _kb is None:
                _kb = load_content(settings.ANAGEN_CONTENT_DIR)
    return _kb


def set_kb(kb: KnowledgeBase) -> None:
    global _kb
    with _lock:
        _kb = kb
