"""Claims in German, French, Spanish, Italian and Portuguese of the families foreign_families.py
and the wider vocabularies of foreign_wording.py read (thicker hair, approval for a use, harms
named or early shedding said to come with a treatment, a span between two counts, German verbs
last, Italian "stimola", Spanish and Portuguese "evita"): each graded as its English translation
is, its denial, and look-alikes that must stay unflagged. Wordings of our own, in the shape of
real pages' sentences, not the blind sets'."""

from __future__ import annotations

import pytest

from anagen.claims.foreign_families import FAMILIES
from anagen.claims.harms import named_harm
from anagen.claims.prefilter import required
from tests.claims.checking import KB, verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # thicker hair: minoxidil's recorded effect
        ("Regaine verbessert nachweislich die Haardichte.", "thickens_hair", "supported"),
        ("Minoxidil sorgt für dichteres Haar am Oberkopf.", "thickens_hair", "supported"),
        ("Le minoxidil augmente la densité capillaire.", "thickens_hair", "supported"),
        ("Le minoxidil donne des cheveux plus épais.", "thickens_hair", "supported"),
        ("Il minoxidil aumenta lo spessore dei capelli.", "thickens_hair", "supported"),
        ("Con il minoxidil avrai capelli più folti.", "thickens_hair", "supported"),
        ("El minoxidil aumenta la densidad capilar.", "thickens_hair", "supported"),
        ("O minoxidil melhora a densidade capilar.", "thickens_hair", "supported"),
        ("Com o minoxidil os fios ficam mais grossos.", "thickens_hair", "supported"),
        # denied, after the verb or before it
        ("Minoxidil verbessert die Haardichte nicht.", "thickens_hair", "false"),
        ("Le minoxidil n'améliore pas la densité capillaire.", "thickens_hair", "false"),
        # approved for a use, the regulator unnamed
        (
            "Minoxidil ist zur Behandlung von erblich bedingtem Haarausfall zugelassen.",
            "fda_approved",
            "supported",
        ),
        (
            "Le minoxidil est autorisé pour le traitement de l'alopécie androgénétique.",
            "fda_approved",
            "supported",
        ),
        (
            "Il minoxidil è approvato per il trattamento dell'alopecia androgenetica.",
            "fda_approved",
            "supported",
        ),
        (
            "El minoxidil está aprobado para tratar la alopecia androgénica.",
            "fda_approved",
            "supported",
        ),
        ("O minoxidil é aprovado para o tratamento da calvície.", "fda_approved", "supported"),
        # early shedding and named harms, each with the recorded side effect
        (
            "Minoxidil kann anfangs einen verstärkten Haarausfall auslösen.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Bei Minoxidil kann es in den ersten Wochen zu Juckreiz und Schuppen kommen.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Minoxidil kann Juckreiz und Kopfhautreizungen verursachen.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Une chute réactionnelle peut survenir au début du traitement par minoxidil.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Le minoxidil peut provoquer des démangeaisons et des pellicules.",
            "causes_side_effect",
            "supported",
        ),
        (
            "All'inizio del trattamento con minoxidil si verifica spesso una caduta indotta.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Il minoxidil può causare prurito e arrossamento del cuoio capelluto.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Es normal que se produzca un aumento de la caída del cabello con el minoxidil.",
            "causes_side_effect",
            "supported",
        ),
        (
            "El minoxidil puede provocar picor y descamación del cuero cabelludo.",
            "causes_side_effect",
            "supported",
        ),
        (
            "No início do tratamento com minoxidil pode ocorrer um aumento da queda.",
            "causes_side_effect",
            "supported",
        ),
        (
            "O minoxidil pode causar coceira e descamação no couro cabeludo.",
            "causes_side_effect",
            "supported",
        ),
        # a list of side effects, however many words stand between
        (
            "Die Nebenwirkungen von Finasterid umfassen Erektionsstörungen und Libidoverlust.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Les effets secondaires du finastéride comprennent une baisse de la libido.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Gli effetti collaterali della finasteride comprendono disfunzione erettile e calo della libido.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Los efectos secundarios más frecuentes de la finasterida son la disfunción eréctil y la pérdida de libido.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Os efeitos colaterais da finasterida incluem disfunção erétil e diminuição da libido.",
            "causes_side_effect",
            "supported",
        ),
        # none at all, with the verbs "produce" and "produz"
        ("El minoxidil no produce efectos secundarios.", "no_side_effects", "false"),
        ("O minoxidil não produz efeitos colaterais.", "no_side_effects", "false"),
        ("Le minoxidil ne produit pas d'effets secondaires.", "no_side_effects", "false"),
        # blood flow, in each language's words for it, and German with the verb last
        ("Minoxidil soll die Durchblutung der Kopfhaut verbessern.", "drug_class", "supported"),
        (
            "Il minoxidil aumenta il flusso sanguigno nel cuoio capelluto.",
            "drug_class",
            "supported",
        ),
        ("El minoxidil mejora el flujo sanguíneo del cuero cabelludo.", "drug_class", "supported"),
        ("O minoxidil aumenta o fluxo sanguíneo no couro cabeludo.", "drug_class", "supported"),
        ("Le minoxidil améliore le flux sanguin du cuir chevelu.", "drug_class", "supported"),
        # growth and follicles: German verbs last, Italian "stimola", Iberian "estimula"
        ("Koffein soll die Haare zum Wachsen anregen.", "regrows_hair", "unsupported"),
        ("Das Koffein-Tonikum soll den Haarwuchs ankurbeln.", "regrows_hair", "unsupported"),
        ("Il minoxidil stimola la crescita dei capelli.", "regrows_hair", "supported"),
        ("Il minoxidil stimola i follicoli piliferi.", "stimulates_follicles", "supported"),
        ("Il minoxidil non stimola i follicoli piliferi.", "stimulates_follicles", "false"),
        ("El minoxidil estimula los folículos pilosos.", "stimulates_follicles", "supported"),
        ("O minoxidil estimula os folículos capilares.", "stimulates_follicles", "supported"),
        ("Le minoxidil stimule les follicules pileux.", "stimulates_follicles", "supported"),
        # stopping loss with "evita", "empêche", "contrastare": biotin does not
        ("La biotina evita la caída del cabello.", "stops_hair_loss", "false"),
        ("A biotina evita a queda de cabelo.", "stops_hair_loss", "false"),
        ("La biotine empêche la chute des cheveux.", "stops_hair_loss", "false"),
        ("La biotina aiuta a contrastare la caduta dei capelli.", "stops_hair_loss", "false"),
        ("La biotina no evita la caída del cabello.", "stops_hair_loss", "supported"),
        ("A biotina não evita a queda de cabelo.", "stops_hair_loss", "supported"),
        # harmless, said of a medicine with recorded harms
        ("Il minoxidil è del tutto innocuo.", "natural_safe", "misleading"),
    ],
)
def test_each_family_is_graded_as_in_english(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict, verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a span between two counts, and "several months", for minoxidil's recorded months
        "Mit Minoxidil zeigen sich erste Ergebnisse zwischen drei und sechs Monaten.",
        "Avec le minoxidil, les premiers résultats apparaissent entre 3 et 6 mois.",
        "Con il minoxidil i primi risultati si vedono tra 3 e 6 mesi.",
        "Con el minoxidil los resultados se notan entre 3 y 6 meses.",
        "Com o minoxidil os resultados aparecem entre 3 e 6 meses.",
        "Avec le minoxidil, les résultats ne sont visibles qu'après plusieurs mois.",
    ],
)
def test_a_span_of_months_is_read_with_its_counts(text: str) -> None:
    assert verdicts(text).get("works_in_days") == "supported", verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        # questions, shipping lines and other everyday sentences
        "Wie lange dauert es, bis Minoxidil die Haardichte verbessert?",
        "¿El minoxidil aumenta la densidad capilar?",
        "Versand innerhalb von 3 bis 5 Tagen.",
        "La spedizione avviene tra 3 e 5 giorni.",
        "Envío gratis entre 2 y 4 días.",
        "O entregador chega entre 3 e 6 dias.",
        "Este champú no es apto para el cabello teñido.",
        "Il prodotto è approvato dal nostro team di esperti.",
        "Livraison offerte dès 30 euros d'achat.",
        "Die Flasche enthält 150 ml Lösung.",
    ],
)
def test_everyday_sentences_stay_unflagged(text: str) -> None:
    assert verdicts(text) == {}


