"""A side effect claimed against placebo ("far more often than on a dummy pill", "doubled the
rate of erection problems compared with placebo"), graded by the recorded rates on both sides;
and a side effect's rate stated as a figure ("3.8% of men, against 2.1% on placebo", "about
1 in 7 people"), checked against the rates recorded for it and for placebo (stated_rate).

A plain "more often" holds when the recorded rate is above placebo's; "far more", "doubled"
and "many times" need it well above (WELL_ABOVE), and are false when the two are close. A
stated figure the record gives (within rounding) is supported; a figure it does not give, or a
placebo rate it does not give, misstates how often the harm strikes or how it compares.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from anagen.claims.figures import PARTS as FIGURE_PARTS
from anagen.claims.figures import PERCENT, claimed_percentages
from anagen.claims.harms import stems
from anagen.claims.judgement import Claim, Judgement, judged, treatments
from anagen.claims.name_index import entity_index
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import SideEffect, Treatment
from anagen.products.ingredient_index import fold

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
        s = best[1] if best[0] else _counted_together(claim.sentence, t, placebo=True)
        rates = _rates(s, claimed) if s is not None else None
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


# A strength, not a rate: "5% minoxidil", "2% solution"
STRENGTH = re.compile(
    r"(\d+(?:\.\d+)?)\s*%\s*(solution|foam|lotion|spray|cream|gel|shampoo|liquid|strength|formula)\b",
    re.I,
)
ROUNDING = 0.15  # a stated rate within this share of the recorded one is the same figure
FAR = 2.0  # a stated rate more than this many times off (either way) is false


def _without_strengths(part: str, names: frozenset[str]) -> str:
    """The text with strengths blanked out: "5% foam", "2% minoxidil" are no rates."""
    part = STRENGTH.sub(" ", part)
    for m in reversed(list(PERCENT.finditer(part))):
        after = fold(part[m.end() :]).split()[:1]
        if after and after[0] in names:
            part = part[: m.start()] + " " + part[m.end() :]
    return part


THOUSANDS = re.compile(r"(\d),(\d{3})\b")  # "1 in 1,000": one number, not "1 in 1"
# A bound, not a figure: "up to 2% of men", "fewer than 1 in 100"
AT_MOST = re.compile(
    r"\b(up to|as many as|at most|no more than|less than|fewer than|under|below)\s+(\d|one|two|three|a )",
    re.I,
)


def _stated(
    sentence: str, names: frozenset[str]
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(value, tolerance) of the rates stated for the treatment and for placebo; a bound ("up
    to 2%") has a tolerance of -1, read by _same."""
    on: list[tuple[float, float]] = []
    off: list[tuple[float, float]] = []
    for part in FIGURE_PARTS.split(THOUSANDS.sub(r"\1\2", sentence)):
        rates = claimed_percentages(_without_strengths(part, names))
        if AT_MOST.search(part):
            rates = [(v, -1.0) for v, _ in rates]
        (off if PLACEBO.search(part) else on).extend(rates)
    return on, off


def _same(stated: list[tuple[float, float]], recorded: list[tuple[float, float]]) -> bool:
    """A stated figure is a recorded one, within rounding; a bound holds a recorded figure
    between it and half of it (a bound far above the record overstates the harm)."""
    return any(
        (v / FAR <= r <= v * (1 + ROUNDING)) if tol < 0 else abs(v - r) <= max(tol, ROUNDING * r)
        for v, tol in stated
        for r, _ in recorded
    )


def _recorded(text: str | None) -> list[tuple[float, float]]:
    """The rates a record gives; its strengths ("33% of women on 5% foam") are no rates."""
    return claimed_percentages(STRENGTH.sub(" ", THOUSANDS.sub(r"\1\2", text))) if text else []


