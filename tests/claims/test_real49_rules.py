"""Rules written from the classes of miss in the 49th blind set (real clinic, brand, news and
blog claims), each tried on wordings of its own: evidence denied outright ("no clinical
evidence", "no studies have shown") of a treatment with a trial on file, which is false where
"no good evidence" is borne out; a plant's DHT mechanism sold as research proof or as the cure
of what causes hair loss ("research has shown it blocks DHT, the hormone responsible for hair
loss"); in Portuguese, Spanish and French, an FDA approval in either gender or with the agency as
subject; and, in Spanish and Portuguese, hair said to fall again once a treatment is stopped,
with the pronoun on the verb ("al suspenderlo") or the stop put as a condition ("si deja de")."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # evidence denied outright, of a treatment with a trial on file (grade C or better)
        ("There is no clinical evidence that rosemary oil regrows hair.", "regrows_hair", "false"),
        (
            "There is no clinical evidence that rosemary oil regrows hair.",
            "clinically_proven",
            "false",
        ),
        (
            "No studies have shown that pumpkin seed oil stops hair loss.",
            "stops_hair_loss",
            "false",
        ),
        (
            "There are no trials showing that ketoconazole shampoo regrows hair.",
            "regrows_hair",
            "false",
        ),
        (
            "There isn't any evidence that saw palmetto works for hair loss.",
            "clinically_proven",
            "false",
        ),
        ("There is no evidence that minoxidil regrows hair.", "clinically_proven", "false"),
        # weak evidence said, or none on file: the denial is borne out
        ("There is no good evidence that rosemary oil regrows hair.", "regrows_hair", "supported"),
        (
            "There is little clinical evidence that saw palmetto regrows hair.",
            "clinically_proven",
            "supported",
        ),
        ("There is no evidence that biotin regrows hair.", "regrows_hair", "supported"),
        ("There is no evidence that biotin regrows hair.", "clinically_proven", "supported"),
        # a plant's DHT mechanism sold as research proof, or as treating what causes hair loss
        (
            "Studies show that pumpkin seed oil blocks the production of DHT.",
            "lowers_dht",
            "misleading",
        ),
        ("Research has proven that pumpkin seed oil inhibits DHT.", "lowers_dht", "misleading"),
        ("Pumpkin seed oil may lower DHT, which triggers thinning.", "lowers_dht", "misleading"),
        (
            "Our formula contains saw palmetto, which blocks DHT, the hormone that shrinks hair "
            "follicles.",
            "lowers_dht",
            "misleading",
        ),
        (
            "Scientists have found that saw palmetto lowers DHT levels in the scalp.",
            "lowers_dht",
            "misleading",
        ),
        # the mechanism stated bare, kept to animals, or of a medicine: as before
        ("Saw palmetto lowers DHT.", "lowers_dht", "unsupported"),
        ("Pumpkin seed oil lowers DHT in rats.", "lowers_dht", "supported"),
        (
            "Finasteride lowers DHT, the hormone responsible for hair loss.",
            "lowers_dht",
            "supported",
        ),
        # an FDA approval in other languages: either gender, "pelo"/"el" FDA, the agency as subject
        ("O minoxidil tópico é aprovado pelo FDA para a calvície.", "fda_approved", "supported"),
        (
            "La finasterida oral está aprobada por el FDA para la alopecia androgenética.",
            "fda_approved",
            "supported",
        ),
        ("Os comprimidos de finasterida são aprovados pela FDA.", "fda_approved", "supported"),
        ("Le minoxidil est approuvé par la FDA.", "fda_approved", "supported"),
        ("La FDA aprobó la finasterida en 1997.", "fda_approved", "supported"),
        ("A FDA aprovou a finasterida para a calvície masculina.", "fda_approved", "supported"),
        # hair said to fall again once a treatment is stopped
        (
            "Al suspender la finasterida, el cabello vuelve a caerse.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "Si dejas de aplicar el minoxidil, pierdes el cabello ganado.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "Una vez que se abandona el tratamiento con minoxidil, el pelo vuelve a caer.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "Cuando se suspende la finasterida, el pelo se pierde otra vez.",
            "needs_ongoing_use",
            "supported",
        ),
        (
            "Quando você para de tomar a finasterida, o cabelo volta a cair.",
            "needs_ongoing_use",
            "supported",
        ),
        ("Ao interromper o minoxidil, a queda retorna.", "needs_ongoing_use", "supported"),
    ],
)
def test_real49_rule(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # look-alikes: no approval, no stopping of a treatment
        ("A FDA não aprovou o PRP para a queda de cabelo.", "fda_approved"),
        ("El minoxidil fue aprobado por su eficacia.", "fda_approved"),
        ("Después de la ducha, el cabello vuelve a su forma.", "needs_ongoing_use"),
        ("Si dejas de fumar, el cabello crece más fuerte.", "needs_ongoing_use"),
    ],
)
def test_real49_look_alike_claims_nothing_of_the_kind(text: str, kind: str) -> None:
    assert kind not in verdicts(text)


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # an outright denial of what a trial did not measure, or of safety, is not refuted by it
        ("There is no evidence that rosemary oil lowers DHT.", "lowers_dht", "supported"),
        ("Pumpkin seed oil blocks DHT.", "lowers_dht", "unsupported"),
    ],
)
def test_real49_rule_leaves_other_claims(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict
