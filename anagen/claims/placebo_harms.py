"""A side effect claimed against placebo ("far more often than on a dummy pill", "doubled the
rate of erection problems compared with placebo"), graded by the recorded rates on both sides.

A plain "more often" holds when the recorded rate is above placebo's; "far more", "doubled"
and "many times" need it well above (WELL_ABOVE), and are false when the two are close.
"""

from __future__ import annotations

import re

from anagen.claims.harms import stems
from anagen.claims.judgement import Claim, Judgement, judged, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import SideEffect

CONTROL = r"(placebos?|dummy|sham|vehicle|look-?alike|inactive)"
# The wording, for patterns.py: "more often than women on a dummy pill" (the "no" of "no more
# common" stays outside it, to be read as a denial), "side effects ... compared with placebo".
HARM_VS_PLACEBO = [
    rf"\b((far|much|way|many times) )?more (often|common(ly)?|frequent(ly)?)\b[^.]{{0,50}}\b{CONTROL}\b",
    rf"\bside[- ]effects?\b[^.]{{0,100}}\b(than|compared (with|to)|versus|vs)\b[^.]{{0,30}}\b{CONTROL}\b",
]
PLACEBO = re.compile(rf"\b{CONTROL}\b", re.I)
STRONG = re.compile(
    r"\b(far|much|way|a lot|many times|doubl\w*|tripl\w*|twice|(two|three|four|five|\d+) times)\b",
    re.I,
)
RATE = re.compile(r"(\d+(?:\.\d+)?)\s*%")
PARTS = re.compile(r"[,;]")
WELL_ABOVE = 1.8  # "doubled", "far more": at least this many times placebo's rate
CLOSE = 1.25  # within this, the two rates are close: "far more" is false


def _rates(s: SideEffect, claimed: frozenset[str]) -> tuple[float, float] | None:
    """The rates on it and on placebo; of a record listing several harms ("erection problems
    12%, lower sex drive 2%"), the part naming the claimed one."""
    if not (s.frequency and s.placebo_frequency):
        return None
    on, off = PARTS.split(s.frequency), PARTS.split(s.placebo_frequency)
    i = 0
    if len(on) == len(off):
        scores = [len(claimed & stems(p)) for p in on]
        i = scores.index(max(scores))
    a, b = RATE.search(on[i]), RATE.search(off[i])
    return (float(a.group(1)), float(b.group(1))) if a and b else None


def against_placebo(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """None when the sentence compares with no placebo, or names no harm recorded with a
    placebo rate."""
    if not PLACEBO.search(claim.sentence):
        return None
    claimed = stems(claim.sentence)
    strong = bool(STRONG.search(claim.sentence))
    for e, t in treatments(claim, kb):
        scored = [(len(claimed & stems(s.name)), s) for s in t.side_effects if s.placebo_frequency]
        best = max(scored, key=lambda x: x[0], default=(0, None))
        s = best[1]
        rates = _rates(s, claimed) if s is not None and best[0] else None
        if s is None or rates is None:
            continue
        on, off = rates
        text = (
            f"Recorded for {t.name}: {s.name.lower()}, {s.frequency} against "
            f"{s.placebo_frequency} on placebo."
        )
        if not strong:
            verdict = Verdict.SUPPORTED if on > off else Verdict.FALSE
        elif on >= WELL_ABOVE * off:
            verdict = Verdict.SUPPORTED
        else:
            verdict = Verdict.FALSE if on <= CLOSE * off else Verdict.MISLEADING
        return judged(verdict, text, s.sources, e.slug)
    return None
