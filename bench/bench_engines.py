"""Engine throughput in-process: label analysis (labels/s) and claim checking (MB/s)."""

from __future__ import annotations

import time

from anagen.claims.engine import check_claims
from anagen.knowledge.loader import load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label
from bench.report import Figure, Report


def run(report: Report) -> None:
    kb = load_content()
    index = index_for(kb)
    labels = [p.label_text for p in kb.products.values()]
    rounds = []
    for _ in range(15):
        # Each round reads every label once with an empty fuzzy-name memo, so a round
        # gains only from names that recur across different labels, as an import does.
        index.clear_memo()
        start = time.perf_counter()
        for text in labels:
            analyze_label(text, index)
        rounds.append(len(labels) / (time.perf_counter() - start))
    report.add(
        Figure(
            "label analysis, in-process (1 core)",
            "labels/s",
            rounds,
            target=5_000,
            note=f"{len(labels)} real labels from the catalogue, each once per round, "
            "fuzzy-name memo emptied before each round",
        )
    )
    ad = (
        "Our topical product contains prescription strength minoxidil, the proven DHT blocker. "
        "Saw palmetto regrows hair in 30 days with no side effects. Free shipping today. "
    ) * 400
    mb = len(ad.encode()) / 1_000_000
    rounds = []
    for _ in range(5):
        start = time.perf_counter()
        check_claims(ad, kb)
        rounds.append(mb / (time.perf_counter() - start))
    report.add(
        Figure(
            "claim checking, in-process (1 core)",
            "MB/s",
            rounds,
            target=1.0,
            note=f"{mb:.2f} MB of advertising text per round",
        )
    )
