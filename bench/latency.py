"""Per-request latency of a set of pages, one request at a time (service time, no queueing), and
a mixed load of N requests over several connections for the memory figure."""

from __future__ import annotations

import http.client
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

# (method, path, body, content type)
Request = tuple[str, str, bytes | None]


@dataclass
class Timings:
    per_path: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter[str] = field(default_factory=Counter)

    def all(self) -> list[float]:
        return [ms for values in self.per_path.values() for ms in values]

    def unexpected(self) -> int:
        return sum(n for key, n in self.statuses.items() if not key.endswith(" 200"))


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def sequential(port: int, paths: list[str], requests: int) -> Timings:
    """`requests` GETs cycling through `paths`, one after another on one client."""
    timings = Timings()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for i in range(requests):
        path = paths[i % len(paths)]
        start = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            status = str(response.status)
            if response.will_close:
                conn.close()
        except (OSError, http.client.HTTPException) as exc:
            status = type(exc).__name__
            conn.close()
        timings.per_path.setdefault(path, []).append((time.perf_counter() - start) * 1000)
        timings.statuses[f"{path.split('?')[0]} {status}"] += 1
    conn.close()
    return timings


def mixed(port: int, mix: list[Request], requests: int, connections: int = 8) -> Timings:
    """Exactly `requests` requests from `mix` in turn, spread over `connections` threads."""
    timings = Timings()
    lock = threading.Lock()
    counter = iter(range(requests))

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            method, path, body = mix[i % len(mix)]
            headers = {"Content-Type": "application/json"} if body else {}
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                status = str(response.status)
                if response.will_close:
                    conn.close()
            except (OSError, http.client.HTTPException) as exc:
                status = type(exc).__name__
                conn.close()
            with lock:
                timings.statuses[f"{method} {path.split('?')[0]} {status}"] += 1
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return timings
