"""Rules written from the classes of English miss in the 38th blind set (telehealth, seller,
device-maker and clinic claims), each tried on wordings of its own: what is lost after stopping
named past a clause between ("once you stop, the hair loss will continue as before and you may
lose any new hair"), and the loss said to resume or continue; a treatment said to have been
shown to work in studies; a permanent result as what a treatment delivers; and the hair roots
said to be killed in pattern hair loss, whose record says they are not destroyed."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # what is lost after stopping, past a clause between; the loss said to resume
        (
            "Once you stop taking the tablets, the hair loss will continue as it had before and "
            "you may lose any new hair you have gained while using them.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "If you quit finasteride, your hair loss returns and over the following months you "
            "may lose all the hair you gained.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "Once you stop taking finasteride, the hair loss picks up where it left off.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "When you discontinue minoxidil, the shedding will return.",
            "needs_ongoing_use",
            "supported",
        ),
        # shown to work in studies: graded on the evidence behind it
        (
            "Dutasteride has been shown in clinical trials to increase hair counts.",
            "clinically_proven",
            "supported",
        ),
        (
            "Rosemary oil has been shown to improve hair growth in studies.",
            "clinically_proven",
            "misleading",
        ),
        (
            "Saw palmetto was shown by several studies to slow hair loss.",
            "clinically_proven",
            "misleading",
        ),
        # a permanent result as what it delivers
        (
            "A hair transplant is the one procedure that delivers a permanent result.",
            "lasting_results",
            "misleading",
        ),
        ("Minoxidil offers a permanent result.", "lasting_results", "false"),
        ("Finasteride gives you a lifelong result.", "lasting_results", "false"),
        # the roots said to be killed in pattern hair loss; and that denied
        ("In pattern baldness, DHT gradually kills the follicles.", "condition_fact", "false"),
        (
            "Testosterone destroys the hair roots of men with receding hairlines.",
            "condition_fact",
            "false",
        ),
        ("Androgenetic alopecia destroys hair follicles over time.", "condition_fact", "false"),
        ("DHT does not kill hair follicles, it shrinks them.", "condition_fact", "supported"),
    ],
)
def test_real38_rule(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # another habit stopped; stopping that is no treatment's
        ("If you stop smoking, your hair loss may still continue.", "needs_ongoing_use"),
        ("Stop worrying about a little shedding: it returns to normal.", "needs_ongoing_use"),
        # the stop-then-lose wording is not a promise to stop hair loss or regrow it
        (
            "Once you stop taking the drugs, the hair loss will continue as it had before and you "
            "may lose any new hair you've acquired while taking these medications.",
            "stops_hair_loss",
        ),
        (
            "Once you stop taking the drugs, the hair loss will continue as it had before and you "
            "may lose any new hair you've acquired while taking these medications.",
            "regrows_hair",
        ),
        # shown in a picture, or not shown at all
        ("The results shown in our gallery are typical.", "clinically_proven"),
        ("As shown in the picture, apply the foam to a dry scalp.", "clinically_proven"),
        ("Minoxidil has not been shown in studies to cure baldness.", "clinically_proven"),
        # permanent, of no hair result
        ("The salon offers a permanent wave.", "lasting_results"),
        ("Our dye gives a permanent colour result.", "lasting_results"),
        # roots destroyed where the record says so, or by no condition: a description
        ("Scarring alopecia destroys the hair follicles.", "condition_fact"),
        (
            "Frontal fibrosing alopecia destroys hair follicles and replaces them with scar tissue.",
            "condition_fact",
        ),
        ("Laser hair removal destroys the follicles.", "condition_fact"),
    ],
)
def test_real38_rule_leaves_unflagged(text: str, kind: str) -> None:
    assert kind not in verdicts(text)
