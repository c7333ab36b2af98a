"""Facts the grading rules read, looked up in the knowledge base for a sentence's entities."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from anagen.claims.clause_subjects import clauses, named_in
from anagen.claims.entities import Entity
from anagen.claims.forms import ROUTE_WORDS
from anagen.claims.name_index import entity_index
from anagen.claims.prefilter import PatternSet
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Evidence, Ingredient, PropertyFact, Treatment
from anagen.knowledge.vocab import GRADE_ORDER, Grade, Property, Route

CONDITION_WORDS = PatternSet(
    [
        (
            "alopecia-areata",
            r"\b(alopecia areata|patchy|bald patches|totalis|universalis|ophiasis|spot baldness)\b",
        ),
        (
            "telogen-effluvium",
            r"\b(telogen|shedding after|post-?partum (shedding|hair loss)|stress(-related)? (shedding|hair loss)|"
            r"(shedding|hair loss|hair fall) (from|after|with|following|due to|caused by) (a |an |the )?"
            r"(stress|illness|childbirth|pregnancy|(high )?fever|surgery|covid|coronavirus|flu|"
            r"crash diet\w*|infection)|(post-?)?covid(-19)? (shedding|hair loss)|post-?partum|"
            # "regrow hair after childbirth": the shedding that follows it
            r"(after|following) (childbirth|giving birth|having a baby|the birth|delivery)|"
            r"after (they|you|she|we|i) (have|had|has) (a|their|your|her|our|my) bab(y|ies)|"
            # a shock said to bring on shedding: "events like childbirth or illness can cause
            # noticeable shedding", "a high fever may trigger heavy shedding weeks later"
            r"(childbirth|giving birth|illness|fever|surgery|covid(-19)?|crash diet\w*)\b[^.;:]{0,70}"
            r"\b(caus|trigger|lead|bring|set)\w*( to| on| off)? (\w+ )?shedding)\b",
        ),
        ("tinea-capitis", r"\b(ringworm|tinea|scalp fung\w*)\b"),
        (
            "scarring-alopecia",
            r"\b(scarring (alopecia|hair loss|baldness)|cicatricial|lichen planopilaris|frontal fibrosing|"
            r"CCCA|central centrifugal|folliculitis decalvans|discoid lupus|"
            # the hairline and the eyebrows going together: frontal fibrosing alopecia's sign
            r"(hairline|temples)\b[^.]{0,30}\beyebrows|eyebrows\b[^.]{0,30}\b(hairline|temples))\b",
        ),
        (
            "traction-alopecia",
            r"\b(traction (alopecia|hair loss)|"
            # the pull itself, said to go on: "if traction persists"
            r"(traction|the pulling|tension on the hair) (persists|continues|goes on|is kept up)|"
            # the hairstyles that cause it, said to be tight
            r"tight (braids|cornrows|ponytails|buns|weaves|hairstyles|styles)|"
            r"(braids|cornrows|ponytails|buns|weaves|dreadlocks)\b[^.]{0,20}\b(too|very|so) tight)\b",
        ),
        ("female-pattern-hair-loss", r"\b(women|woman|females?|her hair)\b"),
        ("androgenetic-alopecia", r"\b(men|males?|his hair)\b"),
    ]
)
# The names content gives a condition in other languages ("łysienie plackowate", "円形脱毛症"):
# read only when the English names above find none, so they never change an English reading.
# A name counts as another language's when it is written in other letters than English, or when
# at least half its words are ones no English text of the conditions' records uses ("pelade",
# "alopecia en placas", not "excessive hair shedding"); an acronym ("AA") is an English text's.
# Languages that inflect change a word's ending ("łysienia plackowatego"): a long word is
# matched by its start.
NAME_WORD = re.compile(r"\w+")
# a word this long or longer is matched by all but its last two letters (a shorter stem, as
# "pela" of "pelade", would be found in other words)
INFLECTED = 7
# Japanese, Chinese and Korean, which write names inside a run of letters
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _english_words(kb: KnowledgeBase) -> frozenset[str]:
    texts = []
    for slug, c in kb.conditions.items():
        texts += [c.name, c.summary, *(s.text for s in c.signs)]
        texts.append(kb.prose.get(f"condition:{slug}", ""))
    return frozenset(w.lower() for t in texts for w in NAME_WORD.findall(t) if w.isascii())


def _other_language(name: str, english: frozenset[str]) -> bool:
    if not name.isascii():
        return True
    words = NAME_WORD.findall(name)
    unknown = sum(w.lower() not in english for w in words)
    return not all(w.isupper() for w in words) and 2 * unknown >= len(words)


def _pattern(name: str) -> str:
    if UNSPACED.search(name):
        return re.escape(name)
    words = [
        re.escape(w[:-2]) + r"\w*" if len(w) >= INFLECTED else re.escape(w)
        for w in NAME_WORD.findall(name)
    ]
    return r"\b" + r"\W+".join(words) + r"\b"


@lru_cache(maxsize=4)
def other_language_names(kb: KnowledgeBase) -> PatternSet:
    """Each condition's names in other languages, labelled with its slug."""
    english = _english_words(kb)
    labelled = []
    for slug, c in kb.conditions.items():
        names = [n for n in c.also_known_as if _other_language(n, english)]
        if names:
            labelled.append((slug, "|".join(_pattern(n) for n in names)))
    return PatternSet(labelled)


