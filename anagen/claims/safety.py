"""Rules for claims of no side effects, natural so safe, and harms outweighing benefits: judged
on the side effects a treatment is recorded to cause (harms.py). A side effect caused: causes.py;
fewer side effects: fewer_harms.py; safety for a group or in pregnancy: group_safety.py; suiting
everyone: suitability.py."""

from __future__ import annotations

import re

from anagen.claims.evidence import conditions_named, first_sentence
from anagen.claims.foreign_wording import BALDNESS, LOSS
from anagen.claims.harm_wording import ONLY_HARM, PLAYED_DOWN, RARE_SAID, SAFE_SAID
from anagen.claims.harms import harms, named_harm, stems
from anagen.claims.judgement import (
    Claim,
    Judgement,
    graded,
    judged,
    main_slug,
    no_entity,
    treatments,
)
from anagen.claims.patterns import PATTERNS
from anagen.claims.style_harms import style_harm
from anagen.claims.vocab import Kind, Verdict
from anagen.claims.words import HAIR_LOSS
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import SideEffect
from anagen.products.ingredient_index import fold

# "no serious side effects", "only minor side effects": none serious, not none at all
SERIOUS_WORDING = re.compile(r"\b(serious|major|significant)\b|\bonly (minor|mild|slight)\b", re.I)
# "rarely", "very low risk", "minimal side effects": harm played down, not ruled out
SOFTENED = re.compile(
    rf"\bavoids?\b|\busually\b|\brarely\b|\blow[- ]risk\b|\b(minimal|negligible) risks?\b|{PLAYED_DOWN}",
    re.I,
)
ABSOLUTE = re.compile(
    r"\b(completely|totally|100\s*%|can'?t hurt|no risk|harmless|zero|any dose|high doses?|extra)\b",
    re.I,
)
BARE_SAFE = re.compile(SAFE_SAID, re.I)
# the wording that promises no harm outright (a bare "is safe" is weaker: see rule_side_effects)
NO_HARM = [re.compile(p, re.I) for p in PATTERNS[Kind.NO_SIDE_EFFECTS] if p != SAFE_SAID]
# "no sexual side effects": the words between the denial and "side effects"
QUALIFIER = re.compile(
    r"^(no|zero|without( any)?|free (of|from)|avoids?( the)?)\s+([\w-]+( [\w-]+)?)\s+side", re.I
)
# "sexual side effects can't happen": the word before the harm that is ruled out
QUALIFIER_AHEAD = re.compile(
    r"^(?!(no|zero|without|any|free|of|from|avoids?|the)\b)([\w-]+)\s+(side[- ]effects|sides)\b",
    re.I,
)
INTENSIFIERS = {*("known", "reported", "proven", "any", "causing", "nasty", "unwanted"), "harmful"}
INTENSIFIERS |= {"adverse", "negative", "ill"}  # "no adverse side effects": any at all
INTENSIFIERS |= {"the", "its", "their", "your", "these", "those", "bad", "real", "such"}
INTENSIFIERS |= {"risk", "risk of", "chance of", "danger of", "fear of", "worry about"}
INTENSIFIERS |= {"minimal", "negligible", "few"}  # how much harm, not which (PLAYED_DOWN)


def _serious(claim: Claim, kb: KnowledgeBase) -> Judgement:
    for e, t in treatments(claim, kb):
        serious = harms(t, serious_only=True)
        if serious:
            text = f"Serious side effects are recorded for {t.name}, such as {serious[0].name.lower()}."
            return judged(Verdict.FALSE, text, serious[0].sources, e.slug)
        if t.side_effects:
            text = f"No serious side effect is recorded as caused by {t.name}."
            return judged(Verdict.SUPPORTED, text, t.side_effects[0].sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED, "We have no recorded side-effect data for this.", (), main_slug(claim)
    )


