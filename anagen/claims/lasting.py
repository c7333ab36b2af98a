"""Rules for promises that results last: a cure, results that stay after stopping, or the
need to keep using a treatment. Judged on the recorded fact that gains are lost when a
treatment is stopped, and on a transplant's moved hair, which lasts while the rest may not."""

from __future__ import annotations

import re
from functools import lru_cache

from anagen.claims.efficacy import rule_efficacy
from anagen.claims.entities import Entity
from anagen.claims.evidence import CONDITION_WORDS, conditions_in, first_sentence
from anagen.claims.judgement import GOOD, Claim, Judgement, graded, judged, main_slug, treatments
from anagen.claims.promise_wording import (
    NEVER_LOST,
    NO_MEDICINE_AFTER,
    NO_MORE_LOSS,
    ONE_SESSION_ENOUGH,
)
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Fact, Treatment

_WITHIN = r"(?:[^.]|\.\d){0,%d}"  # inside one sentence; "8.5 weeks" does not end it
STOP_LOSS = re.compile(
    rf"\b(if|when|after|once) (you )?(stop\w*|quit\w*)\b{_WITHIN % 80}\b(lost|lose|return\w*|come back|"
    rf"falls? out|starts? again|reverse\w*)\b|\b(lost|return\w*|reverse\w*)\b{_WITHIN % 40}\bafter stopping\b",
    re.I,
)
# A lasting result said to hold only while the treatment is used: "unless you stop using it",
# "as long as you keep applying it"
WHILE_USED = re.compile(
    r"\b(unless|until|till) (you |they |we )?(stop|quit|discontinue|give up)\w*|"
    r"\b(as long as|so long as|provided|while|if) (you |they |we )?(keep|continue|stay on|carry on)\w*\b",
    re.I,
)
# Moved hair keeps growing where it is placed, while the hair around it does not: a transplant's
# result is lasting in part, which makes "permanent" misleading rather than false.
MOVED_HAIR_LASTS = re.compile(r"\bdonor dominance\b", re.I)
CURE = re.compile(r"\bcur(e|es|ed|ing)\b", re.I)
UNKNOWN_AFTER = re.compile(r"\b(unknown|not known) how long\b", re.I)
FOR_GOOD = re.compile(
    r"\b(for good|forever|permanent(ly)?|for life)\b|"
    # "stop the pills and the hair stays": kept after stopping, which the record denies
    r"\b(stop|quit|come off|came off)\w*\b[^.]{0,40}\b(stays?|remains?|lasts?|sticks? around|keep\w*)\b",
    re.I,
)
INFECTION = re.compile(r"\b(ringworm|tinea|infection|clear)", re.I)
# A course that clears an infection, after which stopping is the plan, not a promise.
INFECTION_COURSE = re.compile(r"\b(ringworm|tinea|infections?|fung\w*)\b", re.I)
# The loss a claim naming no treatment says comes back ("or hair loss will begin again").
HAIR_LOSS = re.compile(
    r"\b(hair ?loss|alopecia|bald\w*|thinning|shedding|hair (falls?|fall|comes?) out)\b", re.I
)
# ... or the treatment itself, unnamed, in a hair-loss text ("whichever tablet you take", "ces
# deux traitements", "el tratamiento debe ser continuo", "薄毛治療"): the medicines that work
# for hair loss, which help only while used
UNNAMED_TREATMENT = re.compile(
    r"\b(treatments?|tablets?|pills?|medications?|medicines?|Behandlung\w*|Therapie\w*|"
    r"Medikament\w*|traitements?|médicaments?|tratamientos?|medicamentos?|trattament[oi]|"
    r"farmac[oi]|tedavi\w*)\b|治療",
    re.I,
)
# The evidence records that the loss often returns after treatment ("relapse after treatment is
# frequent", "about half relapsed within 1 to 3 years"): a result it gives, but not one that lasts.
RELAPSE = re.compile(r"\b(relaps\w*|recurr?\w*)\b", re.I)


@lru_cache(maxsize=256)
def _stop_loss_of(kb: KnowledgeBase, slug: str) -> Fact | None:
    t = kb.treatments[slug]
    facts = [f for f in (t.mechanism, t.time_to_effect, *t.usage) if f]
    return next((f for f in facts if STOP_LOSS.search(f.text)), None)


def _stop_loss(t: Treatment, kb: KnowledgeBase) -> Fact | None:
    return _stop_loss_of(kb, t.slug)


