"""Server-made SVG illustrations of the Norwood-Hamilton stages and the Ludwig grades.

Heads seen from above, front at the top. Drawn by the project; each picture carries a text
title so it is understandable without seeing it.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

SKIN, HAIR = "#e9c6a8", "#5b4636"

# Norwood: (temple recession depth, frontal recession, crown radius, merged top, rim only)
NORWOOD = {
    "N1": (0, 0, 0, False, False),
    "N2": (9, 0, 0, False, False),
    "N3": (17, 0, 0, False, False),
    "N3V": (12, 0, 11, False, False),
    "N4": (20, 6, 15, False, False),
    "N5": (25, 10, 20, False, False),
    "N6": (0, 0, 0, True, False),
    "N7": (0, 0, 0, True, True),
}
# Ludwig: (half-width, half-length, opacity of the thinning)
LUDWIG = {"L1": (13, 22, 0.45), "L2": (20, 30, 0.65), "L3": (27, 38, 0.85)}


def _frame(key: str, title: str, body: list[str]) -> str:
    clip = f"head-{key}"  # unique per picture, as several share one page
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 140" width="120" height="140" '
        f'role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
        f'<defs><clipPath id="{clip}"><ellipse cx="60" cy="72" rx="46" ry="60"/></clipPath></defs>'
        f'<ellipse cx="60" cy="72" rx="46" ry="60" fill="{SKIN}"/>'
        f'<g clip-path="url(#{clip})">' + "".join(body) + "</g>"
        '<ellipse cx="60" cy="72" rx="46" ry="60" fill="none" stroke="#7a6a5c"/>'
        '<path d="M52 6 L60 0 L68 6" fill="none" stroke="#7a6a5c"/></svg>'
    )


def _hair() -> str:
    return f'<ellipse cx="60" cy="74" rx="43" ry="56" fill="{HAIR}"/>'


def norwood_svg(stage: str, title: str) -> str:
    temple, front, crown, merged, rim = NORWOOD[stage]
    body = [_hair()]
    if temple:
        for cx in (33, 87):
            body.append(
                f'<ellipse cx="{cx}" cy="20" rx="{temple * 0.8:.1f}" ry="{temple}" fill="{SKIN}"/>'
            )
    if front:
        body.append(
            f'<ellipse cx="60" cy="18" rx="{front * 2.2:.1f}" ry="{front * 1.3:.1f}" fill="{SKIN}"/>'
        )
    if crown:
        body.append(f'<circle cx="60" cy="92" r="{crown}" fill="{SKIN}"/>')
    if merged:
        rx, ry = (36, 50) if rim else (28, 42)
        body.append(
            f'<ellipse cx="60" cy="{62 if rim else 55}" rx="{rx}" ry="{ry}" fill="{SKIN}"/>'
        )
    return _frame(stage, title, body)


def ludwig_svg(grade: str, title: str) -> str:
    rx, ry, opacity = LUDWIG[grade]
    body = [
        _hair(),
        f'<ellipse cx="60" cy="62" rx="{rx}" ry="{ry}" fill="{SKIN}" fill-opacity="{opacity}"/>',
        f'<line x1="60" y1="22" x2="60" y2="{62 + ry}" stroke="{SKIN}" stroke-width="2"/>',
    ]
    return _frame(grade, title, body)


def stage_svg(stage: str, title: str) -> str:
    return ludwig_svg(stage, title) if stage.startswith("L") else norwood_svg(stage, title)


def severity_scale_svg(severity: str) -> str:
    """Four labelled boxes, the person's severity filled and marked: readable without colour."""
    levels = ["none", "mild", "moderate", "severe"]
    fills = {"none": "#9bc59d", "mild": "#e2c35a", "moderate": "#e08a3c", "severe": "#c0392b"}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 60" width="100%" role="img" '
        f'aria-label="Severity: {escape(severity)}"><title>Severity: {escape(severity)}</title>'
    ]
    for i, level in enumerate(levels):
        x = i * 100
        on = level == severity
        parts.append(
            f'<rect x="{x + 2}" y="8" width="96" height="30" rx="4" fill="{fills[level]}" '
            f'fill-opacity="{1 if on else 0.25}" stroke="{"#000" if on else "none"}" stroke-width="2"/>'
        )
        parts.append(
            f'<text x="{x + 50}" y="28" text-anchor="middle" font-size="13" '
            f'font-weight="{700 if on else 400}" fill="#111">{level}</text>'
        )
        if on:
            parts.append(f'<path d="M{x + 50} 58 l-7 -10 h14 z" fill="currentColor"/>')
    parts.append("</svg>")
    return "".join(parts)
