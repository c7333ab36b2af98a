"""Rules for comparisons ("better than", "as good as") and delivery technologies ("nanosomes",
"delivers the drug deeper"), judged on recorded head-to-head comparisons first and on the two
treatments' grades only when none is recorded."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from anagen.claims.compared_sides import gives_up_better, named_in_wording, sides
from anagen.claims.comparisons import Compared, Outcome, compare, compare_strengths
from anagen.claims.dose_rates import compare_doses
from anagen.claims.entities import Entity
from anagen.claims.evidence import (
    best_grade,
    conditions_in,
    conditions_named,
    first_sentence,
    treatments_of,
)
from anagen.claims.figures import SMALL_SOURCE
from anagen.claims.group_compare import between_groups
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
from anagen.claims.rankings import better_graded, rule_ranked_first
from anagen.claims.unnamed_strengths import medicine_by_strengths
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Treatment
from anagen.knowledge.vocab import GRADE_ORDER, Grade
from anagen.products.ingredient_index import fold

# "better regrowth than ordinary minoxidil", "more hair than": a better result, in any words
WORKS_BETTER = re.compile(
    r"\b(works? better|better (results?|regrowth|growth|hair growth|outcomes?)|more effective|"
    r"superior|proven|stronger|faster|twice as|more (hair|regrowth)|outperform\w*|"
    # "works where ordinary minoxidil can't": succeeds where the other fails
    r"works? where\b[^.]{0,40}\b(can'?t|cannot|fails?|doesn'?t|won'?t))\b",
    re.I,
)
REVERSED = re.compile(
    # (not "no less effective than", "non-inferior to": equality as a floor, AS_GOOD_AS)
    r"(?<!\bno )(?<!\bany )(?<!\bnon-)(?<!\bnon)(?<!\bnot )\b(less effective|less powerful|weaker|worse|inferior|outperformed by|beaten by|"
    r"(isn'?t|is not|aren'?t|are not|wasn'?t|was not|not) ([\w ]+ )?as (effective|good|powerful|strong|potent)|"
    r"ranked ([\w%.-]+ ){0,4}?(below|lower|behind)|(grows?|grew|regrows?|regrew|gives?|gave) less hair|"
    # "helped fewer men than finasteride", "cleared fewer cases than": fewer people helped
    r"(cures?|cured|clears?|cleared|helps?|helped) fewer)\b",
    re.I,
)
STEADIER = re.compile(r"\bmore (consistent|reliable|predictable)\b", re.I)
PASSIVE = re.compile(r"\b(outperformed|beaten|surpassed|outranked|bettered) by\b", re.I)
SWAP = {Outcome.BETTER: Outcome.WORSE, Outcome.WORSE: Outcome.BETTER}
# "In a six-month study it grew hair as well as minoxidil": one study, named by its length,
# which is its limit when the record's comparison rests on one trial too
ONE_DATED_STUDY = re.compile(
    r"\b(in|from) a ([\w-]+[- ])?(week|month|year)s?[- ](long )?"
    r"((randomi[sz]ed|controlled|small|clinical|blinded|double-blind|open|head-to-head) )*(study|trial)\b",
    re.I,
)
ONE_STUDY = re.compile(r"\b(one|a single)\b[^.]{0,30}\b(trial|study)\b", re.I)
# the claim's own count of the studies: "there was 1 scientific study that compared ...", "a
# single small trial found", which is the limit when the record's comparison rests on one trial
COUNTED_ONE = re.compile(
    r"\b(1|one|a single|only one)( [\w-]+){0,2} (trial|study)\b(?! (of|in) (\d|many|several))", re.I
)
# one study reported as finding it: "a study from India concluded that", "one trial showed"
ONE_STUDY_FOUND = re.compile(
    r"\b(a|one|this|that)( [\w-]+){0,3}? (study|trial)\b[^.;]{0,40}\b(found|concluded|showed|"
    r"reported|demonstrated|suggested)\b",
    re.I,
)
# evidence claimed for it: "a study found", "proven to work as well as", "backed by science"
TESTED = re.compile(
    r"\b(tested|trials?|study|studies|studied|clinically|proven|shown|science\w*|scientific\w*|"
    r"research\w*|backed by)\b",
    re.I,
)
NUMBERS = re.compile(r"(\d+(?:\.\d+)?)\s*(times|fold|%)", re.I)


def recorded(claim: Claim, kb: KnowledgeBase) -> tuple[Treatment, Compared] | None:
    mine, theirs = sides(claim, kb)
    for a in mine:
        for b in theirs:
            found = compare(a, b, claim.sentence, kb, claim.wording)
            if found:
                return a, found
    return None


def _on_record(claim: Claim, a: Treatment, c: Compared, kb: KnowledgeBase) -> Judgement:
    slug = main_slug(claim)
    # "less effective than", "was outperformed by": the claim is that B is better
    if REVERSED.search(claim.wording) or PASSIVE.search(claim.sentence):
        c = replace(c, outcome=SWAP.get(c.outcome, c.outcome))
        if c.outcome is not Outcome.BETTER:
            return judged(
                Verdict.FALSE, f"The recorded comparison says otherwise: {c.text}", c.sources, slug
            )
    if claim.kind is Kind.BETTER_THAN:
        if c.outcome is not Outcome.BETTER and STEADIER.search(claim.wording):
            # "more consistent results": how evenly it works, which a record of how much it
            # works neither shows nor rules out
            text = f"The record compares how much it works, not how evenly: {c.text}"
            return judged(Verdict.UNSUPPORTED, text, c.sources, slug)
        if c.outcome is Outcome.BETTER:
            verdict = Verdict.MISLEADING if c.caveat else Verdict.SUPPORTED
            return judged(verdict, f"Recorded, with its limits: {c.text}", c.sources, slug)
        if c.outcome is Outcome.NOT_WORSE:
            return judged(
                Verdict.MISLEADING, f"It was shown only not to be worse: {c.text}", c.sources, slug
            )
        if ONE_STUDY_FOUND.search(claim.sentence):
            # "a study from India concluded it beat minoxidil": one study's result, told
            # without the wider evidence that ranks it the other way
            text = f"One study's result, against the wider evidence: {c.text}"
            return judged(Verdict.MISLEADING, text, c.sources, slug)
        return judged(
            Verdict.FALSE, f"The recorded comparison says otherwise: {c.text}", c.sources, slug
        )
    if c.outcome is Outcome.WORSE:
        return judged(
            Verdict.FALSE, f"The recorded comparison says otherwise: {c.text}", c.sources, slug
        )
    g = best_grade([a], conditions_in(claim.sentence, kb))
    if c.outcome is Outcome.BETTER or (g and g.grade in GOOD and not c.caveat):
        return judged(Verdict.SUPPORTED, c.text, c.sources, slug)
    gives_up = gives_up_better(claim, kb)
    if gives_up is not None:
        return gives_up
    if re.search(SMALL_SOURCE, claim.sentence, re.I) or (
        (ONE_DATED_STUDY.search(claim.sentence) or COUNTED_ONE.search(claim.sentence))
        and ONE_STUDY.search(c.text)
    ):
        # "in one small study it grew hair about as well as minoxidil": the limit is given
        return judged(Verdict.SUPPORTED, f"Quoted with its limit: {c.text}", c.sources, slug)
    if TESTED.search(claim.sentence):
        # "a study found it matched minoxidil": true of that study, which is too weak to bear it
        text = f"A trial found this, but it is weak evidence: {c.text}"
        return judged(Verdict.MISLEADING, text, c.sources, slug)
    return judged(
        Verdict.UNSUPPORTED, f"Only weak evidence backs the comparison: {c.text}", c.sources, slug
    )


# a disagreement over which of two works better: "analyses rank the two differently"
RANKS_APART = re.compile(
    r"\b(rank\w*|placed|above|below|(larger|smaller|bigger) gain|better|worse|more effective|"
    r"less effective)\b",
    re.I,
)


def _disputed(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """ "Minoxidil isn't as effective as finasteride": which of the two works better, where
    the record of either holds a disagreement that ranks them (naming the other's active
    ingredient), is one side of an open question stated as settled."""
    if claim.kind is not Kind.BETTER_THAN:
        return None
    mine, theirs = sides(claim, kb)
    pairs = [(a, b) for a in mine for b in theirs] + [(b, a) for a in mine for b in theirs]
    for t, other in pairs:
        names = [
            kb.ingredients[i].name.lower()
            for i in other.ingredients
            if i in kb.ingredients and i not in t.ingredients
        ]
        for d in t.disagreements:
            said = d.text.lower()
            if RANKS_APART.search(said) and any(n in said for n in names):
                text = f"The record holds a disagreement over which works better: {d.text}"
                return judged(Verdict.MISLEADING, text, tuple(d.sources), main_slug(claim))
    return None


def _studied_elsewhere(claim: Claim, a: Treatment, kb: KnowledgeBase) -> Judgement | None:
    """ "Female pattern hair loss responds better to dutasteride than finasteride": the recorded
    head-to-head cannot be about a condition the treatment was never studied in."""
    named = [c for c in conditions_named(claim.sentence, kb) if c in kb.conditions]
    if not named or any(ev.condition in named for ev in a.evidence):
        return None
    name = kb.conditions[named[0]].name.lower()
    return judged(
        Verdict.UNSUPPORTED,
        f"We record no evidence for {a.name} in {name}, so no comparison there.",
        (),
        main_slug(claim),
    )


def rule_compare(claim: Claim, kb: KnowledgeBase) -> Judgement:
    claim = named_in_wording(claim, kb)
    if claim.kind is Kind.BETTER_THAN:
        delivery = delivery_verdict(claim, kb) or rule_ranked_first(claim, kb)
        if delivery is not None:
            return delivery
    groups = between_groups(claim, kb)
    if groups is not None:
        return groups
    found = recorded(claim, kb)
    if found:
        return (
            _studied_elsewhere(claim, found[0], kb)
            or _disputed(claim, kb)
            or _on_record(claim, *found, kb)
        )
    mine, theirs = sides(claim, kb)
    if not mine and not theirs and (named := medicine_by_strengths(claim.sentence, kb)):
        claim = replace(claim, entities=(named[0],))
        mine = [named[1]]
    if mine and not theirs:
        for t in mine:
            strengths = compare_strengths(
                t, claim.sentence, conditions_in(claim.sentence, kb)
            ) or compare_doses(t, claim.sentence)
            if strengths:
                return _on_record(claim, t, strengths, kb)
    conditions = conditions_in(claim.sentence, kb)
    same = _same_medicine(claim, mine, theirs, kb)
    if same is not None:
        return same
    never = _never_compared(claim, mine, theirs)
    if never is not None:
        return never
    ga, gb = best_grade(mine, conditions), best_grade(theirs, conditions)
    if ga is None or gb is None:
        one = graded(claim, kb)
        if one is None:
            return no_entity()
        e, g = one
        if g.grade is Grade.X and claim.kind is Kind.BETTER_THAN and not claim.comparators:
            # "the best supplement for hair loss": nothing that is shown not to work is best
            return judged(
                Verdict.FALSE,
                f"Shown not to help, so it cannot be the best: {first_sentence(g.evidence.summary)}",
                g.evidence.sources,
                e.slug,
            )
        outranked = better_graded(claim, g, kb) if claim.kind is Kind.BETTER_THAN else None
        if outranked is not None:
            return outranked
        return judged(
            Verdict.UNSUPPORTED,
            f"A comparison needs head-to-head trials; we record grade {g.grade} "
            f"for {g.treatment.name}: {first_sentence(g.evidence.summary)}",
            g.evidence.sources,
            e.slug,
        )
    ra, rb = GRADE_ORDER.index(ga.grade), GRADE_ORDER.index(gb.grade)
    sources = (*ga.evidence.sources, *gb.evidence.sources)
    text = f"{ga.treatment.name} has grade {ga.grade}; {gb.treatment.name} has grade {gb.grade}."
    if REVERSED.search(claim.wording) or PASSIVE.search(claim.sentence):
        ra, rb = rb, ra  # "biotin is less effective than minoxidil": the claim is that B is better
    if claim.kind is Kind.BETTER_THAN and ra > rb:
        return judged(
            Verdict.FALSE, f"The evidence points the other way. {text}", sources, main_slug(claim)
        )
    if claim.kind is Kind.AS_GOOD_AS and abs(ra - rb) >= 2:
        return judged(
            Verdict.MISLEADING, f"The evidence is far from equal. {text}", sources, main_slug(claim)
        )
    gives_up = gives_up_better(claim, kb) if claim.kind is Kind.AS_GOOD_AS else None
    if gives_up is not None:
        return gives_up
    return judged(
        Verdict.UNSUPPORTED,
        f"No strong head-to-head evidence backs the comparison. {text}",
        sources,
        main_slug(claim),
    )


# A recorded comparison that says the two were never tried against each other.
NEVER_COMPARED = re.compile(
    r"\b(no (trial|study|studies) (has |have )?(yet )?(compared|tested)|(not|never) (yet )?(been )?"
    r"compared|no head-to-head)\b",
    re.I,
)


def _never_compared(
    claim: Claim, mine: list[Treatment], theirs: list[Treatment]
) -> Judgement | None:
    """ "Works better than finasteride" where the record says no trial has compared the two:
    nothing shows which is better, whatever each one's grade on its own."""
    for a in mine:
        for b in theirs:
            facts = [c for c in a.comparisons if c.treatment == b.slug]
            facts += [c for c in b.comparisons if c.treatment == a.slug]
            for c in facts:
                if NEVER_COMPARED.search(c.text):
                    text = f"No trial has compared them: {c.text}"
                    return judged(Verdict.UNSUPPORTED, text, c.sources, main_slug(claim))
    return None


