"""A hairstyle called harmless ("extensions are a damage-free way to add volume") when a
condition's record names it as a cause of hair loss (traction alopecia follows weaves,
extensions and tight braids worn for long): misleading, since the style is safe only when it
is not tight or worn for long."""

from __future__ import annotations

import re
from functools import lru_cache

from anagen.claims.judgement import Claim, Judgement, judged
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

STYLE = re.compile(
    r"\b(extensions|weaves?|braids?|braiding|cornrows|dreadlocks|locs|ponytails?|buns|relaxers?|relaxed)\b",
    re.I,
)
# a fact that says the style brings the hair loss on
CAUSES = re.compile(r"\b(caused?|causes|follows|pulling|pulled|risk)\b", re.I)


@lru_cache(maxsize=4)
def _causes(kb: KnowledgeBase) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(condition name, fact, sources) for each recorded fact naming a style as a cause."""
    out = []
    for c in kb.conditions.values():
        for s in c.signs:
            if STYLE.search(s.text) and CAUSES.search(s.text):
                out.append((c.name, s.text, tuple(s.sources)))
    return tuple(out)


def style_harm(claim: Claim, kb: KnowledgeBase) -> Judgement | None:
    """None unless the sentence names a style that some record names as a cause."""
    said = {m.lower().rstrip("s") for m in STYLE.findall(claim.sentence)}
    if not said:
        return None
    for name, text, sources in _causes(kb):
        named = {m.lower().rstrip("s") for m in STYLE.findall(text)}
        if said & named:
            return judged(Verdict.MISLEADING, f"The record of {name.lower()}: {text}", sources)
    return None
