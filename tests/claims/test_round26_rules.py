"""Rules written from the classes of miss in the 26th blind set, each tried on wordings of its
own (not the blind sentences): where on the scalp a condition shows or spares, harm a condition
can make lasting, the delay before shedding told first, a condition's fact denied, a treatment
said to suit anybody, a test result waved aside, a graft survival figure, follicles said to be
rebuilt, "a proven option", a plant likened to a medicine, one medicine's two forms said to be as
safe, a price comparison without a recorded price, Spanish wording of pregnancy safety and of days,
and the forms a clause of its own says cannot
cure ringworm."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # where it shows, or does not, passed on from a clinician with the writer's conclusion
        (
            "My dermatologist told me pattern hair loss in women usually spares the front "
            "hairline, so I stopped worrying.",
            "condition_fact",
            "supported",
        ),
        (
            "Her eyebrows have thinned and her hairline is receding at the temples, which after "
            "the menopause can point to frontal fibrosing alopecia.",
            "condition_fact",
            "supported",
        ),
        # the same fact turned round by "never"
        (
            "Female pattern hair loss never leaves the front hairline alone.",
            "condition_fact",
            "false",
        ),
        # lasting harm a condition's record says it can do; the hairstyle names the condition
        (
            "Tight ponytails worn every day may cause permanent hair loss at the temples.",
            "condition_fact",
            "supported",
        ),
        # "can scar and become permanent": the harm said in two verbs
        (
            "Traction alopecia comes from tight styles. Ignore it and the damage can scar and "
            "become permanent.",
            "condition_fact",
            "supported",
        ),
        # the delay before the shedding told first
        (
            "About four months after the operation my hair started coming out in handfuls, as "
            "you'd expect with telogen effluvium.",
            "condition_fact",
            "supported",
        ),
        (
            "Three months after my divorce my hair began falling out, and my doctor said that "
            "delay is typical of telogen effluvium.",
            "condition_fact",
            "supported",
        ),
        # a fact of the record denied
        (
            "Scalp ringworm doesn't spread through shared combs or pillows.",
            "condition_fact",
            "false",
        ),
        (
            "Ringworm of the scalp is a fungal infection. It is not passed on through shared "
            "hairbrushes or pillows.",
            "condition_fact",
            "false",
        ),
        # a treatment said to suit anybody, and a test result waved aside
        (
            "This laser cap is the right choice for anybody who is losing hair.",
            "suits_everyone",
            "false",
        ),
        (
            "Everyone with thinning hair should take vitamin D regardless of their blood levels.",
            "suits_everyone",
            "false",
        ),
        (
            "Every woman who sheds should be on iron whatever her ferritin levels.",
            "suits_everyone",
            "false",
        ),
        # follicles said to be rebuilt, by what the evidence shows does not help
        ("These biotin drops repair your follicles overnight.", "stimulates_follicles", "false"),
        # "proven" said as an option or a choice
        ("Rosemary oil is a proven option for thinning hair.", "clinically_proven", "misleading"),
        # a plant likened to the medicine its record is compared with
        (
            "Saw palmetto lowers DHT and is essentially finasteride for people who like plants.",
            "lowers_dht",
            "misleading",
        ),
        # one medicine in two forms said to be as safe, each form with its own recorded harms
        ("Minoxidil tablets are as safe as the foam.", "fewer_side_effects", "misleading"),
        (
            "Finasteride spray is the same drug as the pill, so it is every bit as safe.",
            "fewer_side_effects",
            "misleading",
        ),
        # Spanish wording in a mixed-language advert: safe in pregnancy, results in days
        ("Este tónico es seguro durante el embarazo.", "safe_in_pregnancy", "unsupported"),
        (
            "Rosemary oil will stop your hair falling out en solo 10 días.",
            "works_in_days",
            "false",
        ),
        # a price comparison where one side has no recorded cost
        ("Olumiant is far cheaper than Leqselvi.", "condition_fact", "unsupported"),
        # the remedy named in the clause before, the forms that cannot cure it in the claim's own
        (
            "Everyone with ringworm of the scalp needs tablets such as terbinafine; shampoos alone "
            "will not clear it.",
            "cures_baldness",
            "supported",
        ),
    ],
)
def test_round26_rule_grades_its_own_wording(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


def test_a_graft_survival_figure_is_a_success_rate_without_the_word_rate() -> None:
    found = verdicts("We promise 98% graft survival for each of our patients.")
    assert found.get("percent_success") in {"unsupported", "false", "misleading"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a delay the record does not give
        (
            "Six months after my illness my hair started falling out with telogen effluvium.",
            "supported",
        ),
        # lasting harm the condition's record does not speak of
        ("Telogen effluvium can cause permanent baldness.", "supported"),
        # the "don't" is the advice after the fact, not a denial of it
        ("Scalp ringworm spreads through shared combs, so don't share them.", "false"),
        # one treatment under two names has no price comparison to check
        ("Generic finasteride is far cheaper than brand-name Propecia.", "unsupported"),
    ],
)
def test_round26_rule_reads_no_more_than_the_record_says(text: str, wrong: str) -> None:
    assert verdicts(text).get("condition_fact") != wrong


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # suiting anyone, said of something other than hair loss
        ("Our team is suitable for anyone looking for a second opinion.", "suits_everyone"),
        # two medicines whose recorded costs are both known: not graded
        ("Dutasteride costs more than finasteride.", "condition_fact"),
    ],
)
def test_round26_wording_left_alone(text: str, kind: str) -> None:
    assert kind not in verdicts(text)