def _qualified(claim: Claim, kb: KnowledgeBase, qualifier: str) -> Judgement:
    """A claim of no side effects of one sort ("no sexual side effects"): false if such a harm
    is recorded; otherwise it says nothing false but hides the side effects that are."""
    for e, t in treatments(claim, kb):
        found = named_harm(t, qualifier)
        if found:
            return judged(
                Verdict.FALSE, f"Recorded for {t.name}: {found.text}", found.sources, e.slug
            )
    for e, t in treatments(claim, kb):
        if harms(t):
            s = harms(t)[0]
            text = f"No such side effect is recorded, but others are, for example {s.name.lower()}."
            return judged(Verdict.MISLEADING, text, s.sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no side-effect data for this; absence of data is not absence of side effects.",
        (),
        main_slug(claim),
    )


AVOIDS = re.compile(r"\b(avoids?|avoiding|leaves? no|does not (leave|cause))\b", re.I)
DENIAL_WORDS = re.compile(r"\b(no|zero|without|any|free|of|from|leaves?|avoids?|the)\b", re.I)


def _avoided_harm(text: str) -> frozenset[str] | None:
    """The words of the harm a recorded fact says is avoided ("which avoids a linear scar")."""
    m = AVOIDS.search(text)
    return stems(re.split(r"[.,;]", text[m.end() :], maxsplit=1)[0]) if m else None


