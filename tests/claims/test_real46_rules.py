"""Rules written from the classes of miss in the 46th blind set (editorial and advice pages, then
sellers), each tried on wordings of its own: a share of people whose condition takes a course by
itself ("80% regrow without treatment", "in 1-2% of cases it spreads to the whole scalp"), set
against the shares its record gives; a shock named as what brings on shedding, which names
telogen effluvium; a medicine said to be unsuitable for one sex (in English, German, Spanish and
French), judged also on its licence for that sex's hair loss, and "both medicines" as the two a
page named; the deadline of a refund claim, which promises no result; and the hormone's action
blocked ("inhibits the effects of DHT"), which is blocking androgens, not lowering DHT, and
misleading when a result in a dish is sold as proof or as less hair loss; and moved hair said
never to be lost, which the record's "for years" does not bear out."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a share whose condition takes its course: the record's share, or far from it
        (
            "Around 80% of people with a few patches of alopecia areata regrow their hair on "
            "their own within a year.",
            "condition_fact",
            "supported",
        ),
        (
            "About half of patients with patchy alopecia areata recover within a year without "
            "any treatment.",
            "condition_fact",
            "supported",
        ),
        (
            "As many as 50% of people with alopecia areata will see their hair grow back "
            "spontaneously within twelve months.",
            "condition_fact",
            "supported",
        ),
        (
            "Roughly 80 percent of those with one or two bald patches regrow hair without treatment.",
            "condition_fact",
            "supported",
        ),
        (
            "Only 1% of people with alopecia areata go on to lose all their scalp hair.",
            "condition_fact",
            "false",
        ),
        (
            "In 95% of cases, alopecia areata spreads to the whole scalp.",
            "condition_fact",
            "false",
        ),
        (
            "Less than 5 percent of patients with alopecia areata recover on their own within a year.",
            "condition_fact",
            "false",
        ),
        (
            "Fewer than 3% of people with patchy alopecia areata regrow without treatment.",
            "condition_fact",
            "false",
        ),
        # a shock said to bring on shedding: telogen effluvium's course
        (
            "Stress, illness or childbirth can trigger sudden shedding, but the hair almost always "
            "grows back.",
            "condition_fact",
            "supported",
        ),
        (
            "A high fever can cause heavy shedding a few months later, but most of the hair grows "
            "back.",
            "condition_fact",
            "supported",
        ),
        # unsuitable for a sex: a licence for that sex's hair loss, or a label against it
        ("Minoxidil is unsuitable for women.", "safe_for_group", "false"),
        ("Minoxidil ist für Frauen ungeeignet.", "safe_for_group", "false"),
        ("Minoxidil no es apto para mujeres.", "safe_for_group", "false"),
        ("Le minoxidil est déconseillé aux femmes.", "safe_for_group", "false"),
        ("Finasteride is unsuitable for women.", "safe_for_group", "supported"),
        ("Finasteride is not suitable for women.", "safe_for_group", "supported"),
        ("Minoxidil is suitable for women.", "safe_for_group", "supported"),
        ("Minoxidil is a good option for women.", "safe_for_group", "supported"),
        # "both medicines": the two the page named, one of them licensed for women
        (
            "Finasteride tablets slow hair loss. Minoxidil lotion is sold without a prescription. "
            "Both medicines are unsuitable for women.",
            "safe_for_group",
            "false",
        ),
        (
            "Finasterid hemmt den Haarausfall. Minoxidil gibt es rezeptfrei. Beide Wirkstoffe "
            "sind für Frauen ungeeignet.",
            "safe_for_group",
            "false",
        ),
        # a time with a result, and a refund beside it: still a promise of when it works
        ("See thicker hair in 60 days or your money back.", "works_in_days", "unsupported"),
        (
            "Our serum regrows hair in 90 days, guaranteed or your refund.",
            "works_in_days",
            "unsupported",
        ),
    ],
)
def test_real46_rule(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a share credited to a treatment is its result, not the condition's course
        (
            "80% of people with alopecia areata who used our serum regrew their hair.",
            "condition_fact",
        ),
        (
            "60% of patients with alopecia areata experience regrowth with steroid injections.",
            "condition_fact",
        ),
        # unsuitable, of no treatment
        ("This chair is unsuitable for women.", "safe_for_group"),
        ("These boots are unsuitable for men.", "safe_for_group"),
        # the deadline of a refund claim, with the product's name in it
        (
            "You must submit your claim to our customer support team between 180 and 210 days "
            "after the day you first subscribed to MDhair Hair Growth Kit.",
            "works_in_days",
        ),
        (
            "You must submit your claim to our customer support team between 180 and 210 days "
            "after the day you first subscribed to MDhair Hair Growth Kit.",
            "regrows_hair",
        ),
        ("Refund requests must be sent within 30 days of your order.", "works_in_days"),
        (
            "Contact our customer service within 14 days of purchase to request your money back.",
            "works_in_days",
        ),
        (
            "Claims must be filed within 60 days after your subscription to the Hair Regrowth Serum starts.",
            "regrows_hair",
        ),
    ],
)
def test_real46_rule_leaves_unflagged(text: str, kind: str) -> None:
    assert kind not in verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Caffeine inhibits the effects of DHT on hair follicles.",
        "Our caffeine shampoo blocks DHT's harmful effects.",
        "Caffeine protects your follicles from the effects of testosterone.",
        "Caffeine counteracts the action of dihydrotestosterone at the root.",
        "The caffeine in this tonic limits the negative impact of DHT.",
    ],
)
def test_the_hormones_action_blocked_is_blocking_androgens_not_lowering_dht(text: str) -> None:
    found = verdicts(text)
    assert "blocks_androgens" in found
    assert "lowers_dht" not in found


def test_a_level_lowered_stays_lowering_dht() -> None:
    found = verdicts("Finasteride blocks DHT.")
    assert found.get("lowers_dht") == "supported"
    assert "blocks_androgens" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Caffeine has been shown to inhibit the effects of DHT, potentially reducing hair loss.",
        "Caffeine is proven to block the effects of testosterone on the follicle.",
        "Caffeine counteracts the effects of DHT and so prevents hair loss.",
    ],
)
def test_a_dish_result_sold_as_proof_or_benefit_is_misleading(text: str) -> None:
    assert verdicts(text).get("blocks_androgens") == "misleading"


def test_a_dish_result_told_plainly_is_unsupported() -> None:
    assert (
        verdicts("Caffeine inhibits the effects of DHT.").get("blocks_androgens") == "unsupported"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Under normal circumstances, the transplanted hair will never fall out.",
        "The grafts won't ever shed.",
        "Transplanted hairs will never be lost.",
        "Because of this, hair loss after a hair transplant is nearly impossible.",
        "Hair loss following the procedure is virtually impossible with FUE.",
        "As the implanted hair is immune to fall, the hair from a hair transplant lasts forever.",
        "Transplanted hair lasts a lifetime.",
        "Grafts keep growing for life.",
    ],
)
def test_moved_hair_said_never_to_be_lost_is_misleading(text: str) -> None:
    assert verdicts(text).get("lasting_results") == "misleading"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Transplanted hair is permanent.", "supported"),
        ("Minoxidil-grown hair will never fall out.", "false"),
    ],
)
def test_other_lasting_claims_keep_their_verdicts(text: str, verdict: str) -> None:
    assert verdicts(text).get("lasting_results") == verdict


def test_follicles_that_never_die_are_no_lasting_claim() -> None:
    assert "lasting_results" not in verdicts("Hair follicles never die in alopecia areata.")


@pytest.mark.parametrize(
    "text",
    [
        "In one small study, 6 out of 10 participants improved after treatment with saw palmetto.",
        "Pumpkin seed oil increased hair count by 40%.",
        "Men taking pumpkin seed oil had a 40% increase in hair count in a 24-week study.",
    ],
)
def test_a_mixs_figure_credited_to_one_part_is_misleading(text: str) -> None:
    assert verdicts(text).get("percent_success") == "misleading"


def test_a_mixs_figure_said_of_the_mix_is_not_so() -> None:
    text = (
        "A capsule of pumpkin seed oil and other ingredients increased hair count by 40% against "
        "10% on placebo."
    )
    assert verdicts(text).get("percent_success") == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "Minoxidil is FDA-approved to treat different types of alopecia, especially androgenetic alopecia.",
        "Minoxidil is FDA approved for all types of hair loss.",
        "Finasteride is approved by the FDA for various kinds of hair loss.",
        "El minoxidil está aprobado por la FDA para tratar distintos tipos de alopecia.",
        "Le minoxidil est approuvé par la FDA pour différents types d'alopécie.",
    ],
)
def test_an_approval_said_for_every_kind_of_hair_loss_is_misleading(text: str) -> None:
    assert verdicts(text).get("fda_approved") == "misleading"


def test_an_approval_for_its_own_condition_stays_supported() -> None:
    assert (
        verdicts("Minoxidil is FDA approved for male pattern baldness.").get("fda_approved")
        == "supported"
    )


def test_fewer_side_effects_at_large_from_one_compared_harm_is_misleading() -> None:
    # the record compares scalp itching alone, in one trial against the weaker strength
    found = verdicts("Rosemary oil has significantly fewer side effects than minoxidil.")
    assert found.get("fewer_side_effects") == "misleading"
    assert (
        verdicts("Rosemary oil causes less itching than minoxidil.").get("fewer_side_effects")
        == "supported"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("LED phototherapy regrows hair.", "regrows_hair"),
        ("Rosemary has fewer side effects than minoxidil.", "fewer_side_effects"),
    ],
)
def test_common_names_of_light_therapy_and_rosemary_oil_are_known(text: str, kind: str) -> None:
    assert verdicts(text).get(kind) in {"supported", "misleading"}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "However, it was recently shown that caffeine has a favorable impact on hair growth.",
            "misleading",
        ),
        ("It has been proven that minoxidil regrows hair.", "supported"),
        ("It was demonstrated that saw palmetto reduces hair loss.", "misleading"),
    ],
)
def test_proof_said_with_no_one_doing_it_is_a_claim_of_proof(text: str, verdict: str) -> None:
    assert verdicts(text).get("clinically_proven") == verdict


def test_a_condition_shown_to_have_a_cause_is_no_claim_of_proof() -> None:
    assert "clinically_proven" not in verdicts("It has been shown that stress causes hair loss.")
