"""A synthetic product catalogue for benchmarks: as many products as asked, looking like real
listings, the same for the same seed.

Brands and product names are invented and every slug starts `synthetic-`: these rows are load
for benchmarks, never catalogue content. Label texts are built from the real names, INCI names,
synonyms and misspellings in content/ingredients, in the shapes real labels take (Drug Facts,
INCI lists, supplement facts panels, device labels, kits), so label analysis has real work to do.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from anagen.knowledge.base import KnowledgeBase
from anagen.products.importers import CSV_OPTIONAL, CSV_REQUIRED, slugify
from anagen.products.synthetic_labels import ARCHETYPES, Draft

SLUG_PREFIX = "synthetic-"
CSV_HEADER = (*CSV_REQUIRED, *CSV_OPTIONAL)

BRAND_HEADS = (
    "Nor", "Vel", "Aur", "Kera", "Fol", "Thri", "Lum", "Ver", "Cal", "Bel", "Sol", "Mira", "Zen",
    "Pura", "Nova", "Derm", "Trico", "Capi", "Hira", "Ost", "Mar", "Eli", "Rya", "Tess", "Bri",
)  # fmt: skip
BRAND_TAILS = (
    "dra", "via", "ora", "lix", "tera", "vita", "gen", "lia", "mond", "san", "vio", "nex", "ra",
    "bis", "tha", "quin", "elle", "ova", "ix", "um",
)  # fmt: skip
BRAND_KINDS = (
    "Labs", "Naturals", "Pharma", "Botanics", "Health", "Essentials", "Apothecary", "Dermatology",
    "Wellness", "Nutrition", "Hair Science", "Co.", "", "", "",
)  # fmt: skip
MARKETING = (
    "Clinically proven to regrow hair.",
    "Blocks DHT naturally.",
    "Visible results in as little as 30 days.",
    "Dermatologist recommended.",
    "Thicker, fuller-looking hair.",
    "No side effects.",
    "Strengthens hair from the root.",
    "Supports healthy hair growth.",
    "Reduces hair shedding by up to 90%.",
    "Doctor formulated with natural ingredients.",
)


@dataclass(frozen=True)
class SyntheticProduct:
    """One product row, in the fields `anagen import-products` reads from a CSV."""

    slug: str
    name: str
    brand: str
    form: str
    regulatory_type: str
    label_text: str
    conditions: tuple[str, ...]
    marketing_text: str
    price_band: str

    def csv_row(self) -> dict[str, str]:
        return {
            "name": self.name,
            "brand": self.brand,
            "form": self.form,
            "regulatory_type": self.regulatory_type,
            "label_text": self.label_text,
            "slug": self.slug,
            "conditions": ";".join(self.conditions),
            "marketing_text": self.marketing_text,
            "price_band": self.price_band,
            "source_url": "",
        }


def brands(rng: random.Random, count: int) -> list[str]:
    """`count` distinct invented brand names."""
    out: dict[str, None] = {}  # a dict keeps the order of first appearance
    possible = len(BRAND_HEADS) * len(BRAND_TAILS) * len(set(BRAND_KINDS))
    while len(out) < min(count, possible):
        head = rng.choice(BRAND_HEADS) + rng.choice(BRAND_TAILS)
        out[f"{head} {rng.choice(BRAND_KINDS)}".strip()] = None
    return list(out)


def synthetic_products(
    count: int, kb: KnowledgeBase, seed: int = 9, marketing_share: float = 0.25
) -> Iterator[SyntheticProduct]:
    """`count` products, the same ones for the same seed and knowledge base."""
    rng = random.Random(seed)
    brand_pool = brands(rng, max(1, min(2000, count // 40 + 1)))
    weights = [a.weight for a in ARCHETYPES]
    conditions = set(kb.conditions)
    for index in range(count):
        archetype = rng.choices(ARCHETYPES, weights)[0]
        draft = archetype.build(rng, kb)
        # A few brands sell many products, many brands sell a few (as real catalogues).
        brand = brand_pool[int(len(brand_pool) * rng.random() ** 2)]
        marketing = (
            "\n".join(rng.sample(MARKETING, rng.randint(1, 3)))
            if rng.random() < marketing_share
            else ""
        )
        yield _product(index, brand, draft, conditions, marketing, rng)


def _product(
    index: int,
    brand: str,
    draft: Draft,
    known_conditions: set[str],
    marketing: str,
    rng: random.Random,
) -> SyntheticProduct:
    label = draft.label
    if rng.random() < 0.03:
        label = label.upper()  # some listings shout
    elif rng.random() < 0.05:
        label = label.replace(", ", ",\n", 2)  # and some break lines where they like
    return SyntheticProduct(
        # 64 characters at most: the importer also stores the slug as the product's code.
        slug=slugify(f"{SLUG_PREFIX}{index:07d} {brand} {draft.name}")[:64].rstrip("-"),
        name=draft.name,
        brand=brand,
        form=draft.form,
        regulatory_type=draft.regulatory_type,
        label_text=label,
        conditions=tuple(c for c in draft.conditions if c in known_conditions),
        marketing_text=marketing,
        price_band=draft.price_band,
    )


def write_csv(products: Iterator[SyntheticProduct], out: TextIO) -> int:
    """Write products in the CSV that `anagen import-products --format csv` reads."""
    writer = csv.DictWriter(out, fieldnames=CSV_HEADER, lineterminator="\n")
    writer.writeheader()
    count = 0
    for product in products:
        writer.writerow(product.csv_row())
        count += 1
    return count


def csv_text(products: Iterator[SyntheticProduct]) -> str:
    buffer = io.StringIO()
    write_csv(products, buffer)
    return buffer.getvalue()
