"""Cut a text into claim-sized spans (sentences, clauses after a semicolon, list items) with
exact character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (not inside a number like 0.5), at a line break or a bullet; a
# semicolon ends a clause that makes its own claim ("...similar to cyclosporin; unlike it, ...").
BOUNDARY = re.compile(
    r"(?<=[.!?;])(?<!\b\d\.)\s+|\n+|\s*[•▪●]\s*|(?<=[.!?])(?=[A-Z])|"
    # an emoji ends a caption's sentence: "Good news for teens 🙌 Litfulo is approved ..."
    r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\ufe0f?\s+(?=[A-Z\"'\u2018\u201c])"
)
# re tries a pattern that opens with lookbehinds at every position of the text; a lookahead
# for the characters a boundary can begin with (a space, a bullet, an emoji's variation
# selector, or the capital after "end.Start") lets most positions fail at once.
_STARTS = re.compile(r"(?=[\s\u2022\u25aa\u25cf\ufe0fA-Z])(?:" + BOUNDARY.pattern + ")")
# Without a bullet or an emoji in the text, only the branches for punctuation, line breaks and
# "end.Start" can match: the same boundaries, found about eight times faster.
BULLET_OR_EMOJI = re.compile(r"[\u2022\u25aa\u25cf\u2600-\u27bf\U0001f300-\U0001faff]")
_PLAIN = re.compile(r"(?=[\sA-Z])(?:(?<=[.!?;])(?<!\b\d\.)\s+|\n+|(?<=[.!?])(?=[A-Z]))")
MAX_SPAN = 600


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def find_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    pos = 0
    boundary = _STARTS if BULLET_OR_EMOJI.search(text) else _PLAIN
    for m in boundary.finditer(text):
        _add(text, pos, m.start(), spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SPAN:  # very long runs without punctuation: cut at a space
        cut = text.rfind(" ", start, start + MAX_SPAN)
        cut = cut if cut > start else start + MAX_SPAN
        spans.append(Span(start, cut))
        start = cut + 1 if cut < end and text[cut] == " " else cut
    if end > start and _has_letter(text[start:end]):
        spans.append(Span(start, end))


ASCII_LETTER = re.compile(r"[A-Za-z]")


def _has_letter(span: str) -> bool:
    if span.isascii():
        return ASCII_LETTER.search(span) is not None
    return any(c.isalpha() for c in span)
