"""Rules written from the classes of English miss in the 43rd blind set (magazines, news, blogs,
pharmacy advice, salons, forums), each tried on wordings of its own: a condition said to pass
("only temporary", "not permanent") or to be able to last ("can be permanent"), set against its
record's course; shedding named by what came before it ("hair loss after COVID"); a denial of
the evidence rather than the effect ("no good evidence that it regrows hair"), borne out by weak
evidence; claims others make set aside ("despite claims that ..."); side effects said to be rare
against a harm recorded in 1 in 10 or more; and a figure for how many a condition affects,
where its record says nobody knows."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a condition said to pass: borne out by a record that calls it temporary
        ("Hair loss after COVID is not permanent.", "condition_fact", "supported"),
        ("Shedding after a high fever is only temporary.", "condition_fact", "supported"),
        ("Post-covid hair loss is temporary, so don't panic.", "condition_fact", "supported"),
        (
            "Postpartum shedding will be temporary for almost every mother.",
            "condition_fact",
            "supported",
        ),
        ("Telogen effluvium is a temporary condition.", "condition_fact", "supported"),
        # ... misleading where the record says it often comes back, or can last
        ("Alopecia areata is always temporary.", "condition_fact", "misleading"),
        (
            "Alopecia areata is an autoimmune disease. Luckily this condition is temporary.",
            "condition_fact",
            "misleading",
        ),
        ("Patchy alopecia areata is completely reversible.", "condition_fact", "misleading"),
        ("Traction alopecia is totally reversible.", "condition_fact", "misleading"),
        # a condition said to be able to last, as its record says
        ("Traction alopecia can be permanent.", "condition_fact", "supported"),
        (
            "Tight ponytails cause traction alopecia. Changing your style helps, but it can become permanent.",
            "condition_fact",
            "supported",
        ),
        ("Traction hair loss may eventually become irreversible.", "condition_fact", "supported"),
        (
            "Scalp pulling from tight braids causes traction alopecia, which can be permanent.",
            "condition_fact",
            "supported",
        ),
        # a denial of the evidence: borne out by weak evidence, false against strong
        ("There is no good evidence that rosemary oil regrows hair.", "regrows_hair", "supported"),
        (
            "There is little research to show that pumpkin seed oil thickens hair.",
            "thickens_hair",
            "supported",
        ),
        (
            "There are not many studies showing that saw palmetto stops hair loss in women.",
            "stops_hair_loss",
            "supported",
        ),
        (
            "So far, ketoconazole shampoo has not been proven to regrow hair.",
            "regrows_hair",
            "supported",
        ),
        ("Rosemary oil has not been clinically proven.", "clinically_proven", "supported"),
        (
            "There is no evidence to suggest rice water helps hair grow.",
            "regrows_hair",
            "supported",
        ),
        (
            "Research does not support the claim that saw palmetto regrows hair.",
            "regrows_hair",
            "supported",
        ),
        ("There is no evidence that minoxidil regrows hair.", "regrows_hair", "false"),
        ("There is good evidence that minoxidil regrows hair.", "clinically_proven", "supported"),
        # claims others make, set aside before the writer's own word
        (
            "Despite claims that rice water strengthens hair, there is no evidence it helps hair grow.",
            "regrows_hair",
            "supported",
        ),
        # side effects said to be rare, against a harm recorded in 1 in 10 or more
        ("Side effects of PRP are extremely rare.", "no_side_effects", "false"),
        ("Adverse effects with oral minoxidil are very uncommon.", "no_side_effects", "false"),
        ("Complications from PRP injections are rare.", "no_side_effects", "false"),
        ("Side effects with spironolactone tend to be rare.", "no_side_effects", "false"),
        ("Side effects of finasteride are rare.", "no_side_effects", "misleading"),
        # how many a condition affects, where its record says nobody knows
        (
            "Studies show that over 60% of new mothers experience postpartum hair loss.",
            "condition_fact",
            "false",
        ),
        (
            "Research suggests 1 in 2 women will have some shedding after childbirth.",
            "condition_fact",
            "false",
        ),
        (
            "About 40% of women experience hair loss after childbirth.",
            "condition_fact",
            "unsupported",
        ),
        (
            "Around 90 percent of moms go through postpartum shedding, and 45% of mothers notice hair fall after the birth.",
            "condition_fact",
            "unsupported",
        ),
    ],
)
def test_real43_rule(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a treatment's results, or a product, said to be temporary or permanent
        ("Results from minoxidil are temporary if you stop.", "condition_fact"),
        ("Finasteride results can be permanent.", "condition_fact"),
        ("The discount is only temporary.", "condition_fact"),
        ("Hair dye damage can be permanent.", "condition_fact"),
        # evidence claimed, not denied
        ("Biotin has been studied a lot, and minoxidil regrows hair.", "clinically_proven"),
        # not proven for more than its proof is about
        ("Finasteride has not been shown in trials to cure baldness.", "clinically_proven"),
        # harms said to be rare and owned up to
        ("Side effects of minoxidil are rare but may include an itchy scalp.", "no_side_effects"),
        # a named harm said to be rare, which is a rate
        ("These types of side effects are uncommon.", "no_side_effects"),
        ("Hair loss is a rare side effect of this drug.", "no_side_effects"),
        ("Rare side effects include dizziness.", "no_side_effects"),
        # a product's result given as a share
        (
            "In our survey, 72% of new mothers noticed less postpartum shedding with our serum.",
            "condition_fact",
        ),
        ("About 80% of women saw thicker hair with Rogaine.", "condition_fact"),
    ],
)
def test_real43_rule_leaves_unflagged(text: str, kind: str) -> None:
    assert kind not in verdicts(text)


def test_a_turn_keeps_a_claim_from_an_earlier_denial_of_evidence() -> None:
    text = "There is little evidence for biotin, but minoxidil regrows hair."
    assert verdicts(text)["regrows_hair"] == "supported"
