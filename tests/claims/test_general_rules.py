"""Rules written from the classes of miss in the 23rd blind set, each tried on wordings of its
own (not the blind sentences): reversed comparisons, likenesses to a strength, harm rates among
several named harms, blends, delivery claims beside a second clause, fits for everyone or for
the young, condition facts in other words, promises made past an if-clause, results against
sham, strengths that name their medicine, "no need to see a doctor", "for men only", rising
risks and off-label use written into an approval."""

from __future__ import annotations

import pytest

from anagen.claims.engine import check_claims
from tests.claims.checking import KB, verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # "helped fewer men than": the other one is the better, as recorded
        (
            "In a two-year trial, saw palmetto helped fewer men than finasteride did.",
            "better_than",
            "supported",
        ),
        ("Finasteride helped fewer men than saw palmetto.", "better_than", "false"),
        # a likeness to another medicine's strength, with its limit given
        (
            "Ketoconazole shampoo raised hair density roughly as much as 2% minoxidil in one small study.",
            "as_good_as",
            "supported",
        ),
        # a rate pair checked against the named harm it fits, not the first one named
        (
            "About 3.8% of men on finasteride reported a sexual side effect such as erection trouble, "
            "against 2.1% on placebo.",
            "causes_side_effect",
            "supported",
        ),
        # a blend's figure: no trial of the mixture, so not shown false by one ingredient
        (
            "Our hair complex with biotin and pumpkin seed oil gave 94% of women thicker hair.",
            "percent_success",
            "unsupported",
        ),
        (
            "Our blend of biotin and saw palmetto works for 100% of users.",
            "percent_success",
            "false",
        ),
        # parity on one weak trial, claimed as proven or science-backed
        ("Science-backed: rosemary oil works as well as minoxidil.", "as_good_as", "misleading"),
        (
            "Rosemary oil has been shown by science to grow hair about as well as minoxidil.",
            "as_good_as",
            "misleading",
        ),
        # a delivery technology claimed better, whatever else the sentence adds
        (
            "Liposomal minoxidil gives more regrowth than regular minoxidil and stings less.",
            "delivery_technology",
            "false",
        ),
        (
            "This nanosome serum works where ordinary minoxidil fails.",
            "delivery_technology",
            "false",
        ),
        # everyone, when the record tells some people to avoid it
        (
            "Oral minoxidil at low doses is a sensible choice for anybody.",
            "suits_everyone",
            "misleading",
        ),
        ("Spironolactone is a great option for everyone.", "suits_everyone", "misleading"),
        # use in pregnancy offered as fine
        ("She may keep using finasteride while she's expecting.", "safe_in_pregnancy", "false"),
        # condition facts in other words: what it is, who gets it, how it ends, what it is called
        (
            "Tinea capitis is a fungal infection that is most common in children.",
            "condition_fact",
            "supported",
        ),
        (
            "Hair lost after childbirth is not gone for good: most women have their normal fullness back "
            "by the baby's first birthday.",
            "condition_fact",
            "supported",
        ),
        (
            "Tight braids and weaves worn for years pull hair out along the hairline, a condition called "
            "traction alopecia.",
            "condition_fact",
            "supported",
        ),
        # a promise past the if-clause is asserted
        ("If you quit finasteride, you keep all the hair you regrew.", "lasting_results", "false"),
        # more hair than with sham devices: a claim that it works
        (
            "Men using laser combs grew more hair than men using sham devices.",
            "regrows_hair",
            "supported",
        ),
        # two strengths name the medicine sold at both
        ("Our 5% foam gives women twice the regrowth of the 2% one.", "better_than", "false"),
        # no doctor needed, for an infection that needs tablets
        ("Scalp ringworm? A tea tree shampoo clears it, no need to see a GP.", "usage", "false"),
        ("Finasteride tablets are for men only.", "usage", "supported"),
        # signs waved away, where the record asks for a prompt referral
        (
            "Her hairline and eyebrows are thinning, but it's just ageing, so there's no need to see a dermatologist.",
            "usage",
            "false",
        ),
        # a true rate with a gloss that stretches it
        (
            "Only 2% of users get an itchy scalp, so minoxidil foam is virtually side-effect free.",
            "no_side_effects",
            "misleading",
        ),
        ("Minoxidil foam is virtually side-effect free.", "no_side_effects", "false"),
        # a hairstyle a record names as a cause, called harmless
        ("Tight cornrows are totally harm-free for kids.", "no_side_effects", "misleading"),
        # a harm's risk said to rise
        (
            "Long-term hydroxychloroquine users need eye checks, as the risk of retina damage rises with the years.",
            "causes_side_effect",
            "supported",
        ),
        # off-label, as an approval's own text says
        (
            "Hydroxychloroquine is prescribed off-label for frontal fibrosing alopecia.",
            "fda_approved",
            "supported",
        ),
    ],
)
def test_general_rule(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("This laser cap is ideal for kids with thinning hair.", "safe_for_group"),
        ("Steroid injections are an easy option even for toddlers.", "safe_for_group"),
    ],
)
def test_a_fit_claimed_for_the_young_is_a_claim(text: str, kind: str) -> None:
    assert kind in verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a condition fact turned around is not supported
        "Scalp ringworm is a viral infection, not a fungus, and it is most common in adults.",
        "Hair shed after having a baby is gone for good, and most women never get their normal fullness back.",
        # no record says this condition needs a doctor's medicine
        "With telogen effluvium there is no need to see a doctor straight away.",
        # "damage-free" of something no record names as a cause
        "Our bond-building mask is damage-free.",
    ],
)
def test_no_finding_where_the_record_says_nothing_of_it(text: str) -> None:
    found = verdicts(text)
    assert "supported" not in found.values()
    assert "usage" not in found and "no_side_effects" not in found


def test_a_bare_ceiling_is_no_likeness() -> None:
    assert "as_good_as" not in verdicts(
        "Our serum cuts shedding by as much as 50% in three months."
    )


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2212", "\u2012"])
def test_a_range_typeset_with_a_dash_reads_as_typed_with_a_hyphen(dash: str) -> None:
    wording = "Finasteride can take 3{}6 months to achieve noticeable effects."
    typed = check_claims(wording.format("-"), KB).findings
    typeset = check_claims(wording.format(dash), KB).findings
    assert [(f.kind, f.verdict) for f in typeset] == [(f.kind, f.verdict) for f in typed] != []
    assert dash in typeset[0].quote  # the quote is the text as written
