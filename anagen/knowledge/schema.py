"""The schema of every content file: the single definition of what `content/` may hold.

Models forbid unknown fields and are frozen, so the loaded knowledge base is immutable.
Each fact carries `sources`: ids that must exist in `content/sources.yaml` (checked by the loader).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from anagen.assessment.vocab import Pattern, Symptom
from anagen.knowledge.vocab import (
    Access,
    Category,
    CautionLevel,
    CostBand,
    EffectMetric,
    Grade,
    IngredientKind,
    Property,
    Region,
    RegulatoryStatus,
    Route,
    SafetyFactor,
    Seriousness,
    Severity,
    SourceKind,
    Status,
)

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
SourceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=120)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Sources = Annotated[list[SourceId], Field(min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Source(Strict):
    id: SourceId
    kind: SourceKind
    title: Text
    year: Annotated[int, Field(ge=1900, le=2100)]
    authors: Name | None = None
    journal: Name | None = None
    pmid: Annotated[str, StringConstraints(pattern=r"^[0-9]{1,9}$")] | None = None
    pmcid: Annotated[str, StringConstraints(pattern=r"^PMC[0-9]{1,9}$")] | None = None
    doi: Annotated[str, StringConstraints(pattern=r"^10\.[0-9]{4,9}/\S+$")] | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None
    # Quality note, shown as badges beside each citation.
    design: Name | None = None
    participants: Annotated[int, Field(ge=1)] | None = None
    duration: Name | None = None
    industry_funded: bool | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _has_locator(self) -> Source:
        if not (self.pmid or self.doi or self.url):
            raise ValueError("a source needs a pmid, a doi or an official url")
        return self

    @property
    def link(self) -> str:
        if self.pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
        if self.doi:
            return f"https://doi.org/{self.doi}"
        return self.url or ""


class SourcesFile(Strict):
    sources: Annotated[list[Source], Field(min_length=1)]


class Fact(Strict):
    text: Text
    sources: Sources


class Effect(Strict):
    """The figure's numbers in a form a chart can place: only where its measure is one that
    can sit on a shared axis with other treatments' (`EffectMetric`)."""

    metric: EffectMetric
    value: float
    low: float | None = None  # the 95% confidence or credible interval, when reported
    high: float | None = None

    @model_validator(mode="after")
    def _interval_holds_the_value(self) -> Effect:
        if (self.low is None) != (self.high is None):
            raise ValueError("give both ends of the interval or neither")
        if (
            self.low is not None
            and self.high is not None
            and not self.low <= self.value <= self.high
        ):
            raise ValueError("the interval must contain the value")
        return self


NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


class Figure(Strict):
    """An effect size a trial or meta-analysis reports."""

    measure: Text
    value: Text
    population: Text | None = None
    effect: Effect | None = None
    sources: Sources

    @model_validator(mode="after")
    def _effect_numbers_are_in_the_text(self) -> Figure:
        """The chart's numbers must be the ones the cited text gives, never new ones."""
        if self.effect is None:
            return self
        stated = {abs(float(n)) for n in NUMBER.findall(self.value)}
        for name in ("value", "low", "high"):
            number = getattr(self.effect, name)
            if number is not None and abs(number) not in stated:
                raise ValueError(f"effect {name} {number} does not appear in the value text")
        return self


class NotWhile(Strict):
    """Signs that rule a treatment out for a condition, e.g. a transplant while scarring
    alopecia is still active: the assessment leaves it out for people who report them."""

    symptoms: Annotated[list[Symptom], Field(min_length=1)]
    text: Text
    sources: Sources


class Evidence(Strict):
    condition: Slug
    grade: Grade
    # Severities the evidence (or the approval) covers; empty means any severity.
    for_severity: list[Severity] = []
    # Signs (assessment symptom codes) the evidence is about; empty means any presentation.
    for_symptoms: list[Symptom] = []
    # Hair-loss patterns (assessment pattern codes) the evidence is about, e.g. a receding
    # hairline for evidence from frontal fibrosing alopecia only; empty means any pattern.
    for_patterns: list[Pattern] = []
    not_while: NotWhile | None = None
    summary: Text
    figures: list[Figure] = []
    sources: Sources


