"""Rules for what a treatment does: lowers DHT, regrows, stops loss, thickens, nourishes, and
how fast. Graded on the evidence for the conditions the sentence names."""

from __future__ import annotations

import re

from anagen.claims.entities import Entity
from anagen.claims.evidence import (
    Graded,
    conditions_named,
    first_sentence,
    ingredient_of,
    outside_tested_strengths,
    routes_in,
    treatment_in_route,
)
from anagen.claims.figures import claimed_share, evidence_rates
from anagen.claims.judgement import (
    GOOD,
    Claim,
    Judgement,
    graded,
    is_supplement,
    judged,
    main_slug,
    no_entity,
    treatments,
)
from anagen.claims.mechanism import lab_finding
from anagen.claims.name_index import entity_index
from anagen.claims.natural_recovery import credited_recovery
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Grade, Route

# Disease claims (a medicine's promise); "thicker", "stimulates" and "nourishes" are the
# cosmetic kind, unsupported rather than misleading when the evidence is weak.
DRUG_CLAIMS = {Kind.REGROWS_HAIR, Kind.STOPS_HAIR_LOSS, Kind.CURES_BALDNESS}
EFFICACY_KINDS = {Kind.REGROWS_HAIR, Kind.STOPS_HAIR_LOSS, Kind.THICKENS_HAIR}
MEDICAL = ("approved-medicine", "off-label-medicine", "device")
HAIR_EFFECT = re.compile(r"\b(grow\w*|hair|roots?|follicles?|shedding|thick\w*|fuller)\b", re.I)
NATURAL_COURSE = re.compile(
    r"\b(spontaneous\w*|without treatment|on (its|their) own|natural (course|history))\b", re.I
)
# A treatment promised to work on its own, and evidence graded for its use with another.
ALONE = re.compile(
    r"\b(alone|on its own|by itself|instead of|drug-free|chemical-free|"
    r"without (any |the need for )?(chemicals|drugs|medication|medicines?|minoxidil|pills)|"
    r"no (chemicals|drugs|minoxidil|medication|pills) (needed|required))\b",
    re.I,
)
COMBINATION_ONLY = re.compile(r"\b(for the combination|as an add-on|an add-on to)\b", re.I)
# A claim that pairs it with something: then the evidence for the pair is the evidence it cites.
PAIRED = re.compile(
    r"\b(plus|combin\w*|together|alongside|add(s|ed|ing)? (it )?to|add-on|pair\w*|team\w*|"
    r"in addition to|on top of|boosts?|before|after)\b|\+",
    re.I,
)
# A promise limited to people who lack what the supplement gives.
DEFICIENT = re.compile(
    r"\b(deficien\w*|low (ferritin|iron|zinc|vitamin d|biotin)( levels?)?|lacking|shortage of)\b",
    re.I,
)
# or to people found low in it: "can help regrow hair in people with low levels"
LOW_ONLY = re.compile(
    rf"{DEFICIENT.pattern}|\b(in|for|with|who (have|are)) (\w+ ){{0,3}}low (\w+ ){{0,2}}(levels?|stores)\b",
    re.I,
)
# A promise stretched to people who lack nothing: "even if your iron stores are fine".
NOT_DEFICIENT = re.compile(
    r"\b(not (deficient|low)|without (a |any )?(deficien\w*|shortage)|no deficiency|"
    r"normal (\w+ )?(levels?|stores|ferritin|blood (tests?|levels?))|"
    r"(levels?|stores|ferritin|blood tests?) (are|is|come back|came back) "
    r"(fine|normal|healthy|ok|okay|good|adequate)|whether (or not )?(you'?re|you are) (deficient|low)|"
    r"(even|also) (in|for|if|when) (people|those|you|women|men)\b[^.]{0,30}\b(fine|normal|healthy|"
    r"adequate|enough))",
    re.I,
)
# One person's own result ("I took it for a year and it worked for me"): a report, not a promise
# to the reader, so weak evidence leaves it unsupported rather than misleading. "My" alone is
# also a seller's ("my rosemary blend regrows edges").
FIRST_PERSON = re.compile(r"\b(I|I'?ve|I'?d|me)\b", re.I)
TO_READER = re.compile(r"\b(you|your|yours|will)\b", re.I)
# A course or a timeline promised to everyone, and a recorded course that holds for most.
PROMISED_TO_ALL = re.compile(
    r"\b(always|every (case|time|patient|person|user)|in (all|every) cases|everyone|100\s*%|"
    r"guarantee\w*|promise\w*|will|without fail|never fails)\b",
    re.I,
)
USUALLY = re.compile(r"\b(usually|often|most|up to|typically|generally|mostly)\b", re.I)
# Disease beyond what "limited" or "mild" covers.
SEVERE_WORDS = re.compile(
    r"\b(totalis|universalis|total|whole (scalp|body)|extensive|severe|complete(ly)? bald|"
    r"chronic|long-standing|years)\b",
    re.I,
)


