"""Editors manage products in the admin; saving re-runs the label analysis, claim check and score."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from anagen.knowledge import runtime
from anagen.products.evaluate import product_fields
from anagen.products.models import Product
from anagen.web.cache import bump_version


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = (
        "name",
        "brand",
        "category",
        "regulatory_type",
        "overall",
        "sponsored",
        "origin",
    )
    list_filter = ("category", "regulatory_type", "form", "sponsored", "origin")
    search_fields = ("name", "brand", "slug", "code")
    fields = (
        "slug",
        "code",
        "name",
        "brand",
        "form",
        "regulatory_type",
        "target_conditions",
        "price_band",
        "sponsored",
        "disclosure",
        "label_text",
        "marketing_text",
        "review",
        "sources",
        "components",
    )
    readonly_fields = ("origin",)

    def save_model(self, request: HttpRequest, obj: Product, form: Any, change: bool) -> None:
        # Analysis, claims and score always follow the label and marketing as edited;
        # sponsorship is stored and shown, but is no input to the score.
        fields = product_fields(
            name=obj.name,
            brand=obj.brand,
            form=obj.form,
            regulatory_type=obj.regulatory_type,
            conditions=obj.conditions,
            label_text=obj.label_text,
            marketing_text=obj.marketing_text,
            price_band=obj.price_band or None,
            kb=runtime.get_kb(),
        )
        for key in ("category", "analysis", "claims", "score", "overall", "efficacy"):
            setattr(obj, key, fields[key])
        super().save_model(request, obj, form, change)
        bump_version()

    # A deleted product must leave the cached lists, rankings and compare pages at once.
    def delete_model(self, request: HttpRequest, obj: Product) -> None:
        super().delete_model(request, obj)
        bump_version()

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        super().delete_queryset(request, queryset)
        bump_version()
