"""score_product(): a transparent score from the label analysis and the knowledge base.

Five parts, each 0-100 with its reasons in words: efficacy (best evidence grade of the actives
for the condition, at an effective strength), safety (serious side effects and contraindications
of those actives), honesty (the claim checker's verdicts; neutral until checked), transparency
(full label with doses, or a proprietary blend), value (price band). Sponsorship is not an
input, so it cannot change a score or a rank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.schema import Ingredient, Treatment
from anagen.knowledge.vocab import Route
from anagen.products.label import LabelAnalysis

SCORING_VERSION = "2026.11.2"
WEIGHTS = {"efficacy": 0.40, "safety": 0.20, "honesty": 0.15, "transparency": 0.15, "value": 0.10}
GRADE_POINTS = {"A": 100, "B": 75, "C": 45, "D": 15, "X": 0}
BELOW_RANGE_FACTOR = 0.4  # a trace of an active is not the dose that trials tested
UNKNOWN_STRENGTH_FACTOR = 0.7
PRICE_POINTS = {"low": 100, "medium": 75, "high": 50, "very-high": 25}
NEUTRAL = 50
ORAL_FORMS = {"tablet", "capsule", "gummy"}
DEVICE_FORMS = {"device"}
PATTERN_CONDITIONS = ("androgenetic-alopecia", "female-pattern-hair-loss")


@dataclass(frozen=True)
class Part:
    name: str
    score: float
    weight: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ProductScore:
    overall: float
    parts: tuple[Part, ...]
    efficacy_by_condition: dict[str, float] = field(default_factory=dict)
    version: str = SCORING_VERSION

    def part(self, name: str) -> Part:
        return next(p for p in self.parts if p.name == name)


@dataclass(frozen=True)
class ProductFacts:
    """What scoring needs to know about a product beyond its label text."""

    form: str
    regulatory_type: str
    conditions: tuple[str, ...]
    price_band: str | None
    honesty: float | None = None
    honesty_reasons: tuple[str, ...] = ()


def route_of(form: str) -> Route:
    if form in ORAL_FORMS:
        return Route.ORAL
    if form in DEVICE_FORMS:
        return Route.DEVICE
    return Route.TOPICAL


def treatment_for(ingredient: Ingredient, route: Route, kb: KnowledgeBase) -> Treatment | None:
    """The treatment an ingredient delivers by this route (topical vs oral minoxidil)."""
    options = [kb.treatments[s] for s in ingredient.treatments if s in kb.treatments]
    return next((t for t in options if t.route is route), options[0] if len(options) == 1 else None)


def _amount(strength: str) -> tuple[float, str]:
    m = re.match(r"([\d.]+)\s*(%|mg|mcg|IU|mL|CFU)", strength)
    return (float(m.group(1)), m.group(2)) if m else (0.0, "")


def strength_factor(
    ingredient: Ingredient, route: Route, strength: str | None
) -> tuple[float, str]:
    ranges = [r for r in ingredient.effective_strengths if r.route is route]
    if not ranges:
        return 1.0, ""
    if strength is None:
        return UNKNOWN_STRENGTH_FACTOR, f"the label gives no strength for {ingredient.name}"
    value, unit = _amount(strength)
    for r in ranges:
        if r.unit == unit and value >= r.low:
            return 1.0, f"{strength} is within the effective range ({r.low:g}-{r.high:g} {r.unit})"
        if r.unit == unit:
            return BELOW_RANGE_FACTOR, (
                f"{strength} is below the strength trials found effective "
                f"({r.low:g}-{r.high:g} {r.unit})"
            )
    return 1.0, ""


def efficacy(
    analysis: LabelAnalysis, facts: ProductFacts, condition: str, kb: KnowledgeBase
) -> tuple[float, list[str]]:
    route = route_of(facts.form)
    if route is Route.DEVICE:
        laser = kb.treatments.get("low-level-laser-therapy")
        grade = laser.grade_for(condition) if laser else None
        if facts.regulatory_type != "device_cleared":
            return 0.0, ["no FDA clearance is recorded for this device"]
        if grade is None:
            return 0.0, [f"laser therapy has no graded evidence for {condition}"]
        return float(GRADE_POINTS[grade]), [f"laser therapy: grade {grade} for {condition}"]
    best, reasons = 0.0, []
    for active in analysis.actives:
        ing = kb.ingredients.get(active.ingredient)
        t = treatment_for(ing, route, kb) if ing else None
        grade = t.grade_for(condition) if t else None
        if ing is None or t is None or grade is None:
            continue
        factor, why = strength_factor(ing, route, active.strength)
        points = GRADE_POINTS[grade] * factor
        reasons.append(f"{ing.name}: grade {grade} ({t.name})" + (f"; {why}" if why else ""))
        best = max(best, points)
    if not reasons:
        reasons.append("no active with graded evidence for this condition")
    return best, reasons


def safety(
    analysis: LabelAnalysis, facts: ProductFacts, kb: KnowledgeBase
) -> tuple[float, list[str]]:
    route = route_of(facts.form)
    serious, avoid, names = 0, 0, []
    for active in analysis.actives:
        ing = kb.ingredients.get(active.ingredient)
        t = treatment_for(ing, route, kb) if ing else None
        if t is None:
            continue
        names.append(t.name)
        serious += sum(1 for s in t.side_effects if s.seriousness == "serious")
        avoid += sum(1 for c in t.contraindications if c.level == "avoid")
    if not names:
        return float(NEUTRAL), ["no recorded safety data for these ingredients"]
    score = max(0.0, 100.0 - 8 * serious - 5 * avoid)
    return score, [
        f"{_counted(serious, 'serious side effect')} and "
        f"{_counted(avoid, 'group')} who should avoid it, recorded for {', '.join(names)}"
    ]


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def transparency(analysis: LabelAnalysis, label_text: str) -> tuple[float, list[str]]:
    if len(label_text.strip()) < 10:
        return 0.0, ["no label text"]
    if analysis.proprietary_blend:
        return 30.0, ["a proprietary blend hides how much of each ingredient it contains"]
    if analysis.actives and any(a.strength is None for a in analysis.actives):
        return 60.0, ["some actives are listed without their strength"]
    return 100.0, ["the full label, with the strength of each active, is published"]


def value(facts: ProductFacts) -> tuple[float, list[str]]:
    if facts.price_band is None:
        return float(NEUTRAL), ["no sourced price: neutral"]
    return float(PRICE_POINTS[facts.price_band]), [f"price band: {facts.price_band}"]


def score_product(
    analysis: LabelAnalysis, facts: ProductFacts, label_text: str, kb: KnowledgeBase
) -> ProductScore:
    conditions = facts.conditions or PATTERN_CONDITIONS
    by_condition = {c: efficacy(analysis, facts, c, kb) for c in conditions}
    best_condition = max(by_condition, key=lambda c: by_condition[c][0])
    eff, eff_reasons = by_condition[best_condition]
    saf, saf_reasons = safety(analysis, facts, kb)
    hon = facts.honesty if facts.honesty is not None else float(NEUTRAL)
    hon_reasons = list(facts.honesty_reasons) or ["marketing not yet checked: neutral"]
    tra, tra_reasons = transparency(analysis, label_text)
    val, val_reasons = value(facts)
    raw = {
        "efficacy": (eff, eff_reasons),
        "safety": (saf, saf_reasons),
        "honesty": (hon, hon_reasons),
        "transparency": (tra, tra_reasons),
        "value": (val, val_reasons),
    }
    parts = tuple(
        Part(name, round(score, 1), WEIGHTS[name], tuple(reasons))
        for name, (score, reasons) in raw.items()
    )
    overall = round(sum(p.score * p.weight for p in parts), 1)
    return ProductScore(overall, parts, {c: round(v[0], 1) for c, v in by_condition.items()})
