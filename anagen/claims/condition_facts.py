"""What a condition's own record says about regrowth, whatever treats it: hair lost to scarring
"does not grow back", so a claim that it comes back there is false; a condition that "can
become permanent" makes a promise that it always grows back, or never does lasting damage,
false. A treatment that moves hair from elsewhere (a transplant) is not regrowth."""

from __future__ import annotations

import re

from anagen.claims.condition_duration import lasting_loss
from anagen.claims.evidence import DEFAULT_CONDITIONS, conditions_named, routes_in
from anagen.claims.forms import route_named
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

NO_REGROWTH = re.compile(
    r"\b(does not|do not|doesn't|cannot|can't|won't|never) (grow back|regrow)\b", re.I
)
CAN_BE_PERMANENT = re.compile(r"\b(can|may) (become|turn into|be) permanent\b", re.I)
# "always grows back", "never does permanent damage", "completely reversible"
ALWAYS = re.compile(
    r"\b(always|every time|guaranteed|never\b[^.;]{0,25}\bpermanent|no permanent|"
    r"completely reversible|100\s*%)",
    re.I,
)
# "Once the loss has scarred, the hair does not grow back": a denial that holds only in the
# case its opening clause names, which the claim must name too
CONDITIONAL = re.compile(r"(?:^|[.;]\s+)(once|if|when|after|where)\b([^,.;]{3,60}),[^.;]*$", re.I)
MOVES_HAIR = re.compile(r"\b(transplant\w*|graft\w*|mov(es|ed|ing))\b", re.I)


# The hair roots said to be killed: "DHT works to kill hair follicles", "androgenetic alopecia
# destroys the follicles", or to die of it: "follicles shrink and eventually die", "leads to
# follicle death", "the roots are dead" (a CONDITION_FACT wording; roots_destroyed grades it)
FOLLICLES_DESTROYED = (
    r"\b(kills?|killing|killed|destroys?|destroying|destroyed)\b (off )?(the |your |their |its |hair |scalp )*"
    r"(follicles?|roots)\b|"
    # (a list of verbs before it: "follicles to shrink, weaken and eventually die")
    r"\b(follicles?|roots)\b(?: (?!not\b|never\b|don'?t\b|won'?t\b)[\w'-]+,?){0,5}? (die|dies|died|dying|"
    r"(are|is|get|gets|become|becomes|will be) (eventually |slowly |permanently |ultimately )?(killed|destroyed|"
    r"dead))\b(?! (back|down)\b)|"
    r"\b(follicle|root) death\b|\bdeath of (the )?(hair )?(follicles?|roots)\b"
)
DESTROYED_IN = re.compile(FOLLICLES_DESTROYED, re.I)
# the hormone behind pattern hair loss, which names it ("DHT kills follicles")
ANDROGEN = re.compile(r"\b(DHT|dihydrotestosterone|androgens?|testosterone)\b", re.I)
NOT_DESTROYED = re.compile(r"\bnot (destroyed|killed)\b", re.I)


def _facts(kb: KnowledgeBase, slug: str) -> list[tuple[str, tuple[str, ...]]]:
    c = kb.conditions[slug]
    return [(c.summary, tuple(c.sources)), *((s.text, tuple(s.sources)) for s in c.signs)]


def _case_named(claim: Claim, text: str, denial: re.Match[str]) -> bool:
    """A denial's own condition ("once the loss has scarred") is one the claim names."""
    case = CONDITIONAL.search(text[: denial.start()])
    if case is None:
        return True
    words = {w[:5] for w in re.findall(r"[a-z]{5,}", case.group(2).lower())}
    said = {w[:5] for w in re.findall(r"[a-z]{5,}", claim.sentence.lower())}
    return bool(words & said)


def _moves_hair(claim: Claim, kb: KnowledgeBase) -> bool:
    return any(
        t.mechanism and MOVES_HAIR.search(t.mechanism.text) for _, t in treatments(claim, kb)
    )


# Regrowth claimed where the hair has scarred ("even scarred ones", "scarred patches")
SCARRED = re.compile(r"\b(scarred|scarring|scar tissue)\b", re.I)


