"""Rules for safety claims: no side effects, natural so safe, fewer side effects, safe in
pregnancy, safe for a group, suits everyone, harms outweigh benefits (a side effect caused:
causes.py). Judged on the side effects a treatment is recorded to cause (harms.py), its
contraindications and its labelled users."""

from __future__ import annotations

import re

from anagen.claims.causes import rule_causes
from anagen.claims.comparative import recorded
from anagen.claims.comparisons import Outcome
from anagen.claims.evidence import first_sentence
from anagen.claims.group_wording import BAN
from anagen.claims.harms import harms, named_harm, stems
from anagen.claims.judgement import (
    GOOD,
    Claim,
    Judgement,
    graded,
    judged,
    main_slug,
    no_entity,
    treatments,
)
from anagen.claims.patterns import PATTERNS
from anagen.claims.regulatory import MINOR_WORDS
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.products.ingredient_index import fold

# "no serious side effects", "only minor side effects": none serious, not none at all
SERIOUS_WORDING = re.compile(r"\b(serious|major|significant)\b|\bonly (minor|mild|slight)\b", re.I)
SOFTENED = re.compile(r"\bavoids?\b|\busually\b|\brarely\b", re.I)
ABSOLUTE = re.compile(
    r"\b(completely|totally|100\s*%|can'?t hurt|no risk|harmless|zero|any dose|high doses?|extra)\b",
    re.I,
)
NO_HARM = [re.compile(p, re.I) for p in PATTERNS[Kind.NO_SIDE_EFFECTS]]
FEWER = re.compile(
    r"\b(less (common|often|frequent)\w*|fewer|better tolerated|lower rates?)\b", re.I
)
# "no sexual side effects": the words between the denial and "side effects"
QUALIFIER = re.compile(
    r"^(no|zero|without( any)?|free (of|from)|avoids?( the)?)\s+([\w-]+( [\w-]+)?)\s+side", re.I
)
INTENSIFIERS = {*("known", "reported", "proven", "any", "causing", "nasty", "unwanted"), "harmful"}
INTENSIFIERS |= {"risk", "risk of", "chance of", "danger of", "fear of", "worry about"}
GROUPS = [
    ("male", re.compile(r"\b(men|male|man|guys?|boys?)\b", re.I)),
    ("female", re.compile(r"\b(women|female|woman|ladies|girls?)\b", re.I)),
    (
        "under_18",
        # young people, or a label's restriction to adults ("adults only")
        re.compile(rf"\b({MINOR_WORDS}|adults only|for adults)\b", re.I),
    ),
    (
        "under_12",
        re.compile(
            r"\b(as young as|aged?|from age) ([1-9]|1[01])\b|\bunder (12|twelve)\b|\byoung children\b|"
            r"\b([1-9]|1[01])[- ]year[- ]olds?\b",
            re.I,
        ),
    ),
    ("heart_disease", re.compile(r"\bheart\b", re.I)),
    ("liver_disease", re.compile(r"\bliver\b", re.I)),
    ("depression", re.compile(r"\bdepress\w*", re.I)),
]
PREGNANCY_WORDS = [
    (
        "pregnant_or_planning",
        re.compile(
            r"\b(pregnan\w*|conceiv\w*|trying for a baby|expect(ing|ant)|(mums?|moms?)-to-be)\b",
            re.I,
        ),
    ),
    ("breastfeeding", re.compile(r"\b(breast-?feeding|nursing|lactat\w*)\b", re.I)),
]
EVERYONE = re.compile(r"\b(everyone|everybody|all ages|anyone)\b", re.I)
TYPES = re.compile(r"\b(skin|hair|scalp) (types?|colou?rs?|tones?)\b", re.I)
CANDIDATES = re.compile(r"\b((good|ideal|suitable) candidates|not (suitable|candidates))\b", re.I)
SENTENCE = re.compile(r"(?<=[.;])\s+")


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


