"""Claims from a separate blind review (redteam.yaml): the share graded as the reviewer did,
held at a ratchet that only goes up as rules improve."""

from __future__ import annotations

from pathlib import Path

import yaml

from anagen.claims.engine import check_claims
from anagen.knowledge.loader import default_content_dir, load_content

KB = load_content(default_content_dir())
CASES = yaml.safe_load((Path(__file__).parent / "redteam.yaml").read_text())
RATCHET = 0.8  # 64 of 80 when last raised; the first blind score was 37 of 80


def _agrees(case: dict) -> bool:  # type: ignore[type-arg]
    findings = check_claims(case["text"], KB).findings
    if case["verdict"] == "none":
        return not findings
    same = [f for f in findings if f.kind == case["kind"]]
    return bool(findings) and (same or list(findings))[0].verdict == case["verdict"]


def test_the_review_set_is_whole() -> None:
    assert len(CASES) == 80
    assert {c["verdict"] for c in CASES} >= {"supported", "false", "misleading", "unsupported"}


def test_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = sum(_agrees(c) for c in CASES)
    with capsys.disabled():
        print(f"\nclaim checker blind-review agreement: {right}/{len(CASES)}")
    assert right / len(CASES) >= RATCHET
