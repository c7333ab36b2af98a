"""What a condition causes and what causes it, set against its record: "frontal fibrosing
alopecia causes permanent hair loss" (how lasting the loss is), "illness and childbirth can
trigger telogen effluvium" (its recorded triggers), "braids and extensions are not the cause of
hair loss" (the styles a condition's record names as its cause). The wording is that of a
side effect, but no treatment is behind it (engine.py reads it so only when none is named);
with nothing in the record that bears on it there is no finding here."""

from __future__ import annotations

import re

from anagen.claims.condition_course import facts_of
from anagen.claims.condition_duration import lasting_loss
from anagen.claims.condition_facts import DESTROYED_IN
from anagen.claims.evidence import CONDITION_WORDS, conditions_named
from anagen.claims.hormone_levels import hormone_cause, hormone_said_cause
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.claims.words import HAIR_LOSS
from anagen.knowledge.base import KnowledgeBase

Fact = tuple[str, tuple[str, ...]]

# The bare verb of a cause, which is all the wording a side effect's pattern takes.
CAUSE_VERB = re.compile(
    r"(cause|causes|caused|trigger|triggers|lead to|leads to|result in|results in)"
    r"|(caused|triggered|brought on|set off|induced|precipitated|provoked|sparked) by",
    re.I,
)
# the cause said after the condition: "it is usually triggered by illness" (condition_course.py)
PASSIVE = re.compile(
    r"(caused|triggered|brought on|set off|induced|precipitated|provoked|sparked) by", re.I
)
# A loss said to last: "causes permanent hair loss", "irreversible baldness"
LASTS = re.compile(r"(?<!\bnot )(?<!\bnever )\b(permanent\w*|irreversibl\w*)", re.I)
# A cause that only may hold: "can trigger", "may lead to", "in some cases"
# (and "temporary or permanent": a loss that lasts only sometimes)
MAY = re.compile(
    r"\b(can|could|may|might|sometimes|in some cases|(temporary|reversible) or (permanent|irreversible))\b",
    re.I,
)
# Facts that say what brings a condition on: "common triggers include", "it follows tight styles"
CAUSE_FACT = re.compile(
    r"\b(caus\w*|trigger\w*|set (it )?off|follows|highest-risk|brought on)\b", re.I
)
ITEM_BREAK = re.compile(r",|\b(and|or|as well as|plus)\b|[()]", re.I)
WORD = re.compile(r"[a-z]{4,}")
# words of a listed cause that say how much of it, not what it is
NOT_WHAT = {"severe", "serious", "extreme", "major", "sudden", "some", "many", "other", "things"}
NOT_WHAT |= {"that", "like", "such", "even", "very"}
NOT_WHAT |= {"hair", "loss"}  # "blood loss", "weight loss": what is lost says which
# the sexes, which name pattern hair loss only as a default reading (evidence.py)
BY_SEX = {"female-pattern-hair-loss", "androgenetic-alopecia"}


