"""`{% page_credit kind slug last_reviewed %}`: the trust line under a health page's title.

One query per page. Without a credit, the line says the page is by the anagen editors and has
not been reviewed by a medical professional, rather than implying that it has.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template

from anagen.editorial.models import PageCredit

register = template.Library()


@register.inclusion_tag("editorial/_credit.html")
def page_credit(kind: str, slug: str, last_reviewed: dt.date | None) -> dict[str, Any]:
    credit = (
        PageCredit.objects.filter(kind=kind, slug=slug)
        .select_related("author", "medical_reviewer")
        .first()
    )
    author = credit.author if credit and credit.author and credit.author.public else None
    reviewer = (
        credit.medical_reviewer
        if credit and credit.medical_reviewer and credit.medical_reviewer.public
        else None
    )
    return {
        "author": author,
        "reviewer": reviewer,
        "reviewed_on": credit.medically_reviewed_on if reviewer and credit else None,
        "last_reviewed": last_reviewed,
    }
