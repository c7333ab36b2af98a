"""Start the production server (gunicorn, DEBUG off) on 127.0.0.1 for a benchmark, then stop it."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(var: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "ANAGEN_VAR_DIR": str(var),
        "ANAGEN_DEBUG": "0",
        "ANAGEN_SECRET_KEY": "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ANAGEN_SECURE_COOKIES": "0",
        "ANAGEN_HSTS_SECONDS": "0",
        "ANAGEN_SSL_REDIRECT": "0",
        # One log line per request would swamp the figures and cost the server time.
        "ANAGEN_REQUEST_LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)
    return env


def server_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (gunicorn master and workers)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        proc = Path(f"/proc/{current}")
        with contextlib.suppress(OSError):
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in (proc / "task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
    return total


@dataclass(frozen=True)
class Server:
    port: int
    pid: int


@contextlib.contextmanager
def production_server(workers: int = 2) -> Iterator[Server]:
    with tempfile.TemporaryDirectory(prefix="anagen-bench-") as tmp:
        env = _env(Path(tmp))
        anagen = [sys.executable, "-m", "anagen.cli"]
        for args in (
            ["manage", "migrate", "-v0"],
            ["load-content"],
            ["manage", "collectstatic", "--noinput", "-v0"],
        ):
            subprocess.run(
                [*anagen, *args], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL
            )
        port = free_port()
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "anagen.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--no-control-socket",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=ROOT,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
                    break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("gunicorn did not start") from None
                    time.sleep(0.2)
            yield Server(port, proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=15)
