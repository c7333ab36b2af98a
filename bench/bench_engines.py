"""Engine throughput in-process: label analysis (labels/s) and claim checking (MB/s)."""

from __future__ import annotations

import time

from anagen.claims.engine import check_claims
from anagen.knowledge.base import KnowledgeBase
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
    ad, dense = _ad_texts(kb)
    for name, text, target, note in (
        ("claim checking, in-process (1 core)", ad, 1.0, "catalogue marketing claims and reviews"),
        (
            "claim checking, claims only (1 core)",
            dense,
            None,
            "catalogue marketing claims alone: nearly every line a claim",
        ),
    ):
        mb = len(text.encode()) / 1_000_000
        rounds = []
        for _ in range(5):
            start = time.perf_counter()
            check_claims(text, kb)
            rounds.append(mb / (time.perf_counter() - start))
        report.add(
            Figure(name, "MB/s", rounds, target=target, note=f"{mb:.2f} MB per round: {note}")
        )


def _ad_texts(kb: KnowledgeBase) -> tuple[str, str]:
    """About 1 MB each of real advertising text from the catalogue, repeated: every product's
    marketing claims and review, and the marketing claims alone."""
    mixed = [x for p in kb.products.values() for x in ("\n".join(p.marketing_claims), p.review)]
    claims = ["\n".join(p.marketing_claims) for p in kb.products.values()]
    out = []
    for paragraphs in (mixed, claims):
        unit = "\n\n".join(x for x in paragraphs if x.strip()) + "\n\n"
        out.append(unit * (1_000_000 // len(unit.encode()) + 1))
    return out[0], out[1]
