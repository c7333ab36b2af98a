"""Collect benchmark figures and write them as Markdown and JSON under bench/results/."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def num(value: float) -> str:
    """Figures at a readable precision: 35,120 / 4.2 / 0.0153."""
    if value != value:  # NaN
        return "n/a"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:,.2f}"
    return f"{value:.3g}"


@dataclass
class Figure:
    name: str
    unit: str
    runs: list[float]
    target: float | None = None
    higher_is_better: bool = True
    note: str = ""
    why: str = ""  # for a missed target: what limits it
    median: float = field(init=False)

    def __post_init__(self) -> None:
        self.median = statistics.median(self.runs) if self.runs else float("nan")

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        if self.higher_is_better:
            return self.median >= self.target
        return self.median <= self.target

    @property
    def verdict(self) -> str:
        if self.met is None:
            return ""
        if self.met:
            return "met"
        assert self.target is not None
        if self.higher_is_better:
            short = 100 * (1 - self.median / self.target) if self.target else 100.0
            return f"missed: {short:.0f}% short ({num(self.median / self.target)}x of target)"
        over = 100 * (self.median / self.target - 1) if self.target else float("inf")
        return f"missed: {over:.0f}% over ({num(self.median / self.target)}x the limit)"

    @property
    def target_text(self) -> str:
        if self.target is None:
            return ""
        return f"{'≥' if self.higher_is_better else '≤'} {num(self.target)}"


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)
    sections: list[tuple[str, str]] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        print(f"{figure.name}: {num(figure.median)} {figure.unit} {figure.verdict}", flush=True)
        return figure

    def section(self, title: str, markdown: str) -> None:
        self.sections.append((title, markdown))

    def write(self, name: str = "report") -> Path:
        RESULTS.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
        meta = {
            "when": stamp,
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cores": os.cpu_count(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        }
        data = {
            "meta": meta,
            "figures": [asdict(f) | {"verdict": f.verdict} for f in self.figures],
            "sections": [{"title": t, "markdown": m} for t, m in self.sections],
        }
        (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=1))
        lines = [
            f"# anagen benchmarks ({stamp})",
            "",
            f"Medians of several rounds on this machine ({meta['cores']} cores, Python "
            f"{meta['python']}; load average at the end {meta['load_average_at_end']}). "
            "Targets are reported, never asserted; docs/deploy.md says how each is measured.",
            "",
            "| figure | median | unit | target | verdict | note |",
            "|---|---:|---|---:|---|---|",
        ]
        for f in self.figures:
            lines.append(
                f"| {f.name} | {num(f.median)} | {f.unit} | {f.target_text} | {f.verdict} "
                f"| {f.note} |"
            )
        missed = [f for f in self.figures if f.met is False]
        if missed:
            lines += ["", "## Missed targets: by how much, and what limits them", ""]
            lines += [f"- **{f.name}**: {f.verdict}. {f.why}".rstrip() for f in missed]
        for title, markdown in self.sections:
            lines += ["", f"## {title}", "", markdown.rstrip()]
        path = RESULTS / f"{name}.md"
        path.write_text("\n".join(lines) + "\n")
        return path
