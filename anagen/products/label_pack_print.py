"""Whether a text is a pack's own print, known by its batch and expiry ("LOT 24B117   EXP
08/2027", "B/N 7K3310  EXP 02/2028", "Ch.-B. 2610A3  verw. bis 10/2028"): a pack states its
class, so one that states none has lost it with the part torn off, where a shop's page may never
have printed it."""

from __future__ import annotations

import re

from anagen.wordscan import Scan

# a pack's batch ("LOT 24B117", "Batch: 2K417", "B/N 7K3310", "B.N. K2S117"; German "Ch.-B.",
# Spanish and Portuguese "Lote", Italian "Lotto") and expiry ("EXP 08/2027"; German "verw. bis"
# or "verwendbar bis", Spanish "Cad.", Italian "Scad.", Portuguese "Val.", French "\u00e0 utiliser
# avant"), as a foil or a carton prints them
# (looked for only where its words occur: wordscan)
PACK_BATCH = Scan(
    r"\b(lot|lote|lotto|batch|b/n|b\.n\.|ch\.-?b\.)[ \t]*(no\.?|number|nr\.?)?[ \t]*[:#]?[ \t]*"
    r"[a-z0-9]*\d"
)
PACK_EXPIRY = re.compile(
    r"(\bexp(iry|\.)?|\bverw(\.|endbar) bis|\bs?cad\.|\bval\.|"
    r"\u00e0 utiliser avant)[ \t]*(date)?[ \t]*:?[ \t]*(fin )?\d"
)


def a_packs_print(lower: str) -> bool:
    """`lower`: the text lower-cased."""
    return PACK_BATCH.search(lower) is not None and PACK_EXPIRY.search(lower) is not None
