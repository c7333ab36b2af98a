"""Rankings: "ranked first in a network meta-analysis", "came out on top". A network
meta-analysis ranks treatments by how likely each is to be the best, so such a claim is checked
against a ranking the record states, and against where it states it: in graded evidence it
stands at that grade; in a disagreement it is one result that others contradict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anagen.claims.comparison_wording import RANKED_FIRST_WORDING
from anagen.claims.evidence import DEFAULT_CONDITIONS, Graded, conditions_in, first_sentence
from anagen.claims.judgement import GOOD, Claim, Judgement, judged, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Treatment
from anagen.knowledge.vocab import GRADE_ORDER, Grade

RANKED_FIRST = re.compile(RANKED_FIRST_WORDING, re.I)
# a recorded ranking: "ranked DPCP first for more than 50% scalp loss", "87.9%, ranked first"
STATED = re.compile(r"\brank\w*\b[^.;]{0,60}\b(first|top)\b|\btop-ranked\b", re.I)
# the words that put one treatment at the top, shared by both readings below
TOP = r"most effective|the best|number one|#1"
# a claim that goes past the ranking to "the most effective treatment there is"
FURTHER = re.compile(
    rf"\b({TOP})\b[^.]{{0,40}}\b(treatment|option|remedy|there is|"
    r"available|on the market|out there)\b",
    re.I,
)
# a ranking of a combination ("microneedling plus minoxidil ... ranked this combination first")
COMBINED = re.compile(r"\b(combination|combined|plus|together with|with minoxidil|add-on)\b", re.I)
SENTENCES = re.compile(r"(?<=[.;])\s+")


def _rankings(
    t: Treatment, conditions: tuple[str, ...]
) -> Iterator[tuple[str, tuple[str, ...], Grade | None]]:
    """Each recorded sentence that ranks it first (for the conditions the claim names, if it
    names any), its sources and the grade it stands at (None: a disagreement)."""
    for ev in t.evidence:
        if conditions != DEFAULT_CONDITIONS and ev.condition not in conditions:
            continue
        texts = [ev.summary, *(f"{f.measure}: {f.value}" for f in ev.figures)]
        for text in texts:
            for s in SENTENCES.split(text):
                if STATED.search(s):
                    yield s, tuple(ev.sources), ev.grade
    for fact in t.disagreements:
        for s in SENTENCES.split(fact.text):
            if STATED.search(s):
                yield fact.text, tuple(fact.sources), None


def rule_ranked_first(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """None: the claim claims no first place, or the record states no ranking of it."""
    if not RANKED_FIRST.search(claim.sentence) or claim.comparators:
        return None
    conditions = conditions_in(claim.sentence, kb)
    for e, t in treatments(claim, kb):
        for text, sources, grade in _rankings(t, conditions):
            if COMBINED.search(text) and not COMBINED.search(claim.sentence):
                said = f"The combination ranked first, not this on its own: {text}"
                return judged(Verdict.MISLEADING, said, sources, e.slug)
            if grade is None:
                said = f"One analysis ranked it first, but others disagree: {text}"
                return judged(Verdict.MISLEADING, said, sources, e.slug)
            if FURTHER.search(claim.sentence) or grade not in GOOD:
                said = f"A ranking in one analysis (grade {grade} evidence) is not proof it is best: {text}"
                return judged(Verdict.MISLEADING, said, sources, e.slug)
            return judged(Verdict.SUPPORTED, f"Recorded (grade {grade}): {text}", sources, e.slug)
    return None


# "the most effective treatment", "the strongest hair-loss treatment you can buy": first place
# among every treatment for the condition, with nothing named to compare against
SUPERLATIVE = re.compile(rf"\b({TOP}|most powerful|most potent|strongest)\b", re.I)

# "the best natural remedy", "the strongest shampoo": first within a kind, not among all
WITHIN = re.compile(
    r"\b(natural|herbal|plant|botanical|supplements?|vitamins?|shampoos?|oils?|over[- ]the[- ]counter|"
    r"otc|non-prescription|drug-free|home|at-home)\b",
    re.I,
)


def better_graded(claim: Claim, g: Graded, kb: KnowledgeBase) -> Judgement | None:
    """A claim to be the best treatment for a condition for which others have better evidence
    (a higher grade) than its own."""
    if claim.comparators or claim.compared_routes or claim.hedged:
        return None  # best of two named things, or of its own forms; or only "believed" best
    if not SUPERLATIVE.search(claim.sentence) or WITHIN.search(claim.sentence):
        return None
    condition = g.evidence.condition
    best = next(iter(kb.treatments_for(condition)), None)
    if best is None or GRADE_ORDER.index(Grade(best[1])) >= GRADE_ORDER.index(g.grade):
        return None
    t, grade = best
    ev = next(e for e in t.evidence if e.condition == condition)
    text = (
        f"Others have better evidence for {condition.replace('-', ' ')}: {t.name} is grade {grade}, "
        f"{g.treatment.name} grade {g.grade}. {first_sentence(ev.summary)}"
    )
    return judged(
        Verdict.MISLEADING, text, (*ev.sources, *g.evidence.sources), claim.entities[0].slug
    )
