"""How a treatment works on hair, told as fact ("revives follicles by directing blood flow to
them") where its record says that is not known: a guess given as fact, so misleading."""

from __future__ import annotations

import re

from anagen.claims.judgement import Claim, Judgement, judged, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

# the means, after "by": "by directing robust blood flow", "by improving circulation to the scalp"
BY_MEANS = re.compile(
    r"\bby (directing|increasing|boosting|improving|raising|sending|bringing|channelling|channeling|"
    r"pumping|widening|dilating|opening|delivering|stimulating|enhancing|promoting)\b[^.;]{0,30}"
    r"\b(blood|circulation|oxygen|nutrients)\b",
    re.I,
)
# the means told as a guess
GUESS = re.compile(
    r"\b(thought|believed|presumed|suspected|assumed|theori[sz]ed)( to)?\b|\b(may|might|possibly|"
    r"probably|perhaps|likely)\b",
    re.I,
)
# a record that says how it works on hair is not known
NOT_KNOWN = re.compile(
    r"\b(not (yet |fully |well |entirely |completely )?(understood|known|clear)|unknown|unclear)\b",
    re.I,
)


def mechanism_guessed(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """Misleading when the claim gives the means and the record says how it works is unknown."""
    said = claim.sentence
    if not BY_MEANS.search(said) or claim.hedged or NOT_KNOWN.search(said) or GUESS.search(said):
        return None  # told as a guess: "is thought to work by widening blood vessels"
    for e, t in treatments(claim, kb):
        m = t.mechanism
        if m and NOT_KNOWN.search(m.text):
            text = f"How it works on hair is not known; the record says: {m.text}"
            return judged(Verdict.MISLEADING, text, tuple(m.sources), e.slug)
    return None
