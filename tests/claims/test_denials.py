"""Plain denials that a treatment works, judged against its graded evidence, and the rules
written from the misses of the 35th blind set, each tried on wordings of its own: a scalp area
a label is (not) for, one medicine approved in two forms for two uses, examples of an approved
kind, results called permanent with the caveat of stopping, and hair named with nail growth."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a denial of a well-proven effect (grade A) is false
        ("Minoxidil does not work.", "regrows_hair", "false"),
        ("Finasteride doesn't help hair loss.", "regrows_hair", "false"),
        ("Topical minoxidil is not effective at all.", "regrows_hair", "false"),
        ("Finasteride never really works for male pattern baldness.", "regrows_hair", "false"),
        # a denial the record backs (grade X for pattern hair loss) is supported
        ("Biotin doesn't work for hair loss.", "regrows_hair", "supported"),
        ("Biotin has no effect on hair growth.", "regrows_hair", "supported"),
        ("Biotin won't regrow your hair.", "regrows_hair", "supported"),
        # weak evidence either way: the denial is not backed either
        ("Saw palmetto does not work, and it costs a lot.", "regrows_hair", "unsupported"),
        # the scalp area the label is for, or not for
        (
            "The 5% minoxidil solution is not meant for a receding hairline.",
            "usage",
            "supported",
        ),
        ("Minoxidil 5% solution is labelled for frontal baldness.", "usage", "false"),
        ("Minoxidil 5% solution is intended for the crown.", "usage", "supported"),
        # one medicine, two forms, each with its own use
        (
            "Minoxidil is approved as oral tablets for hypertension and as a topical foam for hair loss.",
            "fda_approved",
            "supported",
        ),
        ("Minoxidil is FDA-approved in tablet form for hypertension.", "fda_approved", "supported"),
        ("Minoxidil is FDA-approved in tablet form for hair loss.", "fda_approved", "false"),
        # examples of an approved kind: each is said to be approved
        (
            "Ask about an FDA-approved option, like finasteride or a laser cap.",
            "fda_approved",
            "misleading",
        ),
        # permanent, but only while used
        (
            "Gains from finasteride are permanent, as long as you keep taking it.",
            "lasting_results",
            "misleading",
        ),
        ("Results from minoxidil are permanent.", "lasting_results", "false"),
        ("Biotin is said to support hair and nail growth.", "regrows_hair", "false"),
        ("Once you stop taking finasteride, its effect ends.", "needs_ongoing_use", "supported"),
    ],
)
def test_claim(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict, verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        # hedged or partial denials keep their own meaning: no denial that it works
        "Minoxidil may not work for you.",
        "Minoxidil might not work.",
        "Minoxidil won't work on a receding hairline.",
        "Minoxidil does not work overnight.",
        "Minoxidil does not work if you stop using it.",
        "If minoxidil does not work, see a dermatologist.",
        "Finasteride does not help with prostate symptoms at this dose.",
        # a bare "works" asserts nothing
        "Minoxidil works.",
        # a comparison, not an example of a kind
        "Our treatment, like minoxidil, is applied twice a day.",
    ],
)
def test_no_denial_of_efficacy(text: str) -> None:
    assert "regrows_hair" not in verdicts(text), verdicts(text)


def test_partial_denial_is_about_everyone() -> None:
    assert verdicts("Minoxidil doesn't work for everyone.") == {"suits_everyone": "supported"}


@pytest.mark.parametrize(
    "text",
    [
        # the window after the claim ends inside "integrity", whose start is Swedish "inte"
        "Biotin helps in reducing hair shedding and maintaining the integrity of existing strands.",
        # ... inside "pastille", French "pas"
        "Biotin helps in reducing hair shedding and comes as one small pastille a day.",
    ],
)
def test_a_word_cut_at_the_reading_window_is_no_negation(text: str) -> None:
    assert verdicts(text).get("stops_hair_loss") == "false"  # biotin: grade X, not denied