class SideEffect(Strict):
    name: Name
    seriousness: Seriousness
    frequency: Text | None = None
    placebo_frequency: Text | None = None
    population: Text | None = None
    sources: Sources


class Contraindication(Strict):
    applies_to: Annotated[list[SafetyFactor], Field(min_length=1)]
    level: CautionLevel
    text: Text
    sources: Sources


class Regulatory(Strict):
    region: Region
    status: RegulatoryStatus
    conditions: list[Slug] = []
    text: Text
    sources: Sources


class Cost(Strict):
    band: CostBand
    text: Text
    sources: Sources


class Comparison(Strict):
    treatment: Slug
    text: Text
    sources: Sources


class Treatment(Strict):
    slug: Slug
    name: Name
    also_known_as: list[Name] = []
    # Everyday wordings that mean this option in marketing text ("without treatment" for
    # watchful waiting): read by the claim checker, not shown as names.
    plain_wordings: list[Name] = []
    category: Category
    route: Route
    access: Access
    # True when it asks for something to be put on the scalp every day.
    daily_routine: bool = False
    # What must be true before it makes sense, e.g. a blood test showing a deficiency.
    prerequisite: Fact | None = None
    status: Status = Status.ESTABLISHED
    trial_phase: Name | None = None
    summary: Text
    last_reviewed: dt.date
    ingredients: list[Slug] = []
    mechanism: Fact | None = None
    usage: list[Fact] = []
    time_to_effect: Fact | None = None
    evidence: Annotated[list[Evidence], Field(min_length=1)]
    side_effects: list[SideEffect] = []
    call_doctor: list[Fact] = []
    contraindications: list[Contraindication] = []
    interactions: list[Fact] = []
    regulatory: list[Regulatory] = []
    cost: Cost | None = None
    comparisons: list[Comparison] = []
    disagreements: list[Fact] = []

    @model_validator(mode="after")
    def _consistent(self) -> Treatment:
        seen = [e.condition for e in self.evidence]
        if len(seen) != len(set(seen)):
            raise ValueError("evidence lists the same condition twice")
        if self.status is Status.INVESTIGATIONAL and not self.trial_phase:
            raise ValueError("an investigational treatment needs its trial_phase")
        return self

    def grade_for(self, condition: str) -> Grade | None:
        return next((e.grade for e in self.evidence if e.condition == condition), None)


class Condition(Strict):
    slug: Slug
    name: Name
    also_known_as: list[Name] = []
    summary: Text
    last_reviewed: dt.date
    signs: Annotated[list[Fact], Field(min_length=1)]
    sources: Sources


class PropertyFact(Strict):
    value: bool
    text: Text
    sources: Sources


class Strength(Strict):
    """The strength range trials found effective, e.g. minoxidil 2-5 % or saw palmetto 320 mg/day."""

    route: Route
    low: Annotated[float, Field(gt=0)]
    high: Annotated[float, Field(gt=0)]
    unit: Annotated[str, StringConstraints(pattern=r"^(%|mg|mcg|g|IU)$")]
    per: Annotated[str, StringConstraints(pattern=r"^(application|day|week|dose)$")]
    text: Text
    sources: Sources

    @model_validator(mode="after")
    def _ordered(self) -> Strength:
        if self.low > self.high:
            raise ValueError("low is above high")
        return self


class Ingredient(Strict):
    slug: Slug
    name: Name
    kind: IngredientKind
    inci: Name | None = None
    latin: Name | None = None
    synonyms: list[Name] = []
    misspellings: list[Name] = []
    # names that contain this one but are another substance ("Zinc PCA", "Biotinoyl tripeptide-1")
    lookalikes: list[Name] = []
    treatments: list[Slug] = []
    properties: dict[Property, PropertyFact] = {}
    effective_strengths: list[Strength] = []
    regulatory: list[Fact] = []


class ChangelogEntry(Strict):
    """One change in the evidence, for the changelog page and the updates feed."""

    date: dt.date
    title: Name
    text: Text
    treatments: list[Slug] = []
    conditions: list[Slug] = []
    sources: list[SourceId] = []


class ChangelogFile(Strict):
    entries: Annotated[list[ChangelogEntry], Field(min_length=1)]


class GuideMeta(Strict):
    """The front matter of `content/guides/<slug>.md`."""

    title: Name
    summary: Text
    last_reviewed: dt.date
