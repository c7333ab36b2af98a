"""Rules written from the classes of English miss in the 28th and 29th blind sets (real claims
quoted from sellers', clinics', telehealth and news pages), each tried on wordings of its own:
a time "between" or "until", the answer under a question, "as effective, if not more", "more
consistent results", a benefit for "anyone" losing hair, "safe and used for decades", a cure
promised from weak evidence, no side effects "other than" one, a page saying what it will cover,
a condition called permanent or put at another delay, an effective treatment for two conditions,
side effects that "can include" or are "mild and temporary", a figure from a study we do not
record, "clinically-proven", a clearance described with its own limit, a form named beside another
subject in another clause, and an approval claimed for a plural subject."""

from __future__ import annotations

import pytest

from anagen.claims.engine import check_claims
from tests.claims.checking import KB, verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a time given as a range "between" two numbers, or as "not until"
        ("Finasteride results may take between 3-6 months to show.", "works_in_days", "supported"),
        ("With spironolactone, results won't be seen until 2 weeks.", "works_in_days", "false"),
        # the answer on the line under a question is about what the question named
        (
            "How long does finasteride take to work?\n"
            "It may take between 3 and 6 months for results to be seen.",
            "works_in_days",
            "supported",
        ),
        # at least as good: judged as a likeness
        (
            "Low-dose oral minoxidil is just as effective, if not more so, than the topical solution.",
            "as_good_as",
            "supported",
        ),
        # steadier results: a record of how much it works does not speak to how evenly
        (
            "Oral minoxidil gives more reliable results than topical minoxidil.",
            "better_than",
            "unsupported",
        ),
        # a benefit for anyone losing hair, from a treatment studied for some kinds only
        (
            "Anyone with thinning hair can benefit from platelet-rich plasma.",
            "suits_everyone",
            "misleading",
        ),
        # a long history offered as proof of safety
        (
            "Spironolactone is safe and has been prescribed for decades.",
            "natural_safe",
            "misleading",
        ),
        # a cure promised from weak evidence is false; softened, or from good evidence, it
        # overstates
        ("PRP injections cure hair loss.", "cures_baldness", "false"),
        ("PRP basically cures hair loss.", "cures_baldness", "misleading"),
        ("Minoxidil is a treatment to cure hair loss.", "cures_baldness", "misleading"),
        # "adverse" side effects are any side effects
        ("No adverse side effects have ever been reported.", "no_side_effects", "misleading"),
        # one harm owned up to, of something we do not record
        (
            "There are no side effects with this therapy other than mild redness.",
            "no_side_effects",
            "unsupported",
        ),
        # a condition called permanent: false when its record says it passes, misleading when
        # the record says it can last
        ("Telogen effluvium is a permanent form of hair loss.", "condition_fact", "false"),
        ("Traction alopecia is a permanent condition.", "condition_fact", "misleading"),
        # a delay the record puts elsewhere; the record's own delay stays supported
        (
            "In telogen effluvium, up to half the hairs are shed about 2 months after the illness.",
            "condition_fact",
            "misleading",
        ),
        (
            "Telogen effluvium shedding usually starts about 3 to 4 months after the trigger.",
            "condition_fact",
            "supported",
        ),
        # an effective treatment for two conditions, with good evidence for one of them only
        (
            "Microneedling is an effective treatment for male and female pattern hair loss.",
            "regrows_hair",
            "misleading",
        ),
        (
            "Minoxidil is an effective treatment for male and female pattern hair loss.",
            "regrows_hair",
            "supported",
        ),
        # a list of side effects that "may include"
        (
            "Side effects of ketoconazole shampoo are uncommon but may include scalp irritation.",
            "causes_side_effect",
            "supported",
        ),
        # side effects said to pass, when the record holds one that can last
        (
            "Finasteride's side effects are usually mild and temporary.",
            "causes_side_effect",
            "misleading",
        ),
        # a figure credited to a study we do not record
        (
            "In a small study, 40% of men saw regrowth with ketoconazole shampoo.",
            "percent_success",
            "unsupported",
        ),
        ("Rosemary oil raised hair growth by 30 percent.", "percent_success", "misleading"),
        # "clinically-proven" with a hyphen
        (
            "Our clinically-proven spironolactone tablets stop hair loss.",
            "clinically_proven",
            "misleading",
        ),
        # a clearance described with its own limit
        (
            "A 510(k) clearance means the device is substantially equivalent to one already sold, "
            "and it is not proof that it works.",
            "fda_cleared",
            "supported",
        ),
    ],
)
def test_real28_wordings(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        # what a page will cover, with no answer yet
        "In this guide, we'll explain the differences between FDA approval and FDA clearance.",
        # everyone may benefit from something other than a hair treatment
        "Everyone with a question can benefit from our free consultation.",
        # a time "between" two numbers that is no promise of results
        "Shipping takes between 2 and 3 days.",
    ],
)
def test_real28_wordings_stay_unflagged(text: str) -> None:
    assert check_claims(text, KB).findings == ()