def regrowth_denied(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    named = [c for c in conditions_named(claim.sentence, kb) if c in kb.conditions]
    if not named and SCARRED.search(claim.sentence):
        # no condition named, but scarred hair: every record that says it does not grow back
        # once scarred speaks to it
        named = list(kb.conditions)
    if not named or _moves_hair(claim, kb):
        return None
    always = ALWAYS.search(claim.sentence)
    for slug in named:
        for text, sources in _facts(kb, slug):
            denial = NO_REGROWTH.search(text)
            if (denial and _case_named(claim, text, denial)) or (
                always and CAN_BE_PERMANENT.search(text)
            ):
                said = f"The record of {kb.conditions[slug].name.lower()} says otherwise: {text}"
                return judged(Verdict.FALSE, said, sources, main_slug(claim))
    return None


# A record that says the hair can come back by the nature of the condition: "patches of hair
# loss that can regrow", "the roots are not destroyed".
CAN_REGROW = re.compile(
    r"\b(can|may|usually|often) (regrow|grow back|come back)\b|\bnot destroyed\b|"
    r"\bgrows? back to (its|their) former\b",
    re.I,
)
# Regrowth credited to something (a product, a treatment, "this serum"): not a fact about the
# condition, even when what is credited is a name the knowledge base does not know.
CREDITED = re.compile(
    r"\b(our|this|these|my|its|their|the) ([\w-]+ ){0,2}(serum|oil|tonic|shampoo|product|formula|"
    r"supplement|gummies|pills?|tablets?|capsules?|drops|spray|lotion|cream|foam|treatment|"
    r"injections?|device|cap|helmet|laser|kit|routine|remedy)s?\b|"
    r"\b(makes?|made|helps?|helped|lets?|brings?|brought|gives?|gave|thanks to|using)\b",
    re.I,
)
# The hair itself as what comes back ("so hair can grow back"), not something that regrows it.
HAIR_RETURNS = re.compile(
    r"\b(hair|hairs|it|they)\b (\w+ ){0,2}?(regrows?|grows? back|comes? back)\b", re.I
)


def regrowth_recorded(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Alopecia areata does not destroy the roots, so hair can grow back": regrowth said of
    a condition, with nothing credited for it, checked against the condition's record."""
    if claim.entities or claim.wording not in claim.sentence:
        return None
    named = [c for c in conditions_named(claim.sentence, kb) if c in kb.conditions]
    if not named or not HAIR_RETURNS.search(claim.sentence):
        return None
    if CREDITED.search(claim.sentence) or ALWAYS.search(claim.sentence):
        return None
    for slug in named:
        for text, sources in _facts(kb, slug):
            if CAN_REGROW.search(text) and not NO_REGROWTH.search(text):
                said = f"The record of {kb.conditions[slug].name.lower()}: {text}"
                return judged(Verdict.SUPPORTED, said, sources, main_slug(claim))
    return None


# "Creams and shampoos alone do not cure it": the forms a condition's record says cannot cure it
NO_CURE_BY = re.compile(
    r"\b([\w ,]{3,60}?)\b(alone|on their own|by themselves) (do|does|will|can) not (cure|clear)\b",
    re.I,
)

# forms the claim says are not used ("no pills needed") and plurals ("creams")
DONE_WITHOUT = re.compile(
    r"\b(no|without|instead of|skip( the)?|ditch( the)?) ([\w-]+ ){0,2}?(pills?|tablets?|capsules?|"
    r"medicines? by mouth|injections?)\b",
    re.I,
)
SCALP = re.compile(r"\bscalp\b", re.I)
CLAUSE_START = re.compile(r"[;:]\s*|,\s*(but|since|because|as|while)\s+", re.I)
NEXT_CLAUSE = re.compile(r"[,;]|\b(and|but|so|because)\b", re.I)
PLURAL = re.compile(r"(?<=[a-z])s\b")


def cure_denied(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "A week of cream and shampoo clears ringworm": every form the claim names is one the
    condition's record says cannot cure it on its own."""
    named = [c for c in conditions_named(claim.sentence, kb) if c in kb.conditions]
    said = claim.sentence
    own_forms = True  # the forms of a medicine the claim names are among those it denies
    if not named and not claim.entities and claim.wording in said:
        # "creams on their own won't clear it": the condition its paragraph named before
        named = [c for c in claim.topics[:1] if c in kb.conditions]
    if not named and claim.wording in said:
        # "shampoo alone will not clear it": the conditions its treatment is recorded for, and
        # only the forms named up to the claim ("so it needs tablets" is the remedy, not it)
        named = [ev.condition for _, t in treatments(claim, kb) for ev in t.evidence]
        named = [c for c in dict.fromkeys(named) if c in kb.conditions]
        at = said.index(claim.wording)
        said = said[: at + len(claim.wording)]
        # "needs medicine by mouth such as terbinafine; creams alone do not cure it": a clause
        # before the claim names the remedy, not what the claim says cannot cure it, and a
        # medicine named only there adds no form of its own
        before = list(CLAUSE_START.finditer(said, 0, at))
        if before:
            said = said[before[-1].end() :]
        own_forms = any(e.name.lower() in said.lower() for e in claim.entities)
    elif claim.wording in said:
        # "shampoo alone won't clear ringworm and she needs medicine by mouth": the clause
        # after the claim names the remedy, not the form the claim says cannot cure it
        end = said.index(claim.wording) + len(claim.wording)
        rest = NEXT_CLAUSE.search(said, end)
        said = said[: rest.start()] if rest else said
    # "scalp ringworm" names where, not a form; a named medicine's own forms count too
    claimed = set(routes_in(PLURAL.sub("", DONE_WITHOUT.sub(" ", SCALP.sub(" ", said)))))
    if own_forms:
        claimed |= {t.route for _, t in treatments(claim, kb)}
    if not named or not claimed:
        return None
    for slug in named:
        for text, sources in _facts(kb, slug):
            m = NO_CURE_BY.search(text)
            denied = route_named(PLURAL.sub("", m.group(1))) if m else None
            if denied is not None and claimed == {denied}:
                said = f"The record of {kb.conditions[slug].name.lower()} says otherwise: {text}"
                return judged(Verdict.FALSE, said, sources, main_slug(claim))
    return None


# A form of medicine a condition is said to need: "must be treated with oral medications"
# (the usage wording, usage_wording.py); and the clause of a record that names one it needs
# ("antifungal medicine taken by mouth is needed")
NEEDED = re.compile(r"\b(needs?|needed|requires?|required)\b", re.I)
# A form said not to help, beside the one that does: "(treated with tablets) as topical
# medications are not useful", "since creams don't work"
RULED_OUT = re.compile(
    r"\b(as|since|because|but|while)\b[^.;,]{0,40}\b((are|is) (not|n't) (useful|effective|enough|"
    r"helpful|needed)|(do|does|will|would)(n't| not) (work|help|cure|clear it))\b",
    re.I,
)
# remedies with no medicine in them, said to cure (or not) a condition
HOME_REMEDIES = re.compile(
    r"\b(home|natural|herbal|alternative|folk|diy|kitchen|holistic) (remed\w*|treatments?|cures?|"
    r"therap\w*|options?|solutions?)\b",
    re.I,
)


def remedy_cure(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Home remedies cannot cure tinea capitis": a cure by remedies that are no medicine, of a
    condition whose record says a medicine is needed, is false, so its denial holds."""
    if claim.entities or not HOME_REMEDIES.search(claim.sentence):
        return None
    named = [c for c in conditions_named(claim.sentence, kb) if c in kb.conditions]
    for slug in named:
        for text, sources in _facts(kb, slug):
            clause = next((c for c in re.split(r"[;:]", text) if NEEDED.search(c)), "")
            if route_named(clause) is not None:
                said = f"The record of {kb.conditions[slug].name.lower()}: {text}"
                return judged(Verdict.FALSE, said, sources, main_slug(claim))
    return None


NO_SUBJECT = re.compile(
    r"\b(nothing|no (treatment|medicine|drug|product|remedy|therapy)s?)\b", re.I
)


def cure_of_lasting_loss(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "There is no cure for frontal fibrosing alopecia": a cure of a condition whose record says
    its loss lasts in every case (a scar does not regrow) is false, so its denial holds; a loss
    that lasts only sometimes ("once it has scarred") decides nothing here."""
    named = [c for c in conditions_named(claim.sentence, kb) if c in kb.conditions]
    # "Nothing can cure it": the subject denies the cure, where the engine reads no negation
    # ("no treatment can" it does read, and turns the verdict round itself)
    at = claim.sentence.find(claim.wording)
    denied = not claim.negated and at > 0 and bool(NO_SUBJECT.search(claim.sentence, 0, at))
    verdict = Verdict.SUPPORTED if denied else Verdict.FALSE
    for slug in named:
        found = lasting_loss(_facts(kb, slug), False)
        if found is not None and found.verdict is Verdict.SUPPORTED:
            return judged(verdict, found.explanation, found.sources, main_slug(claim))
    return None


def form_needed(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Scalp ringworm must be treated with oral medicine": the one form a condition is said to
    need, against the form its record says it needs; supported when they agree, false when the
    record needs another."""
    if claim.entities:
        return None
    named = [c for c in conditions_named(claim.sentence, kb) if c in kb.conditions]
    # "scalp ringworm" names where; "as topical medications are not useful" a form ruled out
    claimed = set(routes_in(RULED_OUT.sub(" ", SCALP.sub(" ", claim.sentence))))
    if not named or len(claimed) != 1:
        return None
    for slug in named:
        for text, sources in _facts(kb, slug):
            clause = next((c for c in re.split(r"[;:]", text) if NEEDED.search(c)), "")
            needed = route_named(clause)
            if needed is None:
                continue
            agrees = claimed == {needed}
            name = kb.conditions[slug].name.lower()
            said = f"The record of {name}{'' if agrees else ' says otherwise'}: {text}"
            verdict = Verdict.SUPPORTED if agrees else Verdict.FALSE
            return judged(verdict, said, sources, main_slug(claim))
    return None


def roots_destroyed(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "DHT works to kill hair follicles": false for a condition whose record says the roots are
    not destroyed (pattern hair loss shrinks them). DHT names pattern hair loss. A record that
    says they are destroyed (scarring alopecia) leaves a description, which is no claim."""
    named = [c for c in conditions_named(claim.sentence, kb) if c in kb.conditions]
    if not named and ANDROGEN.search(claim.sentence):
        named = [c for c in DEFAULT_CONDITIONS if c in kb.conditions]
    for slug in named or claim.topics[:1]:
        for text, sources in _facts(kb, slug) if slug in kb.conditions else ():
            if NOT_DESTROYED.search(text):
                said = f"The record of {kb.conditions[slug].name.lower()}: {text}"
                return judged(Verdict.FALSE, said, sources, main_slug(claim))
    return None
