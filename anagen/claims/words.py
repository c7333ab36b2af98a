"""Word fragments that the wording of several claim kinds shares."""

from __future__ import annotations

import re

HAIR_LOSS = r"(hair ?loss|hair fall|shedding|thinning|balding|baldness|alopecia|effluvium)"

# The sentences of a recorded fact or summary (content text we write: a full stop ends each)
FACT_SENTENCE_END = re.compile(r"(?<=\.)\s+")


def right_after(
    words: list[str], before: list[str], then: str = "", unless: tuple[str, ...] = ()
) -> str:
    """Any of `words` (plain text) right after one of `before` (fixed-width patterns such as
    r"\\bnot "), which the match leaves out, followed by `then`: one top-level branch for each
    word, so that re skips ahead to the words' first letters (a pattern opening with
    look-behinds, or with a group, is tried at every position). Join several with "|".
    `unless`: fixed-width texts that, right before the word, rule it out ("may not ")."""
    branches = []
    for word in sorted(words, key=len, reverse=True):  # "works" before "work"
        text = re.escape(word)
        after = "|".join(f"(?<={b}{text})" for b in before)
        excluded = "".join(f"(?<!{u}{text})" for u in unless)
        branches.append(f"{text}(?:{after}){excluded}{then}")
    return "|".join(branches)
