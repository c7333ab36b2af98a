"""A plain-text rendering of an assessment, for the terminal and the "tell your doctor" print."""

from __future__ import annotations

from anagen.assessment.result import AssessmentResult

ROLE_TITLES = {
    "first_line": "Start with",
    "second_line": "Next options",
    "adjunct": "Add-ons with weaker evidence",
    "specialist_only": "Only through a specialist",
}


def as_text(r: AssessmentResult) -> str:
    lines = [
        f"Likely: {r.condition_name} ({r.likely_condition})",
        f"Severity: {r.severity}" + (f" (stage {r.stage})" if r.stage else ""),
    ]
    lines.append("See a doctor: YES" if r.refer_to_doctor else "See a doctor: not urgent")
    for flag in r.red_flags:
        lines.append(f"  ! {flag.message}")
    for d in r.differentials:
        lines.append(f"Also possible ({d.confidence}): {d.condition}")
    for role, title in ROLE_TITLES.items():
        items = [p for p in r.plan if p.role == role]
        if items:
            lines.append(f"{title}:")
            lines += [
                f"  [{p.evidence_grade}] {p.name}"
                + (f" - caution: {'; '.join(p.cautions)}" if p.cautions else "")
                for p in items
            ]
    if r.not_suitable:
        lines.append("Left out:")
        lines += [f"  {n.name}: {n.reason}" for n in r.not_suitable]
    lines += [f"Next: {s}" for s in r.next_steps]
    lines.append(r.disclaimer)
    return "\n".join(lines)
