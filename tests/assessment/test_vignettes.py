"""The vignette suite: clinical cases written from the guidelines, each citing its sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from anagen.assessment.engine import assess
from anagen.knowledge.base import KnowledgeBase

VIGNETTES = yaml.safe_load((Path(__file__).parent / "vignettes.yaml").read_text())
EXPECT_KEYS = {
    "likely",
    "severity",
    "refer",
    "flags",
    "plan",
    "absent",
    "excluded",
    "roles",
    "caution",
    "excluded_because",
    "next_step",
    "no_next_step",
}


def test_the_suite_is_large_and_covers_every_condition_severity_and_red_flag() -> None:
    from anagen.assessment.vocab import Preference, RedFlag
    from anagen.knowledge.vocab import SafetyFactor, Severity

    assert len(VIGNETTES) >= 40
    expects = [v["expect"] for v in VIGNETTES]
    conditions = {e.get("likely") for e in expects}
    assert {
        "androgenetic-alopecia",
        "female-pattern-hair-loss",
        "alopecia-areata",
        "telogen-effluvium",
        "scarring-alopecia",
        "tinea-capitis",
        "traction-alopecia",
        "unclear",
    } <= conditions
    assert {str(s) for s in Severity} <= {e.get("severity") for e in expects}
    assert {str(f) for f in RedFlag} <= {f for e in expects for f in e.get("flags", [])}
    inputs = [v["input"] for v in VIGNETTES]
    used = {c for i in inputs for c in i.get("conditions", [])}
    used |= {k for i in inputs for k in ("pregnant_or_planning", "breastfeeding") if i.get(k)}
    used |= {
        "fathering_a_child" for i in inputs if i.get("pregnant_or_planning") and i["sex"] == "male"
    }
    used |= {"under_18" for i in inputs if i["age"] < 18}
    used |= {"under_12" for i in inputs if i["age"] < 12}
    used |= {"under_2" for i in inputs if i["age"] < 2}
    used |= {"female" for i in inputs if i["sex"] == "female"} | {
        "male" for i in inputs if i["sex"] == "male"
    }
    assert {str(f) for f in SafetyFactor} <= used
    assert {str(p) for p in Preference} <= {p for i in inputs for p in i.get("preferences", [])}


@pytest.mark.parametrize("case", VIGNETTES, ids=[v["name"] for v in VIGNETTES])
def test_vignette(case: dict[str, Any], kb: KnowledgeBase) -> None:
    assert case["source"] and all(s in kb.sources for s in case["source"]), case["source"]
    expect = case["expect"]
    assert set(expect) <= EXPECT_KEYS
    r = assess(case["input"], kb)
    plan = {p.treatment: p for p in r.plan}
    excluded = {n.treatment for n in r.not_suitable}
    if "likely" in expect:
        assert r.likely_condition == expect["likely"], r.why
    if "severity" in expect:
        assert r.severity == expect["severity"], r.severity_reasons
    if "refer" in expect:
        assert r.refer_to_doctor is expect["refer"]
    assert set(expect.get("flags", [])) <= {f.code for f in r.red_flags}
    assert set(expect.get("plan", [])) <= set(plan), sorted(plan)
    assert not set(expect.get("absent", [])) & set(plan)
    assert set(expect.get("excluded", [])) <= excluded, sorted(excluded)
    for slug, role in expect.get("roles", {}).items():
        assert plan[slug].role == role, (slug, plan[slug].role)
    for slug, part in expect.get("caution", {}).items():
        cautions = " ".join(plan[slug].cautions).lower()
        assert plan[slug].cautions and part.lower() in cautions, (slug, plan[slug].cautions)
    for slug, part in expect.get("excluded_because", {}).items():
        reason = next(n.reason for n in r.not_suitable if n.treatment == slug)
        assert part.lower() in reason.lower(), (slug, reason)
    if "next_step" in expect:
        assert any(expect["next_step"] in s for s in r.next_steps), r.next_steps
    if "no_next_step" in expect:
        assert not any(expect["no_next_step"] in s for s in r.next_steps), r.next_steps
