"""Rules for regulatory claims: approved, prescription strength (a device clearance:
clearance.py). Judged on the recorded regulatory status in the region the claim names (the
FDA means the US)."""

from __future__ import annotations

import re

from anagen.claims.approved_ages import below_approved_age
from anagen.claims.comparisons import own_clause
from anagen.claims.countries import (
    country_decision,
    regions_claimed_apart,
    regions_in,
    regions_together,
)
from anagen.claims.entities import Entity
from anagen.claims.evidence import CONDITION_WORDS, DEFAULT_CONDITIONS, conditions_in, ingredient_of
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, no_entity, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Regulatory
from anagen.knowledge.vocab import Access, Region, RegulatoryStatus, Status
from anagen.products.ingredient_index import fold

APPROVED = (RegulatoryStatus.APPROVED_RX, RegulatoryStatus.APPROVED_OTC)
HAIR = {"androgenetic-alopecia", "female-pattern-hair-loss", "alopecia-areata"}
FOR_HAIR = re.compile(r"\b(hair|alopecia|bald\w*|thinning|shedding)\b", re.I)
# A step in a hair-loss plan: "the FDA-approved next step when finasteride isn't enough"
HAIR_STEP = re.compile(
    r"\b(next step|step up|add-on|first-line|second-line|when [\w-]+ (isn'?t|is not|doesn'?t|does not) "
    r"(enough|work|help))",
    re.I,
)
PROOF = re.compile(r"\b(proven|proves?|efficacy|effective|guarantee|for everyone)", re.I)
REGISTERED = re.compile(r"\b(registered|listed)\b", re.I)
NO_PRESCRIPTION = re.compile(
    r"\b(without (a )?prescription|over[- ]the[- ]counter|off the shelf|GSL|P medicine|"
    r"pharmacy counter|no prescription)\b",
    re.I,
)
# Said to be given on prescription: "the only prescription treatment approved for women",
# "approved as a prescription-only medicine", "available on prescription"
ON_PRESCRIPTION = re.compile(
    r"\b(prescription[- ](only )?(drugs?|medicines?|medications?|treatments?|pills?|tablets?|"
    r"products?|therap(y|ies)|options?)|prescription-only|(by|on|with) (a )?prescription)\b",
    re.I,
)
BANNED = re.compile(r"\b(banned|outlawed|prohibited|illegal)\b", re.I)


def statuses_of(
    claim: Claim, kb: KnowledgeBase, only_us: bool = False
) -> list[tuple[Entity, Regulatory]]:
    named = {r for _, _, r in regions_in(claim.sentence)}
    regions = {Region.US} if only_us else named or set(Region)
    return [(e, r) for e, t in treatments(claim, kb) for r in t.regulatory if r.region in regions]


def no_record(claim: Claim, what: str) -> Judgement:
    if not claim.entities:
        return no_entity()
    return judged(
        Verdict.UNSUPPORTED,
        f"We have no record of {what} for {claim.entities[0].name}.",
        (),
        main_slug(claim),
    )


def by_product_type(claim: Claim, approved: bool) -> Judgement | None:
    """With no ingredient named, a product's own regulatory type still decides what an
    "FDA approved" or "FDA cleared" badge on it can mean."""
    if claim.entities or claim.context is None:
        return None
    if claim.context in ("supplement", "cosmetic"):
        return judged(
            Verdict.FALSE, f"A {claim.context} is neither approved nor cleared by the FDA."
        )
    if claim.context == "device_cleared":
        if approved:
            return judged(Verdict.MISLEADING, "A cleared device, which is not an FDA approval.")
        if PROOF.search(claim.sentence):
            return judged(
                Verdict.MISLEADING, "A 510(k) clearance is not proof that the device works."
            )
        return judged(Verdict.SUPPORTED, "Sold as an FDA-cleared device.")
    if not approved:  # a medicine is approved, not cleared
        return judged(Verdict.MISLEADING, "A medicine is approved, not cleared, by the FDA.")
    return None


