"""Site-wide pages: home and the methodology."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import permission_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from anagen.knowledge import runtime
from anagen.knowledge.models import Condition, Evidence
from anagen.knowledge.vocab import CATEGORY_BLURBS, CATEGORY_TITLES, GRADE_MEANINGS
from anagen.web.models import ErrorReport


def home(request: HttpRequest) -> HttpResponse:
    # Only what the page shows: the rows' large JSON columns were most of its time.
    top = (
        Evidence.objects.filter(grade="A")
        .select_related("treatment", "condition")
        .only("grade", "treatment__slug", "treatment__name", "condition__name")
        .order_by("condition__name", "treatment__name")
    )
    return render(
        request,
        "web/home.html",
        {
            "conditions": Condition.objects.by_name().only("slug", "name", "summary"),
            "categories": [
                {"slug": str(c), "title": t, "blurb": CATEGORY_BLURBS[c]}
                for c, t in CATEGORY_TITLES.items()
            ],
            "top": top,
        },
    )


def methodology(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "web/methodology.html",
        {"grades": [(str(g), m) for g, m in GRADE_MEANINGS.items()]},
    )


def guide_list(request: HttpRequest) -> HttpResponse:
    guides = sorted(runtime.get_kb().guides.values(), key=lambda g: g.meta.title)
    return render(request, "web/guide_list.html", {"guides": guides})


def guide_detail(request: HttpRequest, slug: str) -> HttpResponse:
    guide = runtime.get_kb().guides.get(slug)
    if guide is None:
        raise Http404("No such guide")
    return render(request, "web/guide_detail.html", {"g": guide})


def robots(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /accounts/",
        "Disallow: /moderation/",
        "Disallow: /assessment/saved/",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


MAX_PAGE = 300


class ErrorReportForm(forms.Form):
    page = forms.CharField(max_length=MAX_PAGE, widget=forms.HiddenInput)
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=3000,
        min_length=10,
        label="What is wrong on this page?",
    )
    email = forms.EmailField(required=False, label="Your email, if you want an answer (optional)")
    website = forms.CharField(required=False, label="Leave this empty")


def site_page(raw: object) -> str:
    """The page a report is about: a path on this site, else the home page. The report is
    kept either way; the path is shown to editors as a link, so it may not lead off the site
    (`//host`, `/\\host`), run script (`javascript:`) or hold control characters."""
    page = str(raw or "/")
    if (
        not page.startswith("/")
        or page.startswith("//")
        or "\\" in page
        or len(page) > MAX_PAGE
        or any(ord(c) < 32 for c in page)
    ):
        return "/"
    return page


def report_error(request: HttpRequest) -> HttpResponse:
    page = site_page(request.GET.get("page", request.POST.get("page")))
    data = None
    if request.method == "POST":
        # The page travels in a hidden field: a bad one must not make the form fail unseen.
        data = request.POST.copy()
        data["page"] = page
    form = ErrorReportForm(data, initial={"page": page})
    if request.method == "POST" and form.is_valid() and not form.cleaned_data["website"]:
        ErrorReport.objects.create(
            page=form.cleaned_data["page"],
            text=form.cleaned_data["text"],
            email=form.cleaned_data["email"],
        )
        return render(request, "web/report_error_done.html", {"page": page})
    return render(request, "web/report_error.html", {"form": form, "page": page})


@permission_required("web.review_error_reports", raise_exception=True)
def error_reports(request: HttpRequest) -> HttpResponse:
    return render(request, "web/error_reports.html", {"reports": ErrorReport.objects.all()[:200]})


def editorial_policy(request: HttpRequest) -> HttpResponse:
    return render(request, "web/editorial_policy.html")
