from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from anagen.editorial.models import EditorProfile, PageCredit


def editor_profile(request: HttpRequest, slug: str) -> HttpResponse:
    editor = get_object_or_404(EditorProfile, slug=slug, public=True)
    credits = PageCredit.objects.filter(author=editor) | PageCredit.objects.filter(
        medical_reviewer=editor
    )
    return render(
        request,
        "editorial/profile.html",
        {"editor": editor, "credits": credits.order_by("kind", "slug")},
    )
