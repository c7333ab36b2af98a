"""An approval claimed below an age ("approved for anyone younger than 2", "not approved for
children under 2"): judged on the youngest age the recorded approvals name ("approved for
children older than 2 years", "adults and adolescents aged 12 and older"). An approval that
names no age says nothing either way."""

from __future__ import annotations

import re

from anagen.claims.entities import Entity
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.schema import Regulatory

# the ages a claim is about: "younger than 2", "under 12", "below the age of 6"
CLAIMED_BELOW = re.compile(
    r"\b(younger than|under|below|less than)( the age of| age)? (\d{1,2})\b(?![.,]\d|\s*(%|kg|mg|lbs?|pounds))",
    re.I,
)
# the youngest age an approval covers: "older than 2 years", "aged 12 and older", "adults"
RECORDED_FROM = re.compile(
    r"\b(?:older than|over|aged|ages?|from (?:the )?age(?: of)?) (\d{1,2})\b|\b(\d{1,2}) (?:years )?and (?:older|over|up)\b",
    re.I,
)
ADULTS = re.compile(r"\badults\b(?! and)", re.I)


def youngest_covered(text: str) -> int | None:
    m = RECORDED_FROM.search(text)
    if m:
        return int(m.group(1) or m.group(2))
    return 18 if ADULTS.search(text) else None


def below_approved_age(claim: Claim, approved: list[tuple[Entity, Regulatory]]) -> Judgement | None:
    """False: an approval claimed for ages all younger than every recorded approval covers."""
    m = CLAIMED_BELOW.search(claim.sentence)
    if m is None:
        return None
    below = int(m.group(3))
    aged = [(e, r, a) for e, r in approved if (a := youngest_covered(r.text)) is not None]
    if not aged or any(below > a for *_, a in aged):
        return None  # some approval covers some of those ages
    e, r, _ = aged[0]
    return judged(Verdict.FALSE, f"Not approved at that age: {r.text}", r.sources, e.slug)
