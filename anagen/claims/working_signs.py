"""A change read as a sign that a treatment works: "this shedding is normal and means the
medication is working". The records judge whether a treatment works by trial results after
months of use, never by an early change, so such a sign is not backed by them; the claim is
unsupported whatever the treatment's grade (its recorded time to effect is given)."""

from __future__ import annotations

import re

from anagen.claims.judgement import Claim, Judgement, judged, main_slug, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

SIGN_OF_WORKING_WORDING = (
    r"\b(means?|meaning|shows?|showing|is a sign|a sign|signals?|proves?|tells? you) (that )?"
    # the thing said to work: "the medication", "your treatment", "it", or its name ("minoxidil")
    r"((the |your |this |a )?([\w-]+ )?(medication|medicine|treatment|product|drug|formula)|it|[\w-]+)('s| is) "
    r"(working|doing its job|taking effect)\b"
)
SIGN_OF_WORKING = re.compile(SIGN_OF_WORKING_WORDING, re.I)


def sign_of_working(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if not SIGN_OF_WORKING.search(claim.wording):
        return None
    timed = next(
        ((t, t.time_to_effect) for _, t in treatments(claim, kb) if t.time_to_effect), None
    )
    text = "No record we hold reads an early change as a sign that a treatment works"
    if timed is None:
        return judged(Verdict.UNSUPPORTED, f"{text}.", (), main_slug(claim))
    t, fact = timed
    return judged(
        Verdict.UNSUPPORTED,
        f"{text}; for {t.name} results are judged later: {fact.text}",
        tuple(fact.sources),
        main_slug(claim),
    )
