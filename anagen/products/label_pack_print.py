"""Whether a text is a pack's own print, known by its batch and expiry ("LOT 24B117   EXP
08/2027", "B/N 7K3310  EXP 02/2028"): a pack states its class, so one that states none has lost
it with the part torn off, where a shop's page may never have printed it."""

from __future__ import annotations

import re

# a pack's batch ("LOT 24B117", "Batch: 2K417", "B/N 7K3310", "B.N. K2S117") and expiry
PACK_BATCH = re.compile(
    r"\b(lot|batch|b/n|b\.n\.)[ \t]*(no\.?|number)?[ \t]*[:#]?[ \t]*[a-z0-9]*\d"
)
PACK_EXPIRY = re.compile(r"\bexp(iry|\.)?[ \t]*(date)?[ \t]*:?[ \t]*\d")


def a_packs_print(lower: str) -> bool:
    """`lower`: the text lower-cased."""
    return PACK_BATCH.search(lower) is not None and PACK_EXPIRY.search(lower) is not None
