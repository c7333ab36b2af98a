"""Rules written from the classes of miss in the 24th and 25th blind sets, each tried on
wordings of its own (not the blind sentences): a strength is no success rate, volume a haircut
gives is no thickening, a heading before a colon is its own span, hair loss promised to be over
for good, a supplement inferred from a deficiency's link, harms said to be the same, a claim
reported and called wrong, an approval read only up to a contrast after it, and a condition's
own course told in a clause of its own."""

from __future__ import annotations

import pytest

from anagen.claims.claim_scope import SCOPED_BY_CONTRAST, judged_part
from anagen.claims.engine import check_claims
from anagen.claims.figures import only_strengths
from anagen.claims.segment import find_spans
from anagen.claims.vocab import Kind
from tests.claims.checking import KB, verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # stopping named first, then the hair said to stay
        (
            "Even after you come off minoxidil the regrown hair stays.",
            "lasting_results",
            "false",
        ),
        ("Minoxidil works so well that you'll never go bald again.", "lasting_results", "false"),
        # all the hair promised, where only the moved hair lasts
        (
            "Our grafts are taken from the back of the head, so you'll never lose your hair again.",
            "lasting_results",
            "misleading",
        ),
        # regrowth said to stay, against a record of relapse
        (
            "Steroid shots bring the patches back and once the hair returns it stays back.",
            "lasting_results",
            "misleading",
        ),
        # stopping after some months, said of a treatment that works only while used
        (
            "Finasteride is so effective that you can stop taking it after a year.",
            "lasting_results",
            "false",
        ),
        # a link read as a reason to supplement
        (
            "Low vitamin D is twice as common in people with alopecia areata, so vitamin D "
            "tablets will regrow the hair.",
            "deficiency_causes_loss",
            "misleading",
        ),
        # the link alone, as recorded
        (
            "Vitamin D deficiency is two to three times more common in alopecia areata.",
            "deficiency_causes_loss",
            "supported",
        ),
        # harms said to be no worse than the other form's
        (
            "The minoxidil tablet has the same side effects as the foam.",
            "fewer_side_effects",
            "false",
        ),
        # a claim someone is reported saying, and called wrong
        (
            "My uncle keeps claiming biotin is FDA-approved for baldness, which is simply false.",
            "fda_approved",
            "supported",
        ),
        # a likeness in how often it works, and a multiple of speed
        (
            "Four weeks of terbinafine cleared Trichophyton scalp ringworm roughly as often as "
            "eight weeks of griseofulvin.",
            "as_good_as",
            "supported",
        ),
        ("Rosemary oil regrows hair twice as fast as minoxidil.", "better_than", "false"),
        # a condition said to go away, whose record says it can become permanent
        (
            "Don't worry, traction alopecia is completely reversible.",
            "condition_fact",
            "misleading",
        ),
        ("Telogen effluvium is temporary.", "condition_fact", "supported"),
        # an approval in one country, another place's status after "but"
        (
            "Dutasteride has approval for hair loss in Korea, but American dermatologists use it "
            "off-label.",
            "fda_approved",
            "supported",
        ),
    ],
)
def test_rule_grades_its_own_wording(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        # a strength, not how often it works
        "My sister swears by 5% minoxidil foam.",
        "I swear by 2% ketoconazole shampoo twice a week.",
        # volume from how the hair is cut or dressed
        "Ask your stylist about volumising haircuts for fine hair.",
        "Soft layers and a side fringe make fuller-looking hairstyles easy.",
        # an infection's course, which ends
        "Terbinafine clears scalp ringworm and you can stop the tablets after four weeks.",
    ],
)
def test_wording_that_makes_no_such_claim(text: str) -> None:
    kinds = verdicts(text)
    assert "percent_success" not in kinds
    assert "thickens_hair" not in kinds
    assert "lasting_results" not in kinds


def test_a_rate_whose_wording_names_what_it_counts_is_kept() -> None:
    assert not only_strengths("98% graft survival rate", " with FUE", frozenset({"graft"}))
    assert only_strengths("by 5%", " minoxidil foam", frozenset({"minoxidil"}))
    assert not only_strengths("by 40%", " in a year", frozenset({"minoxidil"}))


def test_a_heading_before_a_colon_is_its_own_span_when_a_sentence_follows() -> None:
    text = "From the Grow Back Stronger group: My doctor put me on it in May."
    spans = [text[s.start : s.end] for s in find_spans(text)]
    assert spans == ["From the Grow Back Stronger group:", "My doctor put me on it in May."]
    # what follows is no sentence: the claim before the colon is about it
    tagline = "Clinically proven to thicken hair in 90 days: Silkroot gummies"
    assert len(find_spans(tagline)) == 1
    # the heading's words make no claim about the sentence after it
    quotes = [f.quote for f in check_claims(text, KB).findings]
    assert not any("My doctor" in q for q in quotes)


def test_an_approval_is_read_up_to_a_contrast_but_not_past_a_restriction() -> None:
    s = "Approved for hair loss in Japan, but in the US it is off-label."
    assert judged_part(s, 8) == "Approved for hair loss in Japan"
    kept = "Approved, but only for an enlarged prostate."
    assert judged_part(kept, 8) == kept
    # other claims keep the clause after "but", which qualifies them
    assert Kind.REGROWS_HAIR not in SCOPED_BY_CONTRAST
    assert Kind.FDA_APPROVED in SCOPED_BY_CONTRAST


@pytest.mark.parametrize(
    "text",
    [
        "Acute telogen effluvium typically settles within three to six months.",
        "Your doctor thinks it is telogen effluvium, and this sort of shedding normally settles "
        "within about 3 to 6 months.",
    ],
)
def test_a_condition_course_with_nothing_credited_is_a_condition_fact(text: str) -> None:
    assert verdicts(text) == {"condition_fact": "supported"}


def test_a_course_credited_to_something_stays_a_claim_about_it() -> None:
    said = verdicts("This serum makes telogen effluvium settle within three to six months.")
    assert "condition_fact" not in said
    # not borne out by the record as a course: the claim stands as made
    assert "regrows_hair" in verdicts("In lichen planopilaris the bald patches fill back in.")


def test_a_comma_and_that_joins_two_clauses_keeps_each_claim_with_its_own_subject() -> None:
    """ ", and" after a clause with no list in it starts a clause of its own; after a list
    ("X, Y, and Z are ...") it only ends the list."""
    found = {
        f.kind: f.entity
        for f in check_claims(
            "Oral finasteride is FDA-approved for male pattern hair loss, and pumpkin seed oil is "
            "a natural alternative.",
            KB,
        ).findings
    }
    assert found.get("natural_safe") == "pumpkin-seed-oil"
    listed = check_claims("Baricitinib, ritlecitinib, and deuruxolitinib are FDA-approved.", KB)
    assert [f.verdict for f in listed.findings if f.kind == "fda_approved"] == ["supported"]
