"""Start the production server (DEBUG off) on 127.0.0.1 for a benchmark, then stop it."""

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

from anagen.serving import server_command

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(var: Path, database_url: str | None = None) -> dict[str, str]:
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
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def server_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (server master and workers)."""
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


def worker_rss_mb(master: int) -> dict[int, float]:
    """Resident memory of each server worker (the master's children), in MiB."""
    out: dict[int, float] = {}
    with contextlib.suppress(OSError):
        for task in Path(f"/proc/{master}/task").iterdir():
            for child in (task / "children").read_text().split():
                for line in Path(f"/proc/{child}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        out[int(child)] = int(line.split()[1]) / 1024
    return out


@dataclass(frozen=True)
class Server:
    port: int
    pid: int

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def wait_until_serving(proc: subprocess.Popen[bytes], url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"no server answered {url}") from None
            time.sleep(0.1)


@contextlib.contextmanager
def running(
    command: list[str], env: dict[str, str], ready: str
) -> Iterator[subprocess.Popen[bytes]]:
    """Start a server process, wait until `ready` answers, stop it (by its own pid) at the end.
    Its output goes to a log file, shown only if it fails to start."""
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            try:
                wait_until_serving(proc, ready)
            except RuntimeError:
                log.seek(0)
                sys.stderr.write(log.read().decode(errors="replace")[-4000:])
                raise
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextlib.contextmanager
def anagen_serve(
    var: Path,
    *,
    workers: int = 2,
    database_url: str | None = None,
    page_cache: bool = True,
    ready: str = "/",
    http_server: str = "granian",
) -> Iterator[Server]:
    """`anagen serve` as deployed (DEBUG off, hashed static files) on a free port.
    `page_cache=False` sets ANAGEN_PAGE_CACHE_SECONDS=0, which turns the anonymous page
    cache off, so every request renders the page."""
    env = _env(var, database_url)
    env["ANAGEN_PAGE_CACHE_SECONDS"] = "600" if page_cache else "0"
    port = free_port()
    command = [sys.executable, "-m", "anagen.cli", "serve", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(workers), "--server", http_server]
    with running(command, env, f"http://127.0.0.1:{port}{ready}") as p:
        yield Server(port, p.pid)


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
            server_command("anagen.wsgi:application", f"127.0.0.1:{port}", workers),
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
                        raise RuntimeError("the server did not start") from None
                    time.sleep(0.2)
            yield Server(port, proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=15)
