"""A small, bounded HTTP load generator for 127.0.0.1: keep-alive connections in threads.

Bounded in both request count and time, and refuses any host but the loopback.
"""

from __future__ import annotations

import http.client
import statistics
import threading
import time
from dataclasses import dataclass


@dataclass
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0


def run_load(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    *,
    connections: int = 8,
    seconds: float = 5.0,
    max_requests: int = 50_000,
    host: str = "127.0.0.1",
) -> LoadResult:
    if host not in ("127.0.0.1", "localhost"):
        raise ValueError("load tests only target the loopback")
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    latencies: list[float] = []
    counts = {"requests": 0, "errors": 0}
    headers = {"Content-Type": "application/json"} if body else {}

    def worker() -> None:
        conn = http.client.HTTPConnection(host, port, timeout=10)
        local: list[float] = []
        errors = 0
        while time.monotonic() < deadline:
            with lock:
                if counts["requests"] >= max_requests:
                    break
                counts["requests"] += 1
            start = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                if response.status >= 400:
                    errors += 1
            except (OSError, http.client.HTTPException):
                errors += 1
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=10)
            local.append((time.perf_counter() - start) * 1000)
        conn.close()
        with lock:
            latencies.extend(local)
            counts["errors"] += errors

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return LoadResult(len(latencies), counts["errors"], time.monotonic() - started, latencies)
