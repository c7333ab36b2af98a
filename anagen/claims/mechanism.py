"""Rules for how a treatment is said to work: lowers DHT, blocks androgens, is an antifungal or
a JAK inhibitor. Judged on the recorded property of its ingredient; a plant's mechanism seen
only in cells or animals is not shown in people."""

from __future__ import annotations

import re

from anagen.claims.efficacy_wording import DRUG_CLASSES, FUNGI
from anagen.claims.evidence import (
    best_grade,
    conditions_in,
    ingredient_of,
    property_of,
    treatments_of,
)
from anagen.claims.foreign_wording import BLOOD_FLOW
from anagen.claims.group_use import use_in_avoided_group
from anagen.claims.judgement import GOOD, Claim, Judgement, judged, main_slug, no_entity, treatments
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Property

# A mechanism seen in animals or cells, and the words that name DHT's making.
NOT_IN_PEOPLE = re.compile(
    r"\b(rats?|mice|mouse|animals?|in vitro|cells? (culture|studies)|laboratory|lab (studies|tests)|"
    r"in a (dish|petri dish|test tube))\b",
    re.I,
)
FOLLICLES = re.compile(r"\bfollicles?\b", re.I)
# what an anti-androgen acts on, in a recorded mechanism
ANDROGEN_WORDS = re.compile(
    r"\b(DHT|dihydrotestosterone|5-alpha-reductase|5-alpha reductase|testosterone|androgens?)\b",
    re.I,
)
SOLD_AS_BENEFIT = re.compile(
    r"\b(lab(oratory)?[- ]proven|helping|helps?|so (they|it|your)|grow\w*|regrow\w*|"
    # "has been shown to inhibit the effects of DHT, potentially reducing hair loss"
    r"(shown|proven|demonstrated) to|(reduc|prevent|stop|slow|lessen)\w* (hair ?loss|shedding|hair fall|thinning)|"
    # research said to have shown it, of people unnamed: "recent research has shown that it blocks"
    r"(research|studies|science|scientists|trials) (has |have )?(now )?(shown|shows?|proven|proves?|"
    r"found|finds?|confirmed|confirms?|demonstrated|demonstrates?|revealed|reveals?) that|"
    # DHT named as what causes hair loss, so that lowering it reads as treating it: "DHT, the
    # hormone responsible for hair loss", "the DHT that causes balding"
    r"(responsible for|behind|(that|which) (causes?|drives?|triggers?)|the (main |root )?cause of|"
    r"(that|which) (shrinks?|miniaturi[sz]es)) ([\w-]+ ){0,2}(hair ?loss|balding|baldness|thinning|"
    r"hair follicles|follicles))\b",
    re.I,
)
DHT_WORDS = re.compile(r"\b(DHT|dihydrotestosterone|5-alpha-reductase|5-alpha reductase)\b", re.I)


# Both forms of the enzyme that makes DHT, and one of them alone: "blocks both type I and type II
# 5-alpha reductase" said of a medicine recorded to block type II only is false ("... the same
# enzymes finasteride targets"), unless the sentence itself keeps it to type II.
BOTH_TYPES = re.compile(
    r"\btypes? (I|1) and (type )?(II|2)\b|\bboth (types|forms|isoforms|isoenzymes)\b", re.I
)
TYPE_II = re.compile(r"\btype (II|2)\b", re.I)
ONLY_TYPE_II = re.compile(
    r"\b(only|mainly|mostly|just|chiefly)( the)? type (II|2)\b|\btype (II|2) (only|alone)\b", re.I
)


