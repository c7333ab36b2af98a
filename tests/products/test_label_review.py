"""Labels from three separate blind reviews (label_review.yaml to label_review3.yaml): the share read as the reviewer
expects (type, each hair-relevant active with its strength, blend), held at a ratchet that
only goes up as the rules improve."""

from __future__ import annotations

from pathlib import Path

import yaml

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label

KB = load_content(default_content_dir())
CASES = yaml.safe_load((Path(__file__).parent / "label_review.yaml").read_text())
RATCHET = 0.95  # 38 of 40 when last raised; 21 of 40 before any fix it prompted (the reviewer, also counting noise, 17)


def _same_strength(a: str | None, b: str | None) -> bool:
    def norm(s: str | None) -> str:
        return "".join((s or "").lower().replace(",", "").replace("µg", "mcg").split())

    return norm(a) == norm(b)


def agrees(case: dict) -> bool:  # type: ignore[type-arg]
    result = analyze_label(case["text"], index_for(KB))
    types = case["type"] if isinstance(case["type"], list) else [case["type"]]
    got = {a.ingredient: a.strength for a in result.actives}
    want = {a["ingredient"]: (a.get("strength"), a.get("also")) for a in case["actives"]}
    return (
        result.product_type in types
        and got.keys() == want.keys()
        and all(
            any(_same_strength(got[k], w) for w in want[k] if w) or got[k] == want[k][0]
            for k in want
        )
        and result.proprietary_blend == case["blend"]
    )


def test_the_review_set_is_whole() -> None:
    assert len(CASES) == 40


def test_label_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = [c["id"] for c in CASES if agrees(c)]
    with capsys.disabled():
        print(f"\nlabel analyser blind review: {len(right)}/{len(CASES)}")
    assert len(right) / len(CASES) >= RATCHET


SECOND = yaml.safe_load((Path(__file__).parent / "label_review2.yaml").read_text())
SECOND_RATCHET = (
    0.975  # 39 of 40 when last raised; 23 of 40 (one label crashed it) before any fix it prompted
)


def test_second_label_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = [c["id"] for c in SECOND if agrees(c)]
    with capsys.disabled():
        print(f"\nlabel analyser second blind review: {len(right)}/{len(SECOND)}")
    assert len(SECOND) == 40
    assert len(right) / len(SECOND) >= SECOND_RATCHET


THIRD = yaml.safe_load((Path(__file__).parent / "label_review3.yaml").read_text())
THIRD_RATCHET = 0.875  # 35 of 40 when last raised; 24 of 40 before any fix it prompted


def test_third_label_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = [c["id"] for c in THIRD if agrees(c)]
    with capsys.disabled():
        print(f"\nlabel analyser third blind review: {len(right)}/{len(THIRD)}")
    assert len(THIRD) == 40
    assert len(right) / len(THIRD) >= THIRD_RATCHET
