"""One treatment compared between women and men ("works every bit as well in women as in men"),
graded on its recorded evidence for female and for male pattern hair loss."""

from __future__ import annotations

import re

from anagen.claims.judgement import GOOD, Claim, Judgement, judged, treatments
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase

WOMEN = re.compile(r"\b(women|woman|female|ladies)\b", re.I)
MEN = re.compile(r"\b(men|man|male|guys)\b", re.I)
GROUPS = ("female-pattern-hair-loss", "androgenetic-alopecia")
# A recorded finding of no effect: "no better than placebo", "no difference ... and saline".
NO_EFFECT = re.compile(
    r"\b(no better than (placebo|sham|saline)|no (significant )?difference|no improvement)\b", re.I
)


def between_groups(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """As good for one group as the other: supported when both are well evidenced; false when
    one is and the other's record found no effect, misleading when it is only weak. None when
    the claim does not set the two groups against each other or either grade is missing."""
    if claim.kind is not Kind.AS_GOOD_AS or claim.comparators or claim.compared_routes:
        return None
    if not (WOMEN.search(claim.sentence) and MEN.search(claim.sentence)):
        return None
    for e, t in treatments(claim, kb):
        women, men = (next((ev for ev in t.evidence if ev.condition == c), None) for c in GROUPS)
        if women is None or men is None:
            continue
        text = f"{t.name}: grade {men.grade} in men, grade {women.grade} in women."
        sources = (*men.sources, *women.sources)
        if women.grade in GOOD and men.grade in GOOD:
            return judged(Verdict.SUPPORTED, text, sources, e.slug)
        if (women.grade in GOOD) == (men.grade in GOOD):
            return None
        weaker = men if women.grade in GOOD else women
        if NO_EFFECT.search(weaker.summary):
            return judged(Verdict.FALSE, f"{text} {weaker.summary}", sources, e.slug)
        return judged(Verdict.MISLEADING, text, sources, e.slug)
    return None
