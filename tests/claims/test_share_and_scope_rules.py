"""Rules written from the remaining misses of the development sets, each tried on wordings of
its own (not the sets' sentences): a share of the scalp is no success rate, a share said in
words checked against the recorded rates, "it" after a colon, delivery times, the trials of
what the paragraph is about, relief of symptoms as a result, one session said to suffice,
results kept for life, a result at every stage of the loss, no treatment said to help, a
cure denied to a form the paragraph's condition cannot be cleared by, a condition fact said the
other way round, a kind of product named with "an anti-dandruff shampoo", clearing an
infection, a PSA test pulled down, and a weak study's design named with its figure."""

from __future__ import annotations

import pytest

from anagen.claims.figures import claimed_percentages, evidence_rates
from anagen.claims.harms import named_harm
from anagen.knowledge.schema import Figure
from tests.claims.checking import KB, verdicts_and_entities


@pytest.mark.parametrize(
    ("text", "kind", "verdict", "entity"),
    [
        # a share said in words, against a record where about a quarter reached good coverage
        (
            "The majority of patients taking ritlecitinib grew their hair back.",
            "percent_success",
            "false",
            "ritlecitinib",
        ),
        (
            "Nearly all people on baricitinib regrow a full head of hair.",
            "percent_success",
            "false",
            "baricitinib",
        ),
        # "it" after a colon is what the text before the colon is about, not an earlier name
        (
            "If finasteride scares you, dutasteride is the next step: it's FDA-approved for hair "
            "loss.",
            "fda_approved",
            "false",
            "dutasteride",
        ),
        (
            "If you want something gentler, oral minoxidil is an option: it's FDA approved for "
            "hair loss.",
            "fda_approved",
            "false",
            "minoxidil-oral-low-dose",
        ),
        # relief of a symptom promised within days, against a medicine that needs weeks
        (
            "Hydroxychloroquine calms the burning scalp within the first few days.",
            "works_in_days",
            "false",
            "hydroxychloroquine",
        ),
        # one session said to be enough: true for many, not for those who need another
        (
            "A single FUE session is all you will ever need, since moved hair keeps growing.",
            "lasting_results",
            "misleading",
            "hair-transplant",
        ),
        # ...while "never" denies outright what the record says some people need
        (
            "With a hair transplant you never need a second procedure.",
            "lasting_results",
            "false",
            "hair-transplant",
        ),
        # results kept for life, with nothing on record about how long they last
        (
            "Two maintenance sessions a year let you maintain your results forever with PRP.",
            "lasting_results",
            "unsupported",
            "platelet-rich-plasma",
        ),
        # clearing the infection with a shampoo, which the record says cannot cure it alone
        (
            "Ketoconazole shampoo gets rid of the infection in a week.",
            "cures_baldness",
            "false",
            "ketoconazole-shampoo",
        ),
        # a lab test pulled down, graded on the recorded interaction
        (
            "Finasteride drags your PSA down, so tell your doctor before the test.",
            "causes_side_effect",
            "supported",
            "finasteride",
        ),
        # "practically every": a share of nine in ten, against regrowth in under half
        (
            "Spironolactone stops the shedding in practically every woman who takes it.",
            "stops_hair_loss",
            "misleading",
            "spironolactone",
        ),
        # a result promised at every stage of the loss, however far it has gone
        (
            "Minoxidil foam is effective at all stages of balding.",
            "suits_everyone",
            "false",
            "minoxidil",
        ),
        # no treatment said to help, against a condition with grade A treatments
        (
            "Sadly, no medicine will help with alopecia areata.",
            "regrows_hair",
            "false",
            "baricitinib",
        ),
        # a weak figure quoted with the design that makes it weak
        (
            "In a case series, about 74% of women on spironolactone reported stable or better "
            "hair.",
            "percent_success",
            "supported",
            "spironolactone",
        ),
    ],
)
def test_rule_grades_its_own_wording(text: str, kind: str, verdict: str, entity: str) -> None:
    assert verdicts_and_entities(text).get(kind) == (verdict, entity)


def test_a_harm_rate_in_the_main_trials_is_about_what_the_paragraph_named() -> None:
    text = (
        "Finasteride is the tablet most men try first. In the pivotal trials, erection problems "
        "affected under 2 in 100 men, against about 1 in 100 on placebo."
    )
    assert verdicts_and_entities(text)["causes_side_effect"] == ("supported", "finasteride")


def test_a_delivery_time_is_no_promise_of_speed() -> None:
    found = verdicts_and_entities(
        "Our finasteride tablets are FDA-approved for hair loss and are delivered within 3 days."
    )
    assert found["fda_approved"][0] == "supported"
    assert "works_in_days" not in found
    # the same time said of the hair is still a promise
    assert (
        verdicts_and_entities("Our serum regrows hair within 3 days.")["works_in_days"][0]
        == "false"
    )


def test_an_anti_dandruff_shampoo_named_as_a_kind_of_product_makes_no_claim() -> None:
    assert verdicts_and_entities("He used an anti-dandruff shampoo for years.") == {}
    # the label's own word still claims it
    assert "nourishes_scalp" in verdicts_and_entities("Anti-dandruff formula with zinc pyrithione.")


def test_a_share_of_the_scalp_is_no_success_rate() -> None:
    figure = Figure(
        measure="Scalp coverage after 24 weeks",
        value="23% had more than 80% coverage and 13% had more than 90% coverage",
        population="718 people",
        sources=["fda-label-litfulo"],
    )
    assert evidence_rates([figure], frozenset()) == [23.0, 13.0]
    assert claimed_percentages("Most patients get 80% of their scalp hair back.") == []
    assert claimed_percentages("80% of patients got their hair back.") == [(80.0, 0.5)]


def test_a_harm_is_matched_on_its_own_words_not_the_medicine_name() -> None:
    harm = named_harm(
        KB.treatments["finasteride-oral"],
        "finasteride pulls PSA readings down, so you have to tell whoever reads the test",
    )
    assert harm is not None and "PSA" in harm.text


def test_no_treatment_said_to_help_is_judged_on_the_best_evidence_for_the_condition() -> None:
    # scarring hair loss has no treatment with good evidence: the denial is not shown false
    found = verdicts_and_entities(
        "Sadly no medicine will help with this kind of scarring hair loss."
    )
    assert found["regrows_hair"][0] == "unsupported"
    # a clinic's own treatments, said to help, are not treatment in general
    assert "regrows_hair" not in verdicts_and_entities(
        "Our clinic's treatments can help with shedding."
    )


def test_a_cure_denied_to_creams_is_judged_on_the_condition_named_before() -> None:
    text = "My son has scalp ringworm. Creams on their own won't clear it, so he needs tablets."
    assert verdicts_and_entities(text)["cures_baldness"][0] == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Most women with female pattern hair loss have a hormone imbalance.",
        "Because most women with female pattern hair loss have abnormal hormone levels, our "
        "pills help.",
    ],
)
def test_a_condition_fact_with_a_word_turned_into_its_opposite_is_false(text: str) -> None:
    assert verdicts_and_entities(text)["condition_fact"][0] == "false"


def test_the_same_fact_said_the_right_way_round_is_no_contradiction() -> None:
    found = verdicts_and_entities(
        "Most women with female pattern hair loss have normal hormone levels."
    )
    assert found["condition_fact"][0] == "supported"
