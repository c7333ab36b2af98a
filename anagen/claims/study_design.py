"""A claim that names how a trial was done ("in randomised trials", "double-blind", "placebo-
controlled") against the record of the trials behind that use: a randomised or placebo-
controlled trial the record says does not exist is false; a blinded trial that was open-label
misstates the one there is, which misleads."""

from __future__ import annotations

import re

from anagen.claims.anycase import AnyCase
from anagen.claims.evidence import conditions_in
from anagen.claims.judgement import Claim, Judgement, judged, treatments
from anagen.claims.vocab import Verdict
from anagen.claims.words import FACT_SENTENCE_END
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Treatment

# (what the claim says, what a record says instead, the verdict when it does)
DESIGNS = [
    (
        re.compile(r"\brandomi[sz]ed\b", re.I),
        re.compile(r"\brandomi[sz]ed\b", re.I),
        Verdict.FALSE,
    ),
    (
        re.compile(r"\bplacebo[- ]controlled\b", re.I),
        re.compile(r"\bplacebo[- ]controlled\b|\bwithout a placebo\b|\bno placebo\b", re.I),
        Verdict.FALSE,
    ),
    (
        re.compile(r"\b(double|single|triple)[- ]blind\w*|\bblinded\b", re.I),
        re.compile(r"\bopen[- ]label\b|\bunblinded\b|\bblind\w*\b", re.I),
        Verdict.MISLEADING,
    ),
]
ANY_DESIGN = AnyCase(r"\b(randomi[sz]ed|placebo[- ]controlled|blind\w*)\b")
NEGATION = re.compile(r"\b(no|not|never|without|none|nor)\b", re.I)


def _records(claim: Claim, t: Treatment, kb: KnowledgeBase) -> list[tuple[str, tuple[str, ...]]]:
    """The evidence for the conditions the claim names, and the recorded comparisons with what
    it is compared with."""
    named = conditions_in(claim.sentence, kb)
    out = [(e.summary, tuple(e.sources)) for e in t.evidence if e.condition in named]
    others = {c.slug for c in claim.comparators}
    out += [(c.text, tuple(c.sources)) for c in t.comparisons if c.treatment in others]
    return out


def _negated(sentence: str, at: int) -> bool:
    """ "no randomised trials", "none had been tested in a randomised trial", "without a placebo"."""
    return bool(NEGATION.search(sentence[max(0, at - 40) : at]))


def _reports(text: str, says: re.Pattern[str]) -> bool:
    """A record that reports a trial of the claimed design (not "no placebo-controlled trial")."""
    sentences = FACT_SENTENCE_END.split(" ".join(text.split()))
    return any(not _negated(s, m.start()) for s in sentences for m in says.finditer(s))


def _contradicts(text: str, says: re.Pattern[str], lacks: re.Pattern[str]) -> str | None:
    """The sentence of a record that says the claimed design is missing, unless another of its
    sentences reports a trial of that design."""
    sentences = FACT_SENTENCE_END.split(" ".join(text.split()))
    if _reports(text, says):
        return None
    for s in sentences:
        for m in lacks.finditer(s):
            if not says.search(m.group()) or _negated(s, m.start()):
                return s
    return None


def design_misstated(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if not ANY_DESIGN.found(claim.sentence):
        return None
    for says, lacks, verdict in DESIGNS:
        if not says.search(claim.sentence):
            continue
        pairs = list(treatments(claim, kb))
        for e, t in pairs:
            # "minoxidil" names the tablets and the solution: trials of that design for
            # either one bear the claim out
            if any(
                _reports(text, says)
                for other_e, other in pairs
                if other_e.slug == e.slug and other is not t
                for text, _ in _records(claim, other, kb)
            ):
                continue
            for text, sources in _records(claim, t, kb):
                found = _contradicts(text, says, lacks)
                if found:
                    said = f"The recorded trials were not of that kind: {found}"
                    return judged(verdict, said, sources, e.slug)
    return None