def rule_condition_cause(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """The finding on a cause said of a condition, or None when its record bears on none."""
    clause = _clause_of_verb(claim)
    if hormone_said_cause(claim) and not DESTROYED_IN.search(claim.sentence):
        named = [c for c in conditions_named(claim.sentence, kb) if c in kb.conditions]
        return hormone_cause(claim, named, kb, facts_of)
    if claim.entities:
        return _named_by_causes(claim, clause, kb)  # a treatment's harm, unless a list of causes
    named = conditions_named(claim.sentence, kb)
    named = [c for c in named if c in kb.conditions and c not in BY_SEX]
    # "it is triggered by ...": the condition the paragraph named before
    named = named or [c for c in claim.topics[:1] if c in kb.conditions]
    if LASTS.search(clause) and len(named) == 1:
        return _lasting(named[0], clause, kb)
    germ = _germ_cause(claim, named, clause, kb)
    if germ is not None:
        return germ
    found = _triggers(claim, named, clause, kb) if named else None
    return found or _named_by_causes(claim, clause, kb)


def _clause_of_verb(claim: Claim) -> str:
    """The part of the sentence around the cause's verb, up to a clause of its own."""
    s = claim.sentence
    at = s.find(claim.wording)
    if at < 0:
        return s
    start = max((m.end() for m in re.finditer(r"[;:]|\bbut\b|\band (are|is)\b", s[:at])), default=0)
    end = re.search(r"[;.]|\bbut\b", s[at:])
    return s[start : at + end.start()] if end else s[start:]


def _lasting(slug: str, clause: str, kb: KnowledgeBase) -> Judgement | None:
    """ "It causes permanent hair loss", against how lasting its record says the loss is."""
    return lasting_loss(facts_of(kb, slug), bool(MAY.search(clause)))


# germs named as a cause: "caused by bacteria and fungus", "a viral infection"
GERMS = re.compile(
    r"\b(bacteri\w*|fung\w*|viral|virus\w*|germs?|microbes?|yeasts?|infections?)\b", re.I
)
# how a condition's record defines it: by the immune system or by an infection
IMMUNE = re.compile(r"\b(autoimmune|immune system)\b", re.I)
INFECTION = re.compile(r"\binfection\b", re.I)


def _germ_cause(claim: Claim, named: list[str], clause: str, kb: KnowledgeBase) -> Judgement | None:
    """ "Alopecia areata is caused by bacteria and fungus": germs said to cause a condition
    its record defines as immune-driven, not as an infection, are false. (Germs said to cause
    an infection is plain description: no finding, as set 10 grades "ringworm is caused by a
    fungus".)"""
    at = clause.find(claim.wording)
    if at < 0:
        return None
    passive = PASSIVE.fullmatch(claim.wording)
    causes = clause[at + len(claim.wording) :] if passive else clause[:at]
    if not GERMS.search(causes) or _names_condition(causes, kb):
        return None
    for slug in named:
        c = kb.conditions[slug]
        said = f"The record of {c.name.lower()}: {c.summary}"
        if IMMUNE.search(c.summary) and not INFECTION.search(c.summary):
            return judged(Verdict.FALSE, said, tuple(c.sources))
    return None


def _items(part: str) -> list[frozenset[str]]:
    """The causes a list names, each as its words: "severe illness, surgery and childbirth"."""
    items = (frozenset(WORD.findall(p.lower())) - NOT_WHAT for p in ITEM_BREAK.split(part) if p)
    return [i for i in items if i]


def _found(item: frozenset[str], text: str) -> bool:
    """At least half of a cause's words are in the fact ("a high fever": "fever")."""
    words = set(WORD.findall(text.lower()))
    hits = sum(w in words or w.rstrip("s") in words or f"{w}s" in words for w in item)
    return 2 * hits >= len(item)


def _recorded(items: list[frozenset[str]], facts: list[Fact], hedged: bool) -> Fact | None:
    """The cause fact that names enough of the listed causes: more than half of them, or (for
    causes said to be possible, "can trigger") at least two, or the only one."""
    for fact in facts:
        hits = sum(_found(i, fact[0]) for i in items)
        if hits * 2 > len(items) or (hedged and hits >= min(2, len(items))):
            return fact
    return None


def _triggers(claim: Claim, named: list[str], clause: str, kb: KnowledgeBase) -> Judgement | None:
    """ "Severe illness, surgery and childbirth can trigger telogen effluvium", "it is triggered
    by illness or childbirth": the causes listed (before the verb, or after "by"), against the
    facts that give the named condition's causes."""
    at = clause.find(claim.wording)
    head = clause[:at] if at > 0 else ""
    tail = clause[at + len(claim.wording) :] if at >= 0 else ""
    passive = PASSIVE.fullmatch(claim.wording)
    causes, effect = (tail, head) if passive else (head, tail)
    caused = CONDITION_WORDS.matching(effect) or LOSS.search(effect)
    if _names_condition(causes, kb) or not (caused or (passive and IT.search(effect))):
        # the condition is what causes, not what is caused; or what is caused is something
        # else ("tight braids can cause headaches")
        return None
    items = _items(causes[causes.rfind(" that ") + 1 :] if " that " in causes else causes)
    for slug in named:
        facts = [f for f in facts_of(kb, slug) if CAUSE_FACT.search(f[0])]
        fact = _recorded(items, facts, bool(MAY.search(clause))) if items else None
        if fact is not None:
            name = kb.conditions[slug].name.lower()
            return judged(Verdict.SUPPORTED, f"The record of {name}: {fact[0]}", fact[1])
    return None


LOSS = re.compile(rf"{HAIR_LOSS}", re.I)
IT = re.compile(r"^\s*(it|this|they|this condition)\b", re.I)  # "it is caused by ..."
HAIR_LOSS_CAUSED = re.compile(
    r"\b(cause|causes|caused|trigger\w*|lead to|leads to)\b[^.;]{0,25}\b(hair loss|hair fall|balding|thinning|shedding)\b",
    re.I,
)


def _named_by_causes(claim: Claim, clause: str, kb: KnowledgeBase) -> Judgement | None:
    """ "Braids, wigs and extensions are not the direct cause of hair loss": no condition named,
    but the causes listed are those a condition's record gives for it (the engine turns the
    verdict round for a denial)."""
    if not HAIR_LOSS_CAUSED.search(clause):
        return None
    subject = claim.sentence[: max(claim.sentence.find(claim.wording), 0)]
    subject = re.split(r"\b(can|could|may|might|are|is|do|does|will)\b", subject, maxsplit=1)[0]
    items = _items(subject)
    if len(items) < 2 or any(len(i) > 3 for i in items) or _names_condition(subject, kb):
        # one cause is too little to tell which condition's it is; a long phrase is no list
        # of causes ("leaky gut has been linked to ..."); a condition named is what causes
        return None
    for slug in kb.conditions:
        facts = [f for f in facts_of(kb, slug) if CAUSE_FACT.search(f[0])]
        fact = _recorded(items, facts, False)
        if fact is not None:
            name = kb.conditions[slug].name.lower()
            return judged(Verdict.SUPPORTED, f"The record of {name}: {fact[0]}", fact[1])
    return None


def _names_condition(text: str, kb: KnowledgeBase) -> bool:
    """The text names a condition by one of its names (not by its causes, "tight braids")."""
    names = (n for c in kb.conditions.values() for n in (c.name, *c.also_known_as))
    return any(re.search(rf"\b{re.escape(n)}\b", text, re.I) for n in names)
