"""Prose with citations: Markdown where facts cite sources as `[@source-id]` or `[@a; @b]`.

Every paragraph and list item must cite at least one source, so prose cannot carry an
unsourced statement. Rendering numbers the citations in order of first appearance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt

CITATION = re.compile(r"\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]")

_md = MarkdownIt("commonmark", {"html": False, "typographer": True}).enable("table")


@dataclass(frozen=True)
class UncitedBlock:
    line: int
    text: str


def cited_ids(text: str) -> list[tuple[int, str]]:
    """(line, source id) for every citation in `text`."""
    out: list[tuple[int, str]] = []
    for match in CITATION.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        out.extend((line, part.strip().lstrip("@")) for part in match.group(1).split(";"))
    return out


def uncited_blocks(text: str) -> list[UncitedBlock]:
    """Paragraphs (including list-item paragraphs) that cite nothing."""
    tokens = _md.parse(text)
    out = []
    for i, tok in enumerate(tokens):
        if tok.type == "paragraph_open" and tok.map is not None:
            inline = tokens[i + 1].content
            if not CITATION.search(inline):
                out.append(UncitedBlock(tok.map[0] + 1, inline[:60]))
    return out


def order_references(groups: Iterable[Sequence[str]]) -> list[str]:
    """Source ids in order of first appearance across the given groups."""
    seen: dict[str, None] = {}
    for group in groups:
        for sid in group:
            seen.setdefault(sid, None)
    return list(seen)


def citation_numbers(ids: Iterable[str], numbering: dict[str, int]) -> list[int]:
    """The reference numbers one citation group shows: each once, in ascending order, so a
    source named twice in a group (or two ids sharing a number) never reads "[6] [6]"."""
    return sorted({numbering[i] for i in ids if i in numbering})


def render(text: str, numbering: dict[str, int]) -> str:
    """Markdown to HTML, each citation a superscript link to its numbered reference."""

    def _cite(match: re.Match[str]) -> str:
        ids = [p.strip().lstrip("@") for p in match.group(1).split(";")]
        links = "".join(f"[\\[{n}\\]](#ref-{n})" for n in citation_numbers(ids, numbering))
        return f"^^{links}^^"

    html = _md.render(CITATION.sub(_cite, text))
    html = re.sub(r"\^\^(.+?)\^\^", r'<sup class="cite">\1</sup>', html)
    # Prose sits under the page's own h2 sections, so its headings move one level down.
    return re.sub(r"<(/?)h([1-5])>", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}>", html)
