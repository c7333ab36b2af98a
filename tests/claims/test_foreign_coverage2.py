"""Warnings, condition facts and denials of evidence in German, French, Spanish, Italian and
Portuguese (foreign_facts.py, and the foreign readings of condition_prevalence.py,
condition_traits.py and evidence_denial.py): each graded as its English translation is, its
other polarity, and look-alikes that must stay unflagged. Wordings of our own, in the shape of
real pages' sentences, not the blind sets'."""

from __future__ import annotations

import pytest

from anagen.claims.foreign_facts import EVIDENCE_LACKING, FACTS, MUST_NOT
from anagen.claims.prefilter import required
from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # kept from pregnancy, as "must not be used in pregnancy" is read: borne out for a
        # treatment the record calls unsafe then
        (
            "Finasterid darf in der Schwangerschaft nicht eingenommen werden.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "Le minoxidil ne doit pas être utilisé pendant la grossesse.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "Les femmes enceintes ne doivent pas utiliser cette lotion au minoxidil.",
            "safe_in_pregnancy",
            "supported",
        ),
        ("La finasterida no debe tomarse durante el embarazo.", "safe_in_pregnancy", "supported"),
        ("Las embarazadas no deben aplicar minoxidil.", "safe_in_pregnancy", "supported"),
        ("Il minoxidil non deve essere usato in gravidanza.", "safe_in_pregnancy", "supported"),
        (
            "Le donne in gravidanza non devono assumere finasteride.",
            "safe_in_pregnancy",
            "supported",
        ),
        ("Gestantes não devem usar finasterida.", "safe_in_pregnancy", "supported"),
        (
            "O minoxidil não deve ser utilizado durante a gravidez.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "Le finastéride ne doit pas être pris pendant la grossesse.",
            "safe_in_pregnancy",
            "supported",
        ),
        # the other polarity: said fit for pregnancy, which the record shows false
        ("Il minoxidil può essere usato in gravidanza.", "safe_in_pregnancy", "false"),
        ("Les femmes enceintes peuvent utiliser le minoxidil.", "safe_in_pregnancy", "false"),
        (
            "Minoxidil kann in der Schwangerschaft bedenkenlos angewendet werden.",
            "safe_in_pregnancy",
            "false",
        ),
        ("El minoxidil se puede usar durante el embarazo.", "safe_in_pregnancy", "false"),
        ("As grávidas podem usar minoxidil à vontade.", "safe_in_pregnancy", "false"),
        # how many a condition affects: a fact of the condition, held to its record's figures
        (
            "Die androgenetische Alopezie betrifft rund 80% der Männer.",
            "condition_fact",
            "supported",
        ),
        (
            "Erblich bedingter Haarausfall betrifft etwa 80 Prozent der Männer.",
            "condition_fact",
            "supported",
        ),
        ("L'alopécie androgénétique touche 70 % des hommes.", "condition_fact", "supported"),
        ("La alopecia androgenética afecta al 80% de los hombres.", "condition_fact", "supported"),
        ("L'alopecia androgenetica colpisce l'80% degli uomini.", "condition_fact", "supported"),
        ("A alopecia androgenética atinge 80% dos homens.", "condition_fact", "supported"),
        ("A alopecia androgenética afeta 3% dos homens.", "condition_fact", "false"),
        # what a condition is, the noun before the trait too, and denied
        ("A alopecia areata é uma doença autoimune.", "condition_fact", "supported"),
        ("La pelade est une maladie auto-immune.", "condition_fact", "supported"),
        ("L'alopecia areata rientra tra le malattie autoimmuni.", "condition_fact", "supported"),
        ("A alopecia areata não é contagiosa.", "condition_fact", "supported"),
        ("La alopecia areata es una enfermedad autoinmune.", "condition_fact", "supported"),
        ("Kreisrunder Haarausfall ist eine Autoimmunerkrankung.", "condition_fact", "supported"),
        ("La alopecia areata no es contagiosa.", "condition_fact", "supported"),
        ("L'alopecia areata non è contagiosa.", "condition_fact", "supported"),
        ("Kreisrunder Haarausfall ist nicht ansteckend.", "condition_fact", "supported"),
        ("A alopecia areata é uma doença contagiosa.", "condition_fact", "false"),
        ("Die androgenetische Alopezie ist erblich bedingt.", "condition_fact", "supported"),
        ("L'alopécie androgénétique est héréditaire.", "condition_fact", "supported"),
        ("L'alopecia androgenetica è una condizione ereditaria.", "condition_fact", "supported"),
        (
            "La alopecia androgenética afecta a un 50% de los varones.",
            "condition_fact",
            "supported",
        ),
        # who it mostly strikes, a detail the record does not give
        ("La pelade frappe surtout les enfants.", "condition_fact", "unsupported"),
        # evidence said lacking for biotin, which has none to speak of: borne out, and the
        # claim it denies with it
        (
            "No hay evidencia científica de que la biotina haga crecer el cabello.",
            "clinically_proven",
            "supported",
        ),
        (
            "Não há evidência científica de que a biotina faça o cabelo crescer.",
            "regrows_hair",
            "supported",
        ),
        (
            "Non esistono prove scientifiche che la biotina faccia ricrescere i capelli.",
            "regrows_hair",
            "supported",
        ),
        (
            "Aucune étude n'a prouvé que la biotine fait repousser les cheveux.",
            "clinically_proven",
            "supported",
        ),
        (
            "Die Wirkung von Biotin ist wissenschaftlich nicht belegt.",
            "clinically_proven",
            "supported",
        ),
        (
            "Ningún estudio ha demostrado que la biotina sea eficaz.",
            "clinically_proven",
            "supported",
        ),
        ("Nenhum estudo comprovou a eficácia da biotina.", "clinically_proven", "supported"),
        (
            "Keine Studie hat bewiesen, dass Biotin gegen Haarausfall hilft.",
            "clinically_proven",
            "supported",
        ),
        (
            "Il n'y a pas de preuves scientifiques que la biotine fait repousser les cheveux.",
            "regrows_hair",
            "supported",
        ),
        ("Es gibt keine wissenschaftlichen Belege für Biotin.", "clinically_proven", "supported"),
        (
            "Nessuno studio ha dimostrato che la biotina sia efficace.",
            "clinically_proven",
            "supported",
        ),
        # and said to be there, for minoxidil
        ("Hay evidencia científica sólida sobre el minoxidil.", "clinically_proven", "supported"),
        ("Es gibt wissenschaftliche Belege für Minoxidil.", "clinically_proven", "supported"),
    ],
)
def test_foreign_warnings_facts_and_evidence_are_graded_as_in_english(
    text: str, kind: str, verdict: str
) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        # questions, shop lines and a share of something else
        "Darf ich Minoxidil in der Schwangerschaft nehmen?",
        "Versand in 24 Stunden, auch während der Schwangerschaft Ihrer Partnerin.",
        "¿Se puede usar minoxidil durante el embarazo?",
        "Quanto costa il minoxidil? Spedizione gratuita in tutta Italia.",
        "Il 70% degli ordini viene spedito in giornata.",
        "Livraison offerte dès 50 € d'achat.",
        "Estudos e pesquisas sobre cabelo estão no nosso blog.",
        "Leggi le nostre ricerche sul cuoio capelluto.",
        "Qual è la differenza tra alopecia areata e alopecia androgenetica?",
        "Unsere Studie zum Haarausfall erscheint im Frühjahr.",
    ],
)
def test_foreign_look_alikes_stay_unflagged(text: str) -> None:
    assert verdicts(text) == {}


@pytest.mark.parametrize(
    "wording", [*(w for ws in FACTS.values() for w in ws), EVIDENCE_LACKING, MUST_NOT]
)
def test_foreign_fact_wordings_need_a_literal_word(wording: str) -> None:
    # the prefilter can skip them on English text only if each needs some literal
    assert required(wording)


@pytest.mark.parametrize(
    "text",
    [
        "Finasterida está contraindicada en mujeres embarazadas.",
        "La finastéride est contre-indiquée pendant la grossesse.",
        "Il finasteride è controindicato in gravidanza.",
    ],
)
def test_a_medicine_contraindicated_in_pregnancy_is_a_warning_the_record_backs(text: str) -> None:
    assert verdicts(text).get("safe_in_pregnancy") == "supported"
