"""Encyclopedia pages: treatments, conditions and treatment categories. Reads only."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from anagen.community.display import box_context, box_data
from anagen.knowledge import runtime
from anagen.knowledge.charts import EffectRow, GradedItem, effect_chart, evidence_chart
from anagen.knowledge.models import Condition, Evidence, Treatment
from anagen.knowledge.names import condition_names
from anagen.knowledge.vocab import (
    CATEGORY_BLURBS,
    CATEGORY_TITLES,
    COST_BAND_MEANINGS,
    EFFECT_METRIC_MEANINGS,
    GRADE_ORDER,
    Category,
    CostBand,
    EffectMetric,
    Route,
    regions_in_trials,
    regions_without_status,
    why_no_price,
)
from anagen.web.cache import fragment_page

# What a treatment card shows (knowledge/_treatment_cards.html): never the large JSON columns,
# whose decoding was most of a list page's time.
CARD_FIELDS = ("slug", "name", "summary", "category")


def _grades_prefetch() -> Prefetch[Any]:
    grades = Evidence.objects.select_related("condition").only(
        "grade", "rank", "treatment_id", "condition__name"
    )
    return Prefetch("grades", queryset=grades)


def treatment_list(request: HttpRequest) -> HttpResponse:
    # The cards are a fragment under the content version: read only when it is rendered.
    return render(request, "knowledge/treatment_list.html", {"cards": _treatment_groups})


def _treatment_groups() -> dict[str, Any]:
    treatments = list(Treatment.objects.only(*CARD_FIELDS).prefetch_related(_grades_prefetch()))
    groups = [
        {
            "slug": str(c),
            "title": CATEGORY_TITLES[c],
            "blurb": CATEGORY_BLURBS[c],
            "treatments": [t for t in treatments if t.category == c],
        }
        for c in Category
    ]
    return {"groups": groups}


def category(request: HttpRequest, category: str) -> HttpResponse:
    try:
        cat = Category(category)
    except ValueError:
        raise Http404("No such category") from None
    # A lazy query: the cards' fragment reads it only when it is rendered.
    treatments = (
        Treatment.objects.in_category(cat).only(*CARD_FIELDS).prefetch_related(_grades_prefetch())
    )
    return render(
        request,
        "knowledge/category.html",
        {
            "category": cat,
            "title": CATEGORY_TITLES[cat],
            "blurb": CATEGORY_BLURBS[cat],
            "treatments": treatments,
        },
    )


def treatment_detail(request: HttpRequest, slug: str) -> HttpResponse:
    page = fragment_page(Treatment, slug, ("name", "summary"), _treatment_body)
    return render(
        request,
        "knowledge/treatment_detail.html",
        {**page, **box_context({"treatment": page["head"]["id"]}, request, "treatment", slug)},
    )


def _treatment_body(pk: int) -> dict[str, Any]:
    """Everything inside the page's cached fragments."""
    treatment = Treatment.objects.get(pk=pk)
    data = treatment.data
    compared = {
        t.slug: t
        for t in Treatment.objects.filter(
            slug__in=[c["treatment"] for c in data["comparisons"]]
        ).only("slug", "name")
    }
    cost = data.get("cost")
    return {
        "treatment": treatment,
        "t": data,
        "numbering": {r["id"]: r["n"] for r in treatment.references},
        "condition_names": condition_names(),
        "common_effects": [s for s in data["side_effects"] if s["seriousness"] == "common"],
        "serious_effects": [s for s in data["side_effects"] if s["seriousness"] == "serious"],
        "comparisons": [{**c, "other": compared.get(c["treatment"])} for c in data["comparisons"]],
        "category_title": CATEGORY_TITLES[Category(treatment.category)],
        "cost_meaning": COST_BAND_MEANINGS[CostBand(cost["band"])] if cost else None,
        "no_price_reason": None if cost else why_no_price(data["route"], data["status"]),
        # Said out loud rather than left blank: where no source was found, no status is given.
        "regions_without_status": regions_without_status(
            data["route"], (r["region"] for r in data["regulatory"]), data["status"]
        ),
        "regions_in_trials": regions_in_trials(
            data["status"], (r["region"] for r in data["regulatory"])
        ),
        "jsonld_data": {
            "@type": "MedicalWebPage",
            "name": treatment.name,
            "lastReviewed": treatment.last_reviewed.isoformat(),
            "about": {
                "@type": "Drug"
                if data["route"] in ("oral", "topical", "injection")
                else "MedicalTherapy",
                "name": treatment.name,
            },
        },
        # The side-effect tables count every reviewer's reports, whatever the box's filters.
        "everyone": box_data({"treatment": pk}, "treatment", treatment.slug, "", 0)["community"],
    }


