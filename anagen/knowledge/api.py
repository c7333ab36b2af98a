"""Read API for the knowledge base: conditions and treatments, as the files define them."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema

from anagen.api_errors import NO_NUL, NOT_FOUND, QUERY
from anagen.knowledge.models import Condition, Evidence, Treatment
from anagen.knowledge.schema import Condition as ConditionRecord
from anagen.knowledge.schema import Treatment as TreatmentRecord

router = Router(tags=["knowledge"])


class Reference(Schema):
    n: int
    id: str
    kind: str
    title: str
    year: int
    link: str
    pmid: str | None = None
    doi: str | None = None
    url: str | None = None


class ConditionSummary(Schema):
    slug: str
    name: str
    summary: str
    url: str


class RankedTreatment(Schema):
    treatment: str
    name: str
    grade: str
    summary: str


class ConditionDetail(ConditionRecord):
    url: str
    treatments: list[RankedTreatment]
    references: list[Reference]


class GradeOut(Schema):
    condition: str
    grade: str
    summary: str
    sources: list[str]


class TreatmentSummary(Schema):
    slug: str
    name: str
    category: str
    summary: str
    url: str
    evidence: list[GradeOut]


class TreatmentDetail(TreatmentRecord):
    url: str
    references: list[Reference]


def _or_404(model: Any, slug: str) -> Any:
    obj = model.objects.filter(slug=slug).first()
    if obj is None:
        raise Http404(f"no {model._meta.verbose_name} with slug {slug!r}")
    return obj


@router.get("/conditions", response={200: list[ConditionSummary], **QUERY})
def list_conditions(request: HttpRequest) -> list[dict[str, Any]]:
    return [
        {"slug": c.slug, "name": c.name, "summary": c.summary, "url": f"/conditions/{c.slug}/"}
        for c in Condition.objects.by_name()
    ]


@router.get("/conditions/{slug}", response={200: ConditionDetail, **NOT_FOUND})
def get_condition(request: HttpRequest, slug: str) -> dict[str, Any]:
    c = _or_404(Condition, slug)
    ranked = Evidence.objects.filter(condition=c).select_related("treatment")
    return {
        **c.data,
        "url": f"/conditions/{c.slug}/",
        "references": c.references,
        "treatments": [
            {
                "treatment": e.treatment.slug,
                "name": e.treatment.name,
                "grade": e.grade,
                "summary": e.summary,
            }
            for e in ranked
        ],
    }


@router.get("/treatments", response={200: list[TreatmentSummary], **QUERY})
def list_treatments(
    request: HttpRequest, category: str | None = Query(None, pattern=NO_NUL)
) -> list[dict[str, Any]]:
    qs = Treatment.objects.all() if category is None else Treatment.objects.in_category(category)
    return [
        {
            "slug": t.slug,
            "name": t.name,
            "category": t.category,
            "summary": t.summary,
            "url": f"/treatments/{t.slug}/",
            "evidence": [
                {k: e[k] for k in ("condition", "grade", "summary", "sources")}
                for e in t.data["evidence"]
            ],
        }
        for t in qs
    ]


@router.get("/treatments/{slug}", response={200: TreatmentDetail, **NOT_FOUND})
def get_treatment(request: HttpRequest, slug: str) -> dict[str, Any]:
    t = _or_404(Treatment, slug)
    return {**t.data, "url": f"/treatments/{t.slug}/", "references": t.references}