def rule_side_effects(claim: Claim, kb: KnowledgeBase) -> Judgement:
    if SERIOUS_WORDING.search(claim.sentence):
        return _serious(claim, kb)
    avoided = _avoided(claim, kb)
    if avoided:
        return avoided
    qualifier = QUALIFIER.search(claim.wording)
    if qualifier and qualifier.group(5).strip().lower() not in INTENSIFIERS:
        return _qualified(claim, kb, qualifier.group(5))
    for e, t in treatments(claim, kb):
        if "placebo" in claim.sentence.lower():
            compared = next((x for x in t.side_effects if x.placebo_frequency), None)
            if compared:
                text = f"{compared.name}: {compared.frequency} against {compared.placebo_frequency} on placebo."
                return judged(Verdict.SUPPORTED, text, compared.sources, e.slug)
        caused = harms(t)
        if not caused:
            continue
        s = caused[0]
        freq = f" ({s.frequency})" if s.frequency else ""
        text = f"Side effects are recorded for {t.name}, for example {s.name.lower()}{freq}."
        verdict = (
            Verdict.MISLEADING if claim.hedged or SOFTENED.search(claim.sentence) else Verdict.FALSE
        )
        return judged(verdict, text, s.sources, e.slug)
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


def rule_natural_safe(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """Natural so safe, harmless, completely safe: false when a serious harm is recorded
    and the wording is absolute, misleading when only milder side effects are."""
    if any(p.search(claim.sentence) for p in NO_HARM):  # "side-effect-free": a promise of its own
        return rule_side_effects(claim, kb)
    for e, t in treatments(claim, kb):
        serious = harms(t, serious_only=True)
        if serious:
            text = (
                f"Natural is not the same as safe: {t.name} has recorded serious side "
                f"effects, such as {serious[0].name.lower()}."
            )
            verdict = Verdict.FALSE if ABSOLUTE.search(claim.sentence) else Verdict.MISLEADING
            return judged(verdict, text, serious[0].sources, e.slug)
        if harms(t):
            s = harms(t)[0]
            text = f"Natural is not the same as safe: side effects are recorded for {t.name}, such as {s.name.lower()}."
            return judged(Verdict.MISLEADING, text, s.sources, e.slug)
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


MORE_HARM = re.compile(r"\bmore\b", re.I)
# A record that says the first side is easier to bear: "better tolerated" is fewer harms.
TOLERATED = re.compile(r"\b(better tolerated|more tolerable|gentler|safer)\b", re.I)


def _compared_harms(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Far more side effects than finasteride", "gentler than the tablet": the recorded
    comparison of the two treatments' side effects decides."""
    if not (claim.comparators or claim.compared_routes):
        return None
    found = recorded(claim, kb)
    if found is None:
        return None
    _, c = found
    more = Outcome.WORSE if TOLERATED.search(c.text) else Outcome.BETTER  # A has more harms
    claimed_more = bool(MORE_HARM.search(claim.wording)) and not FEWER.search(claim.wording)
    slug = main_slug(claim)
    if c.outcome not in (Outcome.BETTER, Outcome.WORSE):  # "similar side-effect rates"
        text = f"The recorded comparison found no such difference: {c.text}"
        return judged(Verdict.FALSE, text, c.sources, slug)
    if (c.outcome is more) == claimed_more:
        return judged(Verdict.SUPPORTED, f"Recorded: {c.text}", c.sources, slug)
    return judged(
        Verdict.FALSE, f"The recorded comparison says otherwise: {c.text}", c.sources, slug
    )


def rule_fewer(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """Gentler, fewer side effects: true when a recorded comparison says so."""
    compared = _compared_harms(claim, kb)
    if compared is not None:
        return compared
    if MORE_HARM.search(claim.wording) and not FEWER.search(claim.wording):
        return rule_causes(claim, kb)  # "more side effects than placebo": that it causes them
    for e, t in treatments(claim, kb):
        facts = [(s.population or "", s.sources) for s in t.side_effects]
        facts += [(c.text, c.sources) for c in t.comparisons]
        facts += [(ev.summary, ev.sources) for ev in t.evidence]
        for text, sources in facts:
            if FEWER.search(text):
                return judged(Verdict.SUPPORTED, text, sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no recorded comparison showing fewer side effects.",
        (),
        main_slug(claim),
    )


# "Should stop it before trying to conceive", "wait six months before trying for a baby": a
# warning, so the claim is that it is not safe then; a recorded rule to avoid or take care backs it.
WARNING = re.compile(r"\b(stop|avoid|come off|quit|wait|not (become|get|fall) pregnant)\b", re.I)
NO_NEED = re.compile(
    r"\b(no need|don'?t|do not|won'?t|will not|not)\b(?! (become|get|fall) pregnant)", re.I
)
# Conceiving named with men: the rule for fathering a child, not for pregnancy.
MOTHER = re.compile(r"\b(women|woman|mothers?|mums?|moms?|she|her|ladies)\b", re.I)
FATHER = re.compile(r"\b(men|man|fathers?|fathering|dads?|husbands?|boyfriends?)\b", re.I)


def rule_pregnancy(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """Safety in pregnancy or breastfeeding is judged on the recorded contraindications."""
    factors = {f for f, words in PREGNANCY_WORDS if words.search(claim.sentence)} or {
        f for f, _ in PREGNANCY_WORDS
    }
    # "for men and women: safe while pregnant" is about the women
    if (
        "pregnant_or_planning" in factors
        and FATHER.search(claim.sentence)
        and not MOTHER.search(claim.sentence)
    ):
        factors = (factors - {"pregnant_or_planning"}) | {"fathering_a_child"}
    warning = bool(WARNING.search(claim.wording)) and not NO_NEED.search(claim.wording)
    for e, t in treatments(claim, kb):
        named = [c for c in t.contraindications if factors & {str(a) for a in c.applies_to}]
        # the strictest recorded rule for the state the claim names
        c = next((c for c in named if c.level == "avoid"), named[0] if named else None)
        if c is not None and warning:
            return judged(Verdict.SUPPORTED, c.text, c.sources, e.slug)
        if c is not None:
            verdict = Verdict.FALSE if c.level == "avoid" else Verdict.MISLEADING
            return judged(verdict, c.text, c.sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no recorded evidence on safety in pregnancy or "
        "breastfeeding; absence of data is not proof of safety.",
        (),
        main_slug(claim),
    )


# "Labelled for adults only": a restriction, which a recorded rule to avoid or take care backs.
RESTRICTED = re.compile(r"\badults\b", re.I)
BANNED = re.compile(BAN, re.I)


def rule_safe_for_group(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """Safe for a group ("for men too"): judged on the contraindications for that group. A ban
    ("should steer clear of it") holds where the record says to avoid it, and overstates a
    caution; a ban naming no group we know is not checked."""
    named = {factor for factor, words in GROUPS if words.search(claim.sentence)}
    everyone = bool(EVERYONE.search(claim.sentence))
    restricted = bool(RESTRICTED.search(claim.wording))
    banned = bool(BANNED.match(claim.wording))
    if banned and not named:
        return None
    levels = [("avoid", Verdict.SUPPORTED), ("caution", Verdict.MISLEADING)] if banned else []
    for level, verdict in levels or [("avoid", Verdict.FALSE), ("caution", Verdict.MISLEADING)]:
        verdict = Verdict.SUPPORTED if restricted else verdict
        for e, t in treatments(claim, kb):
            for c in t.contraindications:
                if c.level == level and (everyone or named & {str(a) for a in c.applies_to}):
                    return judged(verdict, c.text, c.sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no recorded evidence on its safety for this group; absence of data is not proof of safety.",
        (),
        main_slug(claim),
    )


ALL_KINDS = re.compile(r"\b(every|all|any) (single )?(types?|kinds?|forms?|causes?) of\b", re.I)


def _every_kind(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Works on every type of hair loss": false when some kinds have no good evidence for it."""
    for e, t in treatments(claim, kb):
        good = [c for c in kb.conditions if t.grade_for(c) in GOOD]
        others = [kb.conditions[c].name for c in kb.conditions if c not in good]
        if others:
            helped = ", ".join(kb.conditions[c].name for c in good) or "no kind of hair loss"
            sources = [s for ev in t.evidence for s in ev.sources][:3]
            text = f"Good evidence only for {helped}; not for {', '.join(others)}."
            return judged(Verdict.FALSE, text, sources, e.slug)
    return None


def rule_suits_everyone(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """Suitable for all skin types: false when its labelled users are limited."""
    if ALL_KINDS.search(claim.sentence):
        every = _every_kind(claim, kb)
        if every:
            return every
    for e, t in treatments(claim, kb):
        facts = [(u.text, u.sources) for u in t.usage]
        facts += [(c.text, c.sources) for c in t.contraindications]
        facts += [(r.text, r.sources) for r in t.regulatory]
        for text, sources in facts:
            if TYPES.search(text):
                return judged(
                    Verdict.FALSE, f"Labelled for some users only: {text}", sources, e.slug
                )
        # "good candidates have enough donor hair": a record of who it suits, which is not all
        facts += [(ev.summary, ev.sources) for ev in t.evidence]
        for text, sources in facts:
            for sentence in SENTENCE.split(text):
                if CANDIDATES.search(sentence):
                    said = f"It suits only some people: {sentence}"
                    return judged(Verdict.MISLEADING, said, sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no record of who it suits; a claim that it suits everyone needs evidence.",
        (),
        main_slug(claim),
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
