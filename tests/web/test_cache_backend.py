"""The local-memory cache hands out immutable values as they are and copies everything else,
and the layout stays ASCII so a page without non-ASCII content is encoded byte for byte."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from django.test import Client
from django.utils.safestring import SafeString, mark_safe

from anagen.web.cache_backend import UncheckedLocMemCache, is_immutable


@pytest.fixture
def backend() -> UncheckedLocMemCache:
    cache = UncheckedLocMemCache("test-cache-backend", {})
    cache.clear()
    return cache


def test_immutable_values_come_back_as_stored(backend: UncheckedLocMemCache) -> None:
    html = mark_safe("<p>fragment</p>")
    page = (b"<html></html>", "text/html; charset=utf-8", 200)
    backend.set("html", html)
    backend.set("page", page)
    assert backend.get("html") is html and isinstance(backend.get("html"), SafeString)
    assert backend.get("page") is page
    assert backend.get_or_set("made", lambda: "built") == "built"
    assert backend.get("made") == "built"


def test_mutable_values_are_copies(backend: UncheckedLocMemCache) -> None:
    head = {"name": "Minoxidil", "tags": ["a"]}
    backend.set("head", head)
    got = backend.get("head")
    assert got == head and got is not head
    got["tags"].append("b")
    assert backend.get("head") == {"name": "Minoxidil", "tags": ["a"]}
    assert not is_immutable(("text", ["list inside a tuple"]))


def test_counters_add_and_missing_keys(backend: UncheckedLocMemCache) -> None:
    assert backend.add("n", 1) is True and backend.add("n", 5) is False
    assert backend.incr("n") == 2 and backend.incr("n", 3) == 5
    assert backend.get("n") == 5
    with pytest.raises(ValueError):
        backend.incr("missing")
    assert backend.get("missing", "default") == "default"


def test_the_layout_writes_only_ascii() -> None:
    """Entities (&middot;, &mdash;), not the characters: one non-ASCII character in the layout
    would make every page a wider string to join and a slow one to encode."""
    root = Path(__file__).resolve().parents[2] / "anagen"
    for name in (
        "web/templates/web/base.html",
        "web/templates/web/_footer_links.html",
        "web/templates/web/_nav.html",
        "knowledge/templates/knowledge/treatment_detail.html",
        "products/templates/products/list.html",
    ):
        assert (root / name).read_text(encoding="utf-8").isascii(), name


@pytest.mark.django_db
def test_a_worker_freezes_its_start_up_heap_after_the_first_request(client: Client) -> None:
    assert client.get("/").status_code == 200
    assert gc.get_freeze_count() > 0
