"""grade(): a claim's verdict from the facts recorded in the knowledge base.

One rule function per claim kind, registered in RULES. Each returns the verdict, a plain
explanation built from the recorded fact, and that fact's sources. The rules read only
recorded facts: grades, mechanism properties, regulatory status, side effects, times to effect
and trial figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from anagen.claims.entities import Entity
from anagen.claims.evidence import (
    DEFAULT_CONDITIONS,
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
from anagen.knowledge.schema import Regulatory, Treatment
from anagen.knowledge.vocab import GRADE_ORDER, Grade, Property, Region, RegulatoryStatus

GOOD = (Grade.A, Grade.B)
SUPPLEMENT_KINDS = {"botanical", "vitamin", "mineral"}
APPROVED = (RegulatoryStatus.APPROVED_RX, RegulatoryStatus.APPROVED_OTC)
HAIR = {"androgenetic-alopecia", "female-pattern-hair-loss", "alopecia-areata"}
ABSOLUTE = re.compile(r"\b(completely|totally|100\s*%|can'?t hurt|no risk|harmless|zero)\b", re.I)
NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "first": 1,
    "single": 1,
    "very": 1,
}
UNIT_DAYS = {
    "day": 1,
    "week": 7,
    "month": 30,
    "use": 1,
    "session": 1,
    "application": 1,
    "treatment": 1,
    "wash": 1,
}


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


def _slug(claim: Claim) -> str:
    e = _main(claim)
    return e.slug if e else ""


def _graded(claim: Claim, kb: KnowledgeBase) -> tuple[Entity, Graded] | None:
    """The best graded evidence among the sentence's entities, for the conditions it names."""
    best: tuple[Entity, Graded] | None = None
    for e in claim.entities:
        g = best_grade(treatments_of(e, claim.sentence, kb), conditions_in(claim.sentence))
        if g and (best is None or GRADE_ORDER.index(g.grade) < GRADE_ORDER.index(best[1].grade)):
            best = (e, g)
    return best


def _treatments(claim: Claim, kb: KnowledgeBase) -> list[tuple[Entity, Treatment]]:
    return [(e, t) for e in claim.entities for t in treatments_of(e, claim.sentence, kb)]


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
        ing = ingredient_of(e, kb)
        # A medicine's mechanism is established by its label; a plant's rests on lab data.
        if (graded and graded.grade in GOOD) or (ing is not None and ing.kind == "drug"):
            return _j(Verdict.SUPPORTED, fact.text, fact.sources, e.slug)
        return _j(
            Verdict.UNSUPPORTED,
            f"{fact.text} Evidence that this helps hair in people is "
            f"weak (grade {graded.grade if graded else 'none'}).",
            fact.sources,
            e.slug,
        )
    if not claim.entities:
        return _no_entity(claim)
    return _j(
        Verdict.UNSUPPORTED,
        f"We have no recorded evidence that {claim.entities[0].name} "
        "lowers DHT or blocks androgens in people.",
        (),
        _slug(claim),
    )


def rule_efficacy(claim: Claim, kb: KnowledgeBase) -> Judgement:
    found = _graded(claim, kb)
    if found is None:
        if not claim.entities:
            return _no_entity(claim)
        return _j(
            Verdict.UNSUPPORTED,
            f"We found no graded human evidence that {claim.entities[0].name} does this.",
            (),
            _slug(claim),
        )
    e, g = found
    summary = first_sentence(g.evidence.summary)
    where = f"grade {g.grade} for {g.evidence.condition.replace('-', ' ')}"
    drug = g.treatment.category in ("approved-medicine", "off-label-medicine", "device")
    if g.grade is Grade.X:
        return _j(
            Verdict.FALSE,
            f"The evidence shows no benefit ({where}): {summary}",
            g.evidence.sources,
            e.slug,
        )
    if g.grade in GOOD:
        if _is_supplement(claim, e, kb) and not claim.hedged and not drug:
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


def _us_status(claim: Claim, kb: KnowledgeBase) -> list[tuple[Entity, Regulatory]]:
    return [
        (e, r) for e, t in _treatments(claim, kb) for r in t.regulatory if r.region is Region.US
    ]


