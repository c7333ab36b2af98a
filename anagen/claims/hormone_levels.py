"""Pattern hair loss said to come from how much of a hormone there is ("results from changes in
testosterone levels", "caused by too much testosterone"), set against its record: an inherited,
over-strong response of the hair roots to male hormones, and in women normal hormone levels in
most. A hormone's amount is not what the record names as the cause, so the claim is false."""

from __future__ import annotations

import re

from anagen.claims.condition_duration import Facts
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

HORMONE = r"(testosterone|male hormones?|androgens?|hormones?|hormonal)"
AMOUNT = (
    r"(changes? in|changing|shifts? in|high|higher|low|lower|too much|too little|excess( of)?|"
    r"raised|elevated|increased|rising|falling|dropping|declining|an? (rise|drop|fall|surge) in|"
    # "excessive testosterone production", "overproduction of androgens"
    r"excessive|overproduction of|over-production of|(over|under)active)"
)
# what is made of the hormone, said after it: "testosterone (androgen) production"
AMOUNT_AFTER = r"( \(\w+\))?( levels?| production| output| secretion)?"
# "results from changes in testosterone levels", "caused by high testosterone": the cause read
# after the condition (the wording of a condition fact, patterns.py)
LEVEL_CAUSE = (
    r"\b(results? from|resulting from|stems? from|comes? from|caused by|triggered by|due to|because of|driven by|"
    rf"brought on by)\b (\w+ ){{0,2}}?{AMOUNT} (\w+ )?{HORMONE}{AMOUNT_AFTER}\b"
)
LEVEL_CAUSED = re.compile(LEVEL_CAUSE, re.I)
# The record's own account of the cause, which is not an amount of hormone.
RESPONSE_FACT = re.compile(
    r"\bover-strong response\b|\bnormal (levels of (male )?hormones|hormone levels)\b", re.I
)
# "baldness", "pattern hair loss" naming no sex: the common kind, in men
PATTERN_LOSS = re.compile(r"\b(bald\w*|pattern hair loss)\b", re.I)
DEFAULT = "androgenetic-alopecia"


def level_cause(
    claim: Claim, named: list[str], kb: KnowledgeBase, facts_of: Facts
) -> Judgement | None:
    """False when the record of the condition named gives its cause as a response, not a level."""
    if not named and PATTERN_LOSS.search(claim.sentence):
        named = [DEFAULT]
    for slug in named:
        if slug not in kb.conditions:
            continue
        fact = next((f for f in facts_of(kb, slug) if RESPONSE_FACT.search(f[0])), None)
        if fact:
            name = kb.conditions[slug].name.lower()
            text = f"The record of {name} gives another cause: {_sentence_of(fact[0])}"
            return judged(Verdict.FALSE, text, fact[1])
    return None


def _sentence_of(text: str) -> str:
    """The sentence of a fact that gives the cause."""
    return next((s for s in re.split(r"(?<=\.)\s+", text) if RESPONSE_FACT.search(s)), text)


