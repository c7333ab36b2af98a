"""Rules written from the classes of English miss in the 44th blind set (sellers, telehealth,
clinics, magazines, blogs and forums), each tried on wordings of its own: the hair roots of
pattern hair loss said to die, with the follicle as the subject or beside a cause the record
bears out; a body of research said to confirm a treatment, or evidence called strong,
conclusive or robust (conclusive evidence needs grade A); and a named side effect given how
often it comes ("hypertrichosis is common")."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # the roots of pattern hair loss said to die (the record: not destroyed)
        ("In male pattern baldness the hair follicles slowly die.", "condition_fact", "false"),
        ("DHT makes the follicles shrink until they die.", "condition_fact", "false"),
        ("Over time the follicles are destroyed by DHT.", "condition_fact", "false"),
        ("Androgenetic alopecia leads to follicle death.", "condition_fact", "false"),
        (
            "Untreated, the follicles will be permanently destroyed by DHT.",
            "condition_fact",
            "false",
        ),
        (
            "Pattern baldness is caused by DHT, which makes the roots shrink and finally die.",
            "condition_fact",
            "false",
        ),
        # a body of research said to bear a treatment out
        (
            "Clinical data have validated the effectiveness of biotin for thinning hair.",
            "clinically_proven",
            "false",
        ),
        (
            "Decades of research confirm that finasteride stops hair loss in men.",
            "clinically_proven",
            "supported",
        ),
        (
            "Studies have established that saw palmetto blocks DHT.",
            "clinically_proven",
            "misleading",
        ),
        (
            "Peer-reviewed literature in several countries has confirmed the safety of PRP "
            "injections.",
            "clinically_proven",
            "misleading",
        ),
        (
            "Scientific literature demonstrates the efficacy of low-level laser therapy for "
            "hair loss.",
            "clinically_proven",
            "supported",
        ),
        # evidence called strong, in one word or several; conclusive needs grade A
        (
            "There is compelling evidence that rosemary oil regrows hair.",
            "clinically_proven",
            "misleading",
        ),
        (
            "There is conclusive evidence that minoxidil regrows hair.",
            "clinically_proven",
            "supported",
        ),
        (
            "Trials give solid and consistent evidence that finasteride works.",
            "clinically_proven",
            "supported",
        ),
        (
            "Laser caps now have definitive evidence behind them for hair regrowth.",
            "clinically_proven",
            "misleading",
        ),
        (
            "There is no conclusive evidence that biotin helps hair loss.",
            "clinically_proven",
            "supported",
        ),
        # a named side effect given how often it comes
        ("With oral minoxidil, hypertrichosis is common.", "causes_side_effect", "supported"),
        (
            "Scalp itching is fairly common with topical minoxidil.",
            "causes_side_effect",
            "supported",
        ),
        ("Low libido is uncommon on finasteride.", "causes_side_effect", "supported"),
        (
            "Headaches occasionally occur with oral minoxidil.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Among spironolactone users, irregular periods and dizziness are common.",
            "causes_side_effect",
            "supported",
        ),
    ],
)
def test_real44_rule(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # follicles that do not die, or die where the record says they do
        ("In male pattern baldness the follicles do not die; they shrink.", "condition_fact"),
        ("Transplanted follicles can die if they dry out during surgery.", "condition_fact"),
        ("Hair follicles go through a cycle of growth and rest.", "condition_fact"),
        # confirmation that is no proof of a treatment
        ("Your doctor will confirm the diagnosis with a blood test.", "clinically_proven"),
        ("Blood tests confirm the diagnosis of iron deficiency.", "clinically_proven"),
        ("Research has yet to confirm that PRP works.", "clinically_proven"),
        ("Please confirm the order before we ship it.", "clinically_proven"),
        # a harm's frequency denied, or no harm named
        ("Swelling is not common with finasteride.", "causes_side_effect"),
        ("Hair loss is common in women after childbirth.", "causes_side_effect"),
        ("Redness is the first sign of a scalp infection.", "causes_side_effect"),
        # how common a complaint is, of no treatment
        ("Acne is common in teenagers.", "causes_side_effect"),
        ("Headaches are common in people who don't drink enough water.", "causes_side_effect"),
    ],
)
def test_real44_rule_leaves_unflagged(text: str, kind: str) -> None:
    assert kind not in verdicts(text)