@pytest.mark.parametrize(
    ("claimed", "recorded"),
    [
        ("Juckreiz", "Itchy, red or flaky scalp (irritant or allergic skin reaction)"),
        ("prurito", "Itchy, red or flaky scalp (irritant or allergic skin reaction)"),
        ("aumento de la caída del cabello", "More shedding for a few weeks after starting"),
        ("chute réactionnelle", "More shedding for a few weeks after starting"),
    ],
)
def test_a_harm_named_in_another_language_is_matched_to_the_record(
    claimed: str, recorded: str
) -> None:
    harm = named_harm(KB.treatments["minoxidil-topical"], claimed)
    assert harm is not None and harm.text == recorded


def test_every_family_needs_words_of_its_own_language() -> None:
    # the literal prefilter then never runs them on an English sentence
    english = {"stop", "hair", "side", "effects", "dht", "proven", "for", "all", "with", "volume"}
    for wordings in FAMILIES.values():
        for wording in wordings:
            needed = required(wording)
            assert needed, wording
            assert all(not s.isascii() or s.strip() not in english for s in needed[0]), wording


@pytest.mark.parametrize(
    "text",
    [
        "Hair loss after giving birth is usually harmless and passes.",
        "Telogen effluvium is harmless and temporary.",
        "Haarausfall nach der Geburt ist meist harmlos.",
        "La caída del cabello estacional es inofensiva.",
    ],
)
def test_a_condition_called_harmless_is_no_claim_that_a_treatment_is_safe(text: str) -> None:
    assert "natural_safe" not in verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        "This shampoo for hair loss is completely harmless.",
        "For hair loss, this serum is completely harmless.",
        "Natural remedies for alopecia areata are harmless.",
    ],
)
def test_a_product_for_hair_loss_called_harmless_still_is(text: str) -> None:
    assert verdicts(text).get("natural_safe") == "misleading"
