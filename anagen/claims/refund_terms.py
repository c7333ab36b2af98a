"""The steps of a refund or guarantee procedure: "submit your claim between 180 and 210 days
after you subscribed", "returns must be requested within 30 days of purchase". A deadline for
paperwork, not a promise of when results show."""

from __future__ import annotations

from anagen.claims.anycase import AnyCase

# something the buyer must do for the refund, then (in the same clause) the time it is due
DEADLINE = AnyCase(
    r"\b(submit|send|file|lodge|make|request|requested|claim|apply|contact|email|e-mail|call|notify|"
    r"cancel|return|returned|post|upload|reach out|sent|submitted|filed|lodged|made)\b[^.;:]{0,60}$"
)
# the paperwork named: a claim, a refund, a subscription, an order
PAPERWORK = AnyCase(
    r"\b(claims?|refunds?|returns?|money[- ]back|reimburs\w*|subscri\w*|orders?|purchase[sd]?|"
    r"receipts?|customer (support|service|care)|support team|guarantee)\b"
)


def is_deadline(sentence: str, start: int) -> bool:
    """The time wording at `start` gives when a step of a refund procedure is due."""
    before = sentence[max(0, start - 80) : start]
    return DEADLINE.found(before) and PAPERWORK.found(sentence)
