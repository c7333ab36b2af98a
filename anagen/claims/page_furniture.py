"""Page furniture that makes no claim: an invitation to save, read or share a guide.

Real pages carry lines like "Save our detailed guide on PRP for Hair Loss: Effective Hair
Regrowth and read it anytime you want." The guide's title names an outcome, but the line only
points at the guide; what the guide claims is judged where it says it.
"""

from __future__ import annotations

import re

# "Save our detailed guide on ...", "Download this free e-book", "Bookmark the full article"
PAGE_CALL = re.compile(
    r"^\W*(save|download|bookmark|print|share|pin|grab|read|check out) (our|this|the|my) "
    r"((free|full|detailed|complete|ultimate|printable|comprehensive|in-depth|step-by-step|"
    r"handy|quick) )*(guide|article|post|checklist|e-?book|pdf|cheat ?sheet|infographic)s?\b",
    re.I,
)


def is_page_call(span: str) -> bool:
    return PAGE_CALL.match(span) is not None


def names_a_title(span: str) -> bool:
    """A call ending in a colon: the span after it (cut off at the colon) is the guide's title."""
    return span.rstrip().endswith(":")
