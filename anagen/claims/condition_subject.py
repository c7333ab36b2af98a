"""A course said of a condition itself, with no treatment behind it: "this kind of shedding
usually settles within three to six months, with the hair growing back" tells how telogen
effluvium runs, so it is a statement about the condition (condition_course.py), not a claim
that some unnamed product stops or regrows hair. Only when nothing is credited: no name in the
claim's clause, no product the text is about, and no product noun in the sentence; and only
when the condition's record bears the course out (the engine keeps the claim as made if not)."""

from __future__ import annotations

from functools import lru_cache

from anagen.claims.anycase import AnyCase
from anagen.claims.clause_subjects import clause_of
from anagen.claims.condition_causes import CAUSE_VERB, HAIR_LOSS_CAUSED
from anagen.claims.condition_outlook import RECOVERY
from anagen.claims.condition_prevalence import PREVALENCE_SHARE
from anagen.claims.condition_rates import COURSE_SHARE
from anagen.claims.entities import Entity
from anagen.claims.evidence import CONDITION_WORDS
from anagen.claims.kinds import KindMatch
from anagen.claims.vocab import Kind
from anagen.claims.words import HAIR_LOSS

# Outcomes a condition can have by itself: it settles, stops, the hair grows back, in a time;
# and how many it does so for ("80% regrow on their own", condition_rates.py).
COURSE_KINDS = frozenset(
    {
        Kind.STOPS_HAIR_LOSS,
        Kind.REGROWS_HAIR,
        Kind.THICKENS_HAIR,
        Kind.WORKS_IN_DAYS,
        Kind.PERCENT_SUCCESS,
    }
)
# Said with such a course, and part of it once it is read: "about 13% of women have it", "back
# to its old thickness" (a second fact of the same condition in the same sentence)
COURSE_PARTS = COURSE_KINDS | {Kind.PERCENT_SUCCESS, Kind.CONDITION_FACT}
# The condition (or its hair loss) as what the clause is about, up to the claim's wording.
SUBJECT = AnyCase(rf"{HAIR_LOSS}|\bpatches\b")
# Something a result could be put down to: "this shampoo", "the tablets", "my routine"
CREDITED = AnyCase(
    r"\b(shampoos?|serums?|products?|formulas?|formulations?|pills?|tablets?|capsules?|supplements?|"
    r"gumm(y|ies)|oils?|foams?|creams?|lotions?|sprays?|devices?|caps?|lasers?|helmets?|drops|"
    r"(?<!without )(?<!without any )(?<!no )treat\w*|medicines?|medications?|drugs?|injections?|shots|routine|regimen|kit|brand|"
    r"ours?|we|use|used|uses|using|taking|applying|rubbing|massaging|with (it|this|them))\b"
)

# The record that stands for a condition left to its course: a share that regrows "without
# treatment" names it, yet is a figure of the condition's course (condition_rates.py); other
# claims about it stay its own ("regrows on its own": the usual course, on its record).
LEFT_ALONE = "watchful-waiting"


def credited(own: tuple[Entity, ...]) -> bool:
    """The claim's clause names something a result could be put down to."""
    return any(e.slug != LEFT_ALONE for e in own)


def read_as_course(kind: Kind, own: tuple[Entity, ...]) -> bool:
    """Whether to try the claim as the condition's own course: it names nothing, or only
    leaving it alone for a share that recovers."""
    return not own or (kind is Kind.PERCENT_SUCCESS and not credited(own))


@lru_cache(maxsize=256)
def _a_prevalence(sentence: str) -> tuple[int, int] | None:
    """Where a share of a group is said to have hair loss, with nothing credited for it."""
    m = PREVALENCE_SHARE.search(sentence)
    return None if m is None or CREDITED.found(sentence) else m.span()


@lru_cache(maxsize=256)  # asked again for each outcome wording of the sentence
def _nothing_credited(sentence: str) -> bool:
    """The sentence names a condition and nothing a result could be put down to."""
    return bool(CONDITION_WORDS.matching(sentence)) and not CREDITED.found(sentence)


def condition_course(sentence: str, match: KindMatch) -> KindMatch | None:
    """The match read as a statement about the condition, or None when something is credited
    with it. The caller has checked that the claim names no treatment and that the text is no
    product's marketing."""
    if match.kind is Kind.PERCENT_SUCCESS and (told := _a_prevalence(sentence)) is not None:
        # how many have it: "roughly 50 percent of men experience some hair loss by 50"
        return KindMatch(Kind.CONDITION_FACT, *told)
    if match.kind not in COURSE_KINDS or not _nothing_credited(sentence):
        return None
    clause = clause_of(sentence, match.start, match.end)
    if match.kind is Kind.PERCENT_SUCCESS:
        # a share of people with the course: "in 1-2% of cases it spreads to the whole scalp"
        if not COURSE_SHARE.search(sentence, match.start):
            return None
        return KindMatch(Kind.CONDITION_FACT, match.start, match.end)
    head = clause[: clause.find(sentence[match.start : match.end]) + match.end - match.start]
    if not SUBJECT.found(head) and not CONDITION_WORDS.matching(head):
        return _recovery(sentence, clause)
    return KindMatch(Kind.CONDITION_FACT, match.start, match.end)


def _recovery(sentence: str, clause: str) -> KindMatch | None:
    """ "Shedding after childbirth is normal; your hair will grow back": the hair coming back,
    in a sentence that names the condition and credits nothing, is the condition's course
    whoever the clause is about (condition_outlook.py grades it)."""
    at = sentence.find(clause)
    told = RECOVERY.search(sentence, max(at, 0), max(at, 0) + len(clause))
    return None if told is None else KindMatch(Kind.CONDITION_FACT, *told.span())


def condition_cause(sentence: str, match: KindMatch, with_treatment: bool) -> KindMatch | None:
    """A cause said with no treatment behind it ("frontal fibrosing alopecia causes permanent
    hair loss", "illness can trigger telogen effluvium") read as a statement about a condition
    (condition_causes.py), unless something a result could be put down to is in the sentence.
    A treatment named with it (`with_treatment`: "braids, wigs and extensions are not the cause
    of hair loss") leaves only the reading by the causes a condition's record gives, for hair
    loss (if none fits, the claim stands as made)."""
    if match.kind is not Kind.CAUSES_SIDE_EFFECT:
        return None
    if not CAUSE_VERB.fullmatch(sentence, match.start, match.end) or CREDITED.found(sentence):
        return None  # "causes itching" names a harm, which only a treatment has
    if with_treatment and not HAIR_LOSS_CAUSED.search(sentence, match.start):
        return None  # a treatment's harm, which no list of a condition's causes could be
    return KindMatch(Kind.CONDITION_FACT, match.start, match.end)