STRENGTHS = re.compile(r"(\d+(?:\.\d+)?)\s*(%|mg)", re.I)


def _same_medicine(
    claim: Claim, mine: list[Treatment], theirs: list[Treatment], kb: KnowledgeBase
) -> Judgement | None:
    """ "Contains the same 5% minoxidil as Rogaine": a generic and a brand of one medicine at
    one strength work alike, as well as that medicine works (its own grade)."""
    if claim.kind is not Kind.AS_GOOD_AS or theirs or not claim.comparators:
        return None
    named = treatments_of(claim.comparators[0], claim.sentence, kb)
    if not named or any(all(t is not m for m in mine) for t in named):
        return None
    if len(set(STRENGTHS.findall(claim.sentence))) > 1:
        return None  # two strengths of one medicine: compare_strengths' question
    g = best_grade(list(named), conditions_in(claim.sentence, kb))
    if g is None or g.grade not in GOOD:
        return None
    text = f"The same medicine, {g.treatment.name}, grade {g.grade}: {first_sentence(g.evidence.summary)}"
    return judged(Verdict.SUPPORTED, text, g.evidence.sources, main_slug(claim))


# The plain product a delivery technology is set against: "than normal minoxidil"
ORDINARY = re.compile(
    r"\b(than|where|unlike|over) (the |your )?(normal|ordinary|regular|standard|usual|plain|classic)\b",
    re.I,
)


