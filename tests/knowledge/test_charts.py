"""The evidence charts fit their own drawing, round their labels, and keep white text legible."""

from __future__ import annotations

import re
from pathlib import Path

from anagen.knowledge.charts import (
    GRADE_FILL,
    EffectRow,
    GradedItem,
    effect_chart,
    evidence_chart,
    text_width,
)

SITE_CSS = Path(__file__).resolve().parents[2] / "anagen/web/static/anagen/site.css"


# Advance widths in em from DejaVu Sans, the Linux fallback sans-serif (wider than Arial).
DEJAVU = {
    "+": 0.838,
    ".": 0.318,
    " ": 0.318,
    "(": 0.39,
    ")": 0.39,
    "t": 0.392,
    "o": 0.612,
    "m": 0.974,
    "i": 0.278,
    "r": 0.411,
    "M": 0.863,
    "W": 0.989,
    "a": 0.613,
    "e": 0.615,
    "n": 0.634,
    "s": 0.521,
    "u": 0.634,
    "T": 0.611,
}
DEJAVU.update(dict.fromkeys("0123456789", 0.636))


def test_the_width_estimate_is_never_narrower_than_the_real_font() -> None:
    for sample in ("+18.6 (13.2 to 23.9)", "minimum", "MWMW", "Treatment ratio", "0.85 to 1333.5"):
        real = sum(DEJAVU.get(c, 0) for c in sample) * 12
        assert all(c in DEJAVU for c in sample), sample
        assert text_width(sample, 12) >= real, sample


def _texts(svg: str) -> list[tuple[float, str, float, bool, str]]:
    """(x, anchor, font size, bold, line) for every visible line of text in the SVG."""
    out = []
    for m in re.finditer(r"<text ([^>]*)>(.*?)</text>", svg, re.S):
        attrs, body = m.group(1), m.group(2)
        x = float(re.search(r'\bx="([\d.]+)"', attrs).group(1))  # type: ignore[union-attr]
        size = float(re.search(r'font-size="([\d.]+)"', attrs).group(1))  # type: ignore[union-attr]
        anchor = (
            "end" if 'text-anchor="end"' in attrs else "middle" if "middle" in attrs else "start"
        )
        lines = re.findall(r"<tspan[^>]*>(.*?)</tspan>", body) or [body]
        for line in lines:
            plain = re.sub(r"&[a-z]+;", "&", re.sub(r"<[^>]+>", "", line))
            out.append((x, anchor, size, 'font-weight="700"' in attrs, plain))
    return out


def _assert_fits(svg: str) -> None:
    width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg).group(1))  # type: ignore[union-attr]
    for x, anchor, size, bold, line in _texts(svg):
        w = text_width(line, size, bold)
        left = {"start": x, "end": x - w, "middle": x - w / 2}[anchor]
        assert left >= 0 and left + w <= width, f"{line!r} runs outside 0..{width}"


# Long titles, captions and a numbers column as wide as real intervals with two decimals.
ROWS = [
    EffectRow("Low-level laser therapy", 18.56, 13.22, 23.89, "a meta-analysis", "/t/lllt/"),
    EffectRow("Platelet-rich plasma (PRP) injections into the scalp", 14.38, 6.38, 22.38, "x"),
    EffectRow("Minoxidil solution or foam (topical)", 20, 3.7, 41, "network meta-analysis"),
    EffectRow("Something with a wide interval", -120.25, -1450.75, 1333.5, "made up for width"),
]
TITLE = (
    "Extra hairs per cm² compared with placebo, sham or no added treatment: androgenetic alopecia"
)


def test_effect_chart_is_wide_enough_for_its_longest_label_and_caption() -> None:
    svg = effect_chart(ROWS, TITLE, "hairs/cm²")
    _assert_fits(svg)
    assert "head-to-head ranking" in svg  # the caption is wrapped, not cut


def test_effect_chart_widens_rather_than_clip_when_the_numbers_need_it() -> None:
    svg = effect_chart(ROWS, TITLE, "hairs/cm²", width=420)
    _assert_fits(svg)


def test_effect_chart_rounds_its_labels_but_its_hover_text_keeps_the_source_digits() -> None:
    svg = effect_chart(ROWS, TITLE, "hairs/cm²")
    visible = [line for *_, line in _texts(svg)]
    assert "+18.6 (13.2 to 23.9)" in visible
    assert "+20 (3.7 to 41)" in visible  # whole and one-decimal figures stay as given
    assert "-120.3 (-1450.8 to 1333.5)" in visible  # half rounds up in size
    assert "+18.56 hairs/cm² (13.22 to 23.89)" in svg  # the <title> read on hover
    assert "18.56 (" not in "".join(visible)
    small = effect_chart(
        [EffectRow("a", 0.85, 0.043, 1.5, ""), EffectRow("b", 0.5, None, None, "")], "t", "u"
    )
    assert "+0.85 (0.043 to 1.5)" in small  # below 1, two significant figures survive


def test_evidence_chart_fits_and_every_bar_holds_its_white_label() -> None:
    items = [GradedItem(f"Treatment number {g} with a long name", g) for g in GRADE_FILL]
    svg = evidence_chart(
        items, "Evidence grades for androgenetic alopecia (male pattern hair loss), a long title"
    )
    _assert_fits(svg)
    for m in re.finditer(
        r'<rect [^>]*width="(\d+)".*?<text [^>]*fill="#fff">([^<]+)</text>', svg, re.S
    ):
        assert int(m.group(1)) >= text_width(m.group(2), 12, bold=True) + 6, m.group(2)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast_with_white(hex_colour: str) -> float:
    return 1.05 / (_luminance(hex_colour) + 0.05)


def test_grade_colours_carry_white_text_at_wcag_aa_and_match_the_site_css() -> None:
    assert round(_contrast_with_white("#767676"), 2) == 4.54  # the known AA borderline grey
    css = SITE_CSS.read_text()
    for grade, fill in GRADE_FILL.items():
        assert _contrast_with_white(fill) >= 4.5, f"grade {grade} {fill}"
        assert f"--grade-{grade.lower()}: {fill};" in css, (
            f"site.css grade {grade} differs from the chart"
        )
    assert len(set(GRADE_FILL.values())) == len(GRADE_FILL)


def test_each_effect_chart_has_its_own_title_id() -> None:
    import re

    from anagen.knowledge.charts import EffectRow, effect_chart

    row = EffectRow("Minoxidil", 12.0, 4.0, 19.0, "men, 48 weeks")
    ids = [
        re.search(r'<title id="([^"]+)"', effect_chart([row], title, "hairs/cm²")).group(1)
        for title in ("Extra hairs per cm²: men", "Share of responders: men")
    ]
    assert len(set(ids)) == 2