def rule_fda_approved(claim: Claim, kb: KnowledgeBase) -> Judgement:
    statuses = _us_status(claim, kb)
    if not statuses:
        if not claim.entities:
            return _no_entity(claim)
        return _j(
            Verdict.UNSUPPORTED,
            f"We have no record of an FDA decision on {claim.entities[0].name}.",
            (),
            _slug(claim),
        )
    named = set(conditions_in(claim.sentence))
    explicit = named != set(DEFAULT_CONDITIONS)
    approved = [(e, r) for e, r in statuses if r.status in APPROVED]
    for e, r in approved:
        covered = set(r.conditions)
        if explicit and HAIR & covered and not named & covered:
            return _j(
                Verdict.FALSE,
                f"Approved, but not for this group or condition: {r.text}",
                r.sources,
                e.slug,
            )
        if HAIR & covered or (explicit and named & covered):
            return _j(Verdict.SUPPORTED, r.text, r.sources, e.slug)
    cleared = [(e, r) for e, r in statuses if r.status is RegulatoryStatus.CLEARED_DEVICE]
    if cleared:
        e, r = cleared[0]
        return _j(
            Verdict.MISLEADING,
            f"Cleared as a device, which is not an FDA approval: {r.text}",
            r.sources,
            e.slug,
        )
    if approved:
        e, r = approved[0]
        return _j(
            Verdict.MISLEADING, f"Approved, but not for hair loss: {r.text}", r.sources, e.slug
        )
    e, r = statuses[0]
    return _j(Verdict.FALSE, f"Not FDA approved: {r.text}", r.sources, e.slug)


def rule_fda_cleared(claim: Claim, kb: KnowledgeBase) -> Judgement:
    statuses = _us_status(claim, kb)
    if not statuses:
        if not claim.entities:
            return _no_entity(claim)
        return _j(
            Verdict.UNSUPPORTED,
            f"We have no record of an FDA clearance for {claim.entities[0].name}.",
            (),
            _slug(claim),
        )
    cleared = [(e, r) for e, r in statuses if r.status is RegulatoryStatus.CLEARED_DEVICE]
    if cleared:
        e, r = cleared[0]
        if re.search(r"\b(proven|efficacy|effective|guarantee)", claim.sentence, re.I):
            return _j(
                Verdict.MISLEADING,
                f"A clearance is not proof that it works: {r.text}",
                r.sources,
                e.slug,
            )
        return _j(Verdict.SUPPORTED, r.text, r.sources, e.slug)
    e, r = statuses[0]
    verdict = Verdict.MISLEADING if r.status in APPROVED else Verdict.FALSE
    return _j(verdict, f"No device clearance is recorded: {r.text}", r.sources, e.slug)


def rule_prescription(claim: Claim, kb: KnowledgeBase) -> Judgement:
    statuses = _us_status(claim, kb)
    otc = [(e, r) for e, r in statuses if r.status is RegulatoryStatus.APPROVED_OTC]
    strength = re.search(r"\d+(\.\d+)?\s*(%|mg)", claim.sentence)
    if strength:  # "prescription-strength 2% ketoconazole": is that strength Rx or OTC?
        printed = strength.group(0).replace(" ", "")
        for e, r in statuses:
            if printed in r.text.replace(" ", ""):
                if r.status is RegulatoryStatus.APPROVED_RX:
                    return _j(Verdict.SUPPORTED, r.text, r.sources, e.slug)
                if r.status is RegulatoryStatus.APPROVED_OTC:
                    return _j(
                        Verdict.FALSE,
                        f"That strength is sold without a prescription: {r.text}",
                        r.sources,
                        e.slug,
                    )
    says_rx_only = re.search(r"prescription[- ]only|needs? a|requires? a", claim.sentence, re.I)
    if says_rx_only and statuses and not otc:
        e, r = statuses[0]
        return _j(Verdict.SUPPORTED, r.text, r.sources, e.slug)
    if otc:
        e, r = otc[0]
        return _j(
            Verdict.FALSE,
            f"It is sold without a prescription, so there is no 'prescription strength': {r.text}",
            r.sources,
            e.slug,
        )
    if not claim.entities:
        return _no_entity(claim)
    return _j(
        Verdict.MISLEADING,
        f"'Prescription strength' has no defined meaning for "
        f"{claim.entities[0].name} sold in a non-prescription product.",
        (),
        _slug(claim),
    )


