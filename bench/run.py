"""`make bench`: run every benchmark and write bench/results/report.{md,json}
(report-postgresql.{md,json} when DATABASE_URL is set: the catalogue part then runs there).

Not part of the test suite: the machines are shared and noisy, so figures are medians of
several rounds and targets are reported, never asserted. BENCH_PARTS picks parts
(engines,http,catalogue,startup); docs/deploy.md lists the other knobs.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anagen.settings")

from bench import (
    bench_assessment,
    bench_catalogue,
    bench_engines,
    bench_http,
    bench_startup,
    engine_profile,
)
from bench.report import Report
from bench.server import production_server

PARTS = ("engines", "http", "catalogue", "startup")


def main() -> int:
    parts = [p.strip() for p in os.environ.get("BENCH_PARTS", ",".join(PARTS)).split(",")]
    unknown = set(parts) - set(PARTS)
    if unknown:
        print(f"BENCH_PARTS: unknown part(s) {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    default = "report-postgresql" if os.environ.get("DATABASE_URL") else "report"
    name = os.environ.get("BENCH_REPORT", default)
    report = Report()
    started = time.monotonic()
    failed = []
    for part in parts:
        try:
            RUNS[part](report)
        except Exception:  # one broken part must not cost the figures of the others
            traceback.print_exc()
            failed.append(part)
    if failed:
        report.section("Failed parts", f"{', '.join(failed)}: see the run's output for why.")
    minutes = (time.monotonic() - started) / 60
    report.section("This run", f"Parts: {', '.join(parts)}; {minutes:.1f} minutes in all.")
    print(f"report written to {report.write(name)}")
    return 1 if failed else 0


def _engines(report: Report) -> None:
    bench_engines.run(report)
    with production_server() as server:
        bench_assessment.run(report, server.port)
    engine_profile.explain(report)


RUNS: dict[str, Callable[[Report], None]] = {
    "engines": _engines,
    "http": bench_http.run,
    "catalogue": bench_catalogue.run,
    "startup": bench_startup.run,
}


if __name__ == "__main__":
    sys.exit(main())
