"""Rules written from the classes of miss in the 27th blind set (real claims quoted from public
pages), each tried on wordings of its own: effects lost when you stop, "as soon as" a time,
growth "just as well as" a medicine, results said to last the rest of your life, evidence that "does not
support" a benefit, harm played down as "very low risk", who a condition "mostly" affects and
daily shedding counts the record does not give, a scalp infection said to be treated, a form of a medicine named before, a page's call
to save a guide (and the title it names), and quotes given as written."""

from __future__ import annotations

import pytest

from anagen.claims.engine import check_claims
from tests.claims.checking import KB, verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # the effects of a medicine said to be lost when it is stopped
        (
            "The benefits of finasteride are lost once you stop taking it.",
            "needs_ongoing_use",
            "supported",
        ),
        # the earliest time results show
        (
            "You could notice thicker hair as soon as 3 months with daily minoxidil.",
            "works_in_days",
            "supported",
        ),
        # growth likened to a medicine's, in the wording of a growth claim
        (
            "Studies suggest caffeine shampoo can boost hair growth just as well as minoxidil.",
            "as_good_as",
            "misleading",
        ),
        # a lifetime of results: false of a medicine's regrowth, which goes when it is stopped;
        # of moved hair it is read as "permanent" is (test_rules.py, eighth review)
        (
            "The hair you regrow with minoxidil will stay for the rest of your life.",
            "lasting_results",
            "false",
        ),
        ("Transplanted hair will grow for the rest of your life.", "lasting_results", "supported"),
        # evidence said not to support a benefit: a denial, here one the record bears out
        (
            "Research does not support biotin's use in regrowing hair in people who are not deficient.",
            "regrows_hair",
            "supported",
        ),
        # harm played down, not ruled out: misleading rather than false
        ("Hair transplant surgery carries extremely low risk.", "no_side_effects", "misleading"),
        # details of a condition that its record does not hold
        (
            "Alopecia areata mainly affects children and young adults.",
            "condition_fact",
            "unsupported",
        ),
        ("With telogen effluvium, people shed 300 hairs a day.", "condition_fact", "unsupported"),
        # a scalp infection said to be treated by it: false of a shampoo, which is only an add-on
        ("Ketoconazole shampoo treats tinea capitis.", "cures_baldness", "false"),
        ("Terbinafine is used to treat scalp ringworm.", "cures_baldness", "supported"),
        # a form of the medicine named in the sentence before
        (
            "Finasteride is available as a pill. Oral versions are FDA-approved for male pattern hair loss.",
            "fda_approved",
            "supported",
        ),
    ],
)
def test_real_page_wordings(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        # a harm said to last a lifetime is no lasting result
        "Those side effects can stay for the rest of your life.",
        # a call to save or read a guide, and the title it names, claim nothing
        "Download our free guide: Regrow Your Hairline Fast.",
        "Bookmark this complete guide to minoxidil and read it later.",
        # "save" that is no call to keep a guide, a plain "risk" and "mostly" said of no condition
        "Save money on your first order.",
        "A free no-risk trial of our shampoo.",
        "There is a minimal risk of infection after the procedure.",
        "Our clinic mostly treats men.",
        # who treats it, with what named after: no claim about a treatment
        "Doctors treat tinea capitis with tablets, not creams.",
    ],
)
def test_stays_unflagged(text: str) -> None:
    assert check_claims(text, KB).findings == ()


def test_a_guide_title_after_a_call_is_skipped_but_the_next_sentence_is_read() -> None:
    text = "Save our guide: Minoxidil. It regrows hair in most men."
    assert verdicts(text) == {"regrows_hair": "supported"}


def test_the_negation_of_evidence_reaches_past_a_few_words() -> None:
    plain = "Minoxidil regrows hair in men with pattern hair loss."
    denied = "Current evidence does not support minoxidil's effectiveness in regrowing hair in men."
    assert verdicts(plain)["regrows_hair"] == "supported"
    assert verdicts(denied)["regrows_hair"] == "false"


def test_quotes_keep_curly_apostrophes_as_written() -> None:
    text = "Biotin doesn\u2019t regrow hair, it\u2019s a myth."
    (finding,) = check_claims(text, KB).findings
    assert finding.quote == text
    assert finding.quote == text[finding.start : finding.end]