# the use, after any form it was approved in ("approved as eye drops for glaucoma")
CLAIMED_USE = re.compile(
    r"\bapproved\b([^.]{0,12}|\s+(?:[\w-]+ ){1,2}only |\s+(only )?as (an? )?([\w%.-]+ ){1,3}"
    # "approved in oral tablet form for hypertension"
    r"|\s+in (?:[\w-]+ ){1,3}?(?:form|forms|formulations?) )\b(for|to)\b([^.;]{0,60})",
    re.I,
)
GENERIC_USE = {"treat", "treating", "treatment", "people", "adults", "patients", "helps", "longer"}


def _names_approved_use(sentence: str, approval: str) -> bool:
    """The use a claim says something is approved for ("to grow longer eyelashes") is the one
    the recorded approval names."""
    m = CLAIMED_USE.search(sentence)
    if m is None:
        return False
    words = {w[:5] for w in _use_words(m.group(6)) if w not in GENERIC_USE}
    return bool(words & {w[:5] for w in _use_words(approval)})


# Short words that name no use ("approved for use in some adults"); other four-letter words
# can be the use itself ("acne", "lash").
SHORT_FILLER = {*("with", "that", "from", "used", "only", "some", "over", "ages", "aged", "this")}
SHORT_FILLER |= {*("than", "also", "both", "more", "less", "when", "they", "your", "them")}
SHORT_FILLER |= {*("such", "like", "sale", "form", "kind", "type", "care", "most", "many")}


# A use named in a medical word that a record gives in plain words ("high blood pressure").
PLAIN_USE = {"hypertension": "high blood pressure"}


def _use_words(text: str) -> list[str]:
    folded = fold(text)
    for word, plain in PLAIN_USE.items():
        folded = folded.replace(word, plain)
    return [w for w in folded.split() if len(w) >= 5 or (len(w) == 4 and w not in SHORT_FILLER)]


# A part of a recorded fact that denies a use ("it has no approval for eyelash loss").
DENIED_USE = re.compile(
    r"\b(no approval|not (approved|labell?ed|licensed|for)|does not list|neither|none|off-label)\b",
    re.I,
)


