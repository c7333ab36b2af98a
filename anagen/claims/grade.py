"""grade(): a claim's verdict from the facts recorded in the knowledge base.

One rule function per claim kind, registered in RULES. Each returns the verdict, a plain
explanation built from the recorded fact, and that fact's sources.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from anagen.claims.entities import Entity
from anagen.claims.evidence import (
    Graded,
    best_grade,
    conditions_in,
    first_sentence,
    ingredient_of,
    property_of,
    treatments_of,
)
from anagen.claims.vocab import Kind, Verdict
from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import GRADE_ORDER, Grade, Property, Region, RegulatoryStatus

GOOD = (Grade.A, Grade.B)
SUPPLEMENT_KINDS = {"botanical", "vitamin", "mineral", "other"}


@dataclass(frozen=True)
class Claim:
    kind: Kind
    sentence: str
    entities: tuple[Entity, ...]
    hedged: bool
    negated: bool
    context: str | None  # the product's regulatory type, when known


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    explanation: str
    sources: tuple[str, ...]
    entity: str


Rule = Callable[[Claim, KnowledgeBase], Judgement]


def _j(verdict: Verdict, text: str, sources: object = (), entity: str = "") -> Judgement:
    return Judgement(verdict, text, tuple(sources), entity)  # type: ignore[arg-type]


def _main(claim: Claim) -> Entity | None:
    return claim.entities[0] if claim.entities else None


def _graded(claim: Claim, kb: KnowledgeBase) -> tuple[Entity, Graded] | None:
    best: tuple[Entity, Graded] | None = None
    for e in claim.entities:
        g = best_grade(treatments_of(e, claim.sentence, kb), conditions_in(claim.sentence))
        if g and (best is None or GRADE_ORDER.index(g.grade) < GRADE_ORDER.index(best[1].grade)):
            best = (e, g)
    return best


def _no_entity(claim: Claim) -> Judgement:
    return _j(
        Verdict.UNSUPPORTED,
        "The text does not say which ingredient or treatment this "
        "claim is about, and nothing in our knowledge base backs it as stated.",
    )


def _is_supplement(claim: Claim, entity: Entity, kb: KnowledgeBase) -> bool:
    if claim.context in ("supplement", "cosmetic"):
        return True
    ing = ingredient_of(entity, kb)
    return bool(ing and ing.kind in SUPPLEMENT_KINDS and entity.kind == "ingredient")


def rule_lowers_dht(claim: Claim, kb: KnowledgeBase) -> Judgement:
    prop = Property.ANTIANDROGEN if claim.kind is Kind.BLOCKS_ANDROGENS else Property.LOWERS_DHT
    for e in claim.entities:
        fact = property_of(e, prop, kb) or property_of(e, Property.LOWERS_DHT, kb)
        if fact is None:
            continue
        if not fact.value:
            return _j(
                Verdict.FALSE, f"{e.name} does not work that way: {fact.text}", fact.sources, e.slug
            )
        graded = best_grade(treatments_of(e, claim.sentence, kb), conditions_in(claim.sentence))
        if graded and graded.grade in GOOD:
            return _j(Verdict.SUPPORTED, fact.text, fact.sources, e.slug)
        return _j(
            Verdict.UNSUPPORTED,
            f"{fact.text} Evidence that this helps hair in people is "
            f"weak (grade {graded.grade if graded else 'none'}).",
            fact.sources,
            e.slug,
        )
    e = _main(claim)
    if e is None:
        return _no_entity(claim)
    return _j(
        Verdict.UNSUPPORTED,
        f"We have no recorded evidence that {e.name} lowers DHT or blocks androgens in people.",
        (),
        e.slug,
    )


def rule_efficacy(claim: Claim, kb: KnowledgeBase) -> Judgement:
    found = _graded(claim, kb)
    if found is None:
        e = _main(claim)
        if e is None:
            return _no_entity(claim)
        return _j(
            Verdict.UNSUPPORTED,
            f"We found no graded human evidence that {e.name} does this.",
            (),
            e.slug,
        )
    e, g = found
    summary = first_sentence(g.evidence.summary)
    where = f"grade {g.grade} for {g.evidence.condition.replace('-', ' ')}"
    if g.grade is Grade.X:
        return _j(
            Verdict.FALSE,
            f"The evidence shows no benefit ({where}): {summary}",
            g.evidence.sources,
            e.slug,
        )
    if g.grade in GOOD:
        if (
            _is_supplement(claim, e, kb)
            and not claim.hedged
            and g.treatment.category not in ("approved-medicine", "off-label-medicine", "device")
        ):
            return _j(
                Verdict.MISLEADING,
                f"A drug-like promise for a supplement or cosmetic: {summary}",
                g.evidence.sources,
                e.slug,
            )
        return _j(
            Verdict.SUPPORTED,
            f"Consistent with good evidence ({where}): {summary}",
            g.evidence.sources,
            e.slug,
        )
    if _is_supplement(claim, e, kb) and not claim.hedged:
        return _j(
            Verdict.MISLEADING,
            f"A drug-like promise resting on weak evidence ({where}): {summary}",
            g.evidence.sources,
            e.slug,
        )
    return _j(
        Verdict.UNSUPPORTED, f"Only weak evidence ({where}): {summary}", g.evidence.sources, e.slug
    )


def _us_status(claim: Claim, kb: KnowledgeBase) -> list[tuple[Entity, RegulatoryStatus, object]]:
    out = []
    for e in claim.entities:
        for t in treatments_of(e, claim.sentence, kb):
            for r in t.regulatory:
                if r.region is Region.US:
                    out.append((e, r.status, r))
    return out


def rule_fda(claim: Claim, kb: KnowledgeBase) -> Judgement:
    statuses = _us_status(claim, kb)
    if not statuses:
        e = _main(claim)
        if e is None:
            return _no_entity(claim)
        return _j(
            Verdict.UNSUPPORTED, f"We have no record of an FDA decision on {e.name}.", (), e.slug
        )
    approved = [
        (e, r)
        for e, s, r in statuses
        if s in (RegulatoryStatus.APPROVED_RX, RegulatoryStatus.APPROVED_OTC)
    ]
    cleared = [(e, r) for e, s, r in statuses if s is RegulatoryStatus.CLEARED_DEVICE]
    hair = {"androgenetic-alopecia", "female-pattern-hair-loss", "alopecia-areata"}
    if claim.kind is Kind.FDA_CLEARED:
        if cleared:
            e, r = cleared[0]
            return _j(Verdict.SUPPORTED, r.text, r.sources, e.slug)  # type: ignore[attr-defined]
        e, _, r = statuses[0]
        return _j(Verdict.MISLEADING if approved else Verdict.FALSE, r.text, r.sources, e.slug)  # type: ignore[attr-defined]
    for e, r in approved:
        if hair & set(r.conditions):  # type: ignore[attr-defined]
            return _j(Verdict.SUPPORTED, r.text, r.sources, e.slug)  # type: ignore[attr-defined]
    if cleared:
        e, r = cleared[0]
        return _j(
            Verdict.MISLEADING,
            f"Cleared as a device, which is not an FDA approval: {r.text}",  # type: ignore[attr-defined]
            r.sources,
            e.slug,
        )  # type: ignore[attr-defined]
    if approved:
        e, r = approved[0]
        return _j(
            Verdict.MISLEADING, f"Approved, but not for hair loss: {r.text}", r.sources, e.slug
        )  # type: ignore[attr-defined]
    e, _, r = statuses[0]
    return _j(Verdict.FALSE, f"Not FDA approved: {r.text}", r.sources, e.slug)  # type: ignore[attr-defined]


def rule_prescription_strength(claim: Claim, kb: KnowledgeBase) -> Judgement:
    statuses = _us_status(claim, kb)
    otc = [(e, r) for e, s, r in statuses if s is RegulatoryStatus.APPROVED_OTC]
    if otc:
        e, r = otc[0]
        return _j(
            Verdict.FALSE,
            f"It is sold without a prescription, so there is no 'prescription strength': {r.text}",
            r.sources,
            e.slug,
        )  # type: ignore[attr-defined]
    e = _main(claim)
    if e is None:
        return _no_entity(claim)
    return _j(
        Verdict.MISLEADING,
        f"'Prescription strength' has no defined meaning for {e.name} "
        "sold in a non-prescription product.",
        (),
        e.slug,
    )


def rule_clinically_proven(claim: Claim, kb: KnowledgeBase) -> Judgement:
    found = _graded(claim, kb)
    if found is None:
        return (
            _no_entity(claim)
            if not claim.entities
            else _j(
                Verdict.UNSUPPORTED,
                "We found no trial of this in people.",
                (),
                claim.entities[0].slug,
            )
        )
    e, g = found
    text = f"Grade {g.grade}: {first_sentence(g.evidence.summary)}"
    if g.grade in GOOD:
        return _j(Verdict.SUPPORTED, text, g.evidence.sources, e.slug)
    if g.grade is Grade.X:
        return _j(Verdict.FALSE, text, g.evidence.sources, e.slug)
    return _j(
        Verdict.MISLEADING,
        f"'Clinically proven' suggests strong trials, but the evidence is weak. {text}",
        g.evidence.sources,
        e.slug,
    )


def rule_side_effects(claim: Claim, kb: KnowledgeBase) -> Judgement:
    for e in claim.entities:
        for t in treatments_of(e, claim.sentence, kb):
            if t.side_effects:
                s = t.side_effects[0]
                freq = f" ({s.frequency})" if s.frequency else ""
                return _j(
                    Verdict.FALSE,
                    f"Side effects are recorded for {t.name}, for example {s.name.lower()}{freq}.",
                    s.sources,
                    e.slug,
                )
    e = _main(claim)
    if e is None:
        return _j(
            Verdict.MISLEADING,
            "Every active product can have side effects; 'no side "
            "effects' is a promise no evidence can make.",
        )
    return _j(
        Verdict.UNSUPPORTED,
        f"We have no side-effect data for {e.name}; absence of data is "
        "not absence of side effects.",
        (),
        e.slug,
    )


def rule_natural_safe(claim: Claim, kb: KnowledgeBase) -> Judgement:
    for e in claim.entities:
        for t in treatments_of(e, claim.sentence, kb):
            serious = [s for s in t.side_effects if s.seriousness == "serious"]
            if serious:
                return _j(
                    Verdict.FALSE,
                    f"Natural is not the same as safe: {t.name} has recorded "
                    f"serious side effects, such as {serious[0].name.lower()}.",
                    serious[0].sources,
                    e.slug,
                )
    e = _main(claim)
    return _j(
        Verdict.MISLEADING,
        "Natural does not mean safe or effective; being natural says nothing about either.",
        (),
        e.slug if e else "",
    )


def rule_compare(claim: Claim, kb: KnowledgeBase) -> Judgement:
    graded = [
        (e, best_grade(treatments_of(e, claim.sentence, kb), conditions_in(claim.sentence)))
        for e in claim.entities
    ]
    graded = [(e, g) for e, g in graded if g is not None]
    if len(graded) < 2:
        found = _graded(claim, kb)
        if found is None:
            return _no_entity(claim)
        e, g = found
        verdict = Verdict.UNSUPPORTED if g.grade not in GOOD else Verdict.MISLEADING
        return _j(
            verdict,
            f"A comparison needs head-to-head trials; we record grade {g.grade} "
            f"for {g.treatment.name}: {first_sentence(g.evidence.summary)}",
            g.evidence.sources,
            e.slug,
        )
    (a, ga), (_, gb) = graded[0], graded[1]
    ra, rb = GRADE_ORDER.index(ga.grade), GRADE_ORDER.index(gb.grade)
    sources = (*ga.evidence.sources, *gb.evidence.sources)
    text = f"{ga.treatment.name} has grade {ga.grade}; {gb.treatment.name} has grade {gb.grade}."
    if claim.kind is Kind.BETTER_THAN and ra > rb:
        return _j(Verdict.FALSE, f"The evidence points the other way. {text}", sources, a.slug)
    if claim.kind is Kind.AS_GOOD_AS and abs(ra - rb) >= 2:
        return _j(Verdict.MISLEADING, f"The evidence is far from equal. {text}", sources, a.slug)
    return _j(
        Verdict.UNSUPPORTED,
        f"No strong head-to-head evidence backs the comparison. {text}",
        sources,
        a.slug,
    )


def rule_delivery(claim: Claim, kb: KnowledgeBase) -> Judgement:
    nano = kb.treatments.get("nano-delivery")
    if nano is None or not nano.evidence:
        return _j(Verdict.UNSUPPORTED, "We have no evidence on this delivery technology.")
    e = nano.evidence[0]
    verdict = Verdict.SUPPORTED if e.grade in GOOD else Verdict.UNSUPPORTED
    return _j(verdict, f"Grade {e.grade}: {first_sentence(e.summary)}", e.sources, nano.slug)


def rule_time(claim: Claim, kb: KnowledgeBase) -> Judgement:
    m = re.search(r"(\d+)\s*(day|week|month)", claim.sentence, re.I)
    promised = (
        int(m.group(1)) * {"day": 1, "week": 7, "month": 30}[m.group(2).lower()] if m else None
    )
    for e in claim.entities:
        for t in treatments_of(e, claim.sentence, kb):
            if t.time_to_effect and promised is not None:
                need = re.search(r"(\d+)\s*(month|week)", t.time_to_effect.text, re.I)
                days = (
                    int(need.group(1)) * (30 if need.group(2).lower() == "month" else 7)
                    if need
                    else None
                )
                if days and promised < days * 0.75:
                    return _j(
                        Verdict.FALSE,
                        f"Too soon: {t.time_to_effect.text}",
                        t.time_to_effect.sources,
                        e.slug,
                    )
                return _j(
                    Verdict.SUPPORTED if days else Verdict.UNSUPPORTED,
                    t.time_to_effect.text,
                    t.time_to_effect.sources,
                    e.slug,
                )
    e = _main(claim)
    return _j(
        Verdict.UNSUPPORTED,
        "We have no recorded evidence on how fast this works.",
        (),
        e.slug if e else "",
    )


def rule_figure(claim: Claim, kb: KnowledgeBase) -> Judgement:
    m = re.search(r"(\d{1,3}(?:\.\d+)?)\s*%", claim.sentence)
    number = m.group(1) if m else ""
    for e in claim.entities:
        for t in treatments_of(e, claim.sentence, kb):
            for ev in t.evidence:
                for f in ev.figures:
                    if number and re.search(rf"(?<![\d.]){re.escape(number)}\s*%", f.value):
                        return _j(Verdict.SUPPORTED, f"{f.measure}: {f.value}.", f.sources, e.slug)
    e = _main(claim)
    return _j(
        Verdict.UNSUPPORTED,
        "We found no published trial figure matching this percentage; "
        "a success rate without its study means little.",
        (),
        e.slug if e else "",
    )


def rule_unprovable(claim: Claim, kb: KnowledgeBase) -> Judgement:
    e = _main(claim)
    minox = kb.treatments.get("minoxidil-topical")
    sources = tuple(minox.time_to_effect.sources) if minox and minox.time_to_effect else ()
    if claim.kind is Kind.CURES_BALDNESS:
        return _j(
            Verdict.FALSE,
            "No treatment cures pattern hair loss: even approved medicines "
            "work only while they are used.",
            sources,
            e.slug if e else "",
        )
    if claim.kind is Kind.GUARANTEED_RESULTS:
        return _j(
            Verdict.MISLEADING,
            "No hair-loss treatment works for everyone; even approved "
            "medicines state that results vary.",
            sources,
            e.slug if e else "",
        )
    if claim.kind is Kind.DOCTOR_RECOMMENDED:
        return _j(
            Verdict.MISLEADING
            if e is None or _is_supplement(claim, e, kb)
            else Verdict.UNSUPPORTED,
            "An endorsement is not evidence; we found no guideline that recommends this.",
            (),
            e.slug if e else "",
        )
    return _j(
        Verdict.UNSUPPORTED,
        "A vague promise with no measurable meaning and no human evidence behind it.",
        (),
        e.slug if e else "",
    )


def rule_harms(claim: Claim, kb: KnowledgeBase) -> Judgement:
    found = _graded(claim, kb)
    if found is None:
        return _no_entity(claim)
    e, g = found
    return _j(
        Verdict.UNSUPPORTED,
        f"The recorded side effects do not show harm outweighing "
        f"benefit; the evidence of benefit is grade {g.grade}: "
        f"{first_sentence(g.evidence.summary)}",
        g.evidence.sources,
        e.slug,
    )


RULES: dict[Kind, Rule] = {
    Kind.LOWERS_DHT: rule_lowers_dht,
    Kind.BLOCKS_ANDROGENS: rule_lowers_dht,
    Kind.REGROWS_HAIR: rule_efficacy,
    Kind.STOPS_HAIR_LOSS: rule_efficacy,
    Kind.THICKENS_HAIR: rule_efficacy,
    Kind.STIMULATES_FOLLICLES: rule_efficacy,
    Kind.FDA_APPROVED: rule_fda,
    Kind.FDA_CLEARED: rule_fda,
    Kind.PRESCRIPTION_STRENGTH: rule_prescription_strength,
    Kind.CLINICALLY_PROVEN: rule_clinically_proven,
    Kind.NO_SIDE_EFFECTS: rule_side_effects,
    Kind.NATURAL_SAFE: rule_natural_safe,
    Kind.BETTER_THAN: rule_compare,
    Kind.AS_GOOD_AS: rule_compare,
    Kind.DELIVERY_TECHNOLOGY: rule_delivery,
    Kind.WORKS_IN_DAYS: rule_time,
    Kind.PERCENT_SUCCESS: rule_figure,
    Kind.GUARANTEED_RESULTS: rule_unprovable,
    Kind.CURES_BALDNESS: rule_unprovable,
    Kind.DOCTOR_RECOMMENDED: rule_unprovable,
    Kind.NOURISHES_SCALP: rule_unprovable,
    Kind.HARMS_OUTWEIGH: rule_harms,
}


def grade(claim: Claim, kb: KnowledgeBase) -> Judgement:
    return RULES[claim.kind](claim, kb)
