"""Page furniture that makes no claim: an invitation to save, read or share a guide, or the
page saying what it will cover.

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

# "In this article, we will break down the difference between FDA approval and FDA clearance":
# what the page is about to cover, with no answer yet ("we'll explain why it works" presumes one)
PAGE_TOPIC = re.compile(
    r"^\W*(in|throughout|below,? in) (this|today's|the following|our) (article|post|guide|blog post|video|"
    r"piece|section)\W+(we('ll| will)|you('ll| will)|i('ll| will)|let's)( \w+){0,2}? (break down|explain|explore|"
    r"discuss|cover|look at|walk (you )?through|compare|go over|dive into|examine|learn|find out|unpack) "
    r"((the )?(key )?(differences?|distinction) between|whether|the pros and cons of|the basics of)\b",
    re.I,
)


def is_page_call(span: str) -> bool:
    return PAGE_CALL.match(span) is not None or PAGE_TOPIC.match(span) is not None


def names_a_title(span: str) -> bool:
    """A call ending in a colon: the span after it (cut off at the colon) is the guide's title
    (after the page's own topic line comes what it covers, which is read)."""
    return PAGE_CALL.match(span) is not None and span.rstrip().endswith(":")
