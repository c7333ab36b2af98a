"""Which condition is most likely: add up the weights of the clues that hold.

The clues and their sources live in `content/assessment.yaml`. Below a minimum score, or when a
clue points to something outside the seven conditions, the answer is `unclear`.
"""

from __future__ import annotations

from dataclasses import dataclass

from anagen.assessment.compiled import CompiledRules
from anagen.assessment.matching import Answers
from anagen.assessment.vocab import UNCLEAR, Confidence

MIN_SCORE = 3
MIN_DIFFERENTIAL_SCORE = 2
MAX_DIFFERENTIALS = 3
# On a tie, the condition that most needs a doctor wins (safety first).
TIE_ORDER = [
    "scarring-alopecia",
    "tinea-capitis",
    "alopecia-areata",
    "traction-alopecia",
    "telogen-effluvium",
    "female-pattern-hair-loss",
    "androgenetic-alopecia",
    UNCLEAR,
]
TIE_RANK = {condition: i for i, condition in enumerate(TIE_ORDER)}


# Slotted and not frozen, as the result's dataclasses (result.py): built for every assessment,
# and a frozen dataclass's __init__ costs several times as much. Nothing changes them.
@dataclass(slots=True)
class Candidate:
    condition: str
    score: int
    reasons: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(slots=True)
class Classification:
    likely: Candidate
    differentials: tuple[tuple[Candidate, Confidence], ...]


def score_conditions(answers: Answers, rules: CompiledRules) -> list[Candidate]:
    scores: dict[str, int] = {}
    reasons: dict[str, list[str]] = {}
    sources: dict[str, list[str]] = {}
    facts = rules.clue_facts[answers.pattern]
    for i in rules.clue_scans[answers.pattern](answers):
        condition, weight, why, clue_sources = facts[i]
        scores[condition] = scores.get(condition, 0) + weight
        if weight > 0:  # a clue against a condition is no reason for it
            if condition in reasons:
                reasons[condition].append(why)
                sources[condition].extend(clue_sources)
            else:
                reasons[condition] = [why]
                sources[condition] = list(clue_sources)
    out = [
        Candidate(c, s, tuple(reasons.get(c, ())), tuple(dict.fromkeys(sources.get(c, ()))))
        for c, s in scores.items()
    ]
    out.sort(key=_rank_key)
    return out


def _rank_key(c: Candidate) -> tuple[int, int]:
    return -c.score, _tie_rank(c.condition)


def _tie_rank(condition: str) -> int:
    return TIE_RANK.get(condition, len(TIE_ORDER))


def confidence(score: int, top: int) -> Confidence:
    ratio = score / top if top > 0 else 0
    if ratio >= 0.75:
        return Confidence.HIGH
    if ratio >= 0.4:
        return Confidence.MEDIUM
    return Confidence.LOW


def classify(answers: Answers, rules: CompiledRules) -> Classification:
    ranked = score_conditions(answers, rules)
    if not ranked or ranked[0].score < MIN_SCORE:
        likely = Candidate(
            UNCLEAR,
            ranked[0].score if ranked else 0,
            ("The answers do not fit one kind of hair loss clearly enough.",),
            (),
        )
        rest = [c for c in ranked if c.condition != UNCLEAR]
    else:
        likely, rest = ranked[0], ranked[1:]
    top = max(likely.score, MIN_SCORE)
    differentials = tuple(
        (c, confidence(c.score, top))
        for c in rest
        if c.score >= MIN_DIFFERENTIAL_SCORE and c.condition != UNCLEAR
    )[:MAX_DIFFERENTIALS]
    return Classification(likely, differentials)