def testimony(sentence: str) -> bool:
    """A user's account of their own result, addressed to no one."""
    return bool(FIRST_PERSON.search(sentence)) and not TO_READER.search(sentence)


def _drug_like(claim: Claim, kb: KnowledgeBase) -> bool:
    """A supplement promised to treat hair loss like a medicine, unless the promise is limited
    to people with the deficiency it corrects ("in women with low ferritin") or is one user's
    account of their own hair."""
    e = claim.entities[0]
    return (
        claim.kind in DRUG_CLAIMS
        and not claim.hedged
        and is_supplement(claim, e, kb)
        and not DEFICIENT.search(claim.sentence)
        and not testimony(claim.sentence)
    )


def _ungraded(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """No graded evidence at all: a supplement's drug-like promise still misleads."""
    if not claim.entities:
        return credited_recovery(claim, kb) or no_entity()
    if _drug_like(claim, kb):
        ing = ingredient_of(claim.entities[0], kb)
        facts = ing.regulatory[0].sources if ing and ing.regulatory else ()
        return judged(
            Verdict.MISLEADING,
            "A drug-like promise for a supplement, with no graded human evidence behind it.",
            facts,
            main_slug(claim),
        )
    return judged(
        Verdict.UNSUPPORTED,
        f"We found no graded human evidence that {claim.entities[0].name} does this.",
        (),
        main_slug(claim),
    )


def rule_efficacy(claim: Claim, kb: KnowledgeBase) -> Judgement:
    if claim.kind is Kind.STIMULATES_FOLLICLES and (lab := lab_finding(claim, kb)):
        return lab
    found = graded(claim, kb)
    if found is None:
        return _ungraded(claim, kb)
    e, g = found
    summary = first_sentence(g.evidence.summary)
    where = f"grade {g.grade} for {g.evidence.condition.replace('-', ' ')}"
    sources = g.evidence.sources
    other_form = _unrecorded_form(claim, e, g, kb)
    if other_form:
        text = (
            f"We have no record of it as a {other_form}; the evidence ({where}) is for "
            f"{g.treatment.name}: {summary}"
        )
        return judged(Verdict.UNSUPPORTED, text, sources, e.slug)
    if g.grade is Grade.X:
        text = f"The evidence shows no benefit ({where}): {summary}"
        return judged(Verdict.FALSE, text, sources, e.slug)
    beyond = _beyond_prerequisite(claim, kb)
    if beyond:
        return beyond
    fewer = fewer_than_claimed(claim, e, g, kb)
    if fewer:
        return fewer
    tested = outside_tested_strengths(e, claim.sentence, kb)
    if tested:
        text = f"The evidence is for another strength: {tested}"
        return judged(Verdict.MISLEADING, text, sources, e.slug)
    if COMBINATION_ONLY.search(g.evidence.summary) and (
        ALONE.search(claim.sentence) or _named_alone(claim)
    ):
        text = f"The evidence is for it used with another treatment, not on its own: {summary}"
        return judged(Verdict.MISLEADING, text, sources, e.slug)
    if g.treatment.route is Route.NONE and g.evidence.figures and _natural(g):
        return _natural_course(claim, e, g)
    limited = _deficiency_only(claim, e, g, kb)
    if limited:
        return limited
    if g.grade in GOOD:
        uneven = _uneven(claim, g, kb)
        if uneven:
            return judged(Verdict.MISLEADING, uneven, sources, e.slug)
        if is_supplement(claim, e, kb) and not claim.hedged and g.treatment.category not in MEDICAL:
            text = f"A drug-like promise for a supplement or cosmetic: {summary}"
            return judged(Verdict.MISLEADING, text, sources, e.slug)
        text = f"Consistent with good evidence ({where}): {summary}"
        return judged(Verdict.SUPPORTED, text, sources, e.slug)
    if _drug_like(claim, kb):
        text = f"A drug-like promise resting on weak evidence ({where}): {summary}"
        return judged(Verdict.MISLEADING, text, sources, e.slug)
    return judged(Verdict.UNSUPPORTED, f"Only weak evidence ({where}): {summary}", sources, e.slug)


def _named_alone(claim: Claim) -> bool:
    """ "A derma roller can be effective for hair regrowth": one treatment, with nothing it is
    used with, where its evidence is for a combination."""
    one = len({e.slug for e in claim.entities}) == 1
    return one and not claim.comparators and not PAIRED.search(claim.sentence)


def _uneven(claim: Claim, g: Graded, kb: KnowledgeBase) -> str | None:
    """ "An effective treatment for male & female pattern hair loss": one claim for several
    conditions, with good evidence for only some of them."""
    named = conditions_named(claim.sentence, kb)  # named in so many words, not assumed
    if len(named) < 2:
        return None
    weak = [c for c in named if c in kb.conditions and g.treatment.grade_for(c) not in GOOD]
    if not weak or len(weak) == len(named):
        return None
    grades = ", ".join(
        f"{kb.conditions[c].name}: grade {g.treatment.grade_for(c) or 'none'}" for c in weak
    )
    return f"Good evidence for only some of the conditions named ({grades}): {first_sentence(g.evidence.summary)}"


# the form words a claim may name, as the record's routes call them
FORM_NAMES = {Route.TOPICAL: "cream, lotion or shampoo", Route.ORAL: "tablet or capsule"}


def _unrecorded_form(claim: Claim, e: Entity, g: Graded, kb: KnowledgeBase) -> str | None:
    """ "Terbinafine cream alone will not clear it": a denial for one form of the medicine that
    the record has only in another (terbinafine by mouth), so that form's good evidence does
    not make the denial false. (A promise for the unrecorded form, "biotin shampoo thickens
    hair", is still judged on the medicine's evidence.)"""
    if not claim.negated:
        return None
    routes = routes_in(claim.sentence)
    if len(routes) != 1 or routes[0] not in FORM_NAMES or routes[0] is g.treatment.route:
        return None
    if g.treatment.route not in FORM_NAMES or treatment_in_route(e, routes[0], kb) is not None:
        return None
    return FORM_NAMES[routes[0]]


def _beyond_prerequisite(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """A treatment recorded to help only with a proven deficiency, promised to people without
    one: nothing shows a benefit there, and a supplement's promise to stop hair loss misleads.
    What correcting a deficiency can do is remove a trigger of shedding; regrowth is not shown
    even then, so a promise to regrow hair without one has nothing behind it (unsupported)."""
    if not NOT_DEFICIENT.search(claim.sentence):
        return None
    for e, t in treatments(claim, kb):
        if t.prerequisite:
            text = f"Recorded as useful only with a proven deficiency: {t.prerequisite.text} {t.summary}"
            drug_like = (
                claim.kind in DRUG_CLAIMS - {Kind.REGROWS_HAIR}
                and not claim.hedged
                and is_supplement(claim, e, kb)
            )
            verdict = Verdict.MISLEADING if drug_like else Verdict.UNSUPPORTED
            return judged(verdict, text, t.prerequisite.sources, e.slug)
    return None


def _deficiency_only(claim: Claim, e: Entity, g: Graded, kb: KnowledgeBase) -> Judgement | None:
    """ "Vitamin D helps increase the volume of the hair": a supplement whose record says it is
    for a proven deficiency only, promised a benefit to the hair with no deficiency named. The
    record shows no benefit where levels are normal, so even a hedged promise misleads."""
    t = g.treatment
    if t.prerequisite is None or claim.kind not in EFFICACY_KINDS:
        return None
    if LOW_ONLY.search(claim.sentence) or testimony(claim.sentence) or g.grade in GOOD:
        return None
    if not is_supplement(claim, e, kb):
        return None
    text = f"It can only help hair when there is a deficiency: {t.prerequisite.text} {t.summary}"
    return judged(Verdict.MISLEADING, text, t.prerequisite.sources, e.slug)


SATISFIED = re.compile(r"\b(satisf\w*|happy|pleased)\b", re.I)


def fewer_than_claimed(claim: Claim, e: Entity, g: Graded, kb: KnowledgeBase) -> Judgement | None:
    """ "Regrows hair in most people": the share claimed against the best result recorded for
    the condition (false when the record is well under it)."""
    share = claimed_share(claim.sentence)
    if share is None or share < 50:
        return None
    # how many were satisfied is not how many regrew hair, unless the claim is about that
    figures = [
        f
        for f in g.evidence.figures
        if not SATISFIED.search(f.measure) or SATISFIED.search(claim.sentence)
    ]
    rates = evidence_rates(figures, entity_index(kb).words)
    if not rates or max(rates) >= share:
        return None
    verdict = Verdict.FALSE if max(rates) < share * 0.6 else Verdict.MISLEADING
    facts = "; ".join(f"{f.measure}: {f.value}" for f in g.evidence.figures[:2])
    text = (
        "Far fewer people benefited in the trials we record than the claim says. "
        f"{facts[:1].upper()}{facts[1:]}."
    )
    return judged(verdict, text, g.evidence.sources, e.slug)


def _natural(g: Graded) -> bool:
    """The evidence is about recovery with nothing done, not about an action such as a change
    of hairstyle (whose benefit is graded like any other treatment's)."""
    text = " ".join([g.evidence.summary, *(f.measure for f in g.evidence.figures)])
    return bool(NATURAL_COURSE.search(text))


def _natural_course(claim: Claim, e: Entity, g: Graded) -> Judgement:
    """Recovery without treatment is known from how the condition runs, not from trials, so
    its grade is low by our rules; the claim is judged on the recorded course and on whom it
    was seen in."""
    figure = g.evidence.figures[0]
    fact = f"{figure.measure}: {figure.value} ({figure.population})."
    sources = [*figure.sources, *g.evidence.sources]
    if g.evidence.for_severity and SEVERE_WORDS.search(claim.sentence):
        text = f"Recorded only for milder disease, not this: {fact}"
        return judged(Verdict.MISLEADING, text, sources, e.slug)
    if PROMISED_TO_ALL.search(claim.sentence) and USUALLY.search(
        f"{g.evidence.summary} {figure.value}"
    ):
        text = f"Usually, not always: {fact}"
        return judged(Verdict.MISLEADING, text, sources, e.slug)
    return judged(Verdict.SUPPORTED, f"The usual course: {fact}", sources, e.slug)


def rule_nourishes(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """A vague promise: misleading only when the facts show the implied hair benefit is absent
    (grade X) or limited to people with a proven deficiency."""
    found = graded(claim, kb)
    hair = HAIR_EFFECT.search(claim.sentence)
    if found and found[1].grade is Grade.X and hair:
        e, g = found
        text = f"'Nourishing' implies a hair benefit the evidence does not show: {first_sentence(g.evidence.summary)}"
        return judged(Verdict.MISLEADING, text, g.evidence.sources, e.slug)
    for e, t in treatments(claim, kb):
        if t.prerequisite and hair and is_supplement(claim, e, kb):
            text = f"It can only help hair when there is a deficiency: {t.prerequisite.text}"
            return judged(Verdict.MISLEADING, text, t.prerequisite.sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "A vague promise with no measurable meaning and no human evidence behind it.",
        (),
        main_slug(claim),
    )
