"""Wordings of English advertising claims collected from sellers' pages, affiliate lists and
clinics, each family tried on sentences of its own: proof said as a label ("science-backed"),
follicles stimulated in nouns and moved into growth,
the hormone kept from its target, hair loss bid goodbye or seen less of in the brush, edges grown
back, the scalp's itch fought, moved hair growing for life, the loss returning once treatment
ceases, a warning against use while breastfeeding, harms to "their" scalp, proof of safety from
plants, experts' love, and the first results counted in weeks, bottles or a year; and the
look-alikes that make no such claim (a question, a shipping line, a rule before surgery, a
state the hair is kept in)."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # proof said as a label
        (
            "Rosemary oil is a science-backed remedy for thinning hair.",
            "clinically_proven",
            "misleading",
        ),
        # the follicles stimulated, named as a noun or moved into growth
        (
            "Microneedling triggers follicle activation across the crown.",
            "stimulates_follicles",
            "misleading",
        ),
        (
            "PRP injections push resting follicles back into the growth phase.",
            "stimulates_follicles",
            "unsupported",
        ),
        (
            "Peppermint oil can increase the number and depth of hair follicles.",
            "stimulates_follicles",
            "unsupported",
        ),
        (
            "Laser therapy tells sleepy follicles to start growing again.",
            "stimulates_follicles",
            "supported",
        ),
        ("Platelets cause growth of the hair follicles.", "stimulates_follicles", "unsupported"),
        # the hormone's action countered or kept from its target
        (
            "Pumpkin seed oil counters the effects of DHT on the scalp.",
            "blocks_androgens",
            "unsupported",
        ),
        (
            "Saw palmetto stops DHT from binding to the follicles.",
            "blocks_androgens",
            "unsupported",
        ),
        # hair loss bid goodbye, minimised, slowed in its progression, or seen less of
        ("Say goodbye to thinning hair with our caffeine tonic.", "stops_hair_loss", "unsupported"),
        ("Expect fewer hairs in your brush within weeks.", "stops_hair_loss", "unsupported"),
        ("Our tonic minimises hair fall.", "stops_hair_loss", "unsupported"),
        ("Bid farewell to shedding with finasteride.", "stops_hair_loss", "supported"),
        (
            "See less hair fall in the shower after a month of minoxidil.",
            "stops_hair_loss",
            "supported",
        ),
        (
            "Finasteride slows the progression of male pattern baldness.",
            "stops_hair_loss",
            "supported",
        ),
        ("Minoxidil works for many women with thinning hair.", "stops_hair_loss", "supported"),
        # the edges grown back, the hairline reclaimed, more of the scalp covered
        ("Finasteride grew his temples back within a year.", "regrows_hair", "supported"),
        ("Reclaim your hairline with PRP.", "regrows_hair", "unsupported"),
        ("Laser caps improve scalp coverage at the crown.", "thickens_hair", "supported"),
        # the scalp's itch and flakes fought
        ("Rosemary oil helps combat dandruff and itchiness.", "nourishes_scalp", "unsupported"),
        (
            "Ketoconazole fights the fungus behind flaking and itching.",
            "nourishes_scalp",
            "unsupported",
        ),
        ("Rosemary oil tackles flaky, itchy scalps.", "nourishes_scalp", "unsupported"),
        # hair said to grow for good, or made permanent by a cause
        (
            "The regrowth from minoxidil will continue to grow for a lifetime.",
            "lasting_results",
            "false",
        ),
        ("Minoxidil makes the results permanent.", "lasting_results", "false"),
        ("Transplanted hair grows for life.", "lasting_results", "misleading"),
        # the loss said to return once treatment ceases
        (
            "With minoxidil, ceasing treatment will result in the return of hair loss.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "Stopping finasteride leads to the loss of any regrowth.",
            "needs_ongoing_use",
            "supported",
        ),
        # a warning against use in pregnancy or breastfeeding: a denial that it is safe then
        (
            "Women trying to conceive should not be taking finasteride.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "Minoxidil should not be continued whilst breastfeeding.",
            "safe_in_pregnancy",
            "supported",
        ),
        # a harm to someone's own scalp
        ("Minoxidil often irritates their scalp.", "causes_side_effect", "misleading"),
        # more regrowth provided than another
        ("Finasteride provides more hair regrowth than biotin.", "better_than", "unsupported"),
        # safety offered as proof from plants or the lack of chemicals
        (
            "Free from harsh chemicals, our herbal oil is kind to your scalp.",
            "natural_safe",
            "misleading",
        ),
        ("Our drug-free tonic is gentle on the scalp.", "natural_safe", "misleading"),
        (
            "Rosemary oil is made from plants, so there's nothing to worry about.",
            "natural_safe",
            "misleading",
        ),
        # experts said to love or trust it
        ("Loved by dermatologists.", "doctor_recommended", "misleading"),
        ("Trusted by trichologists worldwide.", "doctor_recommended", "misleading"),
        # the first results counted in weeks, boxes or a year
        (
            "You'll start noticing new hairs within six weeks of using minoxidil.",
            "works_in_days",
            "false",
        ),
        ("Most finasteride users see results by their third box.", "works_in_days", "unsupported"),
        (
            "With finasteride it can take up to a year to see the full effect.",
            "works_in_days",
            "unsupported",
        ),
        # fit for hair loss at many of its stages
        ("Minoxidil is suitable for various stages of hair loss.", "suits_everyone", "misleading"),
    ],
)
def test_english_ad_wording_is_found_and_graded(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a harm shown, not a benefit, and a lab's standards: no proof that it works
        (
            "Finasteride has been shown to raise the risk of depression in some men.",
            "clinically_proven",
        ),
        ("Our lab has been shown to meet every safety standard.", "clinically_proven"),
        # follicles moved into rest, not growth
        (
            "After a shock, many follicles move into the resting phase at once.",
            "stimulates_follicles",
        ),
        ("DHT binds to receptors in the scalp.", "blocks_androgens"),
        # the hair kept in a state, not kept on the head
        ("Keep your hair healthy and shiny with our conditioner.", "stops_hair_loss"),
        ("Keep your hair protected from the sun.", "stops_hair_loss"),
        ("Say goodbye to slow shipping with our express option.", "stops_hair_loss"),
        # a routine reclaimed, and the hair's own cycle
        ("Reclaim your hair care routine with our new brush.", "regrows_hair"),
        ("Stress can disrupt the hair growth cycle.", "regrows_hair"),
        # how fast hair grows in general
        ("Your hair grows about half an inch a month.", "lasting_results"),
        # a warning about the dose, not pregnancy
        ("Women should not be taking more than the recommended dose.", "safe_in_pregnancy"),
        # a cause looked for, a rule before surgery, customers' trust
        ("Find the root cause of your shedding before you buy anything.", "causes_side_effect"),
        ("Smoking is prohibited for 48 hours before surgery.", "fda_approved"),
        ("Trusted by over a million customers.", "doctor_recommended"),
        # how fast the parcel comes, and a question
        ("Your order ships in 2 days.", "works_in_days"),
        ("Is minoxidil suitable for all stages of hair loss?", "suits_everyone"),
        ("Does saw palmetto block DHT from binding to the follicles?", "blocks_androgens"),
        # stopping a habit, not a treatment
        ("Ceasing to smoke lowers the risk of many diseases.", "needs_ongoing_use"),
        # the loss returning after stopping is no side effect
        (
            "With minoxidil, ceasing treatment will result in the return of hair loss.",
            "causes_side_effect",
        ),
        ("Microneedling triggers follicle activation across the crown.", "causes_side_effect"),
    ],
)
def test_english_ad_look_alike_leaves_unflagged(text: str, kind: str) -> None:
    assert kind not in verdicts(text)


def test_a_return_of_another_harm_stays_a_side_effect() -> None:
    assert "causes_side_effect" in verdicts("Finasteride can cause a return of acne.")
