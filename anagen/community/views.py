"""Accounts, review forms, reports and moderation. Thin glue: writes are in services.py."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from anagen.community import limits, services
from anagen.community.forms import ReviewForm, SignupForm
from anagen.community.models import Review
from anagen.knowledge import runtime
from anagen.knowledge.models import Condition, Treatment
from anagen.products.models import Product
from anagen.products.scoring import route_of, treatment_for


def signup(request: HttpRequest) -> HttpResponse:
    form = SignupForm(request.POST or None)
    if request.method == "POST":
        if not limits.hit(
            f"signup:{limits.client_ip(request.META)}", limits.SIGNUPS_PER_HOUR_PER_IP
        ):
            return render(request, "community/limited.html", status=429)
        if form.is_valid():
            user = form.save()
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, "Welcome! You can now review treatments and products.")
            return redirect("community:account")
    return render(request, "community/signup.html", {"form": form})


@login_required
def account(request: HttpRequest) -> HttpResponse:
    reviews = Review.objects.filter(author=request.user).select_related("treatment", "product")
    return render(request, "community/account.html", {"reviews": reviews})


@login_required
def download_data(request: HttpRequest) -> HttpResponse:
    data = services.export_user_data(request.user)  # type: ignore[arg-type]
    response = HttpResponse(
        json.dumps(data, indent=1, default=str), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="anagen-my-data.json"'
    return response


@login_required
@require_POST
def delete_account(request: HttpRequest) -> HttpResponse:
    if not request.user.check_password(request.POST.get("password", "")):  # type: ignore[union-attr]
        messages.error(request, "That password is not right; nothing was deleted.")
        return redirect("community:account")
    user = request.user
    logout(request)
    services.do_delete_account(user)  # type: ignore[arg-type]
    return render(request, "community/deleted.html")


def _target(kind: str, slug: str) -> tuple[dict[str, Any], Any, list[str]]:
    """The review target, its page object and the side effects a reviewer can tick."""
    kb = runtime.get_kb()
    if kind == "treatment":
        t = get_object_or_404(Treatment, slug=slug)
        record = kb.treatments.get(slug)
        return {"treatment": t}, t, [s.name for s in record.side_effects] if record else []
    p = get_object_or_404(Product, slug=slug)
    effects: list[str] = []
    for a in p.analysis.get("actives", []):
        ing = kb.ingredients.get(a["ingredient"])
        t = treatment_for(ing, route_of(p.form), kb) if ing else None
        effects += [s.name for s in t.side_effects] if t else []
    return {"product": p}, p, list(dict.fromkeys(effects))


@login_required
def review_form(request: HttpRequest, kind: str, slug: str) -> HttpResponse:
    if kind not in ("treatment", "product"):
        raise Http404("Reviews are for treatments and products")
    target, obj, effects = _target(kind, slug)
    conditions = list(Condition.objects.values_list("slug", "name"))
    existing = Review.objects.filter(author=request.user, **target).first()
    initial = {k: getattr(existing, k) for k in services.EDITABLE} if existing else None
    if initial:
        initial["recommend"] = "yes" if existing and existing.recommend else "no"
    form = ReviewForm(
        request.POST or None, initial=initial, conditions=conditions, side_effects=effects
    )
    if request.method == "POST":
        if not limits.hit(f"review:{request.user.pk}", limits.REVIEWS_PER_HOUR_PER_USER):
            return render(request, "community/limited.html", status=429)
        if form.is_valid():
            services.do_submit_review(request.user, target, form.cleaned_data)  # type: ignore[arg-type]
            messages.success(
                request, "Thank you. Your review will appear once a moderator has checked it."
            )
            return redirect(f"/{kind}s/{slug}/#community")
    return render(
        request,
        "community/review_form.html",
        {"form": form, "obj": obj, "kind": kind, "existing": existing},
    )


@login_required
@require_POST
def report(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_object_or_404(Review, pk=pk, status=Review.Status.APPROVED)
    reason = request.POST.get("reason", "").strip()[:300] or "no reason given"
    services.do_report(request.user, review, reason)  # type: ignore[arg-type]
    messages.success(request, "Thank you; a moderator will look at this review.")
    return redirect(
        request.POST.get("next")
        if str(request.POST.get("next", "")).startswith("/")
        and not str(request.POST.get("next", "")).startswith("//")
        else "/"
    )


@permission_required("community.moderate_review", raise_exception=True)
def queue(request: HttpRequest) -> HttpResponse:
    pending = Review.objects.pending().select_related("author", "treatment", "product")
    reported = (
        Review.objects.filter(reports__isnull=False)
        .exclude(status=Review.Status.HIDDEN)
        .select_related("author", "treatment", "product")
        .distinct()
    )
    from anagen.community.models import ModerationAction

    return render(
        request,
        "community/queue.html",
        {
            "pending": pending,
            "reported": reported,
            "log": ModerationAction.objects.select_related("moderator")[:50],
        },
    )


@permission_required("community.moderate_review", raise_exception=True)
@require_POST
def moderate(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    if action not in ("approve", "reject", "hide"):
        return HttpResponseForbidden("Unknown action")
    review = get_object_or_404(Review, pk=pk)
    reason = request.POST.get("reason", "").strip()[:300]
    if action == "reject" and not reason:
        messages.error(request, "A rejection needs a reason.")
        return redirect("community:queue")
    services.do_moderate(request.user, review, action, reason)  # type: ignore[arg-type]
    return redirect("community:queue")
