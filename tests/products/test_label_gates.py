"""Cheap literal tests that spare a label a costly search must never hide a match: each gate's
words cover every string one of which its pattern's matches must hold (read from the pattern
itself, so a wording added to the pattern without its gate word fails here)."""

from __future__ import annotations

from anagen.claims.prefilter import required
from anagen.products.label_type import SERUM_TITLE, SERUM_TITLE_WORDS


def test_the_serum_title_gate_covers_every_wording_of_the_title() -> None:
    needed = required(SERUM_TITLE.pattern)
    assert needed, "the serum title pattern must need some string"
    assert all(any(w in s for w in SERUM_TITLE_WORDS) for s in needed[0])
