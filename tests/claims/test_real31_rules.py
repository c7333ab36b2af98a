"""Rules written from the classes of English miss in the 31st blind set (real clinic, news,
blog and forum claims, many about how a condition behaves), each tried on wordings of its own:
a condition said to cause permanent loss, or called permanent; triggers and hairstyles listed as
a condition's causes, or denied to be; hair loss that "can be permanent" if the pull goes on; the
form of medicine a condition must be treated with; a success rate said to "sit" somewhere after
a doubt; regrowth as "hair restoration"; "gets you farther than"; ways "to stop it"; and a change
read as a sign that a treatment works. A treatment's own side effects stay side effects."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # how lasting a condition's loss is, from its record: always, in some cases, or never
        ("Lichen planopilaris causes permanent hair loss.", "condition_fact", "supported"),
        ("Traction alopecia causes permanent hair loss.", "condition_fact", "misleading"),
        ("Telogen effluvium causes permanent baldness.", "condition_fact", "false"),
        (
            "There are many causes behind hair loss, and some are permanent, like spot baldness.",
            "condition_fact",
            "false",
        ),
        # the loss or the condition called permanent, in any wording
        ("Scarring alopecia is a permanent hair loss condition.", "condition_fact", "supported"),
        ("Hair loss from frontal fibrosing alopecia is permanent.", "condition_fact", "supported"),
        ("Alopecia areata is permanent.", "condition_fact", "false"),
        # the causes listed for a named condition, against the triggers its record gives
        (
            "Childbirth, a high fever and crash dieting can trigger telogen effluvium.",
            "condition_fact",
            "supported",
        ),
        # the same, the condition first: "is triggered by", "is caused by"
        (
            "Telogen effluvium is triggered by stress, illness or childbirth.",
            "condition_fact",
            "supported",
        ),
        (
            "Traction alopecia is common in women who braid.\n"
            "It is caused by tight ponytails and braids.",
            "condition_fact",
            "supported",
        ),
        ("Scarring alopecia causes irreversible hair loss.", "condition_fact", "supported"),
        # hairstyles its record names as the cause, with no condition named; and denied
        ("Tight ponytails and hair extensions can cause hair loss.", "condition_fact", "supported"),
        ("Tight hairstyles can lead to hair loss.", "condition_fact", "supported"),
        ("Cornrows and weaves do not cause hair loss.", "condition_fact", "false"),
        # the loss itself said to be able to last, when the pull goes on
        ("If the pulling continues, the loss can be permanent.", "condition_fact", "supported"),
        (
            "With tight braids worn for years, the hair loss can become permanent.",
            "condition_fact",
            "supported",
        ),
        # the form of medicine a condition is said to need, against the one its record needs
        ("Tinea capitis needs to be treated with tablets taken by mouth.", "usage", "supported"),
        ("Ringworm of the scalp has to be treated with an antifungal cream.", "usage", "false"),
        # a success rate said where it "sits", after a doubt about it
        (
            "Nobody agrees on the exact success rate of microneedling, but it sits at around 80%.",
            "percent_success",
            "unsupported",
        ),
        # regrowth worded as "hair restoration", for something we hold no record of
        ("This peptide serum can promote hair restoration.", "regrows_hair", "unsupported"),
        # a comparison worded as getting you farther
        ("A good diet will get you farther than minoxidil foam.", "better_than", "unsupported"),
        # ways to stop a condition's loss, with nothing named that would
        (
            "Stress shedding is common, but there are ways to stop it.",
            "stops_hair_loss",
            "unsupported",
        ),
        # an early change read as a sign that it works, whatever the treatment's grade
        (
            "Some shedding at the start means the treatment is working.",
            "regrows_hair",
            "unsupported",
        ),
        ("The shedding means minoxidil is working.", "regrows_hair", "unsupported"),
    ],
)
def test_real31_wordings(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a treatment's real side effects stay side effects
        ("Finasteride can cause lower libido.", "supported"),
        ("Minoxidil can cause shedding at first.", "supported"),
    ],
)
def test_treatment_side_effects_stay_side_effects(text: str, verdict: str) -> None:
    found = verdicts(text)
    assert found.get("causes_side_effect") == verdict
    assert "condition_fact" not in found


@pytest.mark.parametrize(
    "text",
    [
        # causes no record gives: not read as a condition's
        "Sunlight and cold weather can trigger telogen effluvium.",
        "Shampoo and conditioner cause hair loss.",
        # a long phrase is no list of causes, and a condition named is what causes
        "Leaky gut has been associated with autoimmune disease, including alopecia areata, "
        "which can lead to hair loss.",
        # a harm named with the verb is a treatment's, not a condition's
        "It causes itching and redness in some people.",
        # a cause its record does not give, said the other way round
        "Alopecia areata is caused by stress.",
        # a treatment's harm said as a cause, the harm first
        "Hair loss caused by minoxidil is temporary.",
        # a loss said to be either temporary or permanent: not called false by a record of
        # regrowth
        "Alopecia areata causes temporary or permanent patchy hair loss.",
        # a condition's causes said to bring on something other than hair loss
        "Tight braids can cause headaches.",
    ],
)
def test_causes_no_record_gives_are_not_condition_facts(text: str) -> None:
    assert "condition_fact" not in verdicts(text)


def test_a_possible_lasting_loss_is_not_called_false_from_a_record_that_says_it_regrows() -> None:
    # "can": the record's regrowth does not rule out a rare lasting case
    assert verdicts("Alopecia areata can cause permanent hair loss.").get("condition_fact") is None


def test_regrowth_claim_for_a_recorded_treatment_is_still_graded_as_efficacy() -> None:
    assert verdicts("Minoxidil regrows hair.")["regrows_hair"] == "supported"


def test_a_treatments_lasting_results_are_not_read_as_a_condition_called_permanent() -> None:
    assert "condition_fact" not in verdicts("Hair transplant results are permanent.")
