"""Rules written from the classes of English miss in the 37th blind set (real seller, clinic,
telehealth, news and blog claims), each tried on wordings of its own: an agency said not to
have approved a treatment, with the denial inside the words that name the approval ("the FDA
has not approved PRP"); a denial that trails its clause ("..., which of course it doesn't"); a
usual daily dose in milligrams; a test's readings said to be altered; safety asserted bare ("DHT
blockers are safe"); both types of the enzyme that makes DHT said to be blocked by a medicine
recorded to block one; no effective treatment said to exist, or its search to remain elusive;
protection against hair loss with its kinds named between; a seller's claim passed on
("according to the company's website"); and, in German, a lack said to lead to hair loss."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # an agency's approval denied, the denial inside the wording
        ("The FDA has not approved PRP for hair loss.", "fda_approved", "supported"),
        ("The FDA has never approved saw palmetto for hair loss.", "fda_approved", "supported"),
        ("The EMA has not licensed dutasteride for hair loss.", "fda_approved", "supported"),
        ("The FDA hasn't approved finasteride for hair loss.", "fda_approved", "false"),
        ("The FDA has approved finasteride for hair loss.", "fda_approved", "supported"),
        # a denial that trails its clause
        ("They say minoxidil regrows hair, which it does not.", "regrows_hair", "false"),
        ("The ad says finasteride lowers DHT, which it obviously doesn't.", "lowers_dht", "false"),
        ("Minoxidil regrows hair, which is why it is so popular.", "regrows_hair", "supported"),
        # a usual daily dose
        ("You'll typically take one 1mg finasteride tablet per day.", "usage", "supported"),
        ("The typical dose of oral minoxidil for hair loss is 2.5 mg a day.", "usage", "supported"),
        ("Women usually take 100 mg of spironolactone per day.", "usage", "supported"),
        ("The usual dose of dutasteride is 0.5 mg daily.", "usage", "supported"),
        # a test's readings altered
        (
            "High-dose biotin can change the results of thyroid tests.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Taking biotin can alter the values of many blood labs.",
            "causes_side_effect",
            "supported",
        ),
        ("Finasteride affects the results of PSA tests.", "causes_side_effect", "supported"),
        # safety asserted bare: harm played down, not denied
        ("Finasteride is safe.", "no_side_effects", "misleading"),
        ("Spironolactone is generally safe.", "no_side_effects", "misleading"),
        (
            "Oral minoxidil is safe, as long as your doctor checks your blood pressure.",
            "no_side_effects",
            "misleading",
        ),
        # both types of 5-alpha reductase, of a medicine recorded to block one
        ("Finasteride blocks both type 1 and type 2 5-alpha reductase.", "lowers_dht", "false"),
        (
            "Like finasteride, pumpkin seed oil blocks both types of 5-alpha reductase.",
            "lowers_dht",
            "false",
        ),
        ("Finasteride inhibits both forms of 5-alpha reductase.", "lowers_dht", "false"),
        (
            "Dutasteride blocks both type I and type II 5-alpha reductase, while finasteride "
            "blocks only type II.",
            "lowers_dht",
            "supported",
        ),
        (
            "Dutasteride blocks both type I and type II 5-alpha-reductase and is more potent "
            "than finasteride.",
            "lowers_dht",
            "supported",
        ),
        # no effective treatment, or its search in vain
        ("There is no effective treatment for male pattern hair loss.", "regrows_hair", "false"),
        ("There's no proven treatment for alopecia areata.", "regrows_hair", "false"),
        ("An effective remedy for alopecia areata has remained elusive.", "regrows_hair", "false"),
        # protection against hair loss with its kinds named between
        (
            "Saw palmetto protects the follicles against hormonal and age-related hair loss.",
            "stops_hair_loss",
            "misleading",
        ),
        # a seller's claim passed on
        (
            "According to the manufacturer, Theradome has no side effects.",
            "no_side_effects",
            "misleading",
        ),
        (
            "Minoxidil has no side effects, according to the brand's website.",
            "no_side_effects",
            "misleading",
        ),
        ("Minoxidil has no side effects.", "no_side_effects", "false"),
        # in German, a lack said to lead to hair loss
        ("Ein Mangel an Zink führt häufig zu Haarausfall.", "deficiency_causes_loss", "supported"),
        ("Vitamin-D-Mangel verursacht oft Haarausfall.", "deficiency_causes_loss", "supported"),
        ("Ein Mangel an Biotin kann zu Haarausfall führen.", "deficiency_causes_loss", "supported"),
    ],
)
def test_real37_rule(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # not a dose the record names, or not a direction to take it
        ("You take 20 mg of finasteride per day.", "usage"),
        ("In the trial, men took finasteride 1 mg a day for two years.", "usage"),
        ("Minoxidil tablets cause body hair in about half of men taking 5 mg a day.", "usage"),
        # the hair cycle is not a test's reading
        ("Minoxidil changes the hair cycle.", "causes_side_effect"),
        # safe, of no treatment; asked; denied; natural so safe is its own kind
        ("The procedure is safe.", "no_side_effects"),
        ("Your payment is safe.", "no_side_effects"),
        ("Is finasteride safe?", "no_side_effects"),
        (
            "Herbal remedies have been around for thousands of years, so they are safe.",
            "no_side_effects",
        ),
        # the ones that work named; another complaint than hair loss
        ("There is no effective treatment other than minoxidil and finasteride.", "regrows_hair"),
        ("This shampoo offers no proven solution for oily hair.", "regrows_hair"),
    ],
)
def test_real37_rule_leaves_unflagged(text: str, kind: str) -> None:
    assert kind not in verdicts(text)
