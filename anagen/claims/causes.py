"""rule_causes(): a claimed side effect ("can cause more shedding"), true when that harm is
recorded; false or misleading when the claim makes it proven, lasting or commoner than the
record says, or commoner than on placebo than the recorded rates show (placebo_harms.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from anagen.claims.evidence import first_sentence
from anagen.claims.figures import claimed_share
from anagen.claims.harms import (
    LASTING,
    PASSING,
    NamedHarm,
    harm_not_shown,
    lasts,
    named_harm,
    rate,
    related_harms,
    unproven,
)
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, treatments
from anagen.claims.placebo_harms import against_placebo, stated_rate
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import SideEffect, Treatment
from anagen.products.ingredient_index import fold

PROVEN = re.compile(r"\b(proven|proof|definitively|confirmed|established)\b", re.I)
# A harm promised to pass for everyone once the treatment stops.
ALWAYS_PASSES = re.compile(
    r"\b(always|all|every|completely|fully|100\s*%)\b[^.;]{0,30}\b(resolv\w*|go(es)? away|"
    r"disappear\w*|revers\w*|wears? off|clears?( up)?|vanish\w*)\b",
    re.I,
)
# side effects said to pass, even with a hedge: "generally mild and temporary for most users"
SAID_TO_PASS = re.compile(
    r"\b(side[- ]effects|they|these|it)\b (are|is|tend to be) (\w+ )?(mild and )?(temporary|short-lived|reversible)\b",
    re.I,
)


def rule_causes(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """A claimed side effect ("can cause more shedding"): true when that harm is recorded."""
    stated = stated_rate(claim, kb)
    if stated is not None:
        return stated
    compared = against_placebo(claim, kb)
    if compared is not None:
        return compared
    names = " ".join(fold(e.name) for e in claim.entities)
    # the sentence without the treatment's own names, in its own case (acronyms count)
    claimed = " ".join(w for w in claim.sentence.split() if fold(w).strip() not in names.split())
    passes = _always_passes(claim, claimed, kb)
    if passes is not None:
        return passes
    for e, t in treatments(claim, kb):
        settled = _said_settled(claim, claimed, t, e.slug)
        if settled is not None:
            return settled
        found = named_harm(t, claimed)
        if found:
            overstated = _overstated(claim, claimed, t, found, e.slug)
            if overstated:
                return overstated
            return judged(
                Verdict.SUPPORTED, f"Recorded for {t.name}: {found.text}", found.sources, e.slug
            )
        often = _side_effects_overstated(claim, t, e.slug)
        if often is not None:
            return often
        not_shown = harm_not_shown(t, claimed)
        if not_shown:
            rates = "; ".join(x for x in (not_shown.frequency, not_shown.placebo_frequency) if x)
            text = (
                f"Recorded for {t.name}, but not shown to be more common than without it: "
                f"{not_shown.name} ({rates or not_shown.population})"
            )
            return judged(Verdict.UNSUPPORTED, text, not_shown.sources, e.slug)
    return judged(
        Verdict.UNSUPPORTED,
        "We have no record of this effect for it; absence of a record is not proof either way.",
        (),
        main_slug(claim),
    )


# side effects as a whole, no harm named: "often comes with side effects"
ANY_SIDE_EFFECT = re.compile(r"\b(side[- ]effects?|adverse (effects|events|reactions))\b", re.I)
# a record's count of several harms together: "Any of the sexual side effects"
AGGREGATE = re.compile(r"^(any|all)\b", re.I)


def _side_effects_overstated(claim: Claim, t: Treatment, slug: str) -> Judgement | None:
    """ "Finasteride often comes with side effects": side effects as a whole said to strike
    more people than the record counts, by its count of harms together (or else its commonest
    harm); held to the same margin as a named harm's rate (_overstated)."""
    share = claimed_share(claim.sentence)
    if share is None or not ANY_SIDE_EFFECT.search(claim.sentence):
        return None
    rated = [(r, x) for x in t.side_effects if (r := rate(x)) is not None]
    together = [(r, x) for r, x in rated if AGGREGATE.search(x.name)]
    if not (together or rated):
        return None
    return _far_less_often(t, together or rated, share, slug)


def _always_passes(claim: Claim, claimed: str, kb: KnowledgeBase) -> Judgement | None:
    """ "If a side effect shows up, it always clears once you stop", "these side effects are
    generally mild and temporary": every harm said to pass,
    misleading when the record holds one that lasts after stopping (any recorded harm when the
    claim names none)."""
    if not (ALWAYS_PASSES.search(claim.sentence) or SAID_TO_PASS.search(claim.sentence)):
        return None
    for e, t in treatments(claim, kb):
        named = related_harms(t, claimed)
        stays = next((x for x in named or t.side_effects if lasts(x)), None)
        if stays is not None:
            return judged(
                Verdict.MISLEADING,
                f"Recorded for {t.name} as sometimes lasting after stopping: {stays.name}.",
                tuple(stays.sources),
                e.slug,
            )
    return None


