"""A price said for a treatment ("a 2,500-graft transplant averages about US$2,700 in Turkey"):
supported when every amount it gives is one its recorded cost gives. A price that differs is
not graded: a recorded survey or price list cannot show what one clinic or shop charges."""

from __future__ import annotations

import re

from anagen.claims.judgement import Claim, Judgement, judged, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

CURRENCY = r"(US\$|CAD ?|USD ?|\$|\u00a3|\u20ac|EUR ?|GBP ?)"
# the wording of a price: a word for what it costs, then an amount in a currency
PRICE = (
    r"\b(costs?|costing|averages?|averaged|priced at|prices? (is|are|of|from|start)|charges?|"
    rf"fees?|pay|paid|runs? (about|around|at))\b[^.;]{{0,40}}{CURRENCY}\s?\d"
)
AMOUNT = re.compile(rf"{CURRENCY}\s?(\d[\d,]*(?:\.\d+)?)")
CLOSE = 0.05  # "about US$2,700" against a recorded 2,700: rounding, not another price


def _amounts(text: str) -> list[float]:
    return [float(m.group(2).replace(",", "")) for m in AMOUNT.finditer(text)]


def recorded_price(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    said = _amounts(claim.sentence)
    if not said:
        return None
    for e, t in treatments(claim, kb):
        if t.cost is None:
            continue
        known = _amounts(t.cost.text)
        if known and all(any(abs(a - k) <= CLOSE * k for k in known) for a in said):
            return judged(Verdict.SUPPORTED, f"Recorded: {t.cost.text}", t.cost.sources, e.slug)
    return None
