"""Rules written from the classes of English miss in the 39th blind set (magazines, pharmacy
advice, trichologists, women's and children's pages, forums), each tried on wordings of its own:
side effects played down to next to none ("minimal side effects"); safety for a group's use
("safe enough for off-label use in children"); a claim denied by the lack of trials ("no
randomised trials prove that ..."); help for hair loss in plain words ("beneficial for people
with hair loss"); the hair cycle set going again; the hormone behind hair loss controlled; the
form a condition is treated with; a remedy for scalp ringworm; approvals for a condition that
names no medicine; and a treatment said to be the only proven one."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # harm played down to next to none: misleading where side effects are recorded
        ("Finasteride has very few side effects.", "no_side_effects", "misleading"),
        ("Dutasteride has negligible side effects.", "no_side_effects", "misleading"),
        ("Oral minoxidil causes hardly any side effects.", "no_side_effects", "misleading"),
        (
            "Side effects of spironolactone are usually minimal.",
            "no_side_effects",
            "misleading",
        ),
        # safety for a group's use of it
        (
            "Minoxidil is considered safe enough for off-label use in children.",
            "safe_for_group",
            "false",
        ),
        # a claim denied by the lack of trials
        (
            "There are no randomised controlled trials to prove that biotin regrows hair.",
            "regrows_hair",
            "supported",
        ),
        (
            "No large studies have shown that biotin stops hair loss.",
            "stops_hair_loss",
            "supported",
        ),
        # help for hair loss in plain words
        ("Biotin may be beneficial for hair loss.", "stops_hair_loss", "false"),
        (
            "Minoxidil is useful for women with female pattern hair loss.",
            "stops_hair_loss",
            "supported",
        ),
        # the hair cycle set going again; the hormone behind hair loss controlled
        ("Rosemary oil can kick start the growth phase.", "stimulates_follicles", "unsupported"),
        (
            "Spironolactone controls the hormone responsible for hair loss.",
            "blocks_androgens",
            "supported",
        ),
        # the form a condition is treated with, against the form its record needs
        ("Tinea capitis is usually treated with antifungal tablets.", "usage", "supported"),
        ("Scalp ringworm is treated with medicine taken by mouth.", "usage", "supported"),
        ("Scalp ringworm is treated with antifungal cream.", "usage", "false"),
        # a remedy with no medicine in it, for an infection that needs one
        (
            "Apple cider vinegar is a great home remedy for scalp ringworm.",
            "cures_baldness",
            "false",
        ),
        ("Garlic is a herbal remedy for tinea capitis.", "cures_baldness", "false"),
        # approvals for a condition, no medicine named
        ("There are no drugs approved for alopecia areata.", "fda_approved", "false"),
        ("There are no FDA-approved treatments for alopecia areata.", "fda_approved", "false"),
        ("There are no approved treatments for male pattern baldness.", "fda_approved", "false"),
        # the only proven treatment, where another has good evidence too
        (
            "Finasteride is the only clinically proven treatment for male pattern baldness.",
            "clinically_proven",
            "misleading",
        ),
        (
            "Griseofulvin is the only proven treatment for tinea capitis.",
            "clinically_proven",
            "misleading",
        ),
    ],
)
def test_real39_rule(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # owning up to some, or comparing, is no claim of next to none
        ("Finasteride has a few side effects.", "no_side_effects"),
        ("Minoxidil has fewer side effects than finasteride.", "no_side_effects"),
        ("Minimal downtime and a quick recovery.", "no_side_effects"),
        # about hair loss, not help for it
        ("This guide is useful for anyone with hair loss questions.", "stops_hair_loss"),
        # a hormone that is not the one behind hair loss
        ("Exercise helps control the hormones that affect mood.", "blocks_androgens"),
    ],
)
def test_real39_rule_leaves_unflagged(text: str, kind: str) -> None:
    assert kind not in verdicts(text)


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a record without an approval for the condition decides nothing
        (
            "There are no approved drugs for frontal fibrosing alopecia.",
            "fda_approved",
            "unsupported",
        ),
        # a proven treatment, not the only one
        (
            "Minoxidil is a proven treatment for female pattern hair loss.",
            "clinically_proven",
            "supported",
        ),
    ],
)
def test_real39_rule_leaves_look_alikes_as_they_were(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict
