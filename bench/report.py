"""Collect benchmark figures and write them as Markdown and JSON under bench/results/."""

from __future__ import annotations

import json
import platform
import statistics
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Figure:
    name: str
    unit: str
    runs: list[float]
    target: float | None = None
    higher_is_better: bool = True
    note: str = ""
    median: float = field(init=False)

    def __post_init__(self) -> None:
        self.median = statistics.median(self.runs)

    @property
    def verdict(self) -> str:
        if self.target is None:
            return ""
        met = self.median >= self.target if self.higher_is_better else self.median <= self.target
        ratio = self.median / self.target if self.target else 0
        return "met" if met else f"missed ({ratio:.2f}x of target)"


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)
        print(f"{figure.name}: {figure.median:,.1f} {figure.unit} {figure.verdict}", flush=True)

    def write(self, name: str = "report") -> Path:
        RESULTS.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
        meta = {"when": stamp, "python": platform.python_version(), "machine": platform.machine()}
        data = {"meta": meta, "figures": [asdict(f) | {"verdict": f.verdict} for f in self.figures]}
        (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=1))
        lines = [
            f"# anagen benchmarks ({stamp})",
            "",
            "Medians of several runs on this machine.",
            "",
            "| figure | median | unit | target | verdict | note |",
            "|---|---:|---|---:|---|---|",
        ]
        for f in self.figures:
            target = (
                ""
                if f.target is None
                else (f"≥ {f.target:,.0f}" if f.higher_is_better else f"≤ {f.target:,.1f}")
            )
            lines.append(
                f"| {f.name} | {f.median:,.1f} | {f.unit} | {target} | {f.verdict} | {f.note} |"
            )
        path = RESULTS / f"{name}.md"
        path.write_text("\n".join(lines) + "\n")
        return path
