"""Rules for promises about proof and results: clinically proven, doctor recommended, N%
success, cures, lasting results (guarantees: guarantees.py). Judged on the grade and figures
recorded, and on the recorded fact that gains are lost when a treatment is stopped."""

from __future__ import annotations

import re
from functools import lru_cache

from anagen.claims.comparative import delivery_verdict
from anagen.claims.efficacy import rule_efficacy
from anagen.claims.evidence import conditions_in, first_sentence
from anagen.claims.figures import (
    SMALL_SOURCE,
    claimed_counts,
    claimed_percentages,
    largest_count,
    matching,
    matching_count,
    whole_range_recorded,
)
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
from anagen.claims.promise_wording import NO_MEDICINE_AFTER
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Fact, Treatment
from anagen.knowledge.vocab import Grade, RegulatoryStatus

_WITHIN = r"(?:[^.]|\.\d){0,%d}"  # inside one sentence; "8.5 weeks" does not end it
STOP_LOSS = re.compile(
    rf"\b(if|when|after|once) (you )?(stop\w*|quit\w*)\b{_WITHIN % 80}\b(lost|lose|return\w*|come back|"
    rf"falls? out|starts? again|reverse\w*)\b|\b(lost|return\w*|reverse\w*)\b{_WITHIN % 40}\bafter stopping\b",
    re.I,
)
# Moved hair keeps growing where it is placed, while the hair around it does not: a transplant's
# result is lasting in part, which makes "permanent" misleading rather than false.
MOVED_HAIR_LASTS = re.compile(r"\bdonor dominance\b", re.I)
CURE = re.compile(r"\bcur(e|es|ed|ing)\b", re.I)
UNKNOWN_AFTER = re.compile(r"\b(unknown|not known) how long\b", re.I)
FOR_GOOD = re.compile(r"\b(for good|forever|permanent(ly)?|for life)\b", re.I)
INFECTION = re.compile(r"\b(ringworm|tinea|infection|clear)", re.I)
SURVEY = re.compile(
    r"\b(of|our) (users|customers|buyers|reviewers|clients)\b[^.]{0,40}\b(saw|reported|noticed|said|"
    r"agreed|felt|rated|loved)\b",
    re.I,
)
# "In a clinical study, 92% of users...": a trial is claimed, so it is judged as one
STUDY_WORDS = re.compile(r"\b(clinical|trials?|study|studies|studied)\b", re.I)
# A ranking, or a count of endorsing experts ("9 out of 10 dermatologists"): a survey we
# would need to see, which a good grade does not stand in for.
RANKING = re.compile(
    r"#\s*1|number one|most recommended|"
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ -](out[ -]of|in)[ -](\d+|five|ten)\b"
    r"(?= (doctors|dermatologists|physicians|trichologists|pharmacists|experts|specialists|surgeons))|"
    r"\b\d{1,3}\s*% of (doctors|dermatologists|physicians|trichologists|pharmacists|experts)",
    re.I,
)
SAFE_AND_EFFECTIVE = re.compile(r"\bsafe and effective\b", re.I)
LAB = re.compile(r"\blab(oratory)?[- ](proven|tested)\b", re.I)
APPROVED = (RegulatoryStatus.APPROVED_RX, RegulatoryStatus.APPROVED_OTC)


def rule_clinically_proven(claim: Claim, kb: KnowledgeBase) -> Judgement:
    delivery = delivery_verdict(claim, kb)
    if delivery is not None:
        return delivery
    found = graded(claim, kb)
    if found is None:
        if not claim.entities:
            return no_entity()
        return judged(
            Verdict.UNSUPPORTED, "We found no trial of this in people.", (), main_slug(claim)
        )
    e, g = found
    text = f"Grade {g.grade}: {first_sentence(g.evidence.summary)}"
    if g.grade is Grade.X:
        return judged(Verdict.FALSE, text, g.evidence.sources, e.slug)
    if PLACEBO_CLAIMED.search(claim.sentence):
        # "backed by placebo-controlled trials": false where the record says there are none,
        # or that one found no benefit
        denial = NO_PLACEBO_TRIAL.search(g.evidence.summary)
        if denial:
            text = f"The placebo-controlled evidence says otherwise: {g.evidence.summary}"
            return judged(Verdict.FALSE, text, g.evidence.sources, e.slug)
    if g.grade not in GOOD or LAB.search(claim.sentence):
        return judged(
            Verdict.MISLEADING,
            f"'Proven' suggests strong trials in people, but the evidence is weak. {text}",
            g.evidence.sources,
            e.slug,
        )
    # the FDA's standard for an approval; any region the sentence names counts too
    approved = any(
        r.status in APPROVED and (r.region == "US" or r.region in claim.sentence)
        for r in g.treatment.regulatory
    )
    if SAFE_AND_EFFECTIVE.search(claim.sentence) and not approved:
        return judged(
            Verdict.MISLEADING,
            f"'Safe and effective' is what a regulator's approval certifies, and {g.treatment.name} has none. {text}",
            g.evidence.sources,
            e.slug,
        )
    return judged(Verdict.SUPPORTED, text, g.evidence.sources, e.slug)


