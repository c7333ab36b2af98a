"""How often a condition takes a course by itself, given as a share: "80% of people with a few
patches regrow without treatment", "in 1-2% of cases it spreads to the entire scalp". Set against
the shares the condition's record gives for the same course: a share the record gives (or one in
its range) is supported; one far from every share it gives for that course is false."""

from __future__ import annotations

import re

from anagen.claims.condition_duration import Facts
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

# the hair coming back ("come back" is not here: in a record it is a relapse)
RECOVERS = re.compile(
    r"\b(regr[eo]w\w*|recover\w*|(grows?|grew|growing|grown) back|(their|the|its) hair back|"
    r"(spontaneous|full|complete) remission)\b",
    re.I,
)
# the loss reaching the whole scalp or body ("alopecia totalis")
SPREADS = re.compile(
    r"\b(totalis|universalis|(the )?(entire|whole) (scalp|body|skin|head)|"
    r"(lose|loses|lost|losing) all (\w+ ){0,2}(hair|scalp)|total (hair loss|baldness))\b",
    re.I,
)
# a share as people write it: "50 percent", "1 in 3", "a third", "two-thirds", "half"
A_SHARE = (
    r"(\d{1,3}(\.\d+)?\s?(%|percent\b|per cent\b)|(one|two|three|four|\d+) (in|out of) "
    r"(two|three|four|five|ten|\d+)\b|(a|one)[- ](third|quarter|fifth)\b|(two|three)[- ](thirds|quarters)\b|"
    r"half\b)"
)
# the share and the course in one stretch: "up to 50 percent of patients ... experience
# spontaneous hair regrowth", "in 1-2% of cases, the condition can spread to the entire scalp"
COURSE_SHARE = re.compile(
    rf"\b((up to|about|around|roughly|nearly|almost|over|more than|as many as) )?{A_SHARE}"
    r"( of)?[^.;]{0,90}\b(regr[eo]w\w*|recover\w*|(grows?|grew) back|hair back|"
    r"spontaneous\w* remission|spread\w* to|progress\w* to|go on to lose|lose all|totalis|universalis)",
    re.I,
)

_WORD_SHARES = {
    "half": 50.0,
    "third": 33.3,
    "quarter": 25.0,
    "fifth": 20.0,
    "thirds": 33.3,
    "quarters": 25.0,
}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
# "34% to 50%", "1-2%", "14 to 25 percent": a range; "under 10%": a bound from nought
_RANGE = re.compile(
    r"\b(?P<under>under |below |less than |fewer than )?(?P<lo>\d{1,3}(\.\d+)?)\s?%?"
    r"((\s?-\s?| to | bis | à )(?P<hi>\d{1,3}(\.\d+)?))?\s?(%|percent\b|per cent\b|prozent\b|pour cent\b|"
    r"por ciento\b|per cento\b|por cento\b)",
    re.I,
)
_IN = re.compile(
    r"\b(one|two|three|four|\d+) (in|out of) (two|three|four|five|ten|\d+)\b|"
    r"\b(a|one)[- ](third|quarter|fifth)\b|\b(two|three)[- ](thirds|quarters)\b|\bhalf\b",
    re.I,
)
_CLAUSES = re.compile(r";\s+|,\s*(?:and|but|while)\s+")
_NEAR = 0.15  # of the figure, how far a share may be from the record's and still be its


def course_rate(
    claim: Claim, named: list[str], kb: KnowledgeBase, facts: Facts
) -> Judgement | None:
    """The verdict on a share of people whose condition takes a course; None when the record
    gives no share for that course, or the claim's is neither near nor far from it."""
    if claim.entities or not COURSE_SHARE.search(claim.sentence):
        return None
    said = share_of(claim.sentence)
    course = _course(claim.sentence)
    if said is None or course is None:
        return None
    recorded = [
        (share, clause, sources)
        for slug in named
        if slug in kb.conditions
        for text, sources in facts(kb, slug)
        for sentence in re.split(r"(?<=\.)\s+", text)
        for share, clause in shares_of(sentence)
        if _course(clause, sentence) == course
    ]
    if not recorded:
        return None
    for share, clause, sources in recorded:
        if near(said, share):
            return judged(Verdict.SUPPORTED, f"The record gives the same share: {clause}", sources)
    if all(far(said, share) for share, *_ in recorded):
        share, clause, sources = recorded[0]
        return judged(Verdict.FALSE, f"The record gives another share: {clause}", sources)
    return None


def _course(clause: str, sentence: str | None = None) -> tuple[str, bool] | None:
    """What happens, and whether it is said of loss of the whole scalp (a recovery from that
    is rarer than from a few patches)."""
    total = bool(SPREADS.search(sentence or clause))
    if RECOVERS.search(clause):
        return "recovers", total
    if SPREADS.search(clause):
        return "spreads", True
    return None


def shares_of(sentence: str) -> list[tuple[tuple[float, float], str]]:
    found = []
    for clause in _CLAUSES.split(sentence):
        share = share_of(clause)
        if share is not None:
            found.append((share, clause.strip()))
    return found


def share_of(text: str) -> tuple[float, float] | None:
    m = _RANGE.search(text)
    if m:
        lo = float(m["lo"])
        hi = float(m["hi"]) if m["hi"] else lo
        return (0.0, hi) if m["under"] else (lo, hi)
    m = _IN.search(text)
    if m is None:
        return None
    words = re.split(r"[\s-]+", m.group(0).lower())
    if words[-1] in _WORD_SHARES:
        # "two-thirds", "three quarters": so many of the part
        share = _WORD_SHARES[words[-1]] * (_NUMBER_WORDS.get(words[0], 1) if len(words) > 1 else 1)
    else:
        top, bottom = (_NUMBER_WORDS.get(w) or int(w) for w in (words[0], words[-1]))
        share = 100.0 * top / bottom
    return share, share


def near(said: tuple[float, float], share: tuple[float, float]) -> bool:
    slack = max(2.0, _NEAR * share[1])
    return said[0] <= share[1] + slack and said[1] >= share[0] - slack


def far(said: tuple[float, float], share: tuple[float, float]) -> bool:
    """Less than half the record's least, or more than twice its most."""
    return said[1] < share[0] / 2 or said[0] > share[1] * 2
