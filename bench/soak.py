"""`make soak`: the production server under a steady mixed load, watched for errors and leaks.

64 keep-alive connections for 60 s (SOAK_SECONDS / SOAK_CONNECTIONS override) on 127.0.0.1,
cycling through page views, searches, assessments and claim checks, plus one deliberate 404.
Reports requests, unexpected answers (target 0), p50/p99 latency and the growth of the
server's resident memory between a warmed-up start and the end (target under 10%).
Not a test: the figures go to bench/results/soak.{md,json}.
"""

from __future__ import annotations

import http.client
import json
import os
import sys
import threading
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anagen.settings")

from bench.load import LoadResult
from bench.report import Figure, Report
from bench.server import production_server, server_rss_kb

ASSESSMENT = json.dumps(
    {
        "sex": "male",
        "age": 29,
        "pattern": "receding_hairline",
        "stage": "N3",
        "duration_months": 24,
        "onset": "gradual",
        "family_history": True,
    }
).encode()
CLAIMS = json.dumps(
    {"text": "Clinically proven to regrow hair in 30 days. Rosemary oil works like minoxidil."}
).encode()

# (method, path, body, expected status)
MIX: list[tuple[str, str, bytes | None, int]] = [
    ("GET", "/", None, 200),
    ("GET", "/treatments/minoxidil-topical/", None, 200),
    ("GET", "/conditions/androgenetic-alopecia/", None, 200),
    ("GET", "/products/", None, 200),
    ("GET", "/search/?q=finasteride", None, 200),
    ("GET", "/api/v1/search?q=ketoconazole", None, 200),
    ("GET", "/api/v1/treatments/finasteride-oral", None, 200),
    ("POST", "/api/v1/assessments", ASSESSMENT, 200),
    ("POST", "/api/v1/claims/check", CLAIMS, 200),
    ("GET", "/treatments/no-such-treatment/", None, 404),  # deliberate
]


def soak(port: int, connections: int, seconds: float) -> tuple[LoadResult, dict[str, int]]:
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    latencies: list[float] = []
    unexpected: dict[str, int] = {}

    def worker(offset: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        local: list[float] = []
        wrong: dict[str, int] = {}
        i = offset
        while time.monotonic() < deadline:
            method, path, body, expected = MIX[i % len(MIX)]
            i += 1
            headers = {"Content-Type": "application/json"} if body else {}
            start = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                status = str(response.status)
                ok = response.status == expected
            except (OSError, http.client.HTTPException) as exc:
                status, ok = type(exc).__name__, False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            local.append((time.perf_counter() - start) * 1000)
            if not ok:
                key = f"{method} {path} -> {status}"
                wrong[key] = wrong.get(key, 0) + 1
        conn.close()
        with lock:
            latencies.extend(local)
            for k, v in wrong.items():
                unexpected[k] = unexpected.get(k, 0) + v

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    errors = sum(unexpected.values())
    return LoadResult(len(latencies), errors, time.monotonic() - started, latencies), unexpected


def main() -> int:
    seconds = float(os.environ.get("SOAK_SECONDS", "60"))
    connections = int(os.environ.get("SOAK_CONNECTIONS", "64"))
    report = Report()
    with production_server() as server:
        # Warm-up: every worker imports, loads the knowledge base and fills its caches first,
        # so the memory figure measures growth under load, not start-up.
        soak(server.port, connections, min(10.0, seconds / 6))
        rss_start = server_rss_kb(server.pid)
        result, unexpected = soak(server.port, connections, seconds)
        rss_end = server_rss_kb(server.pid)
    load = f"{connections} connections, {seconds:.0f} s, mixed pages/search/assessment/claims"
    report.add(Figure("soak requests", "requests", [result.requests], note=load))
    report.add(Figure("soak throughput", "requests/s", [result.rps], note=load))
    report.add(
        Figure(
            "soak unexpected answers",
            "responses",
            [result.errors],
            target=0,
            higher_is_better=False,
            note="; ".join(f"{k}: {v}" for k, v in sorted(unexpected.items())) or "none",
        )
    )
    report.add(Figure("soak p50 latency", "ms", [result.p50], higher_is_better=False))
    report.add(Figure("soak p99 latency", "ms", [result.percentile(99)], higher_is_better=False))
    growth = 100 * (rss_end - rss_start) / rss_start if rss_start else 0.0
    report.add(
        Figure(
            "soak server memory growth",
            "%",
            [growth],
            target=10,
            higher_is_better=False,
            note=f"RSS of master and workers: {rss_start // 1024} MiB -> {rss_end // 1024} MiB",
        )
    )
    print(f"report written to {report.write('soak')}")
    return 0 if result.errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
