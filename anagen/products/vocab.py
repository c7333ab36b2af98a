"""Closed vocabularies of the product catalogue (DESIGN.md: label analysis and products)."""

from __future__ import annotations

from enum import StrEnum


class Form(StrEnum):
    FOAM = "foam"
    SOLUTION = "solution"
    SHAMPOO = "shampoo"
    CONDITIONER = "conditioner"
    TABLET = "tablet"
    CAPSULE = "capsule"
    GUMMY = "gummy"
    DEVICE = "device"
    SERUM = "serum"
    SPRAY = "spray"
    KIT = "kit"
    OTHER = "other"


class RegulatoryType(StrEnum):
    RX_DRUG = "rx_drug"
    OTC_DRUG = "otc_drug"
    DEVICE_CLEARED = "device_cleared"
    SUPPLEMENT = "supplement"
    COSMETIC = "cosmetic"


class ProductSourceKind(StrEnum):
    LABEL = "label"
    LISTING = "listing"
    REGISTRY = "registry"
    REVIEW = "review"
