"""The score breakdown as an SVG bar chart: each bar carries its name and number as text."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape


def score_chart(score: dict[str, Any], title: str) -> str:
    parts = score.get("parts", [])
    row, label_w, width = 28, 170, 520
    height = 36 + row * len(parts) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" class="chart"><title>{escape(title)}</title>',
        f'<text x="0" y="18" font-size="14" font-weight="700" fill="currentColor">'
        f"Overall {score.get('overall', 0):.0f} / 100</text>",
    ]
    for i, p in enumerate(parts):
        y = 32 + i * row
        w = max(2, int((width - label_w - 50) * p["score"] / 100))
        label = f"{p['name']} ({int(p['weight'] * 100)}%)"
        out.append(
            f'<text x="{label_w - 8}" y="{y + 17}" font-size="13" text-anchor="end" '
            f'fill="currentColor">{escape(label)}</text>'
        )
        out.append(
            f'<rect x="{label_w}" y="{y + 4}" width="{w}" height="{row - 10}" rx="3" '
            f'fill="#3a6fb0"/>'
        )
        out.append(
            f'<text x="{label_w + w + 6}" y="{y + 17}" font-size="13" fill="currentColor">'
            f"{p['score']:.0f}</text>"
        )
    out.append("</svg>")
    return "".join(out)
