"""Condition facts found missed across the blind sets, each tried on wordings of its own: a male
hormone (DHT, testosterone, androgens) named as what causes hair loss, graded against the records
(pattern hair loss in men is driven by male hormones; hair loss at large, or in women, is not
simply their doing; alopecia areata is an immune attack), in English and other languages; and
the hair roots said to die after a list of what happens to them first."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a male hormone as the cause of pattern hair loss in men: the record's own account
        ("DHT is the main cause of male pattern baldness.", "supported"),
        ("Androgens are the leading cause of balding in men.", "supported"),
        ("Male pattern hair loss is driven by DHT.", "supported"),
        ("Dihydrotestosterone is largely responsible for male pattern baldness.", "supported"),
        # hair loss at large, or in women too: the record names more than the hormone
        ("Testosterone is the number one cause of hair loss.", "misleading"),
        ("DHT is the real culprit behind thinning hair in men and women alike.", "misleading"),
        ("Hair thinning in women is caused by androgens.", "misleading"),
        ("Male hormones are to blame for most hair loss in women.", "misleading"),
        ("Die Hauptursache für Haarausfall ist das Hormon DHT.", "misleading"),
        ("La chute de cheveux est causée par la DHT.", "misleading"),
        ("Haaruitval wordt veroorzaakt door DHT.", "misleading"),
        # a condition whose record gives another cause
        ("Alopecia areata is caused by too much DHT in the scalp.", "false"),
        ("Testosterone is responsible for telogen effluvium.", "false"),
        ("DHT is the main cause of tinea capitis.", "false"),
        # the roots said to die, after a list of what happens to them first
        ("DHT makes the follicles shrink, weaken and finally die.", "false"),
        ("Androgens cause your follicles to shrivel, weaken and eventually die.", "false"),
    ],
)
def test_condition_fact(text: str, verdict: str) -> None:
    assert verdicts(text).get("condition_fact") == verdict


@pytest.mark.parametrize(
    "text",
    [
        # the hormone named, but not as a cause of a condition
        "Finasteride lowers DHT in the scalp.",
        "Testosterone is converted into DHT by an enzyme.",
        "DHT levels can be measured with a blood test.",
        "Men make more testosterone than women.",
        # a cause named, but no hormone
        "Stress is the main cause of my headaches.",
    ],
)
def test_no_hormone_cause_of_a_condition(text: str) -> None:
    assert "condition_fact" not in verdicts(text)