def rule_clinically_proven(claim: Claim, kb: KnowledgeBase) -> Judgement:
    delivery = _delivery(claim, kb)
    if delivery is not None:
        return delivery
    found = _graded(claim, kb)
    if found is None:
        if not claim.entities:
            return _no_entity(claim)
        return _j(Verdict.UNSUPPORTED, "We found no trial of this in people.", (), _slug(claim))
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


def rule_doctor(claim: Claim, kb: KnowledgeBase) -> Judgement:
    if re.search(r"#\s*1|number one|most recommended", claim.sentence, re.I):
        return _j(
            Verdict.UNSUPPORTED,
            "We found no survey or guideline behind this ranking.",
            (),
            _slug(claim),
        )
    found = _graded(claim, kb)
    if found is None:
        return _j(
            Verdict.MISLEADING,
            "An endorsement is not evidence, and we found no guideline "
            "or trial that backs this one.",
            (),
            _slug(claim),
        )
    e, g = found
    text = f"Grade {g.grade}: {first_sentence(g.evidence.summary)}"
    if g.grade in GOOD:
        return _j(Verdict.SUPPORTED, text, g.evidence.sources, e.slug)
    return _j(
        Verdict.MISLEADING,
        f"An endorsement cannot stand in for weak evidence. {text}",
        g.evidence.sources,
        e.slug,
    )


def _serious(claim: Claim, kb: KnowledgeBase) -> Judgement:
    for e, t in _treatments(claim, kb):
        serious = [s for s in t.side_effects if s.seriousness == "serious"]
        if serious:
            return _j(
                Verdict.FALSE,
                f"Serious side effects are recorded for {t.name}, such as "
                f"{serious[0].name.lower()}.",
                serious[0].sources,
                e.slug,
            )
        if t.side_effects:
            return _j(
                Verdict.SUPPORTED,
                f"Only non-serious side effects are recorded for {t.name}.",
                t.side_effects[0].sources,
                e.slug,
            )
    return _j(
        Verdict.UNSUPPORTED, "We have no recorded side-effect data for this.", (), _slug(claim)
    )


def rule_side_effects(claim: Claim, kb: KnowledgeBase) -> Judgement:
    if re.search(r"\b(serious|major|significant)\b", claim.sentence, re.I):
        return _serious(claim, kb)
    for e, t in _treatments(claim, kb):
        if not t.side_effects:
            continue
        s = t.side_effects[0]
        if "placebo" in claim.sentence.lower() and any(x.placebo_frequency for x in t.side_effects):
            compared = next(x for x in t.side_effects if x.placebo_frequency)
            return _j(
                Verdict.SUPPORTED,
                f"{compared.name}: {compared.frequency} against "
                f"{compared.placebo_frequency} on placebo.",
                compared.sources,
                e.slug,
            )
        freq = f" ({s.frequency})" if s.frequency else ""
        text = f"Side effects are recorded for {t.name}, for example {s.name.lower()}{freq}."
        if claim.hedged or re.search(r"\bavoids?\b|\busually\b|\brarely\b", claim.sentence, re.I):
            return _j(Verdict.MISLEADING, text, s.sources, e.slug)
        return _j(Verdict.FALSE, text, s.sources, e.slug)
    if not claim.entities:
        return _j(
            Verdict.MISLEADING,
            "Every active product can have side effects; 'no side "
            "effects' is a promise no evidence can make.",
        )
    return _j(
        Verdict.UNSUPPORTED,
        f"We have no side-effect data for {claim.entities[0].name}; "
        "absence of data is not absence of side effects.",
        (),
        _slug(claim),
    )


def rule_natural_safe(claim: Claim, kb: KnowledgeBase) -> Judgement:
    for e, t in _treatments(claim, kb):
        serious = [s for s in t.side_effects if s.seriousness == "serious"]
        if serious:
            text = (
                f"Natural is not the same as safe: {t.name} has recorded serious side "
                f"effects, such as {serious[0].name.lower()}."
            )
            verdict = Verdict.FALSE if ABSOLUTE.search(claim.sentence) else Verdict.MISLEADING
            return _j(verdict, text, serious[0].sources, e.slug)
    if claim.entities:
        return _j(
            Verdict.UNSUPPORTED,
            f"We have no recorded safety evidence for "
            f"{claim.entities[0].name}; being natural says nothing about safety.",
            (),
            _slug(claim),
        )
    return _j(
        Verdict.MISLEADING,
        "Natural does not mean safe or effective; being natural says nothing about either.",
    )


