"""What limits an engine that missed its throughput target: one pass of the same work under
cProfile, summed up as the functions that spend the most time themselves."""

from __future__ import annotations

import cProfile
import os
import pstats
from collections.abc import Callable

from anagen.assessment.engine import assess
from anagen.assessment.inputs import parse_input
from anagen.claims.engine import check_claims
from anagen.knowledge.loader import load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label
from bench.bench_assessment import CASES
from bench.bench_engines import ad_texts
from bench.profile import ROOT
from bench.report import Report

LABELS = "label analysis, in-process (1 core)"
CLAIMS = "claim checking, in-process (1 core)"
ASSESSMENTS = "assessment engine, in-process (1 core)"


def top_functions(work: Callable[[], object], top: int = 8) -> str:
    """The pass after a warm-up one, as the timed rounds are: one-time set-up (caches built per
    knowledge base, such as recorded denials or name-length buckets) is not what limits them."""
    work()
    profile = cProfile.Profile()
    profile.runcall(work)
    stats = pstats.Stats(profile)
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)  # type: ignore[attr-defined]  # Stats.stats is not in the stubs
    total = sum(v[2] for _, v in rows) or 1.0
    lines = ["functions that spend the most themselves (cProfile, one pass):"]
    for (file, line, name), (_, calls, own, _, _) in rows[:top]:
        where = file.split("site-packages/")[-1].removeprefix(ROOT + "/")
        lines.append(f"  {100 * own / total:5.1f}%  {name} ({where}:{line}), {calls:,} calls")
    return "\n".join(lines)


def explain(report: Report) -> None:
    """Add a profile and a reason to each missed engine figure."""
    missed = {f.name: f for f in report.figures if f.met is False and "in-process" in f.name}
    if not missed:
        return
    kb = load_content()
    load = os.getloadavg()[0]
    blocks = []
    if LABELS in missed:
        index = index_for(kb)
        labels = [p.label_text for p in kb.products.values()]

        def analyse_all() -> None:
            index.clear_memo()
            for text in labels:
                analyze_label(text, index)

        blocks.append(f"{LABELS}:\n\n```\n{top_functions(analyse_all)}\n```")
    if CLAIMS in missed:
        texts = ad_texts(kb)[0]

        def check_all() -> None:
            for text in texts:
                check_claims(text, kb)

        blocks.append(f"{CLAIMS}:\n\n```\n{top_functions(check_all)}\n```")
    if ASSESSMENTS in missed:
        inputs = [parse_input(c) for c in CASES]

        def assess_all() -> None:
            for i in range(2000):
                assess(inputs[i % len(inputs)], kb)

        blocks.append(f"{ASSESSMENTS}:\n\n```\n{top_functions(assess_all)}\n```")
    for figure in missed.values():
        figure.why = (
            f"measured in-process on one core of a shared machine (1-minute load average "
            f"{load:.1f} on 2 cores at the end, so the process did not always have a core "
            "to itself); where the engine's own time goes is in the profile below"
        )
    if blocks:
        report.section("Profiles of the missed engine targets (cProfile)", "\n\n".join(blocks))
