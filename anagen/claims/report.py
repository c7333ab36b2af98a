"""Claim reports as JSON, and as highlighted segments for the page."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from anagen.claims.engine import ClaimReport, Finding


def report_json(report: ClaimReport) -> dict[str, Any]:
    return {
        "findings": [{**asdict(f), "sources": list(f.sources)} for f in report.findings],
        "version": report.version,
    }


def segments(text: str, report: ClaimReport) -> list[dict[str, Any]]:
    """The text cut into plain and claimed pieces, in order, for inline highlighting."""
    by_span: dict[tuple[int, int], list[Finding]] = {}
    for f in report.findings:
        by_span.setdefault((f.start, f.end), []).append(f)
    out: list[dict[str, Any]] = []
    pos = 0
    for (start, end), found in sorted(by_span.items()):
        if start < pos:
            continue
        if start > pos:
            out.append({"text": text[pos:start], "findings": []})
        worst = min(
            found,
            key=lambda f: ["false", "misleading", "unsupported", "supported"].index(f.verdict),
        )
        out.append({"text": text[start:end], "findings": found, "verdict": worst.verdict})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:], "findings": []})
    return out


def distinct_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored findings (report_json's) with one entry per quote, verdict and explanation: one
    phrase can match two kinds ("reactivates follicles to stimulate regrowth" is both a follicle
    and a regrowth claim) that the same evidence answers, which a list would show twice. The
    entry keeps the first finding's fields and the kinds of all, in order."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for f in findings:
        key = (f.get("quote", ""), f.get("verdict", ""), f.get("explanation", ""))
        if key in merged:
            merged[key]["kinds"].append(f.get("kind", ""))
        else:
            merged[key] = {**f, "kinds": [f.get("kind", "")]}
    return list(merged.values())
