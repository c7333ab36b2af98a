"""The honesty part of a product's score, from the claim checker's verdicts on its marketing."""

from __future__ import annotations

from anagen.claims.engine import ClaimReport

PENALTY = {"false": 30, "misleading": 20, "unsupported": 10, "supported": 0}
NEUTRAL = 50.0


def honesty(report: ClaimReport | None) -> tuple[float, tuple[str, ...]]:
    if report is None:
        return NEUTRAL, ("no marketing text recorded: neutral",)
    if not report.findings:
        return 100.0, ("its marketing makes no health claim we could check",)
    counts = {v: sum(1 for f in report.findings if f.verdict == v) for v in PENALTY}
    score = max(0.0, 100.0 - sum(PENALTY[v] * n for v, n in counts.items()))
    said = ", ".join(f"{n} {v}" for v, n in counts.items() if n)
    return score, (f"claims checked: {said}",)
