"""The labelled dev set: real and written claims, each with the source for its verdict.

Prints accuracy per verdict, overall and for the entries written as fresh ad phrasings (origin
"new: ..."), which measure how the rules generalise. Issue 6 asks for 90% overall; the test holds
a ratchet at the accuracy already reached: raise it as rules improve, never lower it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from anagen.claims.engine import check_claims
from tests.claims.checking import KB

DEVSET = yaml.safe_load((Path(__file__).parent / "devset.yaml").read_text())
RATCHET = 0.975  # target 0.90 (issue 6)


def _predict(entry: dict) -> str:  # type: ignore[type-arg]
    entity = entry.get("entity")
    subjects = (entity,) if entity in KB.ingredients or entity in KB.treatments else ()
    findings = check_claims(entry["text"], KB, None, subjects).findings
    if not findings:
        return "none"
    same = [f for f in findings if f.kind == entry["kind"]]
    return (same or list(findings))[0].verdict


def test_devset_is_large_sourced_and_covers_every_verdict() -> None:
    assert len(DEVSET) >= 120
    assert {str(e["verdict"]) for e in DEVSET} >= {
        "false",
        "misleading",
        "unsupported",
        "supported",
    }
    for e in DEVSET:
        assert all(s in KB.sources for s in e.get("sources") or []), e["text"]
    texts = " ".join(e["text"] for e in DEVSET)
    assert "prescription strength quantities of the DHT blocker Minoxidil" in texts
    assert "nanosomes" in texts and "saw palmetto to block production of DHT" in texts


def _score(entries: list[dict]) -> tuple[float, str]:  # type: ignore[type-arg]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for e in entries:
        expected = str(e["verdict"])
        total[expected] += 1
        right[expected] += _predict(e) == expected
    overall = sum(right.values()) / sum(total.values())
    per_verdict = ", ".join(f"{v} {right[v]}/{total[v]}" for v in sorted(total))
    return overall, f"{per_verdict}; overall {overall:.1%}"


def test_devset_accuracy(capsys) -> None:  # type: ignore[no-untyped-def]
    overall, line = _score(DEVSET)
    # Entries written as ad phrasings to test generalisation (origin "new: ..."), shown apart.
    _, written = _score([e for e in DEVSET if str(e.get("origin", "")).startswith("new:")])
    with capsys.disabled():
        print(
            f"\nclaim checker dev set accuracy: {line}\n  of which written ad phrasings: {written}"
        )
    assert overall >= RATCHET
