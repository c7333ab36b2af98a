"""Which ranking category a product belongs to: one rule, used by sync, import and pages."""

from __future__ import annotations

CATEGORY_TITLES = {
    "prescription": "Prescription medicines",
    "topical": "Topical treatments (solutions, foams, sprays, serums)",
    "shampoo": "Shampoos and conditioners",
    "supplement": "Supplements",
    "device": "Laser and light devices",
    "kit": "Kits and systems",
    "other": "Other products",
}


def category_of(form: str, regulatory_type: str) -> str:
    if form == "kit":
        return "kit"
    if regulatory_type == "rx_drug":
        return "prescription"
    if form == "device" or regulatory_type == "device_cleared":
        return "device"
    if regulatory_type == "supplement" or form in {"capsule", "tablet", "gummy"}:
        return "supplement"
    if form in {"shampoo", "conditioner"}:
        return "shampoo"
    if form in {"foam", "solution", "serum", "spray"}:
        return "topical"
    return "other"
