"""Claims from seven separate blind reviews (redteam.yaml to redteam7.yaml): the share graded as
the reviewer did, held at ratchets that only go up as rules improve."""

from __future__ import annotations

from pathlib import Path

import yaml

from anagen.claims.engine import check_claims
from anagen.knowledge.loader import default_content_dir, load_content

KB = load_content(default_content_dir())
CASES = yaml.safe_load((Path(__file__).parent / "redteam.yaml").read_text())
RATCHET = 0.8125  # 65 of 80 when last raised; the first blind score was 37 of 80


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


SECOND = yaml.safe_load((Path(__file__).parent / "redteam2.yaml").read_text())
SECOND_RATCHET = 0.63  # 38 of 60 when last raised; 23 of 60 before any fix it prompted


def _agrees_in_paragraph(case: dict) -> bool:  # type: ignore[type-arg]
    """A sentence graded as part of its paragraph, when it has one: the findings quoting it."""
    text = case.get("paragraph") or case["text"]
    sentence = " ".join(case["text"].split())
    findings = [
        f
        for f in check_claims(text, KB).findings
        if " ".join(f.quote.split()) in sentence or sentence in " ".join(f.quote.split())
    ]
    allowed = {case["verdict"], *case.get("also", [])}
    if case["verdict"] == "none":
        return not findings
    same = [f for f in findings if f.kind == case["kind"]]
    return bool(findings) and (same or findings)[0].verdict in allowed


def test_second_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = sum(_agrees_in_paragraph(c) for c in SECOND)
    with capsys.disabled():
        print(f"\nclaim checker second blind review: {right}/{len(SECOND)}")
    assert len(SECOND) == 60
    assert right / len(SECOND) >= SECOND_RATCHET


THIRD = yaml.safe_load((Path(__file__).parent / "redteam3.yaml").read_text())
THIRD_RATCHET = 0.85  # 51 of 60 when last raised; 35 of 60 before any fix it prompted


def test_third_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = sum(_agrees_in_paragraph(c) for c in THIRD)
    with capsys.disabled():
        print(f"\nclaim checker third blind review: {right}/{len(THIRD)}")
    assert len(THIRD) == 60
    assert right / len(THIRD) >= THIRD_RATCHET


FOURTH = yaml.safe_load((Path(__file__).parent / "redteam4.yaml").read_text())
FOURTH_RATCHET = 0.7  # 42 of 60 when last raised; 27 of 60 before any fix it prompted


def test_fourth_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = sum(_agrees_in_paragraph(c) for c in FOURTH)
    with capsys.disabled():
        print(f"\nclaim checker fourth blind review: {right}/{len(FOURTH)}")
    assert len(FOURTH) == 60
    assert right / len(FOURTH) >= FOURTH_RATCHET


FIFTH = yaml.safe_load((Path(__file__).parent / "redteam5.yaml").read_text())
FIFTH_RATCHET = 0.76  # 46 of 60 when last raised; 31 of 60 by this scoring before any fix it prompted (the reviewer counted 33)


def test_fifth_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = sum(_agrees_in_paragraph(c) for c in FIFTH)
    with capsys.disabled():
        print(f"\nclaim checker fifth blind review: {right}/{len(FIFTH)}")
    assert len(FIFTH) == 60
    assert right / len(FIFTH) >= FIFTH_RATCHET


SIXTH = yaml.safe_load((Path(__file__).parent / "redteam6.yaml").read_text())
SIXTH_RATCHET = (
    0.66  # 53 of 80 by this scoring before any fix it prompted (the reviewer counted 57)
)


def test_sixth_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = sum(_agrees_in_paragraph(c) for c in SIXTH)
    with capsys.disabled():
        print(f"\nclaim checker sixth blind review (long pages): {right}/{len(SIXTH)}")
    assert len(SIXTH) == 80
    assert right / len(SIXTH) >= SIXTH_RATCHET


SEVENTH = yaml.safe_load((Path(__file__).parent / "redteam7.yaml").read_text())
SEVENTH_RATCHET = (
    0.63  # 38 of 60 when last raised; the reviewer counted 32 before any fix it prompted
)


def test_seventh_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = sum(_agrees_in_paragraph(c) for c in SEVENTH)
    with capsys.disabled():
        print(f"\nclaim checker seventh blind review (safety): {right}/{len(SEVENTH)}")
    assert len(SEVENTH) == 60
    assert right / len(SEVENTH) >= SEVENTH_RATCHET
