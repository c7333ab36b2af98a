"""Rules written from the classes of miss in the 45th blind set (sellers', clinics', telehealth
and forum claims), each tried on wordings of its own: evidence said to be still to come ("more
research is needed"), which says the evidence is weak and is no proof claimed; shedding at the
start foretold while a treatment is taken; a harm a record says lasts "more than 3 days", which
passes rather than lasting after stopping; another treatment said to be comparable or similar
in effect; a share named by what its members did ("60% who use minoxidil"); "better-tolerated"
hyphenated; a treatment said to be effective for hair loss; and, in Spanish, French, Italian and
Portuguese, a superlative with another quality or a noun between ("el más importante y
efectivo")."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # evidence said to be still to come: weak evidence (C, D) bears it out, strong refutes it
        (
            "Further studies are needed to confirm that rosemary oil regrows hair.",
            "regrows_hair",
            "supported",
        ),
        ("Saw palmetto needs more research.", "clinically_proven", "supported"),
        (
            "Larger, well-designed trials are required before pumpkin seed oil can be recommended.",
            "clinically_proven",
            "supported",
        ),
        ("The jury is still out on caffeine shampoo.", "clinically_proven", "supported"),
        ("Biotin for hair loss requires further study.", "clinically_proven", "supported"),
        (
            "More research is needed to establish the benefits of finasteride.",
            "clinically_proven",
            "false",
        ),
        # shedding at the start, foretold while a treatment is taken
        (
            "Some shedding is to be expected when you start minoxidil.",
            "causes_side_effect",
            "supported",
        ),
        (
            "You may notice some shedding in the first weeks of using minoxidil.",
            "causes_side_effect",
            "supported",
        ),
        (
            "It is normal to shed more hair when you start minoxidil.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Because minoxidil pushes resting hairs out, initial shedding is normal with this treatment.",
            "causes_side_effect",
            "supported",
        ),
        (
            "With minoxidil foam you should expect some shedding at first.",
            "causes_side_effect",
            "supported",
        ),
        # a harm recorded as lasting some days passes; it does not outlast the treatment
        (
            "PRP can leave the scalp red or swollen, but these side effects are usually temporary.",
            "causes_side_effect",
            "supported",
        ),
        # another treatment said to be comparable or similar in effect
        (
            "Ketoconazole shampoo was comparable to 2% minoxidil in one study.",
            "as_good_as",
            "supported",
        ),
        (
            "In trials, dutasteride proved similar in efficacy to finasteride.",
            "as_good_as",
            "supported",
        ),
        ("Rosemary oil performed similarly to minoxidil 2%.", "as_good_as", "unsupported"),
        ("Pumpkin seed oil is on par with finasteride.", "as_good_as", "misleading"),
        ("Our biotin gummies are comparable to finasteride.", "as_good_as", "misleading"),
        # a share named by what its members did
        ("80% of those who tried our serum saw thicker hair.", "percent_success", "unsupported"),
        ("45% who used the laser cap reported new growth.", "percent_success", "unsupported"),
        (
            "92 percent of men who took our capsules kept their hair.",
            "percent_success",
            "unsupported",
        ),
        ("70% who applied the tonic saw less shedding.", "percent_success", "unsupported"),
        (
            "65% who followed our nightly routine saw thicker hair.",
            "percent_success",
            "unsupported",
        ),
        # "better-tolerated", hyphenated, set against the record's comparison
        (
            "Oral minoxidil is a better-tolerated alternative to the topical solution.",
            "fewer_side_effects",
            "false",
        ),
        (
            "Our foam is easier to tolerate than minoxidil solution.",
            "fewer_side_effects",
            "unsupported",
        ),
        # a treatment said to be effective for hair loss
        ("Finasteride is effective for hair loss.", "regrows_hair", "supported"),
        ("Rosemary oil can be effective for hair loss.", "regrows_hair", "misleading"),
        (
            "Biotin has been shown to be highly effective in treating thinning hair.",
            "regrows_hair",
            "false",
        ),
        ("PRP is very effective against androgenetic alopecia.", "regrows_hair", "unsupported"),
        ("Minoxidil was effective in fighting male pattern baldness.", "regrows_hair", "supported"),
        # a superlative in another language, with a quality or a noun between
        (
            "El más importante y efectivo de ellos es la mesoterapia capilar.",
            "better_than",
            "unsupported",
        ),
        (
            "El minoxidil es el tratamiento más seguro y eficaz contra la caída del cabello.",
            "better_than",
            "unsupported",
        ),
        (
            "Le PRP est le traitement le plus sûr et efficace contre la chute de cheveux.",
            "better_than",
            "unsupported",
        ),
        (
            "O minoxidil é o mais seguro e eficaz para a queda de cabelo.",
            "better_than",
            "unsupported",
        ),
        (
            "Il finasteride è il più noto ed efficace contro la caduta dei capelli.",
            "better_than",
            "unsupported",
        ),
    ],
)
def test_real45_wording_gets_its_verdict(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # research still to come on safety or on a condition claims nothing of benefit
        ("More research is needed on the long-term safety of finasteride.", "clinically_proven"),
        ("More research is needed into the causes of alopecia areata.", "clinically_proven"),
        ("We need more customers to review this product.", "clinically_proven"),
        # shedding with no treatment taken is the condition, not a harm
        ("You may notice some shedding after a stressful event.", "causes_side_effect"),
        ("After giving birth you may notice some shedding.", "causes_side_effect"),
        ("You might see some shedding when you brush your hair.", "causes_side_effect"),
        ("Shedding is normal.", "causes_side_effect"),
        ("Some shedding is normal; most people lose 50 to 100 hairs a day.", "causes_side_effect"),
        # likeness to something that is no treatment
        ("Biotin was comparable to placebo.", "as_good_as"),
        ("The texture of this serum is similar to a light oil.", "as_good_as"),
        ("The bottle is comparable in size to a can of soda.", "as_good_as"),
        # "effective" for something other than hair loss
        ("Ketoconazole is effective against dandruff.", "regrows_hair"),
        ("This shampoo is effective for oily hair.", "regrows_hair"),
        # a superlative of something other than effect
        ("El más importante de ellos es el precio.", "better_than"),
    ],
)
def test_real45_look_alike_makes_no_such_claim(text: str, kind: str) -> None:
    assert kind not in verdicts(text)


def test_research_needed_to_confirm_a_result_is_no_proof_claimed() -> None:
    """ "Studies are needed to confirm that ..." is not research said to confirm it."""
    found = verdicts("Further studies are needed to confirm that rosemary oil regrows hair.")
    assert found.get("clinically_proven") == "supported"
