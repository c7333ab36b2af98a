"""What happens on stopping a treatment, worded as the loss of what it gave: "if you stop
taking it, you will lose the hair you gained", "the hair you regrew will fall out once you
stop", "stop the treatment and your hair loss comes right back". These are claims that the
treatment must be kept up (needs_ongoing_use), not promises of regrowth or of an end to hair
loss; another habit stopped ("stop eating junk food") is no such claim."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    "text",
    [
        "If you stop taking finasteride, you will lose the hair you gained within a year.",
        "Minoxidil must be used forever or you will lose the hair you gained.",
        "If you stop using Rogaine, you'll lose all the new hair within months.",
        "Any hair regrown with minoxidil will shed once you discontinue it.",
        "Once you stop using minoxidil, the hair you regrew will fall out.",
        "Finasteride stops hair loss, but only as long as you take it.",
        "Stop the treatment and your hair loss comes right back.",
    ],
)
def test_loss_on_stopping_is_a_claim_of_ongoing_use(text: str) -> None:
    assert verdicts(text).get("needs_ongoing_use") == "supported"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the loss coming back is no promise to stop it
        ("Stop the treatment and your hair loss comes right back.", "stops_hair_loss"),
        # the regrown hair said to go is no promise of regrowth
        ("Once you stop using minoxidil, the hair you regrew will fall out.", "regrows_hair"),
        # another habit stopped
        ("If you stop eating junk food, your hair will fall out less.", "needs_ongoing_use"),
        ("Once you quit smoking, your shedding will come back less often.", "needs_ongoing_use"),
        # loss that goes on for a while after another drug is stopped
        (
            "Once you stop the birth control pill, hair loss may continue for a few months.",
            "needs_ongoing_use",
        ),
        ("After stopping isotretinoin, the shedding continues for a while.", "needs_ongoing_use"),
        # nor a promise to stop hair loss: the stopping is of another drug, in its own clause
        (
            "Once you stop the birth control pill, hair loss may continue for a few months.",
            "stops_hair_loss",
        ),
        ("It is a dandruff treatment, not a hair loss treatment.", "stops_hair_loss"),
    ],
)
def test_not_read_as(text: str, kind: str) -> None:
    assert kind not in verdicts(text)


def test_a_claim_made_beside_the_caveat_is_kept() -> None:
    found = verdicts("Finasteride stops hair loss, but only as long as you take it.")
    assert found.get("stops_hair_loss") == "supported"
    found = verdicts("Minoxidil regrows hair, but you have to keep using it.")
    assert found == {"regrows_hair": "supported", "needs_ongoing_use": "supported"}
