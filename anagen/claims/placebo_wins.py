"""A claim that a treatment beat placebo (or saline, a sham, a dummy) where the only evidence for
that use is weak and records a controlled trial in which it did not: false, on that trial. Good
(grade A or B) evidence for a condition the claim may mean leaves it to the other rules."""

from __future__ import annotations

import re

from anagen.claims.anycase import AnyCase
from anagen.claims.evidence import conditions_in
from anagen.claims.judgement import GOOD, Claim, Judgement, judged, treatments
from anagen.claims.vocab import Verdict
from anagen.claims.words import FACT_SENTENCE_END
from anagen.knowledge.base import KnowledgeBase

CONTROL = r"(placebos?|saline|sham|dummy|vehicle)"
WON = AnyCase(
    rf"\b(beat|beats|beaten|beating|outperform\w*|outdid|bested|better than|more \w+ than|"
    rf"superior to|over)\b[^.;]{{0,40}}\b{CONTROL}\b"
)
# A recorded controlled trial that found no effect: "did not beat placebo", "no difference in
# hair count between PRP and saline", "no better than placebo".
FAILED = re.compile(
    r"\b(no (statistically )?(significant )?difference|no better than|did not beat|"
    r"did not outperform|failed to (beat|outperform|separate))\b",
    re.I,
)
CONTROL_WORD = re.compile(rf"\b{CONTROL}\b", re.I)
WOMEN = re.compile(r"\b(women|woman|female|ladies)\b", re.I)
MEN = re.compile(r"\b(men|man|male|guys)\b", re.I)
BY_SEX = {"female-pattern-hair-loss": MEN, "androgenetic-alopecia": WOMEN}


def _failed_trial(summary: str) -> str | None:
    for sentence in FACT_SENTENCE_END.split(summary):
        if FAILED.search(sentence) and CONTROL_WORD.search(sentence):
            return sentence.strip()
    return None


def failed_against_placebo(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if not WON.found(claim.sentence):
        return None
    # "in women": pattern hair loss in women, not in men
    named = [
        c
        for c in conditions_in(claim.sentence, kb)
        if not BY_SEX.get(c, MEN).search(claim.sentence)
    ]
    named = named or list(conditions_in(claim.sentence, kb))
    for e, t in treatments(claim, kb):
        evidence = [ev for ev in t.evidence if ev.condition in named]
        if not evidence or any(ev.grade in GOOD for ev in evidence):
            continue
        for ev in evidence:
            failed = _failed_trial(ev.summary)
            if failed:
                text = f"A controlled trial recorded it did not: {failed} (grade {ev.grade})"
                return judged(Verdict.FALSE, text, ev.sources, e.slug)
    return None