DEFAULT_CONDITIONS = ("androgenetic-alopecia", "female-pattern-hair-loss")
STRENGTH = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|mg|mcg|µg|g|IU)(?![a-z])", re.I)


@dataclass(frozen=True, slots=True)
class Graded:
    grade: Grade
    treatment: Treatment
    evidence: Evidence


@lru_cache(maxsize=1024)
def treatments_of(entity: Entity, sentence: str, kb: KnowledgeBase) -> tuple[Treatment, ...]:
    """The treatments an entity can mean here: its own form first, then the sentence's."""
    if entity.kind == "treatment":
        return (kb.treatments[entity.slug],)
    ing = kb.ingredients[entity.slug]
    options = tuple(kb.treatments[s] for s in ing.treatments if s in kb.treatments)
    if entity.route is not None:
        chosen = tuple(t for t in options if t.route is entity.route)
        if chosen:
            return chosen
    for route in _routes_for(entity, sentence, kb):
        chosen = tuple(t for t in options if t.route is route)
        if chosen:
            return chosen
    return options


def _routes_for(entity: Entity, sentence: str, kb: KnowledgeBase) -> tuple[Route, ...]:
    """The forms the sentence names that can be this entity's: a form in a clause that names
    other subjects and not this one is theirs ("Minoxidil is FDA-approved, and our biotin
    gummies are great": the gummies are biotin's, not a minoxidil tablet)."""
    routes = routes_in(sentence)
    if not routes:
        return routes
    parts = clauses(sentence)
    if len(parts) < 2:
        return routes
    index = entity_index(kb)
    kept = [p for p in parts if entity.slug in (named := named_in(p, index)) or not named]
    return routes_in(" ".join(kept)) if len(kept) < len(parts) else routes


@lru_cache(maxsize=256)
def routes_in(sentence: str) -> tuple[Route, ...]:
    """Every form the sentence names, in ROUTE_WORDS order."""
    return tuple(route for route, words in ROUTE_WORDS if words.found(sentence))


def treatment_in_route(entity: Entity, route: Route, kb: KnowledgeBase) -> Treatment | None:
    """The same medicine in another form ("as well as the tablet")."""
    ing = ingredient_of(entity, kb)
    if ing is None:
        return None
    return next(
        (
            kb.treatments[s]
            for s in ing.treatments
            if s in kb.treatments and kb.treatments[s].route is route
        ),
        None,
    )


def conditions_named(sentence: str, kb: KnowledgeBase) -> list[str]:
    """The conditions a sentence names: by their English names, or else by the names content
    gives them in other languages ("łysienie plackowate")."""
    return CONDITION_WORDS.matching(sentence) or list(_named_otherwise(sentence, kb))


@lru_cache(maxsize=256)  # each grader of a sentence's condition claims asks again
def _named_otherwise(sentence: str, kb: KnowledgeBase) -> tuple[str, ...]:
    return tuple(other_language_names(kb).matching(sentence))


@lru_cache(maxsize=256)
def conditions_in(sentence: str, kb: KnowledgeBase) -> tuple[str, ...]:
    named = tuple(conditions_named(sentence, kb))
    if "androgenetic-alopecia" in named and "female-pattern-hair-loss" in named:
        named = tuple(c for c in named if c not in DEFAULT_CONDITIONS) + DEFAULT_CONDITIONS
    return named or DEFAULT_CONDITIONS


def best_grade(treatments: Sequence[Treatment], conditions: tuple[str, ...]) -> Graded | None:
    """The best graded evidence for the named conditions; when the text names none and the
    treatment is not graded for pattern hair loss, its best grade for any condition."""

    def pick(allowed: tuple[str, ...] | None) -> Graded | None:
        best: Graded | None = None
        for t in treatments:
            for e in t.evidence:
                if (allowed is None or e.condition in allowed) and (
                    best is None or GRADE_ORDER.index(e.grade) < GRADE_ORDER.index(best.grade)
                ):
                    best = Graded(e.grade, t, e)
        return best

    found = pick(conditions)
    if found is None and conditions == DEFAULT_CONDITIONS:
        found = pick(None)
    return found


def ingredient_of(entity: Entity, kb: KnowledgeBase) -> Ingredient | None:
    if entity.kind == "ingredient":
        return kb.ingredients.get(entity.slug)
    t = kb.treatments[entity.slug]
    return next((kb.ingredients[s] for s in t.ingredients if s in kb.ingredients), None)


def property_of(entity: Entity, prop: Property, kb: KnowledgeBase) -> PropertyFact | None:
    ing = ingredient_of(entity, kb)
    return ing.properties.get(prop) if ing else None


def outside_tested_strengths(entity: Entity, sentence: str, kb: KnowledgeBase) -> str | None:
    """The recorded effective range, when every strength the sentence prints for this
    ingredient's unit lies below it (e.g. a 1% shampoo where the trials used 2%)."""
    ing = ingredient_of(entity, kb)
    if ing is None or not ing.effective_strengths:
        return None
    printed = [(float(n.replace(",", "")), u.lower()) for n, u in STRENGTH.findall(sentence)]
    for s in ing.effective_strengths:
        same_unit = [n for n, u in printed if u == s.unit.lower()]
        if same_unit and all(n < s.low for n in same_unit):
            return s.text
    return None


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
