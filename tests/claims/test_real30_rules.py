"""Rules written from the classes of English miss in the 30th blind set (real claims quoted from
sellers' and marketplace pages), each tried on wordings of its own: ongoing use said with no
subject, shedding at the start as a side effect, the action of an antifungal, a clearance set
apart from an approval or held up as the mark of what works, an approval said to stop below an
age, a prescription said for "the 5% version", an approval by "regulatory bodies", "the only"
approved one, side effects as a whole under a bound, most side effects "avoided" by another
form, and a treatment whose evidence is for a combination claimed on its own."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # ongoing use, naming no treatment: true of those that work for hair loss
        (
            "Long-term use is necessary to keep the shedding from returning.",
            "needs_ongoing_use",
            "supported",
        ),
        # shedding at the start is a side effect, not a time to results
        (
            "Minoxidil may cause a temporary increase in shedding in the first 2 to 6 weeks.",
            "causes_side_effect",
            "supported",
        ),
        (
            "With minoxidil, a common effect is initial shedding as old hairs fall out.",
            "causes_side_effect",
            "supported",
        ),
        # what an antifungal does, said of a medicine recorded as one
        (
            "Ketoconazole shampoo fights the yeast infections behind dandruff.",
            "drug_class",
            "supported",
        ),
        (
            "Griseofulvin is used to treat infections caused by dermatophytes.",
            "drug_class",
            "supported",
        ),
        # a clearance set apart from an approval: what a clearance means
        (
            "The FDA grants its clearance on safety, but not approval for proven results.",
            "fda_cleared",
            "supported",
        ),
        # a clearance held up as the mark of what works
        (
            "Only trust hair growth devices with FDA clearance, the real deal for thinning hair.",
            "fda_cleared",
            "misleading",
        ),
        # an approval below the youngest age the record names
        ("Griseofulvin is approved for children under 2.", "fda_approved", "false"),
        ("Ritlecitinib is not approved for children under 12.", "fda_approved", "supported"),
        # "the 5% version": what the sentence before named
        (
            "Minoxidil comes as 2% and 5% foam. The 5% version needs a prescription for women.",
            "prescription_strength",
            "false",
        ),
        # approved by regulators, said in full
        (
            "Our laser helmet has been approved by the Food and Drug Administration for hair loss.",
            "fda_approved",
            "misleading",
        ),
        # "the only" approved one, when another is recorded as approved for it
        (
            "Ritlecitinib is the only FDA-approved pill for severe alopecia areata.",
            "fda_approved",
            "false",
        ),
        (
            "Minoxidil is the only approved treatment for male pattern baldness.",
            "fda_approved",
            "false",
        ),
        # side effects as a whole under a bound the harms counted together exceed
        (
            "Side effects of finasteride tablets occur in fewer than 2% of men.",
            "causes_side_effect",
            "false",
        ),
        # most side effects of another form said to be left behind
        (
            "Unlike finasteride tablets, a topical spray lets you avoid most hormonal side effects.",
            "fewer_side_effects",
            "misleading",
        ),
        # a treatment whose evidence is for a combination, claimed with nothing beside it
        ("Dermarolling once a week regrows hair.", "regrows_hair", "misleading"),
    ],
)
def test_each_real30_rule_on_a_wording_of_its_own(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # the only one, and the record holds no other approved for it
        (
            "Finasteride is the only FDA-approved pill for male pattern baldness.",
            "fda_approved",
            "supported",
        ),
        (
            "Topical minoxidil is the only FDA-approved medicine for female pattern hair loss.",
            "fda_approved",
            "supported",
        ),
        # an age group the other approvals may not cover: the approval itself is judged
        (
            "Ritlecitinib is the only FDA-approved treatment for alopecia areata in teenagers.",
            "fda_approved",
            "supported",
        ),
        # an approved medicine is not "cleared, not approved"
        ("Minoxidil has FDA clearance, but not approval.", "fda_cleared", "misleading"),
        # an approval at ages the record covers
        ("Ritlecitinib is approved for teenagers under 16.", "fda_approved", "supported"),
        # the partner named: the combination's evidence is the evidence cited
        (
            "Adding microneedling to minoxidil can boost regrowth in men.",
            "regrows_hair",
            "supported",
        ),
        # a bound on one harm that holds
        (
            "Lower sex drive was seen in under 2% of men on finasteride.",
            "causes_side_effect",
            "supported",
        ),
        # a risk cut by a share is a benefit, not a harm's rate
        ("Finasteride lowered the PSA level by less than 50%.", "causes_side_effect", None),
    ],
)
def test_real30_rules_leave_what_the_record_bears_out(
    text: str, kind: str, verdict: str | None
) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        # ongoing use of something other than a hair treatment, naming nothing
        "Continuous use is needed to keep the itching away.",
        # no hair loss named: no record to set it against
        "Continued use is required for best results.",
    ],
)
def test_ongoing_use_naming_no_treatment_and_no_hair_loss_is_not_supported(text: str) -> None:
    assert verdicts(text).get("needs_ongoing_use") != "supported"


def test_avoiding_most_side_effects_is_no_claim_of_none() -> None:
    found = verdicts("Our spray avoids most of the side effects of finasteride tablets.")
    assert "no_side_effects" not in found


def test_a_shedding_phase_is_no_time_to_results() -> None:
    found = verdicts("Expect a temporary shedding phase during the first few weeks on minoxidil.")
    assert "works_in_days" not in found
