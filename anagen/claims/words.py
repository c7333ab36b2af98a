"""Word fragments that the wording of several claim kinds shares."""

from __future__ import annotations

import re

HAIR_LOSS = r"(hair ?loss|hair fall|shedding|thinning|balding|baldness|alopecia|effluvium)"

# The sentences of a recorded fact or summary (content text we write: a full stop ends each)
FACT_SENTENCE_END = re.compile(r"(?<=\.)\s+")
