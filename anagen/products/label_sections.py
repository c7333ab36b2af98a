"""The sections a label is cut into (label_headers names the headers that open each): what
a part of the label is, which decides whether what it names is the product's own."""

from __future__ import annotations

from enum import StrEnum


class Section(StrEnum):
    PREAMBLE = "preamble"
    ACTIVE = "active"
    INACTIVE = "inactive"
    PANEL = "panel"
    OTHER = "other"
    INGREDIENTS = "ingredients"
    STRENGTHS = "strengths"  # US prescribing information: "Dosage forms and strengths"
    OTHER_PRODUCTS = "other_products"  # a shop's "Frequently bought together" line
    # buyers' reviews and questions: what they name is what they use, not this product
    REVIEWS = "reviews"
    # a clinic record's medicines to stop or declined ("STOP taking:"), up to its last item
    STOPPED = "stopped"
    # a "Free from:" list: what the product is made without ("Livre de: sulfato, minoxidil")
    FREE_FROM = "free_from"
    INTERACTIONS = "interactions"  # a leaflet's other medicines not to take with this one
    # a kit's or bundle's other product with its own list ("Shampoo ingredients: ..."): what it
    # names is in the box too
    KIT = "kit"
    IGNORED = "ignored"
    # a European leaflet's directions, precautions or warnings, up to the next labelled line
    DIRECTIONS = "directions"