def _delivery(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """Claims about a delivery technology are judged on its own evidence: a trial in which it
    did no better than the ordinary product contradicts "works better"."""
    nano = next((e for e in claim.entities if e.slug == "nano-delivery"), None)
    if nano is None or "nano-delivery" not in kb.treatments:
        return None
    ev = kb.treatments["nano-delivery"].evidence[0]
    # "more efficient delivery" is about the vehicle; "works better" is about the result
    better = re.search(
        r"\b(works? better|better results|more effective|superior|proven)\b", claim.sentence, re.I
    )
    if better and re.search(r"\bno better than\b", ev.summary, re.I):
        return _j(Verdict.FALSE, first_sentence(ev.summary), ev.sources, nano.slug)
    return _j(
        Verdict.UNSUPPORTED,
        f"Grade {ev.grade}: {first_sentence(ev.summary)}",
        ev.sources,
        nano.slug,
    )


def rule_compare(claim: Claim, kb: KnowledgeBase) -> Judgement:
    delivery = _delivery(claim, kb)
    if delivery is not None and claim.kind is Kind.BETTER_THAN:
        return delivery
    graded = [
        (e, best_grade(treatments_of(e, claim.sentence, kb), conditions_in(claim.sentence)))
        for e in claim.entities
    ]
    pairs = [(e, g) for e, g in graded if g is not None]
    if len(pairs) < 2:
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
    (a, ga), (_, gb) = pairs[0], pairs[1]
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
    delivery = _delivery(claim, kb)
    if delivery is not None:
        return delivery
    found = _graded(claim, kb)
    if found is not None and found[1].grade in GOOD and claim.hedged:
        e, g = found
        return _j(
            Verdict.SUPPORTED,
            f"Grade {g.grade}: {first_sentence(g.evidence.summary)}",
            g.evidence.sources,
            e.slug,
        )
    return _j(
        Verdict.UNSUPPORTED,
        "We found no human evidence that this way of delivering it works better.",
        (),
        _slug(claim),
    )


def _promised_days(sentence: str) -> int | None:
    m = re.search(
        r"\b(\d+|a|one|two|three|four|five|six|first|single|very)\s+(?:first\s+)?"
        r"(day|week|month|use|session|application|treatment|wash)",
        sentence,
        re.I,
    )
    if not m:
        return None
    count = m.group(1).lower()
    n = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
    return n * UNIT_DAYS[m.group(2).lower()]


def rule_time(claim: Claim, kb: KnowledgeBase) -> Judgement:
    promised = _promised_days(claim.sentence)
    for e, t in _treatments(claim, kb):
        if t.time_to_effect is None or promised is None:
            continue
        need = re.search(
            r"(\d+|one|two|three|four|six)\s*(month|week)", t.time_to_effect.text, re.I
        )
        if need is None:
            continue
        count = need.group(1).lower()
        n = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
        days = n * (30 if need.group(2).lower() == "month" else 7)
        if promised < days * 0.75:
            return _j(
                Verdict.FALSE,
                f"Too soon: {t.time_to_effect.text}",
                t.time_to_effect.sources,
                e.slug,
            )
        return _j(Verdict.SUPPORTED, t.time_to_effect.text, t.time_to_effect.sources, e.slug)
    return _j(
        Verdict.UNSUPPORTED,
        "We have no recorded evidence on how fast this works.",
        (),
        _slug(claim),
    )


def rule_figure(claim: Claim, kb: KnowledgeBase) -> Judgement:
    m = re.search(r"(\d{1,3}(?:\.\d+)?)\s*%", claim.sentence)
    number = m.group(1) if m else ""
    for e, t in _treatments(claim, kb):
        for ev in t.evidence:
            for f in ev.figures:
                if number and re.search(rf"(?<![\d.]){re.escape(number)}\s*%", f.value):
                    return _j(Verdict.SUPPORTED, f"{f.measure}: {f.value}.", f.sources, e.slug)
    found = _graded(claim, kb)
    if found is None:
        return _j(
            Verdict.UNSUPPORTED,
            "We found no published trial figure matching this "
            "percentage; a success rate without its study means little.",
            (),
            _slug(claim),
        )
    e, g = found
    summary = first_sentence(g.evidence.summary)
    if number and float(number) >= 90:
        return _j(
            Verdict.FALSE,
            f"No trial we record shows anything near this; grade {g.grade}: {summary}",
            g.evidence.sources,
            e.slug,
        )
    verdict = Verdict.UNSUPPORTED if g.grade in GOOD else Verdict.MISLEADING
    return _j(
        verdict,
        f"No trial figure we record matches this; grade {g.grade}: {summary}",
        g.evidence.sources,
        e.slug,
    )


def rule_unprovable(claim: Claim, kb: KnowledgeBase) -> Judgement:
    minox = kb.treatments.get("minoxidil-topical")
    label = tuple(minox.time_to_effect.sources) if minox and minox.time_to_effect else ()
    if claim.kind is Kind.CURES_BALDNESS:
        if re.search(r"ringworm|tinea|infection|\bclear", claim.sentence, re.I):
            return rule_efficacy(claim, kb)
        if re.search(r"\b(for good|forever|permanent(ly)?|for life)\b", claim.sentence, re.I):
            return _j(
                Verdict.FALSE,
                "No treatment cures pattern hair loss or alopecia areata for good: approved "
                "medicines help only while they are used.",
                label,
                _slug(claim),
            )
        return _j(
            Verdict.MISLEADING,
            "No treatment cures pattern hair loss or alopecia areata: "
            "even approved medicines help only while they are used.",
            label,
            _slug(claim),
        )
    if claim.kind is Kind.GUARANTEED_RESULTS:
        if re.search(
            r"\b(everyone|everybody|all users|every (man|woman|person)|full head|all (of )?your "
            r"hair)\b",
            claim.sentence,
            re.I,
        ):
            return _j(
                Verdict.FALSE,
                "No hair-loss treatment works for everyone; even approved "
                "medicines state that results vary.",
                label,
                _slug(claim),
            )
        if re.search(r"\b(hair|regrow|results?|growth)\b", claim.sentence, re.I):
            return _j(
                Verdict.MISLEADING,
                "A guarantee of results is a sales promise, not "
                "evidence; results vary from person to person.",
                label,
                _slug(claim),
            )
        return _j(
            Verdict.UNSUPPORTED, "A guarantee is a sales promise, not evidence.", (), _slug(claim)
        )
    if claim.kind is Kind.NOURISHES_SCALP:
        e = _main(claim)
        if e is not None and _is_supplement(claim, e, kb):
            return _j(
                Verdict.MISLEADING,
                f"'Nourishing' hair roots implies an effect on hair that "
                f"no good evidence shows for {e.name}.",
                (),
                e.slug,
            )
    return _j(
        Verdict.UNSUPPORTED,
        "A vague promise with no measurable meaning and no human evidence behind it.",
        (),
        _slug(claim),
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


def rule_pregnancy(claim: Claim, kb: KnowledgeBase) -> Judgement:
    """Safety in pregnancy or breastfeeding is judged on the recorded contraindications."""
    factors = {"pregnant_or_planning", "breastfeeding"}
    for e, t in _treatments(claim, kb):
        for c in t.contraindications:
            if factors & {str(a) for a in c.applies_to}:
                verdict = Verdict.FALSE if c.level == "avoid" else Verdict.MISLEADING
                return _j(verdict, c.text, c.sources, e.slug)
    return _j(
        Verdict.UNSUPPORTED,
        "We have no recorded evidence on safety in pregnancy or "
        "breastfeeding; absence of data is not proof of safety.",
        (),
        _slug(claim),
    )


RULES: dict[Kind, Rule] = {
    Kind.LOWERS_DHT: rule_lowers_dht,
    Kind.BLOCKS_ANDROGENS: rule_lowers_dht,
    Kind.REGROWS_HAIR: rule_efficacy,
    Kind.STOPS_HAIR_LOSS: rule_efficacy,
    Kind.THICKENS_HAIR: rule_efficacy,
    Kind.STIMULATES_FOLLICLES: rule_efficacy,
    Kind.FDA_APPROVED: rule_fda_approved,
    Kind.FDA_CLEARED: rule_fda_cleared,
    Kind.PRESCRIPTION_STRENGTH: rule_prescription,
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
    Kind.DOCTOR_RECOMMENDED: rule_doctor,
    Kind.NOURISHES_SCALP: rule_unprovable,
    Kind.HARMS_OUTWEIGH: rule_harms,
    Kind.SAFE_IN_PREGNANCY: rule_pregnancy,
}


def grade(claim: Claim, kb: KnowledgeBase) -> Judgement:
    return RULES[claim.kind](claim, kb)
