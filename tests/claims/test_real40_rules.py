"""Rules written from the classes of English miss in the 40th blind set (telehealth, pharmacy,
maker, device, supplement, clinic and affiliate claims), each tried on wordings of its own: the
FDA by its full (or misspelt) name, and an approval denied in the present tense ("does not
approve"); results said to be comparable ("comparable therapeutic outcomes to the tablet"), or
a study that compared two treatments said to find similar results, and one study counted as
its limit; a trial group that "had more hair growth than" another; more of it, or more often,
said not to speed results; "accessible to everyone" and "every stage of hair loss"; follicles
"producing hair once more"; one approval claimed for several conditions; "only two" approved
for different types of hair loss; side effects as a whole said to be frequent; and equality
denied ("isn't as effective as"), with a disagreement on record over which is better."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # the agency by its full name, and a denial in the present tense
        (
            "The Food and Drug Administration has not approved PRP for hair loss.",
            "fda_approved",
            "supported",
        ),
        ("The FDA does not approve oral minoxidil for hair loss.", "fda_approved", "supported"),
        ("The FDA doesn't approve finasteride for women.", "fda_approved", "supported"),
        (
            "The Food and Drug Administration approved minoxidil for hair loss.",
            "fda_approved",
            "supported",
        ),
        ("The FDA does not approve finasteride for hair loss.", "fda_approved", "false"),
        # results said to be comparable, and one study's similar results
        (
            "Oral minoxidil gives similar clinical outcomes to topical minoxidil.",
            "as_good_as",
            "supported",
        ),
        (
            "A trial compared finasteride spray with finasteride tablets and the results were similar.",
            "as_good_as",
            "supported",
        ),
        (
            "Only one study has compared rosemary oil with minoxidil 2%, and the results were "
            "comparable.",
            "as_good_as",
            "supported",
        ),
        (
            "A trial comparing saw palmetto with finasteride found the results were similar.",
            "as_good_as",
            "false",
        ),
        # one trial group with more hair than another
        (
            "Men taking dutasteride saw more regrowth than those on finasteride.",
            "better_than",
            "supported",
        ),
        (
            "Those treated with rosemary oil had more hair growth than the minoxidil group.",
            "better_than",
            "false",
        ),
        # more of it, or more often, said not to speed results
        (
            "Using Rogaine more than twice daily will not make it work faster.",
            "usage",
            "supported",
        ),
        ("Using more minoxidil won't give you better results.", "usage", "supported"),
        ("Applying minoxidil more often will speed up your results.", "usage", "false"),
        # suitable for everyone, at every stage
        (
            "Spironolactone is appropriate for anyone with female pattern hair loss.",
            "suits_everyone",
            "misleading",
        ),
        ("Finasteride is suitable for all stages of balding.", "suits_everyone", "misleading"),
        # hair made again by follicles that had stopped
        (
            "After PRP, the follicles start producing thick hair again.",
            "regrows_hair",
            "unsupported",
        ),
        # one approval claimed for several conditions
        (
            "Finasteride is FDA-approved for male pattern baldness and female pattern hair loss.",
            "fda_approved",
            "misleading",
        ),
        (
            "Baricitinib is FDA-approved for alopecia areata and male pattern baldness.",
            "fda_approved",
            "misleading",
        ),
        (
            "Minoxidil is FDA-approved for male pattern baldness and female pattern hair loss.",
            "fda_approved",
            "supported",
        ),
        # only so many approved, for every kind of hair loss
        (
            "Finasteride and minoxidil are the only FDA-approved treatments for all types of hair "
            "loss.",
            "fda_approved",
            "false",
        ),
        (
            "Only two drugs are FDA-approved for male pattern baldness: finasteride and minoxidil.",
            "fda_approved",
            "supported",
        ),
        # side effects as a whole said to be frequent
        # (minoxidil was the example until its shedding got a rate, 12.5-17.5% of women)
        ("Finasteride often causes side effects.", "causes_side_effect", "misleading"),
        ("Most men on finasteride get side effects.", "causes_side_effect", "false"),
        # equality denied, and a disagreement over which is better
        ("Biotin is not as effective as minoxidil.", "better_than", "unsupported"),
        ("Minoxidil is not as effective as biotin.", "better_than", "false"),
        ("Finasteride is more effective than minoxidil.", "better_than", "misleading"),
        ("Dutasteride is more effective than finasteride.", "better_than", "supported"),
    ],
)
def test_each_real40_rule_on_a_wording_of_its_own(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a comparison of prices, not of treatments; a placebo comparison is no likeness
        ("We compared prices across pharmacies and the results were similar.", "as_good_as"),
        ("A trial compared minoxidil with placebo and the results were similar.", "as_good_as"),
        # more hair loss, or more hair than before, compares no treatments
        ("Women had more hair loss than men in the survey.", "better_than"),
        ("Patients treated with PRP had more hair growth than before treatment.", "better_than"),
        # a denial of faster results is no promise of regrowth
        ("Using minoxidil more often won't speed up your hair growth.", "regrows_hair"),
        # open to everyone, whatever the visit: a clinic's door, not a treatment's fit
        ("Our clinic is open to everyone, whatever the cause of their visit.", "suits_everyone"),
        ("Our online consultations are available to everyone in the UK.", "suits_everyone"),
        # extensions made again, not hair
        ("The salon produces hair extensions again after the holiday.", "regrows_hair"),
    ],
)
def test_real40_look_alikes_make_no_such_claim(text: str, kind: str) -> None:
    assert kind not in verdicts(text)


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a condition named after the approval's clause ends is not one claimed for it
        (
            "Finasteride is FDA-approved for male pattern baldness, but women with female "
            "pattern hair loss use it off-label.",
            "fda_approved",
            "supported",
        ),
        (
            "Runner-up: finasteride 1 mg, which the FDA has approved for men only, not for women.",
            "fda_approved",
            "supported",
        ),
        # a harm named, or side effects whose recorded rates are high, are no overstatement
        ("Spironolactone often causes side effects.", "causes_side_effect", "unsupported"),
        # a count of the approvals for pattern hair loss alone that is right
        (
            "The only two FDA-approved treatments for male pattern baldness are finasteride and "
            "minoxidil.",
            "fda_approved",
            "supported",
        ),
    ],
)
def test_real40_rules_leave_what_the_record_backs(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict
