"""A success rate claimed for a blend of several ingredients ("our 12-in-1 formula with saw
palmetto, biotin and zinc regrew hair in 97% of users"): the figure is about a mixture no record
covers, so no single ingredient's trial rates can show it false; it stays unsupported until the
blend's own trial is published. "Works for 100% of users" is false of anything, blend or not."""

from __future__ import annotations

import re

from anagen.claims.figures import claimed_percentages
from anagen.claims.judgement import Claim, Judgement, judged, main_slug
from anagen.claims.vocab import Verdict

BLEND = re.compile(
    r"\b(formula|formulation|blend|complex|stack|cocktail|\d+[- ]in[- ]1|all[- ]in[- ]one)\b", re.I
)
EVERYONE = 99  # a rate this high claims it works for all, which no treatment does


def blend_figure(claim: Claim) -> Judgement | None:
    """None unless the sentence is about a named blend of two or more recorded ingredients."""
    ingredients = {e.slug for e in claim.entities if e.kind == "ingredient"}
    if len(ingredients) < 2 or not BLEND.search(claim.sentence):
        return None
    if any(value >= EVERYONE for value, _ in claimed_percentages(claim.sentence)):
        return None
    return judged(
        Verdict.UNSUPPORTED,
        "A figure for a blend: no trial of this mixture is on record, and its ingredients' own "
        "trials measured each of them alone.",
        (),
        main_slug(claim),
    )