def _avoided(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Leaves no linear scar": a recorded fact that it (or the way it is done) avoids that
    very harm, no broader one (avoiding a linear scar is not leaving no scar at all), as FUE
    avoids the strip method's linear scar."""
    named = stems(DENIAL_WORDS.sub(" ", claim.wording))
    if not named:
        return None
    said = fold(claim.sentence)
    for e, t in treatments(claim, kb):
        for f in (t.mechanism, *t.usage):
            if f is None or _avoided_harm(f.text) != named:
                continue
            # a fact about one way of doing it ("FUE") holds for a claim naming that way only
            ways = [n for n in map(fold, t.also_known_as) if n in fold(f.text)]
            if not ways or any(n in said for n in ways):
                return judged(Verdict.SUPPORTED, f.text, f.sources, e.slug)
    return None


ONLY = re.compile(ONLY_HARM, re.I)


def _only_harm(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "The only downside is some body hair": misleading when other side effects are
    recorded, true when the one named is all the record holds."""
    only = ONLY.search(claim.sentence)
    if only is None:
        return None
    named = stems(re.split(r"[.,;:!?]", claim.sentence[only.end() :], maxsplit=1)[0])
    for e, t in treatments(claim, kb):
        caused = harms(t)
        others = [s for s in caused if not named & stems(s.name)]
        if others:
            also = "; ".join(
                f"{s.name} ({s.frequency})" if s.frequency else s.name for s in others[:3]
            )
            text = f"Not the only side effect recorded for {t.name}: also {also}."
            return judged(Verdict.MISLEADING, text, others[0].sources, e.slug)
        if caused:
            return judged(
                Verdict.SUPPORTED, f"Recorded: {caused[0].name}.", caused[0].sources, e.slug
            )
    if not claim.entities:
        # a harm owned up to, of something we do not record: not a blanket promise of none
        text = "It names no treatment we record, so we cannot check whether that is its only side effect."
        return judged(Verdict.UNSUPPORTED, text, (), main_slug(claim))
    return None


# A claim that nothing reaches the body, and a recorded fact that some does.
SYSTEMIC = re.compile(
    r"\b(systemic|whole-body|body-wide|blood(stream)?|system|circulation)\b", re.I
)
REACHES_BODY = re.compile(
    r"\bblood (levels?|DHT)\b|\breaching the rest of the body\b|\babsorbed\b", re.I
)


def _systemic(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "No systemic effects", "none of it gets into your blood": false when the record says
    some of it reaches the body (blood levels measured, a little absorbed)."""
    if not SYSTEMIC.search(claim.wording):
        return None
    for e, t in treatments(claim, kb):
        how = t.mechanism
        for sentence in re.split(r"(?<=\.)\s+", how.text) if how else ():
            if REACHES_BODY.search(sentence):
                text = f"Some of it does reach the body: {sentence}"
                return judged(Verdict.FALSE, text, how.sources, e.slug)
    return None


MINOR = re.compile(r"\b(mild|minor)\b", re.I)
EMPHATIC = re.compile(r"\b(absolutely|zero|whatsoever|at all|100\s*%)", re.I)
# "only about 4 in 100 men get them, so it's basically side-effect free": the rate is given
# and the gloss on it stretches it, which misleads more than it denies
GLOSS = re.compile(
    r"\b(basically|virtually|practically|almost|nearly|pretty much|more or less)\b", re.I
)
RATE_GIVEN = re.compile(
    r"\b\d+(\.\d+)?\s*(%|percent\b|in (10|100|1,?000)\b)|\b(one|two|three|four|five) in (ten|a hundred)\b",
    re.I,
)


def rule_side_effects(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if BARE_SAFE.search(claim.wording) and NATURAL.search(claim.sentence):
        return None  # "natural, so safe": rule_natural_safe's claim
    only = _only_harm(claim, kb)
    if only is not None:
        return only
    if SERIOUS_WORDING.search(claim.sentence):
        return _serious(claim, kb)
    avoided = _avoided(claim, kb)
    if avoided:
        return avoided
    systemic = _systemic(claim, kb)
    if systemic:
        return systemic
    qualifier = QUALIFIER.search(claim.wording)
    if qualifier and qualifier.group(5).strip().lower() not in INTENSIFIERS:
        return _qualified(claim, kb, qualifier.group(5))
    ahead = QUALIFIER_AHEAD.search(claim.wording)
    if ahead and ahead.group(2).lower() not in INTENSIFIERS:
        return _qualified(claim, kb, ahead.group(2))
    for e, t in treatments(claim, kb):
        if "placebo" in claim.sentence.lower():
            compared = next((x for x in t.side_effects if x.placebo_frequency), None)
            if compared:
                text = f"{compared.name}: {compared.frequency} against {compared.placebo_frequency} on placebo."
                return judged(Verdict.SUPPORTED, text, compared.sources, e.slug)
        caused = harms(t)
        if not caused:
            continue
        # the harm the claim rules out, when it names one ("no scar"), else the first recorded
        named = stems(DENIAL_WORDS.sub(" ", claim.wording))
        s = next((x for x in caused if named & stems(x.name)), caused[0])
        freq = f" ({s.frequency})" if s.frequency else ""
        text = f"Side effects are recorded for {t.name}, for example {s.name.lower()}{freq}."
        # the record itself calls every harm minor: "none" overstates, it does not invert
        minor = all(
            x.seriousness != "serious" and MINOR.search(f"{x.name} {x.population or ''}")
            for x in caused
        )
        minor = minor and not EMPHATIC.search(claim.sentence)  # "absolutely none" is false
        glossed = GLOSS.search(claim.sentence) and RATE_GIVEN.search(claim.sentence)
        safe = BARE_SAFE.search(claim.wording)  # "safe" plays harm down; it does not deny it
        softened = claim.hedged or SOFTENED.search(claim.sentence) or minor or glossed or safe
        verdict = Verdict.MISLEADING if softened else Verdict.FALSE
        if RARE.search(claim.wording) and (common := _common_harm(caused)) is not None:
            # "side effects are extremely rare" against a harm recorded in 1 in 10 or more
            s, verdict = common, Verdict.FALSE
            text = f"Not rare for {t.name}: {s.name.lower()} ({s.frequency})."
        return judged(verdict, text, s.sources, e.slug)
    if not claim.entities and BARE_SAFE.search(claim.wording):
        return None  # "the site is safe", "your data is safe": safe, but of no treatment
    if not claim.entities and (style := style_harm(claim, kb)):
        return style
    if not claim.entities:
        return judged(
            Verdict.MISLEADING,
            "Every active product can have side effects; 'no side effects' is a promise no evidence can make.",
        )
    return judged(
        Verdict.UNSUPPORTED,
        f"We have no side-effect data for {claim.entities[0].name}; "
        "absence of data is not absence of side effects.",
        (),
        main_slug(claim),
    )


RARE = re.compile(RARE_SAID, re.I)
PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?%")
VERY_COMMON = 10.0  # percent: a harm in 1 in 10 or more is very common, the opposite of rare


def _common_harm(caused: tuple[SideEffect, ...]) -> SideEffect | None:
    """The first recorded harm whose frequency is 10% or more."""
    for s in caused:
        rate = PERCENT.search(s.frequency or "")
        if rate and float(rate.group(1)) >= VERY_COMMON:
            return s
    return None


# natural, plant-made or chemical-free, in the languages the wordings read ("natürlich",
# "naturel", "pflanzlich", "végétal")
NATURAL = re.compile(
    r"\b(nat[uü]r|plant|herbal|chemical|pflanz|v[eé]g[eé]tal|bitkisel|do[gğ]al)", re.I
)
# hair loss named in any language the wordings read, a condition's subject
HAIR_LOSS_NAMED = re.compile(rf"\b{HAIR_LOSS}\b|\b{LOSS}|\b{BALDNESS}", re.I)


def _not_safe(sentence: str) -> str:
    """The lead of the answer: to "natural, so safe", or to "safe, used for 30 years"."""
    return "Natural is not the same as safe" if NATURAL.search(sentence) else "Not plainly safe"


def _a_condition_first(sentence: str, kb: KnowledgeBase) -> bool:
    """The sentence opens on hair loss or a condition, its subject ("Hair loss after giving
    birth is harmless"), not on a product for it ("This shampoo for hair loss is harmless")."""
    head = " ".join(sentence.split()[:5])
    return bool(HAIR_LOSS_NAMED.search(head) or conditions_named(head, kb)) and not (
        PRODUCT_FIRST.search(head)
    )


# a product or remedy before the condition it is for
PRODUCT_FIRST = re.compile(
    r"\b(this|these|our|product|formula|shampoo|serum|oil|treatment|remed\w*|supplement|pills?|"
    r"tablets?|capsules?|spray|foam|lotion|device|laser|dieses?|unser\w*|ce|cette|notre|questo|"
    r"questa|nostro|nostra|este|esta|nuestro|nuestra|esse|essa|nosso|nossa)\b",
    re.I,
)


def rule_natural_safe(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """Natural so safe, harmless, completely safe: false when a serious harm is recorded
    and the wording is absolute, misleading when only milder side effects are."""
    if any(p.search(claim.sentence) for p in NO_HARM):  # "side-effect-free": a promise of its own
        return rule_side_effects(claim, kb)
    for e, t in treatments(claim, kb):
        serious = harms(t, serious_only=True)
        if serious:
            text = (
                f"{_not_safe(claim.sentence)}: {t.name} has recorded serious side "
                f"effects, such as {serious[0].name.lower()}."
            )
            verdict = Verdict.FALSE if ABSOLUTE.search(claim.sentence) else Verdict.MISLEADING
            return judged(verdict, text, serious[0].sources, e.slug)
        if harms(t):
            s = harms(t)[0]
            text = f"{_not_safe(claim.sentence)}: side effects are recorded for {t.name}, such as {s.name.lower()}."
            return judged(Verdict.MISLEADING, text, s.sources, e.slug)
    if (
        not claim.entities
        and not NATURAL.search(claim.sentence)
        and _a_condition_first(claim.sentence, kb)
    ):
        return None  # "postpartum shedding is harmless": what a condition is, no treatment
    if claim.entities:
        return judged(
            Verdict.UNSUPPORTED,
            f"We have no recorded safety evidence for "
            f"{claim.entities[0].name}; being natural says nothing about safety.",
            (),
            main_slug(claim),
        )
    return judged(
        Verdict.MISLEADING,
        "Natural does not mean safe or effective; being natural says nothing about either.",
    )


def rule_harms(claim: Claim, kb: KnowledgeBase) -> Judgement:
    found = graded(claim, kb)
    if found is None:
        return no_entity()
    e, g = found
    return judged(
        Verdict.UNSUPPORTED,
        f"The recorded side effects do not show harm outweighing "
        f"benefit; the evidence of benefit is grade {g.grade}: "
        f"{first_sentence(g.evidence.summary)}",
        g.evidence.sources,
        e.slug,
    )
