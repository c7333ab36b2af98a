"""Claim checker: the original review page's claims, offsets, robustness and interfaces."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from anagen.claims.engine import check_claims
from anagen.cli.dispatch import main
from tests.claims.checking import KB, verdicts

ORIGINAL = Path(__file__).resolve().parents[3] / "shared" / "reference" / "original-review-page.txt"


def test_minoxidil_is_no_dht_blocker_and_5_percent_is_no_prescription_strength() -> None:
    found = verdicts(
        "Provillus's topical product contains prescription strength quantities of "
        "the DHT blocker Minoxidil."
    )
    assert found == {"prescription_strength": "false", "lowers_dht": "false"}


def test_saw_palmetto_blocking_dht_is_not_supported() -> None:
    found = verdicts(
        "Step two is Provillus's dietary supplement specifically formulated with "
        "saw palmetto to block production of DHT"
    )
    assert found["lowers_dht"] in {"unsupported", "misleading"}


def test_nanosome_delivery_is_unsupported() -> None:
    found = verdicts(
        "The most effective of this lot utilize nanosomes - particles about 200 "
        "times smaller than cells that ensure more efficient delivery of active "
        "ingredients."
    )
    assert found["delivery_technology"] == "unsupported"


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        ("Minoxidil 5% foam regrows hair on the crown in men.", "regrows_hair", "supported"),
        ("Biotin gummies regrow thinning hair.", "regrows_hair", "false"),
        ("Our saw palmetto capsules regrow hair.", "regrows_hair", "misleading"),
        ("The HairMax LaserComb is FDA approved.", "fda_approved", "misleading"),
        ("Finasteride has no side effects.", "no_side_effects", "false"),
        ("Rosemary oil works as well as minoxidil.", "as_good_as", "unsupported"),
        ("Minoxidil regrows hair in 14 days.", "works_in_days", "false"),
        ("Saw palmetto is clinically proven to stop hair loss.", "clinically_proven", "misleading"),
    ],
)
def test_typical_ad_claims(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict, check_claims(text, KB).findings


def test_negated_and_non_claims_are_not_read_as_assertions() -> None:
    # a denial is graded as a denial: biotin's evidence shows no benefit
    assert verdicts("Biotin does not regrow hair.")["regrows_hair"] == "supported"
    assert verdicts("Minoxidil is not a DHT blocker.")["lowers_dht"] == "supported"
    assert verdicts("Free shipping on orders over $50. Smells like fresh mint.") == {}


def test_hedged_wording_is_marked() -> None:
    finding = check_claims("Pumpkin seed oil may help regrow hair.", KB).findings[0]
    assert finding.hedged and finding.verdict == "unsupported"


def test_every_finding_explains_itself_and_cites_known_sources() -> None:
    text = ORIGINAL.read_text() if ORIGINAL.exists() else "Minoxidil is a DHT blocker."
    report = check_claims(text, KB)
    assert report.findings
    for f in report.findings:
        assert f.explanation
        assert all(s in KB.sources for s in f.sources)


def test_empty_text_gives_no_findings() -> None:
    assert check_claims("", KB).findings == ()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_offsets_index_the_input_and_results_are_repeatable(text: str) -> None:
    report = check_claims(text, KB)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.quote
    assert check_claims(text, KB) == report


@pytest.mark.parametrize(
    "text",
    [
        "Minoxidil 🧴 regrows hair 💇",
        "المينوكسيديل يعيد نمو الشعر. Minoxidil regrows hair.",
        "Mino\u0301xidil regrows hair\x00 fast",
        "\u202eMinoxidil is a DHT blocker\u202c",
    ],
)
def test_any_unicode_never_crashes(text: str) -> None:
    for f in check_claims(text, KB).findings:
        assert text[f.start : f.end] == f.quote


@pytest.mark.django_db
def test_api_checks_claims_with_the_design_shape(client: Client) -> None:
    response = client.post(
        "/api/v1/claims/check",
        {"text": "Minoxidil is a DHT blocker."},
        content_type="application/json",
    )
    body = response.json()
    f = body["findings"][0]
    assert {"start", "end", "quote", "entity", "verdict", "explanation", "sources"} <= set(f)
    assert f["verdict"] == "false" and f["entity"] == "minoxidil"


@pytest.mark.django_db
def test_api_reads_the_product_type_and_refuses_an_unknown_one(client: Client) -> None:
    def post(product_type: str) -> Any:
        text = {"text": "Clinically proven to regrow hair.", "product_type": product_type}
        return client.post("/api/v1/claims/check", text, content_type="application/json")

    assert post("supplement").status_code == 200
    refused = post("RX_DRUG")
    assert refused.status_code == 422 and "product_type" in refused.content.decode()


@pytest.mark.django_db
def test_api_refuses_bodies_over_the_limit_with_413(client: Client) -> None:
    response = client.post(
        "/api/v1/claims/check", {"text": "a" * 300_000}, content_type="application/json"
    )
    assert response.status_code == 413 and "limit" in response.json()["detail"]


def test_cli_handles_a_megabyte(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ad.txt"
    path.write_text("Minoxidil is a DHT blocker. Free shipping today. " * 21_000)
    assert main(["check-claims", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"]


@pytest.mark.django_db
def test_checker_page_highlights_claims_with_text_labels(client: Client) -> None:
    html = client.post("/claims/", {"text": "Minoxidil is a DHT blocker."}).content.decode()
    assert 'class="claim claim-false"' in html and "FALSE" in html and "<details" in html
    assert "Lowers dht (minoxidil)" in html  # the claim kind in words, not "lowersdht"


def test_every_engine_module_imports_no_django() -> None:
    """The checker is a pure engine: only its web glue may import Django (STYLE.md: layers)."""
    import ast

    import anagen.claims

    glue = {"api.py", "views.py", "urls.py", "apps.py"}
    for path in Path(anagen.claims.__file__).parent.glob("*.py"):
        if path.name in glue:
            continue
        tree = ast.parse(path.read_text())
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not {n for n in names if n.split(".")[0] in ("django", "ninja")}, path.name


def test_list_items_under_a_line_stay_about_what_it_named() -> None:
    """Shop bullets under a product's title ("- GENTLE FORMULA: ...") are about that product;
    a plain new line, or a blank line, starts a new paragraph that names nothing."""
    bullets = "Finasteride 1 mg tablets, 28 pack\n* SAFE CHOICE: no side effects at all."
    assert verdicts(bullets) == {"no_side_effects": "false"}
    apart = "Finasteride 1 mg tablets, 28 pack\n\n* SAFE CHOICE: no side effects at all."
    assert verdicts(apart) != {"no_side_effects": "false"}
    plain = "Finasteride 1 mg tablets, 28 pack\nNo side effects at all."
    assert verdicts(plain) != {"no_side_effects": "false"}


def test_an_approval_covers_only_the_ages_its_label_names() -> None:
    assert verdicts("Baricitinib tablets have FDA approval for kids with alopecia areata.") == {
        "fda_approved": "false"
    }
    assert verdicts("Ritlecitinib is approved for adolescents with severe alopecia areata.") == {
        "fda_approved": "supported"
    }


def test_a_product_name_the_text_introduces_stands_for_what_it_is() -> None:
    text = "LumiRoot 80 Laser Helmet\n\nLumiRoot is FDA approved for hair regrowth."
    approved = [f for f in check_claims(text, KB).findings if f.kind == "fda_approved"]
    assert [(f.entity, f.verdict) for f in approved] == [("low-level-laser-therapy", "misleading")]


def test_an_unintroduced_name_stays_unknown() -> None:
    found = check_claims("LumiRoot is FDA approved for hair regrowth.", KB).findings
    assert {f.entity for f in found} == {""}


def test_distinct_findings_merge_kinds_with_the_same_quote_and_answer() -> None:
    from anagen.claims.report import distinct_findings

    same = {"quote": "q", "verdict": "supported", "explanation": "e"}
    findings = [
        {**same, "kind": "stimulates_follicles"},
        {**same, "kind": "regrows_hair"},
        {**same, "kind": "thickens_hair", "verdict": "unsupported"},
    ]
    out = distinct_findings(findings)
    assert [f["kinds"] for f in out] == [
        ["stimulates_follicles", "regrows_hair"],
        ["thickens_hair"],
    ]
    assert [f["verdict"] for f in out] == ["supported", "unsupported"]
    assert distinct_findings([]) == []


def test_a_denial_for_a_form_the_record_lacks_is_not_false() -> None:
    """Terbinafine is recorded only by mouth: the tablets' good evidence makes "the tablets do
    not cure it" false, but says nothing against "the cream alone will not clear it"."""
    cream = check_claims("Terbinafine cream alone will not clear scalp ringworm.", KB).findings
    assert all(f.verdict != "false" for f in cream)
    tablets = check_claims("Terbinafine tablets do not cure scalp ringworm.", KB).findings
    assert any(f.verdict == "false" for f in tablets)