def _ingredient_use(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Latanoprost is approved as eye drops for glaucoma": a use of the medicine that its
    ingredient's own regulatory facts name ("a glaucoma eye-drop medicine") or deny ("no
    approval for eyelash loss"). They are read first: a treatment's decisions can cover another
    medicine of its class (latanoprost's record shares bimatoprost's eyelash approval)."""
    for e in claim.entities:
        ing = ingredient_of(e, kb)
        for fact in ing.regulatory if ing else []:
            named = _use_in(claim.sentence, fact.text)
            if named is False:
                text = f"Not approved for that: {fact.text}"
                return judged(Verdict.FALSE, text, fact.sources, e.slug)
            if named:
                return judged(Verdict.SUPPORTED, fact.text, fact.sources, e.slug)
    return None


def _use_in(sentence: str, text: str) -> bool | None:
    """Whether a recorded fact names the use the claim says it is approved for (True), names it
    only to deny it (False), or does not name it (None); read part by part, so "approved for
    acne; not for hair loss" names acne, not hair loss."""
    denied = None
    for part in re.split(r";|(?<=\.)\s", text):
        if _names_approved_use(sentence, part):
            if not DENIED_USE.search(part):
                return True
            denied = False
    return denied


def _prescription_only(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "A P medicine you can buy at any pharmacy counter": with no decision recorded for the
    region, the record of who gives it decides (a prescription or a specialist)."""
    if not NO_PRESCRIPTION.search(claim.sentence):
        return None
    for e, t in treatments(claim, kb):
        if t.access is not Access.SELF_CARE:
            text = f"{t.name} is given on prescription ({t.access}), not bought over the counter."
            return judged(Verdict.FALSE, text, t.evidence[0].sources, e.slug)
    return None


def _registered() -> Judgement:
    return judged(
        Verdict.MISLEADING,
        "Registration or listing with the FDA only records a company or product; it is not an "
        "approval and says nothing about whether the product works or is safe.",
    )


def _banned(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """ "Banned in Europe": false where the region's recorded status is an approval."""
    statuses = statuses_of(claim, kb)
    if not statuses:
        return no_record(claim, "a regulatory decision")
    # an off-label use is of a medicine approved for something else: sold, not banned
    legal = (*APPROVED, RegulatoryStatus.OFF_LABEL)
    e, r = next(((e, r) for e, r in statuses if r.status in legal), statuses[0])
    if r.status in legal:
        return judged(Verdict.FALSE, f"Not banned: {r.text}", r.sources, e.slug)
    text = f"We have no record of a ban; not being approved is not the same: {r.text}"
    return judged(Verdict.UNSUPPORTED, text, r.sources, e.slug)


OFF_LABEL = re.compile(r"\boff[- ]label\b", re.I)


def _off_label(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """ "Prescribed off-label for hair": says it is not approved for this use, which an
    approval for it contradicts and a recorded off-label status confirms."""
    statuses = statuses_of(claim, kb)
    named = set(conditions_in(claim.sentence, kb))
    # of several things named, the one recorded as off-label for this use is the one meant
    # (or whose approval's own text calls this use off-label: "not approved for lichen
    # planopilaris, so that use is off-label")
    off = [
        (e, r)
        for e, r in statuses
        if r.status is RegulatoryStatus.OFF_LABEL
        or bool(OFF_LABEL.search(r.text) and named & set(CONDITION_WORDS.matching(r.text)))
    ]
    covered = [(e, r) for e, r in off if named & set(r.conditions)]
    approved = [(e, r) for e, r in statuses if r.status in APPROVED and named & set(r.conditions)]
    if covered or (off and not approved):
        e, r = (covered or off)[0]
        return judged(Verdict.SUPPORTED, r.text, r.sources, e.slug)
    if approved:
        e, r = approved[0]
        return judged(Verdict.FALSE, f"It is approved for this: {r.text}", r.sources, e.slug)
    return no_record(claim, "an off-label use")


# Young people an approval is claimed for ("approved for teenagers"), not "for adults"
MINOR_WORDS = (
    r"children|kids|teens|teenagers|adolescents|under[- ]18s?|([1-9]|1[0-7])[- ]year[- ]olds?"
)
MINORS = re.compile(rf"\b({MINOR_WORDS})\b", re.I)
# An age under 12, in digits or words ("six-year-olds", "as young as six", "from age 6")
UNDER_12 = r"([1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
YOUNG_AGE = rf"{UNDER_12}[- ]year[- ]olds?|(as young as|aged?|from (the )?age( of)?) {UNDER_12}"
CHILDREN = re.compile(rf"\b(children|kids|{YOUNG_AGE})\b", re.I)
# Ages wholly under 12; bare "children" also spans the 12- to 17-year-olds a label may cover.
YOUNG_CHILDREN = re.compile(rf"\b(young (children|kids)|under (12|twelve)|{YOUNG_AGE})\b", re.I)


def _not_approved_at_that_age(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Approved for teenagers": false when the record says to avoid it at that age (an
    approval covers the ages its label names, and the record keeps them as contraindications)."""
    named = {"under_18"} if MINORS.search(claim.sentence) else set()
    if CHILDREN.search(claim.sentence):
        named.add("under_12")
    young = bool(YOUNG_CHILDREN.search(claim.sentence))
    for e, t in treatments(claim, kb):
        avoided = {str(a) for c in t.contraindications if c.level == "avoid" for a in c.applies_to}
        for c in t.contraindications:
            if c.level == "avoid" and named & {str(a) for a in c.applies_to}:
                # "approved for children" when the label covers 12 and over: only partly so
                verdict = Verdict.FALSE if young or "under_18" in avoided else Verdict.MISLEADING
                return judged(verdict, f"Not approved at that age: {c.text}", c.sources, e.slug)
    return None


# An approval said to stop at adulthood ("approved only for adults"), and a recorded approval
# or age rule that names younger people it covers ("adults and adolescents aged 12 and older").
ADULTS_ONLY = re.compile(
    r"\b(only (approved |licensed |labell?ed )?(for|in) adults|(for|in) adults only|adults only|"
    r"only (for|in) (people|those|patients) (over|aged) 18)\b",
    re.I,
)
YOUNGER_COVERED = re.compile(
    r"\b(adolescents|aged? (1[0-7]|twelve)|from (the )?age (of )?(1[0-7]|twelve))\b", re.I
)


def _adults_only(
    claim: Claim, kb: KnowledgeBase, approved: list[tuple[Entity, Regulatory]]
) -> Judgement | None:
    """ "Approved only for adults": false when an approval of any medicine it names (each of a
    class: "JAK pills") covers teenagers too, true when the record says to avoid it under 18."""
    if not ADULTS_ONLY.search(claim.sentence):
        return None
    for e, r in approved:
        if HAIR & set(r.conditions) and YOUNGER_COVERED.search(r.text):
            return judged(Verdict.FALSE, f"Not only for adults: {r.text}", r.sources, e.slug)
    for e, t in treatments(claim, kb):
        for c in t.contraindications:
            if c.level == "avoid" and "under_18" in {str(a) for a in c.applies_to}:
                return judged(Verdict.SUPPORTED, c.text, c.sources, e.slug)
    return None


# A claim that it is still being developed ("still in phase 3 trials", "experimental").
IN_DEVELOPMENT = re.compile(
    r"\b(tested|studied|trialled|trialed|trials?|testing|development|experimental|investigational|"
    r"phase)\b",
    re.I,
)

# wording that says it is not yet a medicine in use, unlike "still being studied"
NOT_YET = re.compile(r"\b(experimental|investigational|trials?|phase|development)\b", re.I)
# a use named for the trials ("in phase 3 for lupus")
ANOTHER_USE = re.compile(r"\b(for|in treating|to treat|against)\b", re.I)


def in_trials(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Still in phase 3 trials", "an experimental drug": a claim that it is not yet approved,
    true of a treatment the record keeps as investigational and false of one approved for hair
    loss. Of an established treatment not approved for it, whether it is still "experimental"
    is a matter of wording the record does not settle: no finding."""
    for e, t in treatments(claim, kb):
        if t.status is Status.INVESTIGATIONAL:
            r = next(iter(t.regulatory), None)
            text = f"Still in trials ({t.trial_phase}): {r.text if r else t.summary}"
            return judged(Verdict.SUPPORTED, text, r.sources if r else (), e.slug)
        if not NOT_YET.search(claim.wording) or (
            not FOR_HAIR.search(claim.sentence) and ANOTHER_USE.search(claim.sentence)
        ):
            # "still being studied" is true of approved medicines too; "in phase 3 for
            # lupus" is about trials for another use
            continue
        for r in t.regulatory:
            if r.status in APPROVED and HAIR & set(r.conditions):
                return judged(Verdict.FALSE, f"It is approved: {r.text}", r.sources, e.slug)
    return None


COMPOUNDED = re.compile(r"\bcompounded\b", re.I)


def _compounded(claim: Claim, statuses: list[tuple[Entity, Regulatory]]) -> Judgement | None:
    """A compounded product is made by a pharmacy, not approved: judged on the recorded entry
    that names compounded products, not on an approval of another form of the medicine."""
    if not COMPOUNDED.search(claim.sentence):
        return None
    for e, r in statuses:
        if r.status not in APPROVED and COMPOUNDED.search(r.text):
            return judged(Verdict.FALSE, f"Not approved: {r.text}", r.sources, e.slug)
    return None


def rule_fda_approved(claim: Claim, kb: KnowledgeBase) -> Judgement:
    if OFF_LABEL.search(claim.wording):
        return _off_label(claim, kb)
    if REGISTERED.search(claim.sentence) and not re.search(r"\bapproved\b", claim.sentence):
        return _registered()
    if BANNED.search(claim.sentence):
        return _banned(claim, kb)
    # a recorded region named too: its entries decide
    region_named = bool(regions_in(claim.sentence))
    country = None if region_named else country_decision(claim, kb)
    if country:
        return country
    statuses = statuses_of(claim, kb)
    if not statuses:
        return (
            by_product_type(claim, True)
            or _prescription_only(claim, kb)
            or no_record(claim, "a regulatory decision")
        )
    compounded = _compounded(claim, statuses)
    if compounded:
        return compounded
    refused = regions_together(claim, statuses, APPROVED) or regions_claimed_apart(
        claim, statuses, APPROVED
    )
    if refused:
        return refused
    named = set(conditions_in(claim.sentence, kb))
    explicit = named != set(DEFAULT_CONDITIONS)
    approved = [(e, r) for e, r in statuses if r.status in APPROVED]
    if NO_PRESCRIPTION.search(claim.sentence):
        # "sold without a prescription", "a GSL medicine": only an over-the-counter approval fits
        rx = [(e, r) for e, r in approved if r.status is RegulatoryStatus.APPROVED_RX]
        if rx and not any(r.status is RegulatoryStatus.APPROVED_OTC for _, r in approved):
            e, r = rx[0]
            return judged(Verdict.FALSE, f"Prescription only: {r.text}", r.sources, e.slug)
    elif (
        approved
        and ON_PRESCRIPTION.search(claim.sentence)
        and all(r.status is RegulatoryStatus.APPROVED_OTC for _, r in statuses)
    ):
        # and the reverse: all it has is an over-the-counter approval
        e, r = approved[0]
        text = f"Sold over the counter, not on prescription: {r.text}"
        return judged(Verdict.FALSE, text, r.sources, e.slug)
    adults = _adults_only(claim, kb, approved) if approved else None
    if adults:
        return adults
    below = below_approved_age(claim, approved) if approved else None
    if below:
        return below
    too_young = _not_approved_at_that_age(claim, kb) if approved else None
    if too_young:
        return too_young
    for e, r in approved:
        covered = set(r.conditions)
        if explicit and HAIR & covered and not named & covered:
            return judged(
                Verdict.FALSE,
                f"Approved, but not for this group or condition: {r.text}",
                r.sources,
                e.slug,
            )
        if HAIR & covered or (explicit and named & covered):
            return judged(Verdict.SUPPORTED, r.text, r.sources, e.slug)
    cleared = [(e, r) for e, r in statuses if r.status is RegulatoryStatus.CLEARED_DEVICE]
    if cleared:
        e, r = cleared[0]
        return judged(
            Verdict.MISLEADING,
            f"Cleared as a device, which is not an approval: {r.text}",
            r.sources,
            e.slug,
        )
    # "approved to grow eyelashes", "approved for high blood pressure": a use other than hair
    # loss, checked against the uses the recorded decisions name (an off-label entry names
    # what the medicine is approved for)
    # (read in the approval's own clause: "approved it only for BPH, but research supports its
    # use for hair loss" names hair loss as the off-label use, not the approved one)
    said = own_clause(claim.sentence, claim.wording)
    other_use = not FOR_HAIR.search(said) and CLAIMED_USE.search(said)
    if other_use and (own := _ingredient_use(claim, kb)):
        return own
    for e, r in statuses if other_use else []:
        if (r.status in APPROVED or "approv" in r.text.lower()) and _use_in(said, r.text):
            return judged(Verdict.SUPPORTED, r.text, r.sources, e.slug)
    if approved:
        e, r = approved[0]
        # "approved for hair loss" names the use, so approval for another use contradicts it
        hair_context = FOR_HAIR.search(claim.sentence) or HAIR_STEP.search(claim.sentence)
        verdict = Verdict.FALSE if explicit or hair_context or other_use else Verdict.MISLEADING
        what = "for another use" if other_use else "not for hair loss"
        return judged(verdict, f"Approved, but {what}: {r.text}", r.sources, e.slug)
    e, r = statuses[0]
    return judged(Verdict.FALSE, f"Not approved: {r.text}", r.sources, e.slug)