# A male hormone named as what causes hair loss, not its amount: "DHT is the main cause of hair
# loss", "baldness is driven by androgens", "la chute de cheveux est causée par la DHT" (each
# wording opens on a literal word, which keeps the prefilter selective).
MALE_HORMONE = (
    r"(DHT|dihydrotestosteron\w*|dihidrotestosteron\w*|di-?hidrotestosterona|testosteron\w*|"
    r"androgens?|male hormones?|männliche\w* hormon\w*|hormones? mascul\w*|hormonas? masculinas?|"
    r"ormoni maschili|mannelijke hormonen|erkek hormon\w*|mužsk\w* hormon\w*)"
)
# the cause said with the hormone: "is the main cause of", "is responsible for", "drives"
_CAUSES = (
    r"(causes?|caused|causing|(is|are) (\w+ )?responsible for|(is|are) (\w+ )?to blame|"
    r"drives|triggers|is behind|are behind|is (\w+ ){0,4}?(the|a) (main |primary |chief |leading |major |"
    r"biggest |principal |root |real |underlying |number one |true )?(cause|culprit|driver|trigger)|"
    # German, French, Spanish, Italian, Dutch, Turkish, Czech
    r"verursach\w*|(ist|sind) (die |der )?(haupt)?ursache|est (la |le )?(principale? )?(cause|responsable)|"
    r"es (la )?(principal )?(causa|responsable)|[eè] (la )?(principale )?(causa|responsabile)|"
    r"veroorzaakt|is de (belangrijkste )?oorzaak|\W*'?(den|dan|ten|tan) kaynakl\w*|je (hlavní )?příčin\w*)"
)
HORMONE_CAUSE = (
    rf"\b{MALE_HORMONE}\b[^.;]{{0,90}}?\b{_CAUSES}|"
    rf"\b(caused|driven|triggered|brought on|verursacht|causée?s?|causad[oa]s?|causat[oa]|veroorzaakt) "
    rf"(by|durch|par|por|da|door) (the |die |das |la |le |el |de |excess |too much )?{MALE_HORMONE}\b|"
    # the hormone after the cause: "Die Hauptursache für Haarausfall ist DHT", "hlavní příčinou ... je"
    rf"\b(main|primary|chief|leading|biggest|haupt|principale?|belangrijkste|hlavní) ?"
    rf"(cause|culprit|ursache|causa|oorzaak|příčin\w*)\b[^.;]{{0,60}}\b(is|ist|est|es|è|je)\b[^.;]{{0,30}}"
    rf"\b{MALE_HORMONE}"
)
HORMONE_CAUSED = re.compile(HORMONE_CAUSE, re.I)
# a share said with it ("responsible for hair loss in 98% of balding men"): a figure, graded as one
SHARE = re.compile(r"\d\s?%|\bpercent\b|\bper cent\b", re.I)
# hair loss named as the men's kind: "male pattern baldness", "balding men", "in men"
IN_MEN = re.compile(r"\b(male|men|man's|balding|bald)\b", re.I)
IN_ALL = re.compile(r"\b(women|woman|female|both sexes|men and women|everyone)\b", re.I)
# what a record says of male hormones as a cause
HORMONE_FACT = re.compile(r"\b(male hormones?|androgens?)\b", re.I)


def hormone_cause(
    claim: Claim, named: list[str], kb: KnowledgeBase, facts_of: Facts
) -> Judgement | None:
    """A male hormone said to cause hair loss, against the records: false for a condition whose
    record names no such cause (alopecia areata is an immune attack); for pattern hair loss in
    men supported (the record: driven by male hormones); said of hair loss at large or of women,
    misleading (an inherited response of the roots to them; most women have normal levels).
    None for a share (graded as a figure) or where no record speaks to it."""
    if claim.entities or SHARE.search(claim.sentence):
        return None
    for slug in (s for s in named if s in kb.conditions and s not in PATTERN_KINDS):
        facts = facts_of(kb, slug)
        if not any(HORMONE_FACT.search(text) for text, _ in facts):
            text, sources = facts[0]
            name = kb.conditions[slug].name.lower()
            return judged(
                Verdict.FALSE, f"The record of {name} gives another cause: {text}", sources
            )
    if any(s in kb.conditions and s not in PATTERN_KINDS for s in named):
        return None
    if DEFAULT not in kb.conditions:
        return None
    fact = next((f for f in facts_of(kb, DEFAULT) if RESPONSE_FACT.search(f[0])), None)
    if fact is None:
        return None
    women = "female-pattern-hair-loss" in named or IN_ALL.search(claim.sentence)
    if IN_MEN.search(claim.sentence) and not women:
        text = f"The record of pattern hair loss in men: {_sentence_of(fact[0])}"
        return judged(Verdict.SUPPORTED, text, fact[1])
    text = f"The record names no single cause of hair loss: {_sentence_of(fact[0])}"
    return judged(Verdict.MISLEADING, text, fact[1])


PATTERN_KINDS = {"androgenetic-alopecia", "female-pattern-hair-loss"}


def hormone_said_cause(claim: Claim) -> bool:
    """The claim's wording is where the sentence names a male hormone as the cause (and not its
    amount, which level_cause grades)."""
    said = HORMONE_CAUSED.search(claim.sentence)
    at = claim.sentence.find(claim.wording)
    if said is None or at < 0 or LEVEL_CAUSED.search(claim.sentence):
        return False
    return at < said.end() and at + len(claim.wording) > said.start()