@lru_cache(maxsize=64)
def _best_stop_loss(kb: KnowledgeBase, conditions: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """Even the best-graded treatments for the condition work only while they are used."""
    for condition in conditions:
        for t, grade in kb.treatments_for(condition):
            fact = _stop_loss(t, kb)
            if grade == "A" and fact:
                return fact.text, tuple(fact.sources)
    return "", ()


def lost_when_stopped(claim: Claim, kb: KnowledgeBase) -> tuple[str, tuple[str, ...]]:
    """The subject's own "lost when you stop" fact, else that of the best-graded treatments."""
    for _, t in treatments(claim, kb):
        fact = _stop_loss(t, kb)
        if fact:
            return fact.text, tuple(fact.sources)
    return _best_stop_loss(kb, conditions_in(claim.sentence, kb))


# Which hair a transplant claim is about: the moved hairs, or the person's own hair around them.
MOVED_HAIR = re.compile(
    r"\b(transplanted|moved|implanted|grafted) (hairs?|follicles?|grafts?)\b|\bgrafts?\b|"
    r"\bdonor (hairs?|follicles?)\b",
    re.I,
)
# "a one-and-done fix", "you'll never need a second procedure", "enough for life", against a
# record that says some people need another session: denied outright (false); said only as
# what suffices ("one session is all you'll ever need"), it holds for many, not all (misleading)
NEVER_REPEAT = re.compile(
    r"\bone[- ]and[- ]done\b|\bnever need (a |another )?(second|another|more|further|repeat)\b|"
    r"\benough (for (life|good)|forever)\b",
    re.I,
)
ONE_ENOUGH = re.compile(ONE_SESSION_ENOUGH, re.I)
ANOTHER_SESSION = re.compile(r"\b(another|second|further|more) (session|procedure|surgery)", re.I)
NATIVE_HAIR = re.compile(
    r"\b(native|remaining|surrounding|existing|own|other|rest of (your|the)) hair\b[^.]{0,40}"
    r"\b(protected|safe|stops?|won'?t (thin|fall|shed)|no longer)\b|"
    r"\b(protect|preserv|save|shield)\w*\b[^.]{0,15}\b((native|remaining|surrounding|existing|"
    r"rest of (your|the)) hair|hair around)\b",
    re.I,
)
# No medicine needed after it, or no hair loss ever again: said of all the hair, so it implies,
# without saying, that the hair around the moved hair is kept too.
NO_MEDICINE = re.compile(f"{NO_MEDICINE_AFTER}|{NO_MORE_LOSS}", re.I)
# Moved hairs said never to be lost (not "permanent", which the record's "for years" bears out)
NEVER = re.compile(rf"{NEVER_LOST}|\b(forever|for life|a lifetime|life-?long|immune)\b", re.I)


def _moving_hair(claim: Claim, kb: KnowledgeBase) -> list[tuple[Entity, Treatment]]:
    """A claim naming no treatment but "transplanted follicles": the treatments recorded to
    move hair."""
    if claim.entities or not MOVED_HAIR.search(claim.sentence):
        return []
    return [
        (Entity("treatment", t.slug, t.name), t)
        for t in kb.treatments.values()
        if any(MOVED_HAIR_LASTS.search(f.text) for f in t.usage)
    ]


def _moved_hair(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """A transplant moves hairs that keep growing, but the hair around them can go on thinning:
    a claim about the moved hairs is true, one about the rest of the hair false, a cure false
    and a plain 'permanent results' only partly true."""
    for e, t in treatments(claim, kb) or _moving_hair(claim, kb):
        fact = next((f for f in t.usage if MOVED_HAIR_LASTS.search(f.text)), None)
        if fact is None:
            continue
        again = ANOTHER_SESSION.search(fact.text)
        if (
            CURE.search(claim.sentence)
            or NATIVE_HAIR.search(claim.sentence)
            or (again and NEVER_REPEAT.search(claim.sentence))
        ):
            return judged(
                Verdict.FALSE, f"Not for the rest of the hair: {fact.text}", fact.sources, e.slug
            )
        if again and ONE_ENOUGH.search(claim.sentence):
            # true for many, not for all: some later need another session
            text = f"Not for everyone: {fact.text}"
            return judged(Verdict.MISLEADING, text, fact.sources, e.slug)
        if NO_MEDICINE.search(claim.sentence):  # implies, without saying, the rest is kept
            return judged(
                Verdict.MISLEADING,
                f"Only the moved hair lasts; the rest can go on thinning: {fact.text}",
                fact.sources,
                e.slug,
            )
        if MOVED_HAIR.search(claim.sentence):
            if NEVER.search(claim.sentence):
                # "for years" is not "never lost": grafts do not all take, nor last for sure
                text = f"For years, not surely for good: {fact.text}"
                return judged(Verdict.MISLEADING, text, fact.sources, e.slug)
            return judged(Verdict.SUPPORTED, fact.text, fact.sources, e.slug)
        return judged(Verdict.MISLEADING, f"Only in part: {fact.text}", fact.sources, e.slug)
    return None


# "they basically cure it", "amount to a cure": an overstatement, not a plain claim of a cure
SOFTENED = re.compile(
    r"\b(basically|practically|virtually|almost|nearly|pretty much|amounts? to|as good as|kind of|sort of)\b",
    re.I,
)


def rule_cures(claim: Claim, kb: KnowledgeBase) -> Judgement:
    if INFECTION.search(claim.sentence):
        return rule_efficacy(claim, kb)
    moved = _moved_hair(claim, kb)
    if moved:
        return moved
    _, sources = lost_when_stopped(claim, kb)
    for e, t in treatments(claim, kb):
        if t.category == "supportive":
            return judged(
                Verdict.MISLEADING,
                f"It hides hair loss; it does not treat it. {t.summary}",
                t.mechanism.sources if t.mechanism else (),
                e.slug,
            )
    weak = graded(claim, kb)
    softened = claim.hedged or SOFTENED.search(claim.sentence)
    if weak is not None and weak[1].grade not in GOOD and not softened:
        # "PRP is a treatment to cure hair loss": not even shown to work reliably
        e, g = weak
        text = f"Not even shown to work reliably (grade {g.grade}), let alone to cure: {first_sentence(g.evidence.summary)}"
        return judged(Verdict.FALSE, text, g.evidence.sources, e.slug)
    if FOR_GOOD.search(claim.sentence):
        return judged(
            Verdict.FALSE,
            "No treatment cures pattern hair loss or alopecia areata for good: approved "
            "medicines help only while they are used.",
            sources,
            main_slug(claim),
        )
    return judged(
        Verdict.MISLEADING,
        "No treatment cures pattern hair loss or alopecia areata: even approved medicines help only while they are used.",
        sources,
        main_slug(claim),
    )


def rule_lasting(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """Results that last after stopping; NEEDS_ONGOING_USE is the same fact from the other side."""
    moved = _moved_hair(claim, kb)
    if moved:
        return moved
    for e, t in treatments(claim, kb):
        fact = _stop_loss(t, kb)
        if fact and claim.kind is Kind.LASTING_RESULTS and WHILE_USED.search(claim.sentence):
            # "permanent, unless you stop using it": the caveat is the record's own, but the
            # word "permanent" sells an effect that lasts only while it is used as lasting
            text = f"Only while it is used: {fact.text}"
            return judged(Verdict.MISLEADING, text, fact.sources, e.slug)
        if fact:
            verdict = Verdict.SUPPORTED if claim.kind is Kind.NEEDS_ONGOING_USE else Verdict.FALSE
            return judged(verdict, fact.text, fact.sources, e.slug)
        relapse = _relapse(t, claim)
        if relapse:
            return judged(Verdict.MISLEADING, *relapse, e.slug)
        unknown = next((f for f in t.usage if UNKNOWN_AFTER.search(f.text)), None)
        if unknown:
            return judged(Verdict.UNSUPPORTED, unknown.text, unknown.sources, e.slug)
    if INFECTION_COURSE.search(claim.sentence):
        return None  # "stop the tablets after four weeks": an infection's course, which ends
    if (
        claim.kind is Kind.NEEDS_ONGOING_USE
        and not claim.entities
        and (HAIR_LOSS.search(claim.sentence) or UNNAMED_TREATMENT.search(claim.sentence))
    ):
        # "Continued use is necessary or hair loss will begin again", naming no treatment: true
        # of the treatments that work for the condition, which help only while used
        text, sources = _best_stop_loss(kb, conditions_in(claim.sentence, kb))
        if text:
            text = f"True of the treatments shown to work for it: {text}"
            return judged(Verdict.SUPPORTED, text, sources)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no record of what happens when it is stopped.",
        (),
        main_slug(claim),
    )


def _relapse(t: Treatment, claim: Claim) -> tuple[str, tuple[str, ...]] | None:
    """The recorded relapse after treatment, in the evidence for the condition the claim names
    (any condition when it names none)."""
    named = set(CONDITION_WORDS.matching(claim.sentence))
    for ev in t.evidence:
        if named and ev.condition not in named:
            continue
        for text, sources in (
            (ev.summary, ev.sources),
            *((f"{f.measure}: {f.value}", f.sources) for f in ev.figures),
        ):
            if RELAPSE.search(text):
                return f"Recorded for {t.name}: {text}", tuple(sources)
    return None
