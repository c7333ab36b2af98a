"""Editors manage profiles and page credits here (staff only, as the whole admin)."""

from __future__ import annotations

from django.contrib import admin

from anagen.editorial.models import EditorProfile, PageCredit


@admin.register(EditorProfile)
class EditorProfileAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("display_name", "role", "credentials", "public")
    list_filter = ("role", "public")
    prepopulated_fields = {"slug": ("display_name",)}
    search_fields = ("display_name", "credentials")


@admin.register(PageCredit)
class PageCreditAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("kind", "slug", "author", "medical_reviewer", "medically_reviewed_on")
    list_filter = ("kind",)
    search_fields = ("slug",)
