"""The production HTTP server's command line, in one place for `anagen serve` and the benchmarks.

granian is the default, chosen by measurement (docs/deploy.md, `make bench`): it keeps
connections alive and parses HTTP in Rust, so a cached page costs a fraction of what a sync
gunicorn worker spends accepting and closing a connection per request. gunicorn stays available
(`--server gunicorn`) for hosts that expect it.
"""

from __future__ import annotations

import sys

SERVERS = ("granian", "gunicorn")


def server_command(app: str, bind: str, workers: int, server: str = "granian") -> list[str]:
    """Serve the WSGI `app` ("module:callable") on `bind` ("host:port") with `workers`
    processes, each running one request at a time (the GIL allows no more)."""
    host, _, port = bind.rpartition(":")
    if server == "granian":
        return [
            sys.executable,
            "-m",
            "granian",
            "--interface",
            "wsgi",
            "--host",
            host or "127.0.0.1",
            "--port",
            port,
            "--workers",
            str(workers),
            "--blocking-threads",
            "1",
            "--log-level",
            "warning",
            app,
        ]
    if server == "gunicorn":
        return [
            sys.executable,
            "-m",
            "gunicorn",
            app,
            "--bind",
            bind,
            "--workers",
            str(workers),
            "--no-control-socket",
            "--log-level",
            "warning",
        ]
    raise ValueError(f"unknown server {server!r}: one of {', '.join(SERVERS)}")
