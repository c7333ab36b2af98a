"""`anagen manage rebuild_search_index`: every search document again, for repairs after writes
that bypass Product.save() (queryset.update, raw SQL) or a restore of an old backup."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from anagen.knowledge import runtime
from anagen.web.search_index import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index from the knowledge base and the product table."

    def handle(self, *args: Any, **options: Any) -> None:
        count = rebuild(runtime.get_kb())
        self.stdout.write(f"search index rebuilt: {count} documents")