def rule_doctor(claim: Claim, kb: KnowledgeBase) -> Judgement:
    found = graded(claim, kb)
    good = found is not None and found[1].grade in GOOD
    if RANKING.search(claim.sentence) and good:
        return judged(
            Verdict.UNSUPPORTED,
            "We found no survey or guideline behind this ranking.",
            (),
            main_slug(claim),
        )
    if found is None:
        return judged(
            Verdict.MISLEADING,
            "An endorsement is not evidence, and we found no guideline or trial that backs this one.",
            (),
            main_slug(claim),
        )
    e, g = found
    text = f"Grade {g.grade}: {first_sentence(g.evidence.summary)}"
    if good:
        return judged(Verdict.SUPPORTED, text, g.evidence.sources, e.slug)
    return judged(
        Verdict.MISLEADING,
        f"An endorsement cannot stand in for weak evidence. {text}",
        g.evidence.sources,
        e.slug,
    )


PLACEBO_CLAIMED = re.compile(r"\b(placebo|sham|double-blind)\b", re.I)
NO_PLACEBO_TRIAL = re.compile(
    r"\bno (good |large |proper )?(placebo|sham)-controlled (trials?|studies)\b|"
    r"\b(placebo|sham)-controlled (trial|study)\b[^.]{0,60}\b(found|showed) no\b",
    re.I,
)
# A figure given with its limit: "only 38%", or beside the placebo or comparator result.
FAIRLY_QUOTED = re.compile(
    rf"{SMALL_SOURCE}|"
    r"\b(only|just|no more than|at most)\s+(about |around )?\d|"
    r"\b(versus|vs\.?|against|compared (with|to))\b[^.]{0,40}\b(placebo|sham|\d{1,3}(\.\d+)?\s*%)",
    re.I,
)


