"""Rules written from the classes of English miss in the 42nd blind set (telehealth, pharmacy,
device, supplement, serum and clinic claims), each tried on wordings of its own: side effects
said never to have been reported; equal effect with what it is equal at named between ("equally
effective in regrowing hair as") or as a floor ("no less effective than"); hair loss as the
subject of a passive ("baldness is prevented"); fit for many kinds of hair loss ("suitable for
various types"); regrowth read from hair counts; results kept only as long as use goes on; safe
because it is the body's own material; the evidence said to be lacking, which also denies the
efficacy claim after it; a proven track record; and the subject of a bulleted list item."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts, verdicts_and_entities


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # side effects said never to have been reported
        ("Side effects of PRP have never been documented.", "no_side_effects", "false"),
        (
            "Finasteride: adverse reactions have never been recorded in users.",
            "no_side_effects",
            "false",
        ),
        (
            "Not a single reported adverse event with our laser cap.",
            "no_side_effects",
            "misleading",
        ),
        (
            "In ten years we have never seen side effects from microneedling.",
            "no_side_effects",
            "misleading",
        ),
        (
            "There are never reported negative side effects of finasteride.",
            "no_side_effects",
            "false",
        ),
        # equal effect, with what it is equal at between, or as a floor
        (
            "Pumpkin seed oil is equally effective at stopping hair loss as finasteride.",
            "as_good_as",
            "misleading",
        ),
        (
            "Topical finasteride was equally good for hair regrowth as the tablets.",
            "as_good_as",
            "supported",
        ),
        (
            "Saw palmetto is equally powerful in blocking DHT as finasteride.",
            "as_good_as",
            "misleading",
        ),
        (
            "Saw palmetto is no less effective than finasteride for hair loss.",
            "as_good_as",
            "false",
        ),
        ("Topical finasteride was non-inferior to oral finasteride.", "as_good_as", "supported"),
        (
            "Rosemary oil raised hair counts as much as 2% minoxidil in a six-month trial.",
            "as_good_as",
            "supported",
        ),
        # hair loss as the subject of a passive
        ("Hair loss is prevented with finasteride.", "stops_hair_loss", "supported"),
        (
            "Further thinning can be halted by taking finasteride daily.",
            "stops_hair_loss",
            "supported",
        ),
        ("With saw palmetto, balding is kept at bay.", "stops_hair_loss", "misleading"),
        ("Minoxidil: hair loss has been slowed in most users.", "stops_hair_loss", "supported"),
        (
            "With ketoconazole shampoo, shedding is reduced within weeks.",
            "stops_hair_loss",
            "unsupported",
        ),
        # fit for many kinds of hair loss
        (
            "Our biotin serum is suitable for different kinds of hair loss.",
            "suits_everyone",
            "misleading",
        ),
        ("Saw palmetto is ideal for many types of alopecia.", "suits_everyone", "misleading"),
        ("PRP is appropriate for various forms of hair loss.", "suits_everyone", "misleading"),
        (
            "This minoxidil foam is designed for a variety of types of hair loss.",
            "suits_everyone",
            "misleading",
        ),
        # regrowth read from hair counts
        ("Finasteride raised total hair counts at one year.", "regrows_hair", "supported"),
        ("Minoxidil increased the average hair count.", "regrows_hair", "supported"),
        ("Hair counts rose after 16 weeks of laser therapy.", "regrows_hair", "supported"),
        ("Microneedling increased hair density in a small trial.", "regrows_hair", "misleading"),
        ("An increase in hair density was seen with PRP.", "regrows_hair", "unsupported"),
        # results kept only as long as use goes on
        (
            "The results of minoxidil last as long as you keep using it.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "Finasteride's benefits are maintained for as long as you continue treatment.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "Your new hair remains for as long as you continue applying minoxidil.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "Gains from PRP persist only as long as patients keep having sessions.",
            "needs_ongoing_use",
            "unsupported",
        ),
        # safe because it is the body's own material
        ("PRP is safe because it is made from your own platelets.", "natural_safe", "misleading"),
        (
            "PRP is completely safe as only your own blood is injected.",
            "natural_safe",
            "misleading",
        ),
        (
            "Platelet-rich plasma is harmless, since only the patient's own cells are used.",
            "natural_safe",
            "misleading",
        ),
        # the evidence said to be lacking
        ("Evidence for saw palmetto is weak.", "clinically_proven", "supported"),
        ("Research on PRP remains inconclusive.", "clinically_proven", "supported"),
        (
            "There is limited evidence that rosemary oil works for hair loss.",
            "clinically_proven",
            "supported",
        ),
        (
            "There is a lack of clinical evidence for pumpkin seed oil.",
            "clinically_proven",
            "supported",
        ),
        ("There is not enough evidence that finasteride works.", "clinically_proven", "false"),
        # ... which denies the efficacy claim after it
        (
            "There isn't enough evidence to rate biotin's effectiveness in treating hair loss.",
            "stops_hair_loss",
            "supported",
        ),
        # a proven track record
        (
            "Minoxidil has a proven track record against hair loss.",
            "clinically_proven",
            "supported",
        ),
        (
            "Finasteride boasts a proven track record in helping men keep their hair.",
            "clinically_proven",
            "supported",
        ),
    ],
)
def test_real42_rule(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


def test_bulleted_item_stays_about_the_item_above() -> None:
    text = (
        "\u2022 HairMax treated hair loss in most users\n"
        "\u2022 There are never reported negative side effects of the treatment"
    )
    assert verdicts_and_entities(text)["no_side_effects"] == (
        "misleading",
        "low-level-laser-therapy",
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # nothing about harm, or harm reported
        ("We have never reported sales figures for the cap.", "no_side_effects"),
        ("Side effects were reported in 2% of men taking finasteride.", "no_side_effects"),
        # less effective is worse, not equal
        ("Biotin is less effective than minoxidil at regrowing hair.", "as_good_as"),
        # hair loss named, nothing done to it
        ("Hair loss is a common problem in men.", "stops_hair_loss"),
        ("There are various types of hair loss.", "suits_everyone"),
        # hair measured, not grown
        ("The clinic measured hair density before treatment.", "regrows_hair"),
        ("We count the hairs on your scalp at every visit.", "regrows_hair"),
        # lasting as long as something else than treatment
        ("The offer lasts as long as you keep your subscription.", "needs_ongoing_use"),
        # safe, with one's own body named for another reason
        (
            "PRP is safe for most people, but your own doctor should check your blood first.",
            "natural_safe",
        ),
        ("The sample is stored safely because your blood must stay cold.", "natural_safe"),
        # evidence lacking about harm; a track record of something else
        (
            "There is not enough evidence on side effects of minoxidil in pregnancy.",
            "clinically_proven",
        ),
        ("Our clinic has a proven track record of happy patients.", "clinically_proven"),
    ],
)
def test_real42_rule_leaves_unflagged(text: str, kind: str) -> None:
    assert kind not in verdicts(text)
