"""Strengths stated per unit: per mL, per gram or per 100, and a leaflet's "dosage forms and
strengths"."""

from __future__ import annotations

import re

from anagen.products.label_result import Active, LabelAnalysis
from anagen.products.label_text import Part
from anagen.products.strength import (
    CONTAINS,
    CONTAINS_WITHIN,
    find_strengths,
    first_strength,
    per_hundred_as_percent,
    per_one_as_percent,
)
from anagen.wordscan import Scan


def dosage_forms(part: Part, out: LabelAnalysis) -> None:
    """ "Dosage forms and strengths: Tablets: 8 mg": the strength of a one-active medicine when
    the section gives just one (several are the strengths it comes in, none of them its own)."""
    body = DASHES_OR_BLANK_LINE.split(part.text.lstrip("-\u2013\u2014 \t\n"), maxsplit=1)[0]
    values = {s.value for s in find_strengths(body[:400])}
    if len(out.actives) == 1 and out.actives[0].strength is None and len(values) == 1:
        a = out.actives[0]
        out.actives[0] = Active(a.ingredient, a.name_on_label, values.pop())


DASHES_OR_BLANK_LINE = re.compile(r"-{5,}|\n\s*\n")


# A shop's "Strength: 5% (selected)" line (label_cleanup keeps only the selected option), in
# English, German, Spanish, French, Italian, Portuguese, Russian and Ukrainian
STRENGTH_LINE = re.compile(
    r"^[ \t]*(strength|st\u00e4rke|concentraci\u00f3n|concentration|concentrazione|"
    r"concentra\u00e7\u00e3o|дозировка|дозування|концентрация|концентрація)[ \t]*:([^\n]*)",
    re.I | re.M,
)
STRENGTH_LINE_HINTS = ("trength", "t\u00e4rke", "oncentra", "озиров", "озуван", "онцентрац")


def strength_line(text: str, out: LabelAnalysis) -> None:
    """The one strength a selector line gives, for a one-active product read without any
    (several values are the strengths it comes in, none of them its own)."""
    if len(out.actives) != 1 or out.actives[0].strength is not None:
        return
    if not any(h in text for h in STRENGTH_LINE_HINTS) or not (m := STRENGTH_LINE.search(text)):
        return
    strength = first_strength(m.group(2))
    if strength is not None and len(find_strengths(m.group(2))) == 1:
        a = out.actives[0]
        out.actives[0] = Active(a.ingredient, a.name_on_label, strength.value)


# "Each mL contains: Minoxidil 70 mg, Finasteride 1 mg", "cada gramo de solución contiene":
# every mass on the label is per mL or per gram. Scans for lower-cased text, each run only when
# its unit is there at all.
ML = r"(ml|millilitres?|milliliters?|mililitros?|millilitri|millilitro)"
GRAM = r"(g|grams?|gramos?|grammi|grammo|grammes?|gramm)"


def _per_one_scans(unit: str) -> list[Scan]:
    return [
        Scan(
            rf"\b(each|per|every|cada|ogni|chaque|je)\s+(1\s*|one\s+)?{unit}\b[^.\n]{{0,30}}?"
            rf"({CONTAINS}|:)"
        ),
        # "1 ml Lösung enthält", "1 g de crème contient"
        Scan(rf"\b1\s*{unit}\b[^.\n]{{0,{CONTAINS_WITHIN}}}?\b{CONTAINS}\b"),
    ]


PER_ML = [
    *_per_one_scans(ML),
    # a table column "Quantity per mL"
    Scan(r"\b(quantity|amount|content|strength)\s+(per|/)\s*(1\s*)?ml\b"),
]
PER_GRAM = _per_one_scans(GRAM)
GRAM_HINTS = ("gram", "1 g", "1g", "each g", "per g", "cada g", "ogni g", "chaque g", "je g")


UNIT_DOSE = re.compile(
    r"\b(each|per|one|1) (film[- ]coated )?(tablets?|capsules?|softgels?|caps|tabs?)\b", re.I
)


def states_per_one(text: str) -> bool:
    lower = text.lower()
    if ("ml" in lower or "millil" in lower or "milil" in lower) and any(
        s.search(lower) for s in PER_ML
    ):
        return True
    return any(h in lower for h in GRAM_HINTS) and any(s.search(lower) for s in PER_GRAM)


def per_one(out: LabelAnalysis) -> None:
    """A drug or cosmetic that states its actives per mL or per gram: 70 mg in 1 mL is 7%."""
    for i, a in enumerate(out.actives):
        percent = per_one_as_percent(a.strength) if a.strength else None
        if percent:
            out.actives[i] = Active(a.ingredient, a.name_on_label, percent)


def per_hundred(out: LabelAnalysis) -> None:
    """ "Active ingredient (in 100 mL): minoxidil 5 g": a drug or cosmetic states its actives per
    100 mL or 100 g, so their masses are percentages. (A supplement's "per 100 g" column is
    nutrition, not strength.)"""
    if any(a.strength and a.strength.endswith("%") for a in out.actives):
        return  # the label gives percentages itself
    for i, a in enumerate(out.actives):
        percent = per_hundred_as_percent(a.strength) if a.strength else None
        if percent:
            out.actives[i] = Active(a.ingredient, a.name_on_label, percent)