def test_page_topic_line_keeps_a_claim_it_presumes() -> None:
    # "we'll explain why ..." presumes the answer: the claim is still read
    assert "fda_approved" in verdicts(
        "In this article, we'll explain why minoxidil is FDA approved."
    )


def test_answer_under_a_blank_line_is_not_tied_to_the_question() -> None:
    text = "How long does finasteride take to work?\n\nIt may take between 3 and 6 months to see results."
    found = [f for f in check_claims(text, KB).findings if f.kind == "works_in_days"]
    assert found and found[0].entity == ""


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a form named in another clause, next to another subject, is that subject's form
        (
            "Saw palmetto softgels are popular, but minoxidil is FDA-approved for thinning hair.",
            "supported",
        ),
        ("Finasteride is FDA-approved, and our saw palmetto spray is natural.", "supported"),
        # a form in a clause that names no other subject still decides
        ("Minoxidil is FDA approved for hair loss if you take it as a pill.", "false"),
        # a plural subject with no "both": each name judged, one unapproved misleads
        ("Finasteride and saw palmetto are FDA-approved for hair loss.", "misleading"),
        ("Minoxidil and rosemary oil are FDA approved.", "misleading"),
        # ...and when every one of them is approved, it holds
        ("Finasteride and minoxidil are FDA approved for hair loss.", "supported"),
    ],
)
def test_each_subject_keeps_its_own_form_and_approval(text: str, verdict: str) -> None:
    assert verdicts(text).get("fda_approved") == verdict


@pytest.mark.parametrize(
    "text",
    [
        # a scalp symptom eased, with nothing compared: a benefit, not fewer side effects
        "Our tea tree tonic helps reduce itching after a long day.",
        "Rosemary oil soothes an itchy scalp.",
        "A few drops of peppermint oil calm scalp redness and flaking.",
    ],
)
def test_symptom_relief_is_not_fewer_side_effects(text: str) -> None:
    found = verdicts(text)
    assert "fewer_side_effects" not in found
    assert found.get("nourishes_scalp") == "unsupported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a real comparison of harms stays one, however it is worded
        ("Rosemary oil causes less itching than minoxidil.", "supported"),
        ("Rosemary oil reduces itching more than minoxidil does.", "supported"),
        ("Minoxidil foam has fewer side effects than the solution.", "supported"),
        # the risk of a harm lowered, or a harm with its cause named, is still about harms
        ("Minoxidil foam minimises the risk of irritation.", "supported"),
        ("Minoxidil foam reduces the itching caused by the solution.", "supported"),
        ("This capsule lessens the stomach irritation that can come with zinc.", "unsupported"),
    ],
)
def test_compared_or_caused_harms_stay_fewer_side_effects(text: str, verdict: str) -> None:
    assert verdicts(text).get("fewer_side_effects") == verdict
