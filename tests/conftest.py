"""Shared fixtures: the real knowledge base once per session, loaded into each test database."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.loader import default_content_dir, load_content

CONTENT_DIR = default_content_dir()


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_content(CONTENT_DIR)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: pytest.FixtureRequest) -> None:
    """Load the real content once per test database; each test then rolls back its changes."""
    from anagen.knowledge.services import load_and_sync

    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        load_and_sync(CONTENT_DIR)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests talk to 127.0.0.1 only; anything else is a bug in the test."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if (
            isinstance(host, str)
            and host not in {"127.0.0.1", "localhost", "::1"}
            and not host.startswith("/")
        ):
            raise RuntimeError(f"network access to {host!r} is blocked in tests")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Rate-limit counters and cached pages never leak from one test into another."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _restore_runtime_kb() -> Iterator[None]:
    """A test that loads a modified content copy must not leave it for the next test."""
    from anagen.knowledge import runtime

    saved = runtime._kb
    yield
    runtime._kb = saved


@pytest.fixture
def content_copy(tmp_path: Path) -> Iterator[Path]:
    """A private copy of the real content, for tests that break it on purpose."""
    import shutil

    dest = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, dest)
    yield dest


os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
