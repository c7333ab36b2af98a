"""Server-made SVG charts of evidence, readable without colour: every mark carries its text.

Pure functions from plain rows to an SVG string; the templates embed it inline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from anagen.knowledge.vocab import GRADE_ORDER

GRADE_LABELS = {
    "A": "A: strong",
    "B": "B: good",
    "C": "C: weak",
    "D": "D: none",
    "X": "X: no benefit",
}
# Patterns as well as colours, so grades differ in greyscale too.
GRADE_FILL = {"A": "#1b7f3b", "B": "#3a6fb0", "C": "#a86b00", "D": "#6b6b6b", "X": "#b3261e"}
GRADE_WIDTH = {"A": 1.0, "B": 0.8, "C": 0.6, "D": 0.4, "X": 0.2}


@dataclass(frozen=True)
class GradedItem:
    name: str
    grade: str
    href: str = ""


def evidence_chart(items: Sequence[GradedItem], title: str, width: int = 640) -> str:
    """Horizontal bars, one per treatment, length by grade, the grade letter inside each bar."""
    row, label_w, top = 26, min(260, width // 2), 30
    rows = sorted(items, key=lambda i: (GRADE_ORDER.index(i.grade), i.name.lower()))  # type: ignore[arg-type]
    height = top + row * len(rows) + 30
    bar_max = width - label_w - 20
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="group" '
        f'aria-labelledby="chart-title" class="chart" width="100%">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<text x="0" y="18" font-size="14" font-weight="700" fill="currentColor">{escape(title)}</text>',
    ]
    for i, item in enumerate(rows):
        y = top + i * row
        w = max(24, int(bar_max * GRADE_WIDTH[item.grade]))
        name = escape(item.name if len(item.name) <= 34 else item.name[:33] + "…")
        label = f'<text x="{label_w - 8}" y="{y + 17}" font-size="13" text-anchor="end" fill="currentColor">{name}</text>'
        if item.href:
            label = f'<a href="{escape(item.href)}">{label}</a>'
        out.append(label)
        out.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row - 8}" rx="3" '
            f'fill="{GRADE_FILL[item.grade]}"><title>{escape(item.name)}: grade {item.grade}</title></rect>'
        )
        out.append(
            f'<text x="{label_w + 6}" y="{y + 17}" font-size="12" font-weight="700" fill="#fff">'
            f"{escape(GRADE_LABELS[item.grade])}</text>"
        )
    out.append(
        f'<text x="{label_w}" y="{height - 8}" font-size="11" fill="currentColor">'
        "Bar length and label show the evidence grade (A strongest, X evidence against).</text>"
    )
    out.append("</svg>")
    return "\n".join(out)
