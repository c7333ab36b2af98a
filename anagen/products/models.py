"""Products in the database: the curated catalogue (synced from content/products) and imported
ones. Each row keeps its label analysis and score beside the facts they were computed from."""

from __future__ import annotations

from django.db import models


class ProductQuerySet(models.QuerySet["Product"]):
    def listed(self) -> ProductQuerySet:
        return self.order_by("-overall", "name")


class Product(models.Model):
    class Origin(models.TextChoices):
        CONTENT = "content", "curated content"
        IMPORT = "import", "imported"

    slug = models.SlugField(max_length=120, unique=True)
    code = models.CharField(
        max_length=120,  # a CSV row's slug (up to 120) or a barcode
        blank=True,
        db_index=True,
        help_text="barcode or external id of imported products",
    )
    name = models.CharField(max_length=300)
    brand = models.CharField(max_length=200, db_index=True)
    form = models.CharField(max_length=20, db_index=True)
    regulatory_type = models.CharField(max_length=20, db_index=True)
    category = models.CharField(max_length=30, db_index=True)
    # "|a|b|": one text column filters the same way on SQLite and PostgreSQL
    target_conditions = models.CharField(max_length=300, blank=True, default="")
    price_band = models.CharField(max_length=12, blank=True, db_index=True)
    sponsored = models.BooleanField(default=False)
    disclosure = models.TextField(blank=True)
    label_text = models.TextField()
    marketing_text = models.TextField(blank=True)
    review = models.TextField(blank=True)
    sources = models.JSONField(default=list)
    analysis = models.JSONField(default=dict)
    score = models.JSONField(default=dict)
    claims = models.JSONField(default=dict, help_text="claim checker findings on marketing_text")
    overall = models.FloatField(default=0, db_index=True)
    efficacy = models.FloatField(default=0, db_index=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.IMPORT)
    components = models.JSONField(default=list)
    updated = models.DateTimeField(auto_now=True)

    objects = ProductQuerySet.as_manager()

    class Meta:
        ordering = ["-overall", "name"]
        # Each filter the list page offers, ending in the list's order and the id, so a page's
        # ids (and its count) are read from one index range, never from the wide rows.
        indexes = [
            models.Index(
                fields=["category", "-overall", "name", "id"], name="product_category_list_idx"
            ),
            models.Index(fields=["form", "-overall", "name", "id"], name="product_form_list_idx"),
            models.Index(fields=["-overall", "name", "id"], name="product_list_idx"),
            models.Index(
                fields=["regulatory_type", "-overall", "name", "id"], name="product_type_list_idx"
            ),
            models.Index(
                fields=["price_band", "-overall", "name", "id"], name="product_price_list_idx"
            ),
            models.Index(
                fields=["regulatory_type", "price_band", "-overall", "name", "id"],
                name="product_type_price_list_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def conditions(self) -> list[str]:
        return [c for c in self.target_conditions.split("|") if c]


class ProductCondition(models.Model):
    """One row per product and condition it targets, carrying the product's list columns, so
    a list or ranking filtered by condition reads one index range instead of every product
    (the product's own "|a|b|" column can only be searched by substring). Written by
    anagen.products.listing whenever a product is."""

    # The unique (product, condition) index serves look-ups by product; no second index.
    product = models.ForeignKey(
        Product, on_delete=models.CASCADE, related_name="conditions_listed", db_index=False
    )
    condition = models.CharField(max_length=60)
    name = models.CharField(max_length=300)
    form = models.CharField(max_length=20)
    category = models.CharField(max_length=30)
    regulatory_type = models.CharField(max_length=20)
    price_band = models.CharField(max_length=12, blank=True)
    overall = models.FloatField()
    efficacy = models.FloatField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["product", "condition"], name="product_condition_once")
        ]
        indexes = [
            # The list page: any other filter is read from the index itself, in list order.
            models.Index(
                fields=[
                    "condition",
                    "-overall",
                    "name",
                    "form",
                    "category",
                    "regulatory_type",
                    "price_band",
                    "product",
                ],
                name="listing_condition_rank_idx",
            ),
            # "Best for <condition>": efficacy first.
            models.Index(
                fields=["condition", "-efficacy", "-overall", "name", "product"],
                name="listing_condition_best_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.condition})"
