"""Read-only admin views of the synced knowledge: the content files are the source of truth."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from anagen.knowledge import models


class ReadOnly(admin.ModelAdmin):  # type: ignore[type-arg]
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(models.Treatment)
class TreatmentAdmin(ReadOnly):
    list_display = ("name", "slug", "category", "last_reviewed")
    list_filter = ("category",)
    search_fields = ("name", "slug")


@admin.register(models.Condition)
class ConditionAdmin(ReadOnly):
    list_display = ("name", "slug", "last_reviewed")


@admin.register(models.Source)
class SourceAdmin(ReadOnly):
    list_display = ("key", "kind", "year", "title")
    list_filter = ("kind",)
    search_fields = ("key", "title")
