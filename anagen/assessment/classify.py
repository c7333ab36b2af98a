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
    """Every condition a clue that holds points to, best first."""
    tally = _tally(answers, rules)
    return [_candidate(c, tally) for c in _ranked(tally[0])]


# Per condition: the sum of the weights, and the reasons and sources of the clues for it.
Tally = tuple[dict[str, int], dict[str, list[str]], dict[str, list[str]]]


def _tally(answers: Answers, rules: CompiledRules) -> Tally:
    """The clues that hold, added up per condition (in the order the conditions first appear).
    Plain dicts, not Candidates: `classify` only makes a Candidate of the conditions it reports,
    and most assessments have a condition or two below any use."""
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
    return scores, reasons, sources


def _ranked(scores: dict[str, int]) -> list[str]:
    """Highest score first; on a tie, TIE_ORDER, then the order the conditions appeared.
    Sorted as plain tuples (a position makes each unique): no key function to call."""
    if len(scores) < 2:
        return list(scores)
    order = [
        (-score, TIE_RANK.get(condition, len(TIE_ORDER)), i, condition)
        for i, (condition, score) in enumerate(scores.items())
    ]
    order.sort()
    return [condition for _, _, _, condition in order]


def _candidate(condition: str, tally: Tally) -> Candidate:
    scores, reasons, sources = tally
    return Candidate(
        condition,
        scores[condition],
        tuple(reasons.get(condition, ())),
        tuple(dict.fromkeys(sources.get(condition, ()))),
    )


# As plain names: a member read through its enum class costs about ten times as much.
HIGH, MEDIUM, LOW = Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW


def confidence(score: int, top: int) -> Confidence:
    ratio = score / top if top > 0 else 0
    if ratio >= 0.75:
        return HIGH
    if ratio >= 0.4:
        return MEDIUM
    return LOW


def classify(answers: Answers, rules: CompiledRules) -> Classification:
    tally = _tally(answers, rules)
    scores = tally[0]
    ranked = _ranked(scores)
    if not ranked or scores[ranked[0]] < MIN_SCORE:
        likely = Candidate(
            UNCLEAR,
            scores[ranked[0]] if ranked else 0,
            ("The answers do not fit one kind of hair loss clearly enough.",),
            (),
        )
        rest = ranked
    else:
        likely, rest = _candidate(ranked[0], tally), ranked[1:]
    top = max(likely.score, MIN_SCORE)
    differentials = []
    for condition in rest:
        score = scores[condition]
        if score >= MIN_DIFFERENTIAL_SCORE and condition != UNCLEAR:
            differentials.append((_candidate(condition, tally), confidence(score, top)))
            if len(differentials) == MAX_DIFFERENTIALS:
                break
    return Classification(likely, tuple(differentials))
