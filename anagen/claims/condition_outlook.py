"""Whether a condition passes or lasts: "it is only temporary", "hair loss after COVID is not
permanent", "though it can be permanent". Set against the record's own course: one that can turn
permanent or often comes back makes a flat "temporary" misleading; one the record calls
temporary bears it out; one the record says can become permanent bears out "can be permanent"."""

from __future__ import annotations

import re

from anagen.claims.condition_duration import NO_REGROWTH, PERMANENT, Facts
from anagen.claims.condition_duration import PASSES as RECOVERS
from anagen.claims.judgement import Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

# A condition said to go away: "is totally reversible", "it's only temporary", "not permanent"
REVERSIBLE_WORDING = (
    r"\b(is|are|'s|it's|was|will be) (totally |fully |completely |always |entirely |100% |only |just |"
    r"usually |typically |often |generally |normally |mostly )?(reversible|temporary|curable|not permanent|"
    r"a temporary (condition|problem|phase|thing))\b"
)
REVERSIBLE = re.compile(REVERSIBLE_WORDING, re.I)
# the limit given with it: "reversible if caught early", "usually temporary", "if stopped in time"
QUALIFIED = re.compile(
    r"\b(early|if caught|at first|if (you|the pulling) stops?|usually|typically|often|generally|"
    r"mostly|in most cases|for most people|in time|soon enough|before (the )?damage)\b",
    re.I,
)

# The hair said to come back by itself, whoever the clause is about: "your hair will grow back",
# "returns to its previous thickness", "can be reversed if it is stopped in time"
RECOVERY_WORDING = (
    r"\b(grows?|grew|growing|comes?|came|coming) back\b"
    # (sooner or thicker than by itself is something's doing: "makes it grow back faster")
    r"(?! (again|later|after (stopping|treatment)|faster|quicker|sooner|thicker|stronger|fuller))"
    r"|\b(returns?|returning|returned|gets?|getting|goes|going|bounces?|bouncing) back to "
    r"(its|their|your|her|his|the) (normal|usual|previous|former|old|original)\b"
    r"|\b(returns?|returning|returned) to (its|their|your|her|his|the)( own)? "
    r"(normal|usual|previous|former|old|original|pre-pregnancy)\b"
    r"|\b(can|could|may|will|is|are) (usually |often |still |fully |be )*(reversed|undone)\b"
    r"|\b(recovers?|recovering|normali[sz]es?|normali[sz]ing) (on its own|by itself|naturally|fully|"
    r"completely|again|without treatment)\b"
)
RECOVERY = re.compile(RECOVERY_WORDING, re.I)
# "always grows back" promises more than any course: the claim stands as made
ALWAYS = re.compile(r"\b(always|every time|guaranteed)\b", re.I)

# A condition said to be able to do lasting harm: "can leave permanent bald spots", "the loss
# may become irreversible", "..., though it can be permanent" (the condition as the subject, or
# none at all: a treatment's results that "can be permanent" are another claim)
LASTING_HARM_WORDING = (
    r"\b(can|could|may|might) ([\w-]+ (and|or) )?(leave|cause|lead to|result in|end in|turn into|become)\b "
    r"(\w+ )?(permanent|lasting|irreversible)\b"
    r"|\b(hair loss|the loss|the damage|baldness|balding|thinning|bald patches|alopecia|it|this|which|though|but|"
    r"and|sometimes|condition) (can|could|may|might) (sometimes |even |also |eventually )?"
    r"(be|become|get|turn) (permanent|irreversible)\b"
)
LASTING_HARM = re.compile(LASTING_HARM_WORDING, re.I)
# the record's own words for it: "can become permanent scarring if the pulling continues"
CAN_LAST = re.compile(r"\b(can|may) (become|turn into|be|leave|cause) (\w+ )?permanent\b", re.I)
# the record's words for a condition that comes back: "patches that can regrow but often come
# back", "relapses are common"
COMES_BACK = re.compile(
    r"\b(often|usually|commonly|frequently) (come|comes|coming) back\b|\brelaps(e|es|ing)\b|"
    r"\brecurs?\b|\brecurren\w+|\bmore than one episode\b",
    re.I,
)
# the record's words for a condition that passes by itself: "a temporary increase in shedding"
PASSES = re.compile(r"\btemporary\b", re.I)


def outlook(
    wording: str, sentence: str, named: list[str], kb: KnowledgeBase, facts: Facts
) -> Judgement | None:
    """The verdict on a claim that the named condition passes, or can last; None when the
    record says neither."""
    known = [slug for slug in named if slug in kb.conditions]
    if REVERSIBLE.search(wording) and not QUALIFIED.search(sentence):
        for slug in known:
            lasting = _fact(facts(kb, slug), PERMANENT) or _fact(facts(kb, slug), COMES_BACK)
            if lasting is not None:
                return judged(Verdict.MISLEADING, f"Not always: {lasting[0]}", lasting[1])
    if REVERSIBLE.search(wording):
        for slug in known:
            passing = _fact(facts(kb, slug), PASSES)
            if passing is not None and _fact(facts(kb, slug), PERMANENT) is None:
                return _recorded(kb, slug, passing)
    if RECOVERY.search(wording) and not ALWAYS.search(sentence):
        return _recovery(sentence, known, kb, facts)
    if LASTING_HARM.search(wording):
        for slug in known:
            lasting = _fact(facts(kb, slug), CAN_LAST)
            if lasting is not None:
                return _recorded(kb, slug, lasting)  # "can", as the record says it
    return None


def _recovery(sentence: str, known: list[str], kb: KnowledgeBase, facts: Facts) -> Judgement | None:
    """The hair said to come back: false when the record says it does not and never that it can,
    misleading said flatly of a condition that can last or keeps coming back, else supported by
    the record's own "grows back" or "can recover"."""
    for slug in known:
        told = facts(kb, slug)
        passing = next((f for f in told if RECOVERS.search(NO_REGROWTH.sub(" ", f[0]))), None)
        if passing is None:
            gone = _fact(told, NO_REGROWTH)
            if gone is not None:
                return judged(Verdict.FALSE, f"The record says otherwise: {gone[0]}", gone[1])
            continue
        lasting = _fact(told, PERMANENT) or _fact(told, COMES_BACK)
        if lasting is not None and not QUALIFIED.search(sentence):
            return judged(Verdict.MISLEADING, f"Not always: {lasting[0]}", lasting[1])
        return _recorded(kb, slug, passing)
    return None


def _fact(
    facts: tuple[tuple[str, tuple[str, ...]], ...], said: re.Pattern[str]
) -> tuple[str, tuple[str, ...]] | None:
    return next((f for f in facts if said.search(f[0])), None)


def _recorded(kb: KnowledgeBase, slug: str, fact: tuple[str, tuple[str, ...]]) -> Judgement:
    name = kb.conditions[slug].name.lower()
    return judged(Verdict.SUPPORTED, f"The record of {name}: {fact[0]}", fact[1])