SENTENCE = re.compile(r"(?<=[.;])\s+")
# A harm said to be settled knowledge: "now widely recognised as post-finasteride syndrome"
ACCEPTED = re.compile(
    r"\b(widely|generally|universally|commonly) (recogni[sz]ed|accepted|acknowledged)\b|"
    r"\bwell[- ](established|documented|recogni[sz]ed)\b|\b(scientific|medical) consensus\b",
    re.I,
)
# a record's disagreement that leaves a harm open
DISPUTED = re.compile(r"\b(disputed|debated|controversial|unsettled|not settled)\b", re.I)


def _said_settled(claim: Claim, claimed: str, t: Treatment, slug: str) -> Judgement | None:
    """ "These effects can persist after stopping, a condition now widely recognised": a harm
    said to be settled knowledge where the record's disagreements call it disputed. The harm
    is the one the claim names, or for a harm said to last, the one recorded as lasting."""
    if not ACCEPTED.search(claim.sentence):
        return None
    lasting = bool(LASTING.search(claimed))
    named = related_harms(t, claimed) or list(t.side_effects)
    if lasting:
        named = [x for x in named if lasts(x)]
    for harm in named:
        words = {w for w in fold(harm.name).split() if len(w) >= 5}
        for d in t.disagreements:
            said = first_sentence(d.text)
            # a dispute over whether a harm lasts leaves the harm itself, while taking it, alone
            if not DISPUTED.search(said) or (LASTING.search(said) and not lasting):
                continue
            if words & set(fold(d.text).split()):
                text = f"Not settled for {t.name}: {said}"
                return judged(Verdict.MISLEADING, text, tuple(d.sources), slug)
    return None


def _confirmed(t: Treatment, harm: str, claimed: str) -> tuple[str, tuple[str, ...]] | None:
    """A regulator's later decision can confirm a harm the side-effect record lists only as
    reported ("regulators in 2025 confirmed suicidal thoughts as a side effect"): the sentence
    of a regulatory record that confirms one of the harm's words the claim also names."""
    words = {w for w in fold(harm).split() if len(w) >= 5} & set(fold(claimed).split())
    for r in t.regulatory:
        for sentence in SENTENCE.split(r.text):
            if PROVEN.search(sentence) and words & set(fold(sentence).split()):
                return sentence, tuple(r.sources)
    return None


def _overstated(
    claim: Claim, claimed: str, t: Treatment, found: NamedHarm, slug: str
) -> Judgement | None:
    """A recorded harm claimed as proven when the record says it is not, to last when the
    record says it passes, or to strike far more people than the recorded rates."""
    s = found.side_effect
    if s is not None and PROVEN.search(claim.sentence) and unproven(s):
        confirmed = _confirmed(t, s.name, claimed)
        if confirmed is not None:
            text, sources = confirmed
            return judged(Verdict.SUPPORTED, f"Confirmed for {t.name}: {text}", sources, slug)
        return judged(
            Verdict.FALSE,
            f"Reported for {t.name}, but not shown to be caused by it: {s.name} ({s.population or s.frequency}).",
            tuple(s.sources),
            slug,
        )
    if s is not None and LASTING.search(claim.sentence) and not PASSING.search(claim.sentence):
        lasting = lasts(s)
        if lasting is False:
            return judged(
                Verdict.MISLEADING,
                f"Recorded for {t.name} as passing, not lasting: {s.name} ({s.population or s.frequency}).",
                tuple(s.sources),
                slug,
            )
        if lasting is None:
            return judged(
                Verdict.UNSUPPORTED,
                f"Recorded for {t.name}: {s.name}; nothing we hold says it lasts after stopping.",
                tuple(s.sources),
                slug,
            )
    share = claimed_share(claim.sentence)
    if share is None:
        return None
    known = [(r, x) for x in related_harms(t, claimed) if (r := rate(x)) is not None]
    if not known and share < 50:
        return None  # "often causes shedding": no more than the harm itself, with no rate to weigh
    if not known:
        return judged(
            Verdict.UNSUPPORTED,
            f"Recorded for {t.name}: {found.text}; but no rate is recorded, so nothing shows "
            "how many people it affects.",
            found.sources,
            slug,
        )
    return _far_less_often(t, known, share, slug)


def _far_less_often(
    t: Treatment, rated: Sequence[tuple[float, SideEffect]], share: float, slug: str
) -> Judgement | None:
    """A harm said to strike `share` percent, against the highest recorded rate: within half of
    it is no overstatement; far above it misleads, and is false for "most" against a fifth."""
    top, most = max(rated, key=lambda k: k[0])
    if top >= share / 2:
        return None
    where = f" ({most.population})" if most.population else ""
    return judged(
        Verdict.FALSE if share >= 50 and top < share / 5 else Verdict.MISLEADING,
        f"Recorded for {t.name}, but far less often than claimed: "
        f"{most.name.lower()} in {most.frequency}{where}.",
        tuple(most.sources),
        slug,
    )