@lru_cache(maxsize=8)
def _delivery_names(kb: KnowledgeBase) -> tuple[tuple[frozenset[str], str], ...]:
    """The words each delivery technology is named by ("nanosomes", "liposomes"), and its slug."""
    return tuple(
        (
            frozenset(w for w in fold(" ".join([t.name, *t.also_known_as])).split() if len(w) >= 4),
            t.slug,
        )
        for t in kb.treatments.values()
        if t.category == "delivery-technology"
    )


def _named_by_wording(claim: Claim, kb: KnowledgeBase) -> tuple[Entity, Treatment] | None:
    """ "Nano technology minoxidil": the delivery technology the claim's own wording names,
    when the sentence names only the medicine it carries."""
    said = fold(claim.wording).split()[:1]
    if not said or len(said[0]) < 4:
        return None
    for names, slug in _delivery_names(kb):
        # "liposomal" names the "liposomes": one stem, another ending
        if any(
            n.startswith(said[0]) or said[0].startswith(n) or n[:7] == said[0][:7] for n in names
        ):
            t = kb.treatments[slug]
            return Entity("treatment", t.slug, t.name), t
    return None


def delivery_verdict(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """A delivery technology is judged on its own trials: one in which it did no better than
    the ordinary product contradicts "works better" and makes "tested in a trial" misleading."""
    tech = next(
        ((e, t) for e, t in treatments(claim, kb) if t.category == "delivery-technology"), None
    )
    if tech is None:
        tech = _named_by_wording(claim, kb)
    if tech is None:
        return None
    e, t = tech
    ev = t.evidence[0]
    # the aspect of "more regrowth than ordinary minoxidil, with less irritation" is the result
    better = WORKS_BETTER.search(claim.sentence)
    outcomes = [
        compare(
            t, kb.treatments[c.treatment], claim.sentence, kb, better.group(0) if better else ""
        )
        for c in t.comparisons
        if c.treatment in kb.treatments
    ]
    no_better = next((c for c in outcomes if c and c.outcome is not Outcome.BETTER), None)
    compared = claim.comparators or ORDINARY.search(claim.sentence)
    if no_better and compared and WORKS_BETTER.search(claim.sentence):
        return judged(
            Verdict.FALSE,
            f"The human trial found no difference: {no_better.text}",
            no_better.sources,
            e.slug,
        )
    if no_better and TESTED.search(claim.sentence):
        return judged(
            Verdict.MISLEADING,
            f"It was tested, but the trial found it no better: {no_better.text}",
            no_better.sources,
            e.slug,
        )
    return judged(
        Verdict.UNSUPPORTED, f"Grade {ev.grade}: {first_sentence(ev.summary)}", ev.sources, e.slug
    )


def _recorded_number(t: Treatment, sentence: str) -> bool:
    """A figure in the claim ("100 times less") that the treatment's facts also state."""
    texts = [f.text for f in (t.mechanism, t.time_to_effect) if f]
    texts += [e.summary for e in t.evidence] + [c.text for c in t.comparisons]
    for number, unit in NUMBERS.findall(sentence):
        pattern = re.compile(rf"(?<![\d.]){re.escape(number)}\s*{re.escape(unit)}", re.I)
        if any(pattern.search(x) for x in texts):
            return True
    return False


def rule_delivery(claim: Claim, kb: KnowledgeBase) -> Judgement:
    delivery = delivery_verdict(claim, kb)
    if delivery is not None:
        return delivery
    found = recorded(claim, kb)
    if found and WORKS_BETTER.search(claim.sentence) and found[1].outcome is not Outcome.BETTER:
        c = found[1]
        return judged(
            Verdict.FALSE,
            f"The recorded comparison says otherwise: {c.text}",
            c.sources,
            main_slug(claim),
        )
    # The way of delivering is what the claim is about: its own grade, not that of a medicine
    # named beside it ("microneedling helps minoxidil absorb").
    best = graded(replace(claim, entities=claim.entities[:1]), kb)
    if best is not None and best[1].grade in GOOD:
        e, g = best
        if claim.hedged or _recorded_number(g.treatment, claim.sentence):
            return judged(
                Verdict.SUPPORTED,
                f"Grade {g.grade}: {first_sentence(g.evidence.summary)}",
                g.evidence.sources,
                e.slug,
            )
    return judged(
        Verdict.UNSUPPORTED,
        "We found no human evidence that this way of delivering it works better.",
        (),
        main_slug(claim),
    )
