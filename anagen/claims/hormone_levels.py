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