def effect_charts(ranked: list[Evidence], condition: str, cname: str) -> list[str]:
    """One chart per effect measure that at least two treatments report for this condition."""
    by_metric: dict[str, list[EffectRow]] = {}
    for e in ranked:
        entry = next((x for x in e.treatment.data["evidence"] if x["condition"] == condition), None)
        for f in (entry or {}).get("figures", []):
            if eff := f.get("effect"):
                by_metric.setdefault(eff["metric"], []).append(
                    EffectRow(
                        e.treatment.name,
                        eff["value"],
                        eff.get("low"),
                        eff.get("high"),
                        f"{f['measure']}; {f.get('population') or ''}".strip("; "),
                        f"/treatments/{e.treatment.slug}/#verdict",
                    )
                )
    out = []
    for metric, rows in by_metric.items():
        if len(rows) >= 2:
            meaning, unit = EFFECT_METRIC_MEANINGS[EffectMetric(metric)]
            out.append(effect_chart(rows, f"{meaning}: {cname}", unit))
    return out


def condition_list(request: HttpRequest) -> HttpResponse:
    return render(
        request, "knowledge/condition_list.html", {"conditions": Condition.objects.by_name()}
    )


def condition_detail(request: HttpRequest, slug: str) -> HttpResponse:
    page = fragment_page(Condition, slug, ("name", "summary"), _condition_body)
    return render(request, "knowledge/condition_detail.html", page)


def _condition_body(pk: int) -> dict[str, Any]:
    """Everything inside the condition page's fragment: the ranking, its charts, the prose."""
    condition = Condition.objects.get(pk=pk)
    ranked = list(Evidence.objects.filter(condition=condition).select_related("treatment"))
    items = [
        GradedItem(e.treatment.name, e.grade, f"/treatments/{e.treatment.slug}/") for e in ranked
    ]
    title = f"Evidence grades for {condition.name.lower()}"
    return {
        "condition": condition,
        "c": condition.data,
        "numbering": {r["id"]: r["n"] for r in condition.references},
        "ranked": ranked,
        "chart": evidence_chart(items, title) if items else "",
        "effect_charts": effect_charts(ranked, condition.slug, condition.name.lower()),
        "cost_grid": cost_grid(ranked),
        "jsonld_data": {
            "@type": "MedicalWebPage",
            "name": condition.name,
            "lastReviewed": condition.last_reviewed.isoformat(),
            "about": {"@type": "MedicalCondition", "name": condition.name},
        },
    }


def cost_grid(ranked: list[Evidence]) -> dict[str, Any]:
    """Grade (rows) against monthly cost band (columns). Options with nothing to buy get a
    column of their own (when the condition has any); treatments without a sourced price, or
    not on sale, go in the last column rather than being guessed."""
    headers = {"free": "nothing to buy"}
    headers |= {str(b): f"{b} ({COST_BAND_MEANINGS[b]})" for b in CostBand}
    headers["unknown"] = "no sourced price, or not on sale"
    placed: list[tuple[str, str, Treatment]] = []
    for e in ranked:
        data = e.treatment.data
        if data.get("cost"):
            column = data["cost"]["band"]
        else:
            column = "free" if data["route"] == Route.NONE else "unknown"
        placed.append((str(e.grade), column, e.treatment))
    columns = [c for c in headers if c != "free" or any(p[1] == "free" for p in placed)]
    rows = []
    for grade in GRADE_ORDER:
        cells: dict[str, list[Treatment]] = {c: [] for c in columns}
        for g, column, treatment in placed:
            if g == grade:
                cells[column].append(treatment)
        if any(cells.values()):
            rows.append({"grade": str(grade), "cells": [cells[c] for c in columns]})
    return {"headers": [headers[c] for c in columns], "rows": rows}


def changelog(request: HttpRequest) -> HttpResponse:
    entries = runtime.get_kb().changelog
    names = dict(Treatment.objects.values_list("slug", "name"))
    names.update(Condition.objects.values_list("slug", "name"))
    return render(request, "knowledge/changelog.html", {"entries": entries, "names": names})
