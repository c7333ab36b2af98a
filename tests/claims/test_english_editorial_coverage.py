"""Wider English wordings of editorial and advice pages (health magazines, pharmacy and clinic
advice, dermatology blogs, forums), built by a helper from real sentences of pages no blind set
used: a caution about use in pregnancy or breastfeeding ("not recommended during pregnancy",
"doctors advise against it while breastfeeding", "only if the benefit outweighs the risk");
the commonest kind of hair loss named ("the most common form of hair loss in women"); the
follicles said to be attacked by the immune system; side effects listed by name or given a rate
("the main side effects are decreased libido and impotence", "occur in about 2% of men"); the
evidence said to be lacking in more words ("studies have not demonstrated a benefit", "no
randomized controlled trials", "only case reports support it"); and the steps of putting a
treatment on (a dry scalp, left on for minutes, hands washed after). Each is tried on wordings
of its own, with look-alikes that must make no such claim."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a caution about pregnancy or breastfeeding: borne out by the recorded rule
        ("Minoxidil is not recommended during pregnancy.", "safe_in_pregnancy", "supported"),
        (
            "Topical minoxidil is generally not recommended for use while breastfeeding.",
            "safe_in_pregnancy",
            "supported",
        ),
        ("Finasteride is not advised during pregnancy.", "safe_in_pregnancy", "supported"),
        (
            "Most dermatologists advise against using Rogaine during pregnancy.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "Doctors recommend against finasteride for women who are trying to conceive.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "Pharmacists warn against applying minoxidil foam while nursing.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "Minoxidil should be used in pregnancy only if the benefit clearly outweighs the risk.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "Finasteride is generally not advisable for women who are breastfeeding.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "Hair loss specialists caution against using Propecia while trying for a baby.",
            "safe_in_pregnancy",
            "supported",
        ),
        # its use said to be fine, against a label that warns of harm
        (
            "Minoxidil lotion is considered compatible with breastfeeding.",
            "safe_in_pregnancy",
            "false",
        ),
        (
            "Finasteride is compatible with pregnancy.",
            "safe_in_pregnancy",
            "false",
        ),
        # the commonest kind of hair loss, as its record says
        (
            "Androgenetic alopecia is the most common type of hair loss.",
            "condition_fact",
            "supported",
        ),
        (
            "The commonest form of hair loss in men is male pattern baldness.",
            "condition_fact",
            "supported",
        ),
        (
            "Female pattern hair loss is the most common kind of hair loss in women.",
            "condition_fact",
            "supported",
        ),
        (
            "The leading cause of baldness in men is androgenetic alopecia.",
            "condition_fact",
            "supported",
        ),
        (
            "Androgenetic alopecia is the single most common form of hair loss in men and women.",
            "condition_fact",
            "supported",
        ),
        (
            "Telogen effluvium is the most common cause of diffuse hair loss.",
            "condition_fact",
            "supported",
        ),
        # the follicles attacked by the immune system: what the condition is, or is not
        (
            "In alopecia areata the hair follicles are attacked by the body's own immune system.",
            "condition_fact",
            "supported",
        ),
        (
            "With patchy alopecia, the roots are targeted by the immune system.",
            "condition_fact",
            "supported",
        ),
        (
            "In traction alopecia the follicles are attacked by your immune system.",
            "condition_fact",
            "false",
        ),
        # what brings it on, in a page's passive: "induced by", as "triggered by"
        (
            "Telogen effluvium can be induced by febrile illness, major injury or childbirth.",
            "condition_fact",
            "supported",
        ),
        (
            "Traction alopecia is induced by tight braids and ponytails.",
            "condition_fact",
            "supported",
        ),
        # side effects named in a list, or given a rate
        (
            "The main side effects of finasteride are decreased libido and erectile dysfunction.",
            "causes_side_effect",
            "supported",
        ),
        (
            "The most common side effects of Propecia are loss of libido and ejaculation problems.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Side effects of minoxidil include scalp itching and unwanted facial hair.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Known side effects of finasteride are impotence and low libido.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Reduced libido occurs in roughly 2% of men who take finasteride.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Loss of libido was seen in about 1.8% of men on finasteride.",
            "causes_side_effect",
            "supported",
        ),
        (
            "With finasteride, erectile dysfunction was reported in 1.3% of men.",
            "causes_side_effect",
            "supported",
        ),
        (
            "A common side effect of minoxidil is scalp irritation.",
            "causes_side_effect",
            "supported",
        ),
        (
            "A rare side effect of minoxidil is dizziness.",
            "causes_side_effect",
            "supported",
        ),
        # the evidence said to be lacking: borne out by weak evidence, false of strong
        (
            "Clinical studies have not demonstrated a significant benefit from biotin for hair "
            "loss.",
            "clinically_proven",
            "supported",
        ),
        (
            "Trials have not shown any clear effect of biotin supplements on hair loss.",
            "clinically_proven",
            "supported",
        ),
        (
            "Research has not found a meaningful benefit from saw palmetto for hair loss.",
            "clinically_proven",
            "supported",
        ),
        (
            "There are no randomized controlled trials of biotin for hair loss in healthy people.",
            "clinically_proven",
            "supported",
        ),
        (
            "There are no placebo-controlled trials of saw palmetto for hair loss.",
            "clinically_proven",
            "supported",
        ),
        (
            "Only case reports support the use of biotin for thinning hair.",
            "clinically_proven",
            "supported",
        ),
        (
            "Only small studies back rosemary oil for hair loss.",
            "clinically_proven",
            "supported",
        ),
        (
            "There are no double-blind studies of biotin for hair loss.",
            "clinically_proven",
            "supported",
        ),
        (
            "Clinical trials have not shown any benefit from minoxidil.",
            "clinically_proven",
            "false",
        ),
        (
            "There are no randomized, controlled trials of finasteride for hair loss.",
            "clinically_proven",
            "false",
        ),
        # the steps of putting it on, as the record gives them
        ("Apply minoxidil to a dry scalp.", "usage", "supported"),
        ("Rogaine foam should be massaged into a completely dry scalp.", "usage", "supported"),
        ("Your hair and scalp must be dry before you use minoxidil.", "usage", "supported"),
        (
            "Leave the ketoconazole shampoo on your scalp for five minutes before rinsing.",
            "usage",
            "supported",
        ),
        (
            "Nizoral should be left on the scalp for 3 to 5 minutes before you rinse it off.",
            "usage",
            "supported",
        ),
        ("Wash your hands after applying the minoxidil foam.", "usage", "supported"),
        ("Always wash your hands thoroughly after using Regaine.", "usage", "supported"),
    ],
)
def test_editorial_wording(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a question is no claim
        ("Is minoxidil recommended during pregnancy?", "safe_in_pregnancy"),
        ("What is the most common type of hair loss?", "condition_fact"),
        ("What are the side effects of finasteride?", "causes_side_effect"),
        ("How should I apply minoxidil to a dry scalp?", "usage"),
        # a page's furniture and a shop's lines
        ("The side effects of finasteride are discussed below.", "causes_side_effect"),
        (
            "For the full list of side effects, read the patient information leaflet.",
            "causes_side_effect",
        ),
        ("Orders placed before 3 pm leave our warehouse the same day.", "usage"),
        ("Leave the box on your doorstep for 10 minutes and our courier will collect it.", "usage"),
        # a step for something that is no treatment on file
        ("Leave the conditioner on for five minutes before rinsing.", "usage"),
        ("Apply the styling cream to dry hair.", "usage"),
        # the commonest kind not recorded for the condition: no finding either way
        ("Alopecia areata is the most common type of hair loss.", "condition_fact"),
        # side effects denied are not side effects named
        ("Side effects are rare and usually mild.", "causes_side_effect"),
        # a medicine that keeps the immune system from attacking is no condition fact
        (
            "Baricitinib keeps the immune system from attacking hair follicles.",
            "condition_fact",
        ),
        # a medicine's result, said in the same passive, is no condition's cause
        ("Telogen effluvium is induced by minoxidil.", "condition_fact"),
        # evidence of a harm lacking is no claim about proof that it works
        ("There are no randomized trials of finasteride in pregnant women.", "safe_in_pregnancy"),
    ],
)
def test_editorial_look_alike_makes_no_such_claim(text: str, kind: str) -> None:
    assert kind not in verdicts(text)
