"""Engine throughput in-process: label analysis (labels/s) and claim checking (MB/s)."""

from __future__ import annotations

import time

from anagen.claims.engine import check_claims
from anagen.claims.memo import forget_sentences
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
    mixed, claims = ad_texts(kb)
    for name, texts, target, note in (
        (
            "claim checking, in-process (1 core)",
            mixed,
            1.0,
            "catalogue marketing claims and reviews",
        ),
        (
            "claim checking, claims only (1 core)",
            claims,
            None,
            "catalogue marketing claims alone: nearly every line a claim",
        ),
    ):
        size = sum(len(t.encode()) for t in texts)
        passes = 1_000_000 // size + 1
        mb = size * passes / 1_000_000
        rounds = []
        for _ in range(5):
            elapsed = 0.0
            for _ in range(passes):
                # Each pass reads the same texts again: without this, caches keyed by sentence
                # that outlive a call would answer the repeats (as labels clear their memo).
                forget_sentences()
                start = time.perf_counter()
                for t in texts:
                    check_claims(t, kb)
                elapsed += time.perf_counter() - start
            rounds.append(mb / elapsed)
        report.add(
            Figure(
                name,
                "MB/s",
                rounds,
                target=target,
                note=f"{mb:.2f} MB per round: {note}, one call per product's text as the site "
                f"checks them ({len(texts)} texts, {size / 1000:.1f} kB, read {passes} times, the "
                "caches keyed by sentence emptied before each reading)",
            )
        )


def ad_texts(kb: KnowledgeBase) -> tuple[list[str], list[str]]:
    """Real advertising text from the catalogue, one text per call as the site checks it: every
    product's marketing claims and review, and the marketing claims alone. One call per text, not
    one call over the texts pasted together: a call may remember the sentences it has read (ads
    repeat taglines), so a pasted-together repeat would measure that memory, not the checker."""
    mixed = [x for p in kb.products.values() for x in ("\n".join(p.marketing_claims), p.review)]
    claims = ["\n".join(p.marketing_claims) for p in kb.products.values()]
    return [x for x in mixed if x.strip()], [x for x in claims if x.strip()]
