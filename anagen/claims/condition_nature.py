"""What a condition is, set against its record: "alopecia areata is an autoimmune condition"
(supported), "telogen effluvium is a progressive thinning in which the follicles shrink" (false:
that is pattern hair loss; telogen effluvium's record calls it temporary), "androgenetic
alopecia is contagious" (false: its record says inherited and hormone-driven). A condition's
traits are read from its own record's words with the same table the claim is read with; a trait
its record neither states nor rules out leaves the claim unsupported."""

from __future__ import annotations

import re
from functools import lru_cache

from anagen.claims.condition_inheritance import INHERITANCE_WORDING, inheritance_judged
from anagen.claims.condition_subject import CREDITED
from anagen.claims.condition_traits import TRAIT_WORDINGS, traits_in
from anagen.claims.evidence import conditions_named
from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

Fact = tuple[str, tuple[str, ...]]

# The wordings this module grades (condition_course.py finds them)
NATURE_SAID = re.compile("|".join([*TRAIT_WORDINGS, INHERITANCE_WORDING]), re.I)

# The traits of a record that rule a claimed trait out (when the record lacks the trait itself):
# a condition has one cause (immune attack, germs, pulling, its genes and hormones), and
# gradual thinning by shrinking roots is not a short-lived shed.
CAUSES = {"immune", "infection", "pulling", "inherited", "hormone"}
RULED_OUT_BY = {
    "immune": CAUSES - {"immune"},
    "infection": CAUSES - {"infection"},
    "contagious": (CAUSES - {"infection"}) | {"temporary"},
    "pulling": CAUSES - {"pulling"},
    "inherited": {"immune", "infection", "pulling"},
    "hormone": {"immune", "infection", "pulling"},
    "gradual": {"temporary"},
    "shrinking": {"temporary"},
    "temporary": {"gradual", "inherited"},
    "scarring": {"temporary", "inherited"},
}
# an infection is caught: a record of one bears out "contagious"
IMPLIED = {"infection": {"contagious"}}
# Clauses of a record that set a trait aside rather than give it ("not scarred", "suggests a
# fungal infection instead", "normal hormone levels")
SET_ASIDE = re.compile(
    r"\b(not|no|never|unlike|suggests?|instead|confused|different|normal|rather than)\b|n't\b",
    re.I,
)
# a denial inside the wording ("is not contagious"), which the engine does not read as one
DENIED = re.compile(r"\b(not|nicht|pas|no|non)\b|n't\b", re.I)
CLAUSE = re.compile(r"[.;:()]|,\s*(but|while|whereas)\b", re.I)


@lru_cache(maxsize=16)
def _record_traits(kb: KnowledgeBase, slug: str) -> tuple[frozenset[str], Fact]:
    """A condition's traits, from the clauses of its summary and signs that give them; and its
    summary, the fact cited."""
    c = kb.conditions[slug]
    texts = [c.summary, *(s.text for s in c.signs)]
    found: set[str] = set()
    for part in (p for t in texts for p in CLAUSE.split(t) if p):
        if not SET_ASIDE.search(part):
            found |= traits_in(part)
    for t in list(found):
        found |= IMPLIED.get(t, set())
    return frozenset(found), (c.summary, tuple(c.sources))


def _said_traits(claim: Claim, slug: str, kb: KnowledgeBase) -> frozenset[str]:
    """The traits the claim gives, its condition's own names taken out ("traction alopecia",
    "androgenetic alopecia" say no trait)."""
    c = kb.conditions[slug]
    said = claim.sentence
    for name in (c.name, *c.also_known_as):
        said = re.sub(rf"\b{re.escape(name)}\b", " ", said, flags=re.I)
    return traits_in(said)


def trait_judged(claim: Claim, named: list[str], kb: KnowledgeBase) -> Judgement | None:
    """A trait said of a named condition with nothing credited: supported when its record gives
    it, false when the record gives a trait that rules it out, else unsupported. Any trait
    ruled out makes the claim false; one borne out, with none ruled out, supports it."""
    if claim.entities or CREDITED.found(claim.sentence):
        return None  # "the drug helps alopecia areata, an autoimmune disease": a treatment's claim
    # (the trait's own wording, where a cause's verb brought the claim here)
    said_at = NATURE_SAID.search(claim.sentence)
    at = said_at.start() if said_at else claim.sentence.find(claim.wording)
    for slug in (s for s in named if s in kb.conditions):
        if claim.topics[:1] != (slug,) and slug not in conditions_named(claim.sentence[:at], kb):
            continue  # "linked to autoimmune disease, including alopecia areata": said of another
        said = _said_traits(claim, slug, kb)
        if not said:
            continue
        own, (summary, sources) = _record_traits(kb, slug)
        name = kb.conditions[slug].name.lower()
        denied = not claim.negated and bool(DENIED.search(claim.wording))
        if any(t not in own and own & RULED_OUT_BY[t] for t in said):
            verdict = Verdict.SUPPORTED if denied else Verdict.FALSE
            return judged(verdict, f"The record of {name} says otherwise: {summary}", sources)
        if said & own:
            verdict = Verdict.FALSE if denied else Verdict.SUPPORTED
            return judged(verdict, f"The record of {name}: {summary}", sources)
        text = f"The record of {name} does not say so: {summary}"
        return judged(Verdict.UNSUPPORTED, text, sources)
    return None


def what_it_is(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """The finding on a condition's nature (its traits) or on where it is inherited from."""
    inherited = inheritance_judged(claim, kb)
    if inherited is not None:
        return inherited
    named = conditions_named(claim.sentence, kb) or list(claim.topics[:1])
    return trait_judged(claim, named, kb)
