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


@dataclass(frozen=True)
class EffectRow:
    name: str
    value: float
    low: float | None
    high: float | None
    note: str  # what was measured, in whom: shown on hover and read by screen readers
    href: str = ""


def effect_chart(rows: Sequence[EffectRow], title: str, unit: str, width: int = 640) -> str:
    """A forest plot: one row per treatment, a dot at the reported effect and a line across
    its 95% interval, the numbers written beside each row so the chart reads without the axis."""
    row, label_w, num_w, top = 30, min(230, width // 3), 150, 30
    rows = sorted(rows, key=lambda r: (-r.value, r.name.lower()))
    height = top + row * len(rows) + 46
    lo_end = min(0.0, *(r.low if r.low is not None else r.value for r in rows))
    hi_end = max(r.high if r.high is not None else r.value for r in rows)
    plot_w = width - label_w - num_w - 10

    def x(v: float) -> float:
        return round(label_w + (v - lo_end) / ((hi_end - lo_end) or 1) * plot_w, 1)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="group" '
        f'aria-labelledby="effect-title" class="chart" width="100%">',
        f'<title id="effect-title">{escape(title)}</title>',
        f'<text x="0" y="18" font-size="14" font-weight="700" fill="currentColor">{escape(title)}</text>',
        # The line of no effect.
        f'<line x1="{x(0)}" y1="{top}" x2="{x(0)}" y2="{top + row * len(rows)}" '
        'stroke="currentColor" stroke-dasharray="3 3" stroke-width="1"/>',
    ]
    for i, r in enumerate(rows):
        y = top + i * row + row // 2
        name = escape(r.name if len(r.name) <= 30 else r.name[:29] + "…")
        label = f'<text x="{label_w - 8}" y="{y + 4}" font-size="13" text-anchor="end" fill="currentColor">{name}</text>'
        if r.href:
            label = f'<a href="{escape(r.href)}">{label}</a>'
        out.append(label)
        interval = ""
        if r.low is not None and r.high is not None:
            out.append(
                f'<line x1="{x(r.low)}" y1="{y}" x2="{x(r.high)}" y2="{y}" '
                'stroke="currentColor" stroke-width="2"/>'
            )
            interval = f" ({_num(r.low)} to {_num(r.high)})"
        out.append(
            f'<circle cx="{x(r.value)}" cy="{y}" r="5" fill="currentColor">'
            f"<title>{escape(r.name)}: {_signed(r.value)} {escape(unit)}{interval}. "
            f"{escape(r.note)}</title></circle>"
        )
        out.append(
            f'<text x="{width - num_w + 6}" y="{y + 4}" font-size="12" fill="currentColor">'
            f"{_signed(r.value)}{escape(interval)}</text>"
        )
    base = top + row * len(rows)
    out.append(
        f'<text x="{x(0)}" y="{base + 14}" font-size="11" text-anchor="middle" '
        f'fill="currentColor">0</text>'
    )
    out.append(
        f'<text x="0" y="{base + 34}" font-size="11" fill="currentColor">'
        f"Dot: reported effect in {escape(unit)}; line: its 95% interval. From different trials "
        "and meta-analyses, so not a head-to-head ranking.</text>"
    )
    out.append("</svg>")
    return "\n".join(out)


def _num(v: float) -> str:
    return f"{v:g}"


def _signed(v: float) -> str:
    return f"+{v:g}" if v > 0 else f"{v:g}"
