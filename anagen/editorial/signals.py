"""A change of author or reviewer changes public pages: empty the anonymous page cache."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from anagen.editorial.models import EditorProfile, PageCredit
from anagen.web.cache import bump_version


def _changed(**kwargs: Any) -> None:
    transaction.on_commit(bump_version)


for model in (EditorProfile, PageCredit):
    post_save.connect(_changed, sender=model, dispatch_uid=f"editorial-saved-{model.__name__}")
    post_delete.connect(_changed, sender=model, dispatch_uid=f"editorial-deleted-{model.__name__}")
