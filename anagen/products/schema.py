"""The schema of `content/products/<slug>.yaml`: one real product, its label facts and sources.

`actives` record what the label itself states (the label suite's expected answer); the label
analysis engine must find the same from `label_text`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from anagen.knowledge.schema import Name, Slug, Strict, Text
from anagen.knowledge.vocab import CostBand
from anagen.products.vocab import Form, ProductSourceKind, RegulatoryType

LabelText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=20000)]
# Normalised as DESIGN.md says: "5%", "320 mg", "1000 IU".
Strength = Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+)?(%| (mg|mcg|g|IU|mL|CFU))$")]


class ProductSource(Strict):
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")]
    title: Name
    kind: ProductSourceKind
    retrieved: dt.date | None = None


class LabelActive(Strict):
    ingredient: Slug
    name_on_label: Name
    strength: Strength | None = None


class Price(Strict):
    band: CostBand
    text: Text
    source: Annotated[str, StringConstraints(pattern=r"^https://\S+$")]


class Product(Strict):
    slug: Slug
    name: Name
    brand: Name
    form: Form
    regulatory_type: RegulatoryType
    conditions: list[Slug] = []
    label_text: LabelText
    actives: list[LabelActive] = []
    marketing_claims: list[Text] = []
    price: Price | None = None
    sponsored: bool = False
    disclosure: Text | None = None
    components: list[Slug] = []
    review: Text | None = None
    sources: Annotated[list[ProductSource], Field(min_length=1)]
    last_checked: dt.date

    @model_validator(mode="after")
    def _disclosed(self) -> Product:
        if self.sponsored and not self.disclosure:
            raise ValueError("a sponsored or affiliate product needs its disclosure")
        return self
