"""How long a condition lasts and how long after its trigger it starts, set against its record:
a condition called permanent whose record says it passes ("it is a permanent hair loss problem"
said of telogen effluvium) or lasts only in some cases, and a delay the record puts elsewhere ("shed about 2 months after
the shock" where the record says 3 to 4)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from anagen.claims.judgement import Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.claims.words import FACT_SENTENCE_END
from anagen.knowledge.base import KnowledgeBase

Fact = tuple[str, tuple[str, ...]]  # a recorded fact's text and its source ids
# a condition's facts as condition_course.py reads them, passed to the modules it calls
Facts = Callable[[KnowledgeBase, str], Sequence[Fact]]

NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
NUMBERS |= {"nine": "9", "twelve": "12"}
_SPELLED = "|".join(NUMBERS)
PERMANENT = re.compile(r"(?<!\bnot )(?<!\bnever )(?<!\brarely )\bpermanent\w*\b", re.I)
# how long after the trigger: "about 3 to 4 months after"
AFTER_DELAY = re.compile(
    rf"\b(\d+|{_SPELLED})( (?:to|or) (\d+|{_SPELLED}))? (weeks|months) (?:after|following)\b",
    re.I,
)
# A condition said to last for good: "it is a permanent hair loss problem", "the hair loss from
# frontal fibrosing alopecia is permanent" (the loss or the condition as what is permanent, not
# a treatment's results)
PERMANENT_CONDITION_WORDING = (
    r"\b(is|are|'s) (a |an )?(permanent|irreversible|lifelong) (form of |type of |kind of )?"
    r"(hair loss |hair |shedding )?(problem|condition|disease|disorder|hair loss|shedding)\b"
    r"|\b(alopecia|areata|effluvium|capitis|baldness|hair loss|the loss)\b[^.;,]{0,40}\b(is|are) "
    r"(always |usually |often )?(permanent|irreversible)\b"
)
PERMANENT_CONDITION = re.compile(PERMANENT_CONDITION_WORDING, re.I)
# the record's words for a condition that passes: "a temporary increase", "can regrow"
PASSES = re.compile(r"\b(temporary|grows? back|regrow\w*|comes? back|recovers?)\b", re.I)
# the record's words for a loss that lasts: "is permanent", "does not grow back"
NO_REGROWTH = re.compile(
    r"\b(does not|do not|doesn't|cannot|can't|won't|never) (grow back|regrow)", re.I
)
# a lasting loss the record gives only for some cases: "can become permanent if the pulling
# continues", "once the loss has scarred"
ONLY_IF = re.compile(r"\b(can|could|may|might|if|once|when|unless)\b", re.I)


def how_long(wording: str, facts: Iterable[Fact]) -> Judgement | None:
    """The finding on a claim of a condition's delay or permanence, from its record's facts;
    None when the record says nothing that bears on it."""
    facts = tuple(facts)
    if AFTER_DELAY.search(wording):
        return _other_delay(wording, facts)
    return lasting_loss(facts, False) if PERMANENT_CONDITION.search(wording) else None


def _delay(text: str) -> tuple[str, int, int] | None:
    """The unit and range of the first "3 to 4 months after" in a text."""
    m = AFTER_DELAY.search(text)
    if m is None:
        return None
    low, high = m.group(1).lower(), (m.group(3) or m.group(1)).lower()
    return m.group(4).lower().rstrip("s"), int(NUMBERS.get(low, low)), int(NUMBERS.get(high, high))


def _other_delay(wording: str, facts: tuple[Fact, ...]) -> Judgement | None:
    """Misleading when every delay the record gives in the same unit leaves the claim's out."""
    said = _delay(wording)
    if said is None:
        return None
    delays = [(d, f) for f in facts if (d := _delay(f[0])) and d[0] == said[0]]
    if delays and all(said[2] < d[1] or said[1] > d[2] for d, _ in delays):
        text, sources = delays[0][1]
        return judged(Verdict.MISLEADING, f"The record gives another delay: {text}", sources)
    return None


def _lasting_sentences(facts: tuple[Fact, ...]) -> list[Fact]:
    """Each sentence of the record that says the loss lasts, with its fact's sources."""
    return [
        (sentence, sources)
        for text, sources in facts
        for sentence in FACT_SENTENCE_END.split(text)
        if PERMANENT.search(sentence) or NO_REGROWTH.search(sentence)
    ]


def lasting_loss(facts: Iterable[Fact], hedged: bool) -> Judgement | None:
    """A condition's loss said to last ("it causes permanent hair loss", "it is a permanent
    condition"; `hedged`: said only to be able to, "can be permanent"): supported when the record
    says it lasts, in every case or (hedged) in some; misleading when it lasts only in some
    cases; false when the record says it passes and never that it lasts (unless hedged, since
    a record of recovery need not rule out a rare lasting case)."""
    facts = tuple(facts)
    lasting = _lasting_sentences(facts)
    always = next((f for f in lasting if not ONLY_IF.search(f[0])), None)
    if always is not None or (lasting and hedged):
        text, sources = always or lasting[0]
        return judged(Verdict.SUPPORTED, f"The record says it lasts: {text}", sources)
    if lasting:
        return judged(Verdict.MISLEADING, f"Only sometimes: {lasting[0][0]}", lasting[0][1])
    passing = next((f for f in facts if PASSES.search(f[0])), None)
    if passing is not None and not hedged:
        return judged(Verdict.FALSE, f"It passes: {passing[0]}", passing[1])
    return None
