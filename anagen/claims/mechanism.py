"""Rules for how a treatment is said to work: lowers DHT, blocks androgens. Judged on the
recorded property of its ingredient; a plant's mechanism seen only in cells or animals is not
shown in people."""

from __future__ import annotations

import re

from anagen.claims.evidence import (
    best_grade,
    conditions_in,
    ingredient_of,
    property_of,
    treatments_of,
)
from anagen.claims.group_use import use_in_avoided_group
from anagen.claims.judgement import GOOD, Claim, Judgement, judged, main_slug, no_entity, treatments
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Property

# A mechanism seen in animals or cells, and the words that name DHT's making.
NOT_IN_PEOPLE = re.compile(
    r"\b(rats?|mice|mouse|animals?|in vitro|cells? (culture|studies)|laboratory|lab (studies|tests))\b",
    re.I,
)
# what an anti-androgen acts on, in a recorded mechanism
ANDROGEN_WORDS = re.compile(
    r"\b(DHT|dihydrotestosterone|5-alpha-reductase|5-alpha reductase|testosterone|androgens?)\b",
    re.I,
)
SOLD_AS_BENEFIT = re.compile(
    r"\b(lab(oratory)?[- ]proven|helping|helps?|so (they|it|your)|grow\w*|regrow\w*)\b", re.I
)
DHT_WORDS = re.compile(r"\b(DHT|dihydrotestosterone|5-alpha-reductase|5-alpha reductase)\b", re.I)


def rule_lowers_dht(claim: Claim, kb: KnowledgeBase) -> Judgement:
    prop = Property.ANTIANDROGEN if claim.kind is Kind.BLOCKS_ANDROGENS else Property.LOWERS_DHT
    for e in claim.entities:
        fact = property_of(e, prop, kb) or property_of(e, Property.LOWERS_DHT, kb)
        if fact is None:
            continue
        if not fact.value:
            return judged(
                Verdict.FALSE, f"{e.name} does not work that way: {fact.text}", fact.sources, e.slug
            )
        g = best_grade(treatments_of(e, claim.sentence, kb), conditions_in(claim.sentence))
        ing = ingredient_of(e, kb)
        # A medicine's mechanism is established by its label; a plant's rests on lab data.
        if (g and g.grade in GOOD) or (ing is not None and ing.kind == "drug"):
            return use_in_avoided_group(claim, kb) or judged(
                Verdict.SUPPORTED, fact.text, fact.sources, e.slug
            )
        return judged(
            Verdict.UNSUPPORTED,
            f"{fact.text} Evidence that this helps hair in people is "
            f"weak (grade {g.grade if g else 'none'}).",
            fact.sources,
            e.slug,
        )
    if not claim.entities:
        return no_entity()
    for e, t in treatments(claim, kb):
        m = t.mechanism
        words = ANDROGEN_WORDS if claim.kind is Kind.BLOCKS_ANDROGENS else DHT_WORDS
        if m is not None and words.search(m.text) and NOT_IN_PEOPLE.search(m.text):
            # shown in animals or cells only: true as a claim about them, unproven in people
            if NOT_IN_PEOPLE.search(claim.sentence):
                return judged(Verdict.SUPPORTED, m.text, m.sources, e.slug)
            # "lab-proven", "helping them grow": a dish result sold as proof or as a benefit
            verdict = (
                Verdict.MISLEADING
                if SOLD_AS_BENEFIT.search(claim.sentence)
                else Verdict.UNSUPPORTED
            )
            return judged(verdict, f"Not shown in people: {m.text}", m.sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        f"We have no recorded evidence that {claim.entities[0].name} "
        "lowers DHT or blocks androgens in people.",
        (),
        main_slug(claim),
    )
