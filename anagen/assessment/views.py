"""The questionnaire, its result, saved results and the published method. Thin glue only."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from anagen.assessment import labels, pictures
from anagen.assessment.engine import assess
from anagen.assessment.forms import (
    LUDWIG_PATTERNS,
    NORWOOD_PATTERNS,
    STEPS,
    AnswersForm,
    hidden_pairs,
    step_applies,
)
from anagen.assessment.inputs import InputError
from anagen.assessment.models import SavedAssessment
from anagen.assessment.report import ROLE_TITLES, as_text
from anagen.assessment.result import AssessmentResult, from_json
from anagen.assessment.services import delete_assessment, save_assessment
from anagen.assessment.vocab import RULES_VERSION
from anagen.knowledge import runtime
from anagen.knowledge.pages import reference_entry


def questionnaire(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _render_step(request, AnswersForm(), 0)
    form = AnswersForm(request.POST)
    form.is_valid()
    index = _clamp(request.POST.get("step"))
    pattern = form.cleaned_data.get("pattern")
    if request.POST.get("action") == "back":
        return _render_step(request, form, _move(index, -1, pattern), check=False)
    if not form.check_step(STEPS[index]):
        return _render_step(request, form, index)
    following = _move(index, +1, pattern)
    if following == index:
        return _render_result(request, form)
    return _render_step(request, form, following, check=False)


def _clamp(raw: Any) -> int:
    try:
        return min(max(int(raw), 0), len(STEPS) - 1)
    except (TypeError, ValueError):
        return 0


def _move(index: int, delta: int, pattern: str | None) -> int:
    i = index + delta
    while 0 <= i < len(STEPS) and not step_applies(STEPS[i], pattern):
        i += delta
    return i if 0 <= i < len(STEPS) else index


def _render_step(
    request: HttpRequest, form: AnswersForm, index: int, check: bool = True
) -> HttpResponse:
    step = STEPS[index]
    if not check:  # a fresh page for this step: show no errors from other steps
        form._errors = {}
    pattern = form.cleaned_data.get("pattern") if hasattr(form, "cleaned_data") else None
    applicable = [s for s in STEPS if step_applies(s, pattern)]
    position = applicable.index(step) + 1 if step in applicable else index + 1
    return render(
        request,
        "assessment/step.html",
        {
            "form": form,
            "step": step,
            "index": index,
            "position": position,
            "total": len(applicable),
            "hidden": hidden_pairs(form, step.fields) if form.is_bound else [],
            "stages": _stage_choices(pattern),
            "show_percent": pattern == "patches",
            "fields": [
                form[name] for name in step.fields if name not in ("stage", "scalp_loss_percent")
            ],
        },
    )


def _first_unanswered(form: AnswersForm) -> int:
    """The first step whose answers are missing or invalid: where a person whose answers
    cannot be assessed (or saved) is sent back, with what they typed kept and the error shown."""
    pattern = form.cleaned_data.get("pattern")
    for index, step in enumerate(STEPS):
        if step_applies(step, pattern) and not form.check_step(step):
            return index
    return 0


def _stage_choices(pattern: str | None) -> list[dict[str, str]]:
    if pattern in NORWOOD_PATTERNS:
        codes = ["N1", "N2", "N3", "N3V", "N4", "N5", "N6", "N7"]
    elif pattern in LUDWIG_PATTERNS:
        codes = ["L1", "L2", "L3"]
    else:
        return []
    return [
        {"value": c, "label": labels.STAGE[c], "svg": pictures.stage_svg(c, labels.STAGE[c])}
        for c in codes
    ]


def _render_result(
    request: HttpRequest, form: AnswersForm, saved: SavedAssessment | None = None
) -> HttpResponse:
    try:
        result = assess(form.engine_input(), runtime.get_kb())
    except (InputError, KeyError):
        return _render_step(request, form, _first_unanswered(form))
    return _result_page(request, result, hidden_pairs(form, ()), saved)


def _result_page(
    request: HttpRequest,
    result: AssessmentResult,
    hidden: list[tuple[str, str]],
    saved: SavedAssessment | None,
) -> HttpResponse:
    groups = [
        {"role": role, "title": title, "items": [p for p in result.plan if p.role == role]}
        for role, title in ROLE_TITLES.items()
    ]
    return render(
        request,
        "assessment/result.html",
        {
            "r": result,
            "groups": [g for g in groups if g["items"]],
            "hidden": hidden,
            "saved": saved,
            "severity_svg": pictures.severity_scale_svg(result.severity),
            "summary": as_text(result),
        },
    )


@require_POST
def save(request: HttpRequest) -> HttpResponse:
    form = AnswersForm(request.POST)
    form.is_valid()
    try:
        answers = form.engine_input()
        result = assess(answers, runtime.get_kb())
    except (InputError, KeyError):
        return _render_step(request, form, _first_unanswered(form))
    saved = save_assessment(answers, result)
    return redirect("assessment:saved", token=saved.token)


def saved(request: HttpRequest, token: str) -> HttpResponse:
    record = get_object_or_404(SavedAssessment, token=token)
    result = from_json(record.result)
    response = _result_page(request, result, [], record)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_POST
def delete(request: HttpRequest, token: str) -> HttpResponse:
    if not delete_assessment(token):
        raise Http404("No such saved assessment")
    return render(request, "assessment/deleted.html")


def method(request: HttpRequest) -> HttpResponse:
    kb = runtime.get_kb()
    rules = kb.assessment
    if rules is None:
        raise Http404("No assessment rules are loaded")
    ids: list[str] = []
    for item in [*rules.scales.values(), *rules.red_flags, *rules.clues, *rules.refer_conditions]:
        ids.extend(s for s in item.sources if s not in ids)
    numbering = {sid: n for n, sid in enumerate(ids, start=1)}
    names = {slug: c.name for slug, c in kb.conditions.items()} | {"unclear": "Unclear"}
    return render(
        request,
        "assessment/method.html",
        {
            "rules": rules,
            "numbering": numbering,
            "names": names,
            "references": [reference_entry(numbering[s], kb.sources[s]) for s in ids],
            "version": RULES_VERSION,
        },
    )
