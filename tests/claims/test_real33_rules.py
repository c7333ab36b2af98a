"""Rules written from the classes of English miss in the 33rd and 34th blind sets (real seller,
clinic, telehealth, news and blog claims), each tried on wordings of its own: gains kept only
while a medicine is used; a number marked as rough ("~3 months", "approx. 4 weeks"); a benefit
said to depend on a lack; a lack overstated as the cause of hair loss; pattern hair loss put down
to a hormone's level; a harm said to come "often" against its recorded rate, and "prescription
drugs" named for the medicines approved for pattern hair loss; natural products' long use taken
as proof of safety; how a medicine works on hair told as fact where its record says it is not
known; a share of a group described first ("90% of otherwise healthy women"); one study's
head-to-head told without the wider evidence; and "mid-scalp" as a place."""

from __future__ import annotations

import pytest

from anagen.claims.engine import check_claims
from anagen.claims.segment import find_spans
from tests.claims.checking import KB, verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # gains kept only while it is used, lost once stopped
        (
            "With minoxidil, results last only as long as you keep applying it.",
            "needs_ongoing_use",
            "supported",
        ),
        ("Finasteride results are kept only while you take it.", "needs_ongoing_use", "supported"),
        ("Stopping minoxidil reverses the gains.", "needs_ongoing_use", "supported"),
        (
            "Discontinuing finasteride usually undoes the regrowth within a year.",
            "needs_ongoing_use",
            "supported",
        ),
        # a rough number, however it is marked
        (
            "Minoxidil takes approximately 4 months before any benefit shows.",
            "works_in_days",
            "supported",
        ),
        ("Finasteride takes ~3 months to show its benefit.", "works_in_days", "supported"),
        ("Minoxidil results appear after approx. 4 weeks of use.", "works_in_days", "false"),
        ("Minoxidil results appear after ca. 4 weeks of use.", "works_in_days", "false"),
        # a benefit said to depend on a lack (the lack being what causes the loss)
        (
            "Biotin pills won't help your hair unless you are truly deficient.",
            "deficiency_causes_loss",
            "supported",
        ),
        (
            "Iron tablets help hair only in women who are deficient in iron.",
            "deficiency_causes_loss",
            "supported",
        ),
        # a rare lack overstated as the cause of hair loss
        ("A lack of biotin is the real cause of thinning hair.", "deficiency_causes_loss", "false"),
        (
            "Biotin deficiency is a major cause of hair loss in women.",
            "deficiency_causes_loss",
            "false",
        ),
        # pattern hair loss put down to a hormone's level
        ("Pattern baldness is caused by high testosterone.", "condition_fact", "false"),
        ("Female pattern hair loss is caused by too much testosterone.", "condition_fact", "false"),
        ("Hair loss in men is due to rising testosterone levels.", "condition_fact", "false"),
        (
            "Male pattern baldness is not caused by high testosterone levels.",
            "condition_fact",
            "supported",
        ),
        # a harm said to come often, against its recorded rate
        ("Finasteride often causes erectile dysfunction.", "causes_side_effect", "misleading"),
        (
            "Prescription drugs for hair loss frequently have side effects like impotence.",
            "causes_side_effect",
            "misleading",
        ),
        # natural products' long use offered as proof of safety
        (
            "Herbal remedies have been around for thousands of years, so they are safe.",
            "natural_safe",
            "misleading",
        ),
        (
            "Plant-based oils have been used for centuries and are gentle on everyone.",
            "natural_safe",
            "misleading",
        ),
        # how it works on hair told as fact where its record says that is not known
        (
            "Minoxidil revives hair follicles by increasing blood flow to them.",
            "stimulates_follicles",
            "misleading",
        ),
        (
            "Minoxidil regrows hair by improving circulation to the scalp.",
            "regrows_hair",
            "misleading",
        ),
        # a share of a group described first
        ("Biotin helped 90% of balding men regrow hair.", "percent_success", "false"),
        ("Our serum helped ~85% of otherwise healthy men.", "percent_success", "unsupported"),
        # one study's head-to-head, told without the wider evidence that ranks it the other way
        (
            "One trial showed that microneedling alone raised mean hair count more than minoxidil.",
            "better_than",
            "misleading",
        ),
    ],
)
def test_real33_wordings(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "The benefits of minoxidil are maintained for years.",
        "Herbal remedies have been used for centuries, but some are not safe.",
        "Herbal remedies have been used for centuries, but that does not mean they are safe.",
        "Natural oils have been used since the 1800s in hair care.",
        "Orders ship within ~2 days.",
        "Finasteride has serious side effects.",
    ],
)
def test_wordings_that_stay_unflagged(text: str) -> None:
    assert not check_claims(text, KB).findings


def test_a_share_of_a_group_with_balding_is_how_common_it_is_not_a_success_rate() -> None:
    # (unflagged before the conditions' prevalence figures were read, test_condition_prevalence)
    found = verdicts("About 50% of white men have some balding by age 50.")
    assert found == {"condition_fact": "supported"}


def test_a_plain_rate_claim_still_reads_the_harm() -> None:
    # "often" with no recorded rate to weigh it against is no more than the harm itself
    assert verdicts("Minoxidil often causes shedding.")["causes_side_effect"] == "supported"


def test_a_plain_head_to_head_against_the_record_is_still_false() -> None:
    assert verdicts("Microneedling works better than minoxidil.")["better_than"] == "false"


def test_a_mechanism_told_as_a_guess_is_not_misleading() -> None:
    text = "Minoxidil is thought to regrow hair by increasing blood flow."
    assert verdicts(text).get("regrows_hair") != "misleading"


def test_a_rough_number_does_not_end_a_sentence() -> None:
    text = "Results show after approx. 4 weeks. In ca. 2 in 3 users they last."
    assert len(find_spans(text)) == 2


def test_a_place_on_the_scalp_names_no_scalp_product() -> None:
    text = (
        "Finasteride stops hair loss in most men who take it and regrows hair at the crown and "
        "mid-scalp. Gains are kept only while the medication is continued."
    )
    found = [f for f in check_claims(text, KB).findings if f.kind == "needs_ongoing_use"]
    assert [f.verdict for f in found] == ["supported"]
