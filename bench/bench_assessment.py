"""Assessment benchmarks: engine throughput in-process, and the API under load on 127.0.0.1."""

from __future__ import annotations

import json
import time

from anagen.assessment.engine import assess
from anagen.assessment.inputs import parse_input
from anagen.knowledge.loader import load_content
from bench.load import run_load
from bench.report import Figure, Report

CASES = [
    {
        "sex": "male",
        "age": 28,
        "pattern": "receding_hairline",
        "stage": "N3",
        "duration_months": 24,
        "onset": "gradual",
        "family_history": True,
    },
    {
        "sex": "female",
        "age": 33,
        "pattern": "patches",
        "scalp_loss_percent": 60,
        "duration_months": 6,
        "onset": "sudden",
        "symptoms": ["exclamation_mark_hairs"],
    },
    {
        "sex": "female",
        "age": 31,
        "pattern": "diffuse_shedding",
        "duration_months": 2,
        "onset": "sudden",
        "triggers": ["childbirth"],
        "breastfeeding": True,
    },
    {
        "sex": "male",
        "age": 7,
        "pattern": "patches",
        "duration_months": 1,
        "onset": "gradual",
        "symptoms": ["scaling", "broken_hairs"],
    },
]


def engine_per_second(rounds: int = 5, n: int = 4000) -> list[float]:
    kb = load_content()
    inputs = [parse_input(c) for c in CASES]
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        for i in range(n):
            assess(inputs[i % len(inputs)], kb)
        out.append(n / (time.perf_counter() - start))
    return out


def run(report: Report, port: int | None) -> None:
    report.add(
        Figure(
            "assessment engine, in-process (1 core)",
            "assessments/s",
            engine_per_second(),
            target=20_000,
            note="parsed input; four vignettes in turn",
        )
    )
    if port is None:
        return
    body = json.dumps(CASES[0]).encode()
    rounds = [
        run_load(port, "POST", "/api/v1/assessments", body, connections=16, seconds=5)
        for _ in range(3)
    ]
    report.add(
        Figure(
            "POST /api/v1/assessments, 2 server workers (granian), 16 connections",
            "requests/s",
            [r.rps for r in rounds],
            note=f"errors: {sum(r.errors for r in rounds)}; Python load generator "
            "shares the 2 cores",
        )
    )
    report.add(
        Figure(
            "POST /api/v1/assessments p99 latency",
            "ms",
            [r.percentile(99) for r in rounds],
            higher_is_better=False,
            note="same rounds",
        )
    )
