"""The claim checker page: paste text, see each claim highlighted with its verdict."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from anagen.claims.api import MAX_CHARS
from anagen.claims.engine import check_claims
from anagen.claims.report import segments
from anagen.claims.vocab import VERDICT_MEANINGS
from anagen.knowledge import runtime
from anagen.knowledge.pages import reference_entry

EXAMPLE = (
    "Our topical product contains prescription strength minoxidil, the proven DHT blocker. "
    "The supplement with saw palmetto regrows hair in 30 days, with no side effects."
)


class ClaimsForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_CHARS,
        label="Paste an advert, a product description or a claim",
    )


def checker(request: HttpRequest) -> HttpResponse:
    form = ClaimsForm(request.POST or None, initial={"text": EXAMPLE})
    context: dict[str, object] = {
        "form": form,
        "meanings": [(str(v), m) for v, m in VERDICT_MEANINGS.items()],
    }
    if request.method == "POST" and form.is_valid():
        kb = runtime.get_kb()
        text = form.cleaned_data["text"]
        report = check_claims(text, kb)
        ids = list(dict.fromkeys(s for f in report.findings for s in f.sources))
        numbering = {sid: n for n, sid in enumerate(ids, start=1)}
        marked = segments(text, report)
        context.update(
            report=report,
            segments=marked,
            # one passage can hold several claims: the heading counts both
            passages=sum(1 for s in marked if s["findings"]),
            numbering=numbering,
            references=[
                reference_entry(numbering[s], kb.sources[s]) for s in ids if s in kb.sources
            ],
        )
    return render(request, "claims/checker.html", context)