def stated_rate(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """None when the sentence states no rate, names no side effect recorded with one, or
    states the recorded figures in a comparison with placebo (placebo_harms.py weighs that)."""
    if claim.negated:
        return None  # "no more common than placebo (2.8% vs 3.3%)": the comparison is the claim
    names = entity_index(kb).words
    on, off = _stated(claim.sentence, names)
    if not on:
        return None
    own = " ".join(fold(e.name) for e in claim.entities).split()
    claimed = stems(" ".join(w for w in claim.sentence.split() if fold(w).strip() not in own))
    for e, t in treatments(claim, kb):
        understated = _all_harms_bound(claim.sentence, on, t)
        if understated is not None:
            return judged(Verdict.FALSE, understated.text, understated.sources, e.slug)
        named = [s for s in t.side_effects if claimed & stems(s.name) and _recorded(s.frequency)]
        if not named:
            together = _counted_together(claim.sentence, t)
            named = [together] if together is not None else []
        if not named:
            continue
        fits = [s for s in named if _same(on, _recorded(s.frequency))]
        if fits:
            # "sexual side effects such as lower sex drive, 3.8% against 2.1%": of the harms the
            # sentence names, the one whose record the stated pair fits (an "about" fits several)
            s = min(fits, key=lambda x: (not _placebo_fits(off, x), _distance(on, x)))
            if off and s.placebo_frequency and not _same(off, _recorded(s.placebo_frequency)):
                return judged(
                    Verdict.FALSE,
                    f"Recorded for {t.name}: {s.name.lower()}, {s.frequency} against "
                    f"{s.placebo_frequency} on placebo; the placebo rate is misstated.",
                    s.sources,
                    e.slug,
                )
            if PLACEBO.search(claim.sentence):
                return None  # the right figures: what is said of placebo is weighed next
            return judged(
                Verdict.SUPPORTED, f"Recorded for {t.name}: {_text(s)}", s.sources, e.slug
            )
        s = min(named, key=lambda x: _distance(on, x))
        verdict = Verdict.FALSE if _distance(on, s) > FAR else Verdict.MISLEADING
        return judged(
            verdict,
            f"Not the rate recorded for {t.name}: {_text(s)}",
            s.sources,
            e.slug,
        )
    return None


# Side effects as a whole ("side effects were seen in less than 2% of men"), and the record
# that counts them together ("Any of the sexual side effects above: 3.8%").
ALL_HARMS = re.compile(r"\bside[- ]effects\b", re.I)
COUNTED_TOGETHER = re.compile(r"^\s*any\b", re.I)


def _counted_together(sentence: str, t: Treatment, placebo: bool = False) -> SideEffect | None:
    """For side effects as a whole, named by no harm of their own ("3.8% of men had side
    effects"), the record that counts them together, with a rate (and placebo's)."""
    if not ALL_HARMS.search(sentence):
        return None
    return next(
        (
            s
            for s in t.side_effects
            if COUNTED_TOGETHER.search(s.name)
            and _recorded(s.frequency)
            and (s.placebo_frequency or not placebo)
        ),
        None,
    )


class _Understated(NamedTuple):
    text: str
    sources: tuple[str, ...]


def _all_harms_bound(
    sentence: str, on: list[tuple[float, float]], t: Treatment
) -> _Understated | None:
    """A bound on side effects as a whole, below the recorded rate of several counted
    together: each one may be rarer, but together they are commoner than claimed."""
    bounds = [v for v, tol in on if tol < 0]
    if not (bounds and ALL_HARMS.search(sentence)):
        return None
    for s in t.side_effects:
        rates = _recorded(s.frequency) if COUNTED_TOGETHER.search(s.name) else []
        if rates and any(r > v * (1 + ROUNDING) for v in bounds for r, _ in rates):
            text = f"More often than that when counted together, in {t.name}: {_text(s)}"
            return _Understated(text, tuple(s.sources))
    return None


def _placebo_fits(off: list[tuple[float, float]], s: SideEffect) -> bool:
    return bool(off) and bool(s.placebo_frequency) and _same(off, _recorded(s.placebo_frequency))


def _distance(stated: list[tuple[float, float]], s: SideEffect) -> float:
    """How many times off the nearest stated rate is from the nearest recorded one."""
    pairs = [(v, r) for v, _ in stated for r, _ in _recorded(s.frequency) if v > 0 and r > 0]
    return min((max(v, r) / min(v, r) for v, r in pairs), default=float("inf"))


def _text(s: SideEffect) -> str:
    placebo = f" against {s.placebo_frequency} on placebo" if s.placebo_frequency else ""
    who = f" ({s.population})" if s.population else ""
    return f"{s.name.lower()}, {s.frequency}{placebo}{who}."
