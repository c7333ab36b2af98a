"""Browser tests: Debian's Chromium driven by Playwright against `anagen run` on 127.0.0.1.

The server is the real one a newcomer gets from `make run` (its own SQLite file in a temporary
folder), so these tests see exactly what a person sees.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.servers import free_port, wait_until_serving

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    return {
        **browser_type_launch_args,
        "executable_path": path,
        "args": [*browser_type_launch_args.get("args", []), *CHROMIUM_ARGS],
    }


@pytest.fixture(scope="session")
def site_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of the test site: its own SQLite file in a temporary folder."""
    env = {
        **os.environ,
        "ANAGEN_VAR_DIR": str(tmp_path_factory.mktemp("site-var")),
        # Production settings, as visitors get them (real 404/500 pages, hashed static files),
        # minus TLS-only cookies and redirects: the test site speaks plain http on 127.0.0.1.
        "ANAGEN_DEBUG": "0",
        "ANAGEN_SECRET_KEY": "browser-tests-only-" + "k" * 50,
        "ANAGEN_SECURE_COOKIES": "0",
        "ANAGEN_SSL_REDIRECT": "0",
        "ANAGEN_HSTS_SECONDS": "0",
        "ANAGEN_REQUEST_LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("DATABASE_URL", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def site_manage(env: dict[str, str], code: str) -> None:
    """Run Python against the test site's database (e.g. to make a moderator)."""
    subprocess.run(
        [sys.executable, "-m", "anagen.cli", "manage", "shell", "-c", code],
        env=env,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="session")
def site_url(tmp_path_factory: pytest.TempPathFactory, site_env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    env = site_env
    log = tmp_path_factory.mktemp("site-log") / "server.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                *(sys.executable, "-m", "anagen.cli", "serve"),
                *("--bind", f"127.0.0.1:{port}", "--workers", "2"),
            ],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(proc, url + "/", log)
        yield url
    finally:
        proc.terminate()  # the server stops its workers on SIGTERM
        proc.wait(timeout=30)


@pytest.fixture
def shoot() -> Any:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def _shoot(page: Any, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _shoot
