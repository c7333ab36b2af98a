"""Server-made SVG charts of evidence, readable without colour: every mark carries its text.

Pure functions from plain rows to an SVG string; the templates embed it inline.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
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
# Each carries white text, so each keeps a contrast of at least 4.5:1 (WCAG AA) with white;
# site.css repeats them as --grade-a..x and a test keeps the two the same.
GRADE_FILL = {"A": "#1b7f3b", "B": "#3a6fb0", "C": "#9a6200", "D": "#6b6b6b", "X": "#b3261e"}
GRADE_WIDTH = {"A": 1.0, "B": 0.8, "C": 0.6, "D": 0.4, "X": 0.2}


@dataclass(frozen=True)
class GradedItem:
    name: str
    grade: str
    href: str = ""


def evidence_chart(items: Sequence[GradedItem], title: str, width: int = 640) -> str:
    """Horizontal bars, one per treatment, length by grade, the grade letter inside each bar."""
    row, label_w = 26, min(260, width // 2)
    rows = sorted(items, key=lambda i: (GRADE_ORDER.index(i.grade), i.name.lower()))  # type: ignore[arg-type]
    heading, top = _heading(title, width)
    caption = "Bar length and label show the evidence grade (A strongest, X evidence against)."
    foot, foot_h = _caption(caption, top + row * len(rows) + 18, width)
    height = top + row * len(rows) + foot_h
    bar_max = width - label_w - 20
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="group" '
        f'aria-labelledby="chart-title" class="chart" width="100%">',
        f'<title id="chart-title">{escape(title)}</title>',
        heading,
    ]
    for i, item in enumerate(rows):
        y = top + i * row
        # Never shorter than the white label it carries, which would vanish off its end.
        text_w = math.ceil(text_width(GRADE_LABELS[item.grade], 12, bold=True)) + 12
        w = max(text_w, int(bar_max * GRADE_WIDTH[item.grade]))
        name = escape(_fit(item.name, label_w - 8, 13))
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
    out.append(foot)
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
    row, label_w = 30, min(230, width // 3)
    rows = sorted(rows, key=lambda r: (-r.value, r.name.lower()))
    numbers = [_signed(r.value) + _interval(r) for r in rows]
    # The numbers' column is as wide as its longest entry; if the plot would shrink below a
    # readable width, the whole drawing widens instead of clipping the numbers.
    num_w = math.ceil(max(text_width(n, 12) for n in numbers)) + 12
    plot_w = max(width - label_w - num_w - 10, 200)
    width = label_w + plot_w + num_w + 10
    heading, top = _heading(title, width)
    base = top + row * len(rows)
    caption = (
        f"Dot: reported effect in {unit}; line: its 95% interval. From different trials "
        "and meta-analyses, so not a head-to-head ranking."
    )
    foot, foot_h = _caption(caption, base + 34, width)
    height = base + 20 + foot_h
    lo_end = min(0.0, *(r.low if r.low is not None else r.value for r in rows))
    hi_end = max(r.high if r.high is not None else r.value for r in rows)

    def x(v: float) -> float:
        return round(label_w + (v - lo_end) / ((hi_end - lo_end) or 1) * plot_w, 1)

    # one id per chart: a condition page shows one chart per measure
    title_id = "effect-" + "-".join(re.findall(r"[a-z0-9]+", title.lower()))[:80]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="group" '
        f'aria-labelledby="{title_id}" class="chart" width="100%">',
        f'<title id="{title_id}">{escape(title)}</title>',
        heading,
        # The line of no effect.
        f'<line x1="{x(0)}" y1="{top}" x2="{x(0)}" y2="{top + row * len(rows)}" '
        'stroke="currentColor" stroke-dasharray="3 3" stroke-width="1"/>',
    ]
    for i, (r, number) in enumerate(zip(rows, numbers, strict=True)):
        y = top + i * row + row // 2
        name = escape(_fit(r.name, label_w - 8, 13))
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
            # The hover text keeps every digit the source gives; the visible label rounds.
            interval = f" ({r.low:g} to {r.high:g})"
        out.append(
            f'<circle cx="{x(r.value)}" cy="{y}" r="5" fill="currentColor">'
            f"<title>{escape(r.name)}: {'+' if r.value > 0 else ''}{r.value:g} {escape(unit)}"
            f"{interval}. {escape(r.note)}</title></circle>"
        )
        out.append(
            f'<text x="{width - num_w}" y="{y + 4}" font-size="12" fill="currentColor">'
            f"{escape(number)}</text>"
        )
    out.append(
        f'<text x="{x(0)}" y="{base + 14}" font-size="11" text-anchor="middle" '
        f'fill="currentColor">0</text>'
    )
    out.append(foot)
    out.append("</svg>")
    return "\n".join(out)


def _interval(r: EffectRow) -> str:
    return f" ({_num(r.low)} to {_num(r.high)})" if r.low is not None and r.high is not None else ""


def _num(v: float) -> str:
    """A chart label's number: one decimal at most from 1 up, two significant figures below 1,
    so 18.56 reads 18.6 and 0.85 stays 0.85 rather than rounding to a misleading 0.8 or 1."""
    d = Decimal(repr(v))
    if d == 0:
        return "0"
    places = Decimal("0.1") if abs(d) >= 1 else Decimal(1).scaleb(d.adjusted() - 1)
    return f"{d.quantize(places, rounding=ROUND_HALF_UP).normalize():f}"


def _signed(v: float) -> str:
    return f"+{_num(v)}" if v > 0 else _num(v)


# Advance widths in em, rounded up from DejaVu Sans (the Linux fallback sans-serif, wider than
# Arial or Helvetica): narrow glyphs, very wide ones, capitals, and the rest (digits 0.636).
_NARROW, _WIDE = set("ijlftr.,;:'!|()[] "), set("mwMW@%…")


def text_width(text: str, size: float, bold: bool = False) -> float:
    """A generous estimate of the drawn width of `text`: the charts size their columns and
    shorten their labels by it, so it errs wide rather than let a label run off the drawing."""
    em = sum(
        0.4 if c in _NARROW else 1.0 if c in _WIDE else 0.76 if c.isupper() else 0.64 for c in text
    )
    return em * size * (1.12 if bold else 1.0)


def _fit(text: str, room: float, size: float) -> str:
    """`text`, cut with an ellipsis where it would be wider than `room`."""
    if text_width(text, size) <= room:
        return text
    while text and text_width(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrapped(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def _heading(title: str, width: int) -> tuple[str, int]:
    """The chart's visible title, wrapped to the drawing's width, and the y where rows start."""
    lines = _wrapped(title, 14, width, bold=True)
    spans = "".join(
        f'<tspan x="0" dy="{0 if i == 0 else 18}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    text = f'<text x="0" y="18" font-size="14" font-weight="700" fill="currentColor">{spans}</text>'
    return text, 30 + 18 * (len(lines) - 1)


def _caption(caption: str, y: int, width: int) -> tuple[str, int]:
    """The note under a chart, wrapped to the drawing's width, and the height it takes below
    the rows (room above its first line included)."""
    lines = _wrapped(caption, 11, width)
    spans = "".join(
        f'<tspan x="0" dy="{0 if i == 0 else 15}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    text = f'<text x="0" y="{y}" font-size="11" fill="currentColor">{spans}</text>'
    # The whole note once more, unbroken, as the drawing's description for assistive technology.
    return f"<desc>{escape(caption)}</desc>\n{text}", 30 + 15 * (len(lines) - 1)
