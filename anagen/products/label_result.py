"""What a label's reading gives (DESIGN.md, Label analysis), and the one way an active is added."""

from __future__ import annotations

from dataclasses import dataclass, field

LABEL_VERSION = "2026.11.29.31"


@dataclass(frozen=True)
class Active:
    ingredient: str
    name_on_label: str
    strength: str | None


@dataclass
class LabelAnalysis:
    actives: list[Active] = field(default_factory=list)
    other_ingredients: list[str] = field(default_factory=list)
    unrecognized: list[str] = field(default_factory=list)
    product_type: str = "unknown"
    proprietary_blend: bool = False
    version: str = LABEL_VERSION


def add_active(out: LabelAnalysis, slug: str, name: str, strength: str | None) -> None:
    for i, a in enumerate(out.actives):
        if a.ingredient == slug:
            if a.strength is None and strength is not None:
                out.actives[i] = Active(slug, name, strength)
            return
    out.actives.append(Active(slug, name, strength))


def replace_strength(out: LabelAnalysis, slug: str, strength: str) -> None:
    for i, a in enumerate(out.actives):
        if a.ingredient == slug:
            out.actives[i] = Active(slug, a.name_on_label, strength)
