"""The part of a sentence an approval or prescription claim is judged on: the sentence up to
a contrast that follows its wording. "Approved in South Korea, but in the US and Europe doctors
prescribe it off-label" claims the approval in South Korea; the place after "but" is another
place's status, not a place the approval is claimed in. What comes before the claim stays: it
names the subject.

Only for these kinds: for other claims the clause after "but" qualifies the claim ("works, but
only while you use it"), and a consequence after "so" is the inference the claim is judged
with ("FDA-cleared, so it's proven to regrow hair" is misleading as a whole)."""

from __future__ import annotations

import re

from anagen.claims.vocab import Kind

# not a restriction of the claim itself: "approved, but only for an enlarged prostate"
CONTRAST = re.compile(
    r",\s+(but|though|although|whereas|while)\b(?!\s+(only|just|not for|solely)\b)"
)
SCOPED_BY_CONTRAST = frozenset({Kind.FDA_APPROVED, Kind.FDA_CLEARED, Kind.PRESCRIPTION_STRENGTH})
# A clearance set apart from an approval or proof ("its clearance for safety, but not approval
# for proven results") says what the clearance is, not another place's status.
CLEARANCE_LIMIT = re.compile(r"\s+not (an? |its |the )?(FDA[- ])?(approv\w*|proof|proven)\b", re.I)


def judged_part(sentence: str, end: int, kind: Kind | None = None) -> str:
    """The sentence cut before the first contrast after the claim's wording (which ends at
    `end`), for a claim of a kind in SCOPED_BY_CONTRAST."""
    contrast = CONTRAST.search(sentence, end)
    if contrast is None:
        return sentence
    if kind is Kind.FDA_CLEARED and CLEARANCE_LIMIT.match(sentence, contrast.end()):
        return sentence
    return sentence[: contrast.start()]
