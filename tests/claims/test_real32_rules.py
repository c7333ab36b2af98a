"""Rules written from the classes of English miss in the 32nd blind set (real ad, listing, shop
and social claims), each tried on wordings of its own: no cure for a condition whose loss lasts;
home remedies against a condition that needs a medicine; germs named as the cause of an
immune condition; a share of people a condition affects; harm played down as "rarely causes side
effects"; a result promised at every age; a warning likened ("Like finasteride, ..."); pregnancy
named with "cannot take"; an approval "only for" another use next to hair-loss research; a
figure from another condition; a head-to-head from another condition; a rise past 100%; "these
hormones" counteracted; comparable results; and what it is "as effective at"."""

from __future__ import annotations

import pytest

from anagen.claims.engine import check_claims
from tests.claims.checking import KB, verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # no cure for a condition whose record says its loss lasts; a cure of it is false
        ("Sadly there is no cure for lichen planopilaris.", "cures_baldness", "supported"),
        ("Nothing can cure scarring alopecia.", "cures_baldness", "supported"),
        ("No medicine can cure frontal fibrosing alopecia.", "cures_baldness", "supported"),
        ("This new serum cures cicatricial alopecia.", "cures_baldness", "false"),
        # remedies that are no medicine, for a condition whose record needs one
        ("Natural remedies will not cure ringworm of the scalp.", "cures_baldness", "supported"),
        ("Herbal remedies can cure tinea capitis in a week.", "cures_baldness", "false"),
        # germs as the cause of a condition its record calls autoimmune
        ("Alopecia areata is caused by a virus.", "condition_fact", "false"),
        ("Bacteria on the scalp cause alopecia areata.", "condition_fact", "false"),
        # how many a condition affects, the verb first
        ("Alopecia areata affects about 2% of people.", "condition_fact", "supported"),
        # harm as a whole played down
        ("Finasteride rarely causes any side effects.", "no_side_effects", "misleading"),
        # a result promised at every age
        ("Women of all ages can see thicker hair with minoxidil.", "suits_everyone", "false"),
        # a warning likened to a named medicine, its own subject unnamed
        (
            "Like finasteride, this pill must not be taken by women who are pregnant.",
            "safe_in_pregnancy",
            "supported",
        ),
        ("Women who are pregnant cannot use minoxidil.", "safe_in_pregnancy", "supported"),
        # an approval for another use, with hair loss in another clause
        (
            "Though the FDA approved dutasteride only for benign prostatic hyperplasia, "
            "studies back it for hair loss.",
            "fda_approved",
            "supported",
        ),
        # a figure quoted for a condition other than the one it was measured in
        (
            "Topical minoxidil worked in nearly 70% of men with male pattern baldness.",
            "percent_success",
            "unsupported",
        ),
        # a head-to-head recorded in men, claimed for women's pattern loss
        (
            "For female pattern hair loss, dutasteride beats finasteride.",
            "better_than",
            "unsupported",
        ),
        # a rise past 100% is no share of people helped
        (
            "Microneedling raised hair counts by as much as 400% in studies.",
            "percent_success",
            "unsupported",
        ),
        # "these hormones": the androgens of a hair-loss text
        ("Minoxidil blocks these hormones at the root.", "blocks_androgens", "false"),
        (
            "Spironolactone counteracts the hormones behind hair loss.",
            "blocks_androgens",
            "supported",
        ),
        # comparable results, and what it is as good at
        (
            "Trials have shown rosemary oil gives comparable results to minoxidil 2%.",
            "as_good_as",
            "misleading",
        ),
        # (no trial cited: unsupported, as test_rules.py has it for "as good as minoxidil")
        (
            "Rosemary oil is as effective at thickening hair as minoxidil.",
            "as_good_as",
            "unsupported",
        ),
    ],
)
def test_real32_wordings(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        # a cure denied for a condition that can pass or recover: no record to set it against
        "There is no cure for telogen effluvium.",
        "There is no cure for traction alopecia.",
        # an age range studied, not a result promised
        "Finasteride has been studied in men of all ages.",
        # a question asked, not a fact told
        "Do you know whether biotin regrows hair?",
    ],
)
def test_wordings_that_stay_unflagged(text: str) -> None:
    assert not check_claims(text, KB).findings


def test_germs_named_for_an_infection_are_not_called_false() -> None:
    assert verdicts("Scalp ringworm is caused by a fungus.").get("condition_fact") != "false"


def test_a_benefit_likened_to_a_medicine_is_not_graded_on_that_medicine() -> None:
    found = check_claims("Like minoxidil, this serum regrows hair.", KB).findings
    assert [f.entity for f in found if f.kind == "regrows_hair"] == [""]


def test_a_figure_from_its_own_condition_still_matches() -> None:
    text = "Topical minoxidil helped nearly 70% of people with telogen effluvium."
    assert verdicts(text)["percent_success"] == "misleading"


def test_a_head_to_head_in_its_own_condition_still_counts() -> None:
    text = "Dutasteride works better than finasteride for male pattern baldness."
    assert verdicts(text)["better_than"] == "supported"


def test_a_rise_claimed_for_a_treatment_shown_not_to_work_is_false() -> None:
    assert verdicts("Biotin increased hair growth by 400%.")["percent_success"] == "false"


def test_a_fact_told_as_a_question_is_asserted() -> None:
    text = "Did you know that biotin regrows hair?"
    assert verdicts(text)["regrows_hair"] == "false"
