"""Run wrk against 127.0.0.1 and read its summary: requests/s, latency percentiles, errors.

wrk is Debian's package (`make bench-tools` installs it); this module only starts it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass(frozen=True)
class WrkResult:
    rps: float
    requests: int
    p50_ms: float
    p99_ms: float
    mean_ms: float
    errors: int  # socket errors, timeouts and non-2xx/3xx answers

    @property
    def ms_per_request(self) -> float:
        """At one connection, the time each request took end to end, client included."""
        return 1000 / self.rps if self.rps else float("inf")


def find_tool(name: str, package: str | None = None) -> str:
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if path is None:
        raise SystemExit(
            f"make bench needs the Debian package {package or name!r}: "
            f"run 'apt-get install {package or name}' (as root, `make bench` does it)"
        )
    return path


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        return float("nan")
    return float(match.group(1)) * UNITS_MS[match.group(2)]


def parse(output: str) -> WrkResult:
    def grab(pattern: str, default: str = "0") -> str:
        match = re.search(pattern, output, re.M)
        return match.group(1) if match else default

    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = sum(int(x) for x in socket.groups()) if socket else 0
    errors += int(grab(r"Non-2xx or 3xx responses: (\d+)"))
    return WrkResult(
        rps=float(grab(r"^Requests/sec:\s+([\d.]+)")),
        requests=int(grab(r"^\s*(\d+) requests in")),
        p50_ms=_ms(grab(r"^\s+50%\s+(\S+)", "nan")),
        p99_ms=_ms(grab(r"^\s+99%\s+(\S+)", "nan")),
        mean_ms=_ms(grab(r"^\s+Latency\s+(\S+)", "nan")),
        errors=errors,
    )


def wrk(url: str, *, connections: int = 32, threads: int = 2, seconds: float = 6) -> WrkResult:
    if not url.startswith("http://127.0.0.1:"):
        raise ValueError("load tests only target the loopback")
    command = [
        find_tool("wrk"),
        f"-t{min(threads, connections)}",
        f"-c{connections}",
        f"-d{seconds:g}s",
        "--latency",
        "--timeout",
        "5s",
        url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return parse(done.stdout)