def _enzyme_types(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """Both types said to be blocked, in a sentence naming a medicine recorded to block one
    ("like finasteride, it blocks both"); a sentence that names one recorded to block both
    ("dutasteride blocks types 1 and 2, more than finasteride") says it of that one."""
    if not BOTH_TYPES.search(claim.sentence) or ONLY_TYPE_II.search(claim.sentence):
        return None
    facts = [
        (e, property_of(e, Property.LOWERS_DHT, kb)) for e in (*claim.entities, *claim.comparators)
    ]
    if any(f and BOTH_TYPES.search(f.text) for _, f in facts):
        return None
    for e, fact in facts:
        if fact and TYPE_II.search(fact.text):
            text = f"{e.name} blocks one type of the enzyme, not both: {fact.text}"
            return judged(Verdict.FALSE, text, fact.sources, e.slug)
    return None


def rule_lowers_dht(claim: Claim, kb: KnowledgeBase) -> Judgement:
    prop = Property.ANTIANDROGEN if claim.kind is Kind.BLOCKS_ANDROGENS else Property.LOWERS_DHT
    if (types := _enzyme_types(claim, kb)) is not None:
        return types
    for e in claim.entities:
        fact = property_of(e, prop, kb) or property_of(e, Property.LOWERS_DHT, kb)
        if fact is None:
            continue
        if not fact.value:
            return judged(
                Verdict.FALSE, f"{e.name} does not work that way: {fact.text}", fact.sources, e.slug
            )
        g = best_grade(treatments_of(e, claim.sentence, kb), conditions_in(claim.sentence, kb))
        ing = ingredient_of(e, kb)
        # A medicine's mechanism is established by its label; a plant's rests on lab data.
        if (g and g.grade in GOOD) or (ing is not None and ing.kind == "drug"):
            return use_in_avoided_group(claim, kb) or judged(
                Verdict.SUPPORTED, fact.text, fact.sources, e.slug
            )
        likened = likened_to_compared(claim, kb)
        if likened is not None:
            return likened
        # a weak mechanism sold as proof or as treating hair loss, as with a dish result below
        return judged(
            Verdict.MISLEADING if SOLD_AS_BENEFIT.search(claim.sentence) else Verdict.UNSUPPORTED,
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


# A plant said to be a medicine in another guise: "basically finasteride from a berry",
# "nature's finasteride", "works just like finasteride"
LIKENED = re.compile(
    r"\b(basically|essentially|practically|just like|same as|nature's|natural (version of|"
    r"alternative to|form of)|the natural|a herbal|the herbal|herbal version of)\b",
    re.I,
)


def likened_to_compared(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Saw palmetto is basically finasteride from a berry": misleading when the record compares
    the two head to head, since the comparison shows how they differ."""
    if not LIKENED.search(claim.sentence):
        return None
    said = claim.sentence.lower()
    for e, t in treatments(claim, kb):
        for c in t.comparisons:
            other = kb.treatments.get(c.treatment)
            if other is None:
                continue
            names = [kb.ingredients[i].name for i in other.ingredients if i in kb.ingredients]
            if any(re.search(rf"\b{re.escape(n.lower())}\b", said) for n in names):
                text = f"Likened to {names[0].lower()}, but the two were compared: {c.text}"
                return judged(Verdict.MISLEADING, text, c.sources, e.slug)
    return None


def lab_finding(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "In a laboratory study, caffeine made follicles grow": a result told as the dish or
    animal result it is, true when the recorded mechanism is that result (not shown in people)."""
    if not NOT_IN_PEOPLE.search(claim.sentence):
        return None
    for e, t in treatments(claim, kb):
        m = t.mechanism
        if m is not None and NOT_IN_PEOPLE.search(m.text) and FOLLICLES.search(m.text):
            return judged(
                Verdict.SUPPORTED, f"Shown in the laboratory only: {m.text}", m.sources, e.slug
            )
    return None


# The wording of each kind of medicine, with "widens blood vessels" and "calms the immune
# system" for the two that everyday words name by what they do.
CLASS_NAMED = [
    (Property(name), re.compile(words, re.I)) for name, words in DRUG_CLASSES.items()
] + [
    (
        Property.VASODILATOR,
        re.compile(rf"\b(blood vessels|blood flow|blood supply|circulation|{BLOOD_FLOW})", re.I),
    ),
    (Property.IMMUNOSUPPRESSANT, re.compile(r"\bimmune (system|response)\b", re.I)),
    (Property.ANTIFUNGAL, re.compile(rf"\b({FUNGI})", re.I)),
]


def rule_drug_class(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Ketoconazole is an antifungal", "tofacitinib is a JAK inhibitor": the kind of medicine,
    judged on the property its ingredient's record gives. With nothing named ("ask for an
    antifungal shampoo") there is no claim about anything to check."""
    named = [(prop, words) for prop, words in CLASS_NAMED if words.search(claim.wording)]
    if not claim.entities or not named:
        return None
    prop, words = named[0]
    for e in claim.entities:
        fact = property_of(e, prop, kb)
        if fact is not None:
            if not fact.value:
                text = f"{e.name} is not that kind of medicine: {fact.text}"
                return judged(Verdict.FALSE, text, fact.sources, e.slug)
            return judged(Verdict.SUPPORTED, fact.text, fact.sources, e.slug)
    for e, t in treatments(claim, kb):
        m = t.mechanism
        if m is not None and words.search(m.text):
            # "thought to improve blood flow": an idea of how it might work, not a property
            text = f"Not shown to work that way: {m.text}"
            return judged(Verdict.UNSUPPORTED, text, m.sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        f"We have no record that {claim.entities[0].name} works that way.",
        (),
        main_slug(claim),
    )
