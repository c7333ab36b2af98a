"""Rules for promises about proof and results: clinically proven, doctor recommended, N%
success, cures, lasting results (guarantees: guarantees.py). Judged on the grade and figures
recorded, and on the recorded fact that gains are lost when a treatment is stopped."""

from __future__ import annotations

import re

from anagen.claims.blend_figures import blend_figure
from anagen.claims.comparative import delivery_verdict
from anagen.claims.efficacy import fewer_than_claimed
from anagen.claims.evidence import (
    DEFAULT_CONDITIONS,
    best_grade,
    conditions_in,
    first_sentence,
    treatments_of,
)
from anagen.claims.evidence_denial import TRIALLED
from anagen.claims.figures import (
    SMALL_SOURCE,
    claimed_counts,
    claimed_percentages,
    evidence_rates,
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
from anagen.claims.name_index import entity_index
from anagen.claims.promise_wording import LACKING_EVIDENCE, NO_EVIDENCE_AT_ALL, SINGLE_STUDY
from anagen.claims.regulatory import MINORS
from anagen.claims.sole_proof import sole_proof
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Grade, RegulatoryStatus

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
SAFE_AND_EFFECTIVE = re.compile(
    r"\b(safe and effective|effective and safe|safe as well as effective|effective as well as safe)\b",
    re.I,
)
# evidence said to settle it: more than one good trial (B) gives
CONCLUSIVE = re.compile(
    r"\b(conclusive|definitive|overwhelming|irrefutable|undeniable|indisputable)\b[^.;]{0,30}\bevidence\b",
    re.I,
)
LAB = re.compile(r"\blab(oratory)?[- ](proven|tested)\b", re.I)
# "Trials have given mixed results": a claim that the evidence is weak, not that it is proven.
MIXED = re.compile(r"\b(mixed|conflicting|inconsistent|contradictory)\b", re.I)
# "There isn't enough evidence to rate it": weak evidence said, or none showing it works
LACKING = re.compile(LACKING_EVIDENCE, re.I)
NO_EVIDENCE = re.compile(NO_EVIDENCE_AT_ALL, re.I)
APPROVED = (RegulatoryStatus.APPROVED_RX, RegulatoryStatus.APPROVED_OTC)
SINGLE_STUDY_IN = re.compile(SINGLE_STUDY, re.I)


def rule_clinically_proven(claim: Claim, kb: KnowledgeBase) -> Judgement:
    delivery = delivery_verdict(claim, kb)
    if delivery is not None:
        return delivery
    found = graded(claim, kb)
    if found is None:
        if not claim.entities:
            return no_entity()
        return proven_elsewhere(claim, kb) or judged(
            Verdict.UNSUPPORTED, "We found no trial of this in people.", (), main_slug(claim)
        )
    e, g = found
    text = f"Grade {g.grade}: {first_sentence(g.evidence.summary)}"
    if MIXED.search(claim.wording):
        # weak evidence (C, D) is what "mixed" says; strong evidence or a clear failure is not
        verdict = Verdict.SUPPORTED if g.grade in (Grade.C, Grade.D) else Verdict.MISLEADING
        return judged(verdict, text, g.evidence.sources, e.slug)
    if LACKING.search(claim.wording):
        # true of weak evidence and of trials that found nothing (C, D, X); one good trial
        # (B) is more than "not enough", and strong evidence (A) says otherwise; "no evidence"
        # at all is false of any trial on file
        verdict = {Grade.A: Verdict.FALSE, Grade.B: Verdict.MISLEADING}.get(
            g.grade, Verdict.SUPPORTED
        )
        if g.grade in TRIALLED and NO_EVIDENCE.search(claim.wording):
            verdict = Verdict.FALSE
        return judged(verdict, text, g.evidence.sources, e.slug)
    if g.grade is Grade.X:
        if SINGLE_STUDY_IN.search(claim.wording):
            # one study's finding, which the rest of the evidence outweighs
            text = f"One study is not the evidence as a whole. {text}"
            return judged(Verdict.MISLEADING, text, g.evidence.sources, e.slug)
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
    if g.grade is not Grade.A and CONCLUSIVE.search(claim.sentence):
        return judged(
            Verdict.MISLEADING,
            f"'Conclusive' evidence is more than grade {g.grade} gives. {text}",
            g.evidence.sources,
            e.slug,
        )
    # the FDA's standard for an approval; any region the sentence names counts too
    approved = any(
        r.status in APPROVED and (r.region == "US" or r.region in claim.sentence)
        for r in g.treatment.regulatory
    )
    if sole := sole_proof(claim, kb):
        return sole  # proven, but not "the only" treatment that is
    if SAFE_AND_EFFECTIVE.search(claim.sentence) and not approved:
        return judged(
            Verdict.MISLEADING,
            f"'Safe and effective' is what a regulator's approval certifies, and {g.treatment.name} has none. {text}",
            g.evidence.sources,
            e.slug,
        )
    return judged(Verdict.SUPPORTED, text, g.evidence.sources, e.slug)


def proven_elsewhere(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Clinically proven to regrow hair after childbirth" for a medicine proven for pattern
    hair loss only: its proof borrowed for a condition it has no trial in."""
    if conditions_in(claim.sentence, kb) == DEFAULT_CONDITIONS:
        return None
    for e in claim.entities:
        g = best_grade(treatments_of(e, claim.sentence, kb), DEFAULT_CONDITIONS)
        if g is not None and g.grade in GOOD:
            where = g.evidence.condition.replace("-", " ")
            text = (
                f"The trials are for {where}, not for the condition named here "
                f"(grade {g.grade}): {first_sentence(g.evidence.summary)}"
            )
            return judged(Verdict.MISLEADING, text, g.evidence.sources, e.slug)
    return None


# "A first-line option": where a guideline puts it, which the record may state in so many words.
FIRST_LINE = re.compile(r"\bfirst[- ](line|choice)\b", re.I)
ADULTS = re.compile(r"\badults?\b", re.I)


def _first_line_recorded(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    if not FIRST_LINE.search(claim.wording):
        return None
    for e, t in treatments(claim, kb):
        facts = [*t.contraindications, *t.comparisons, *t.usage, *t.disagreements]
        fact = next((f for f in facts if FIRST_LINE.search(f.text)), None)
        if fact is None:
            continue
        # first-line for adults is not first-line for a child
        adults_only = ADULTS.search(fact.text) and not ADULTS.search(claim.sentence)
        if adults_only and MINORS.search(claim.sentence):
            return judged(Verdict.MISLEADING, f"For adults: {fact.text}", fact.sources, e.slug)
        return judged(Verdict.SUPPORTED, fact.text, fact.sources, e.slug)
    return None


def rule_doctor(claim: Claim, kb: KnowledgeBase) -> Judgement:
    recorded = _first_line_recorded(claim, kb)
    if recorded is not None:
        return recorded
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
CITED_STUDY = re.compile(
    rf"{SMALL_SOURCE}|\bpublished in\b|\bjournal of\b|\b(a|one|the) (recent )?(letter|paper|(clinical )?review study)\b",
    re.I,
)
# what a figure is set beside: "40% against 10% on placebo"
BESIDE = r"\b(versus|vs\.?|against|compared (with|to))\b[^.]{0,40}\b"
# A figure given with its limit: "only 38%", or beside the placebo or comparator result.
FAIRLY_QUOTED = re.compile(
    rf"{SMALL_SOURCE}|"
    r"\b(only|just|no more than|at most)\s+(about |around )?\d|"
    rf"{BESIDE}(placebo|sham|dummy|vehicle|\d{{1,3}}(\.\d+)?\s*%)|"
    # the weak design named with it: "observational studies found ...", "in a case series"
    r"\b(observational|uncontrolled|retrospective) (studies|study|data|research|reports?)\b|"
    r"\b(case series|chart reviews?|no control group)\b",
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
            if _alone_for_a_mix(claim.sentence, fig.text) and not PLACEBO_BESIDE.search(
                claim.sentence
            ):
                # (beside its placebo result the figure is quoted the honest way, which the
                # first blind set graded supported and two later ones misleading: left as it was)
                text = f"The figure is for a product with more in it: {fig.text}"
                return judged(Verdict.MISLEADING, text, fig.sources, e.slug)
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


# A recorded figure of a mix ("a saw palmetto plus beta-sitosterol capsule", "400 mg pumpkin seed
# oil a day plus other ingredients"), and a claim that says it has more in it
MIX_RECORDED = re.compile(
    r"\bplus (other ingredients|[\w-]+ (capsules?|tablets?|supplements?))", re.I
)
MIX_SAID = re.compile(
    r"\b(plus|combined|combination|together with|along with|blend|formula|complex|capsules?|"
    r"and other|with other)\b",
    re.I,
)


PLACEBO_BESIDE = re.compile(rf"{BESIDE}(placebo|sham|dummy|vehicle)", re.I)


def _alone_for_a_mix(sentence: str, figure: str) -> bool:
    """A figure the record gives for a mix, credited to one of its parts alone: "pumpkin seed
    oil demonstrated a 40% increase in hair count" (the trial's capsule held other things too)."""
    return MIX_RECORDED.search(figure) is not None and MIX_SAID.search(sentence) is None


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
    blend = blend_figure(claim)
    if blend:
        return blend
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
    # a share in words ("most patients had their hair back") against the recorded rates
    fewer = None if numbers else fewer_than_claimed(claim, e, g, kb)
    if fewer:
        return fewer
    # everyone is false; near-everyone is false against recorded rates or evidence of no
    # benefit, while with no rate recorded (hair counts only) nothing can be set against it
    rates = evidence_rates(g.evidence.figures, entity_index(kb).words)
    # (a rise past 100%, "as much as 400% more hair", is no share of people helped: it is
    # shown false only of a treatment shown not to work)
    top = max((n for n in numbers if n <= 100), default=0)
    rise = any(n > 100 for n in numbers)
    # (a rate a little above the recorded range, "98%" against 85-93%, is not shown false)
    beyond = bool(rates) and top > max(rates) * 1.1
    if top >= 99 or ((top >= 90 or rise) and (beyond or g.grade is Grade.X)):
        text = f"No trial we record shows anything near this; grade {g.grade}: {summary}"
        return judged(Verdict.FALSE, text, g.evidence.sources, e.slug)
    # a figure credited to a study we do not record ("a letter in the Journal of Dermatological
    # Science reported 50% of men in a small study ..."): not checkable, not shown wrong
    unrated = top >= 90 or g.grade in GOOD or bool(CITED_STUDY.search(claim.sentence))
    verdict = Verdict.UNSUPPORTED if unrated else Verdict.MISLEADING
    text = f"No trial figure we record matches this; grade {g.grade}: {summary}"
    return judged(verdict, text, g.evidence.sources, e.slug)
