"""`make bench`: run every benchmark and write bench/results/report.{md,json}.

Not part of the test suite: the machines are shared and noisy, so figures are medians of
several rounds and targets are reported, never asserted.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "anagen.settings")

from bench import bench_assessment, bench_engines
from bench.report import Report
from bench.server import production_server


def main() -> int:
    report = Report()
    bench_engines.run(report)
    with production_server() as server:
        bench_assessment.run(report, server.port)
    print(f"report written to {report.write()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