def _recorded_figure(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """A rate that is a recorded trial figure: supported on good evidence, else misleading."""
    found = graded(claim, kb)
    for e, t in treatments(claim, kb):
        count = matching_count(t, claim.sentence)
        if count:
            good = found is not None and found[1].grade in GOOD
            text = count[0] if good else f"A real figure, but from weak evidence: {count[0]}"
            return judged(Verdict.SUPPORTED if good else Verdict.MISLEADING, text, count[1], e.slug)
        fig = matching(t.slug, claim.sentence, kb)
        if fig:
            if found and found[1].grade in GOOD:
                return judged(Verdict.SUPPORTED, fig.text, fig.sources, e.slug)
            if FAIRLY_QUOTED.search(claim.sentence) or whole_range_recorded(
                t.slug, claim.sentence, kb
            ):
                # "helped only 38%", "40% against 10% on placebo", "between 85% and 93%": the
                # figure is quoted with what limits it, the honest way to give weak evidence
                text = f"Quoted fairly, from weak evidence: {fig.text}"
                return judged(Verdict.SUPPORTED, text, fig.sources, e.slug)
            text = f"A real figure, but from weak evidence: {fig.text}"
            return judged(Verdict.MISLEADING, text, fig.sources, e.slug)
    return None


def rule_figure(claim: Claim, kb: KnowledgeBase) -> Judgement:
    if SURVEY.search(claim.sentence) and not STUDY_WORDS.search(claim.sentence):
        return judged(
            Verdict.MISLEADING,
            "A customer survey is not a controlled trial: people who did not benefit, and what "
            "placebo would have done, are left out.",
            (),
            main_slug(claim),
        )
    on_record = _recorded_figure(claim, kb)
    if on_record:
        return on_record
    counts = claimed_counts(claim.sentence)
    for e, t in treatments(claim, kb) if counts else ():
        largest = largest_count(t)
        if largest and max(counts) > largest[0] * 1.5:
            text = f"Far more hair than any trial we record: {largest[1]}"
            return judged(Verdict.FALSE, text, largest[2], e.slug)
    found = graded(claim, kb)
    if found is None:
        return judged(
            Verdict.UNSUPPORTED,
            "We found no published trial figure matching this percentage; a success rate "
            "without its study means little.",
            (),
            main_slug(claim),
        )
    e, g = found
    summary = first_sentence(g.evidence.summary)
    numbers = [value for value, _ in claimed_percentages(claim.sentence)]
    if numbers and max(numbers) >= 90:
        text = f"No trial we record shows anything near this; grade {g.grade}: {summary}"
        return judged(Verdict.FALSE, text, g.evidence.sources, e.slug)
    verdict = Verdict.UNSUPPORTED if g.grade in GOOD else Verdict.MISLEADING
    text = f"No trial figure we record matches this; grade {g.grade}: {summary}"
    return judged(verdict, text, g.evidence.sources, e.slug)


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
    return _best_stop_loss(kb, conditions_in(claim.sentence))


# Which hair a transplant claim is about: the moved hairs, or the person's own hair around them.
MOVED_HAIR = re.compile(
    r"\b(transplanted|moved|implanted|grafted) (hairs?|follicles?|grafts?)\b|\bgrafts?\b|"
    r"\bdonor (hairs?|follicles?)\b",
    re.I,
)
# "a one-and-done fix", "you'll never need a second procedure", against a record that says
# some people need another session
NO_REPEAT = re.compile(
    r"\bone[- ]and[- ]done\b|\bnever need (a |another )?(second|another|more|further|repeat)\b",
    re.I,
)
ANOTHER_SESSION = re.compile(r"\b(another|second|further|more) (session|procedure|surgery)", re.I)
NATIVE_HAIR = re.compile(
    r"\b(native|remaining|surrounding|existing|own|other|rest of (your|the)) hair\b[^.]{0,40}"
    r"\b(protected|safe|stops?|won'?t (thin|fall|shed)|no longer)\b|"
    r"\b(protect|preserv|save|shield)\w*\b[^.]{0,15}\b((native|remaining|surrounding|existing|"
    r"rest of (your|the)) hair|hair around)\b",
    re.I,
)
NO_MEDICINE = re.compile(NO_MEDICINE_AFTER, re.I)


def _moved_hair(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """A transplant moves hairs that keep growing, but the hair around them can go on thinning:
    a claim about the moved hairs is true, one about the rest of the hair false, a cure false
    and a plain 'permanent results' only partly true."""
    for e, t in treatments(claim, kb):
        fact = next((f for f in t.usage if MOVED_HAIR_LASTS.search(f.text)), None)
        if fact is None:
            continue
        if (
            CURE.search(claim.sentence)
            or NATIVE_HAIR.search(claim.sentence)
            or (NO_REPEAT.search(claim.sentence) and ANOTHER_SESSION.search(fact.text))
        ):
            return judged(
                Verdict.FALSE, f"Not for the rest of the hair: {fact.text}", fact.sources, e.slug
            )
        if NO_MEDICINE.search(claim.sentence):  # implies, without saying, the rest is kept
            return judged(
                Verdict.MISLEADING,
                f"Only the moved hair lasts; the rest can go on thinning: {fact.text}",
                fact.sources,
                e.slug,
            )
        if MOVED_HAIR.search(claim.sentence):
            return judged(Verdict.SUPPORTED, fact.text, fact.sources, e.slug)
        return judged(Verdict.MISLEADING, f"Only in part: {fact.text}", fact.sources, e.slug)
    return None


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


def rule_lasting(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """Results that last after stopping; NEEDS_ONGOING_USE is the same fact from the other side."""
    moved = _moved_hair(claim, kb)
    if moved:
        return moved
    for e, t in treatments(claim, kb):
        fact = _stop_loss(t, kb)
        if fact:
            verdict = Verdict.SUPPORTED if claim.kind is Kind.NEEDS_ONGOING_USE else Verdict.FALSE
            return judged(verdict, fact.text, fact.sources, e.slug)
        unknown = next((f for f in t.usage if UNKNOWN_AFTER.search(f.text)), None)
        if unknown:
            return judged(Verdict.UNSUPPORTED, unknown.text, unknown.sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no record of what happens when it is stopped.",
        (),
        main_slug(claim),
    )
