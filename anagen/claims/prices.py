"""A price said for a treatment ("a 2,500-graft transplant averages about US$2,700 in Turkey"):
supported when every amount it gives is one its recorded cost gives. A price that differs is
not graded: a recorded survey or price list cannot show what one clinic or shop charges."""

from __future__ import annotations

import re

from anagen.claims.evidence import treatments_of
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, treatments
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


# One treatment's price set against another's: "cheaper than Olumiant", "will undercut
# Litfulo on price", "costs less than the tablets"
PRICE_COMPARED = (
    r"\b(cheaper|less expensive|more expensive|pricier|more affordable|costlier) than\b|"
    r"\b(costs?|costing|priced) (far |much |a lot |way )?(less|more) than\b|"
    r"\bundercut\w*\b[^.;]{0,40}\bon (price|cost)\b"
)
PRICES_COMPARED = re.compile(PRICE_COMPARED, re.I)


def compared_price(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """Unsupported when a medicine on either side has no recorded cost in any form; with both
    recorded, not graded (recorded costs come from different countries and years)."""
    # two different medicines ("generic finasteride is cheaper than Propecia" names one)
    sides = {e.slug: e for e in (*claim.entities, *claim.comparators)}
    forms = {s: treatments_of(e, claim.sentence, kb) for s, e in sides.items()}
    if len({t.slug for ts in forms.values() for t in ts}) < 2 or len(forms) < 2:
        return None
    unpriced = [ts[0] for ts in forms.values() if ts and all(t.cost is None for t in ts)]
    if not unpriced:
        return None
    text = (
        f"We have no recorded price for {unpriced[0].name}, so nothing backs a comparison of "
        "what the treatments cost."
    )
    return judged(Verdict.UNSUPPORTED, text, (), main_slug(claim))
