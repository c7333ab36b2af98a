"""`anagen run` from a clean checkout: seconds from starting the process to the first page
(a fresh var folder, so it migrates an empty database and loads the content first)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import urllib.request

from bench.report import Figure, Report
from bench.server import ROOT, free_port

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def first_page_seconds() -> float:
    with tempfile.TemporaryDirectory(prefix="anagen-bench-run-") as var:
        env = {**os.environ, "ANAGEN_VAR_DIR": var}
        for name in ("DATABASE_URL", "ANAGEN_DEBUG", "DJANGO_SETTINGS_MODULE"):
            env.pop(name, None)
        port = free_port()
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "anagen.cli", "run", "--port", str(port)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while time.monotonic() - start < 120:
                try:
                    if urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).status == 200:
                        return time.monotonic() - start
                except OSError:
                    if proc.poll() is not None:
                        raise RuntimeError("anagen run stopped before serving") from None
                time.sleep(0.05)
            raise RuntimeError("anagen run served nothing in 120 s")
        finally:
            proc.terminate()
            proc.wait(timeout=15)


def run(report: Report) -> None:
    report.add(
        Figure(
            "anagen run from a clean checkout: first page",
            "s",
            [first_page_seconds() for _ in range(ROUNDS)],
            target=10,
            higher_is_better=False,
            note="process start to the first 200 on /: migrate an empty SQLite database, "
            "load the content, start the development server (bytecode caches already built)",
        )
    )
