"""Claims in German, French, Italian, Spanish, Portuguese, Dutch and Turkish (foreign_wording.py):
the standard wording of each kind in each language, its negation and hedges, times in each
language's units, the names those languages give treatments, and everyday sentences in each
language that must stay unflagged. Wordings of their own, not the blind sets' sentences."""

# Turkish writes the dotless i (U+0131) as a letter of its own, not as a look-alike of "i".
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from anagen.claims.engine import check_claims
from tests.claims.checking import KB, verdicts_and_entities


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # stops hair loss, said and denied (a denial of a recorded effect is false)
        ("Finasterid stoppt Haarausfall bei den meisten Männern.", "stops_hair_loss", "supported"),
        ("Finasterid stoppt den Haarausfall nicht.", "stops_hair_loss", "false"),
        ("Le finastéride ne freine pas la chute des cheveux.", "stops_hair_loss", "false"),
        ("La finasteride non ferma la caduta dei capelli.", "stops_hair_loss", "false"),
        ("El minoxidil no detiene la caída del cabello.", "stops_hair_loss", "false"),
        ("O minoxidil não trava a queda de cabelo.", "stops_hair_loss", "false"),
        ("Minoxidil remt haaruitval niet.", "stops_hair_loss", "false"),
        ("Minoksidil saç dökülmesini durdurur.", "stops_hair_loss", "supported"),
        # no side effects, for a medicine with recorded ones
        ("Finasterid hat keine Nebenwirkungen.", "no_side_effects", "false"),
        ("Le finastéride n'a pas d'effets secondaires.", "no_side_effects", "false"),
        ("Il minoxidil non ha effetti collaterali.", "no_side_effects", "false"),
        ("El minoxidil no tiene efectos secundarios.", "no_side_effects", "false"),
        ("O minoxidil não tem efeitos colaterais.", "no_side_effects", "false"),
        ("Minoxidil geeft geen bijwerkingen.", "no_side_effects", "false"),
        # time to results, in each language's units, against the recorded months
        ("Minoxidil zeigt sichtbare Ergebnisse in 2 Wochen.", "works_in_days", "false"),
        ("Le minoxidil donne des résultats visibles en 2 semaines.", "works_in_days", "false"),
        ("Il minoxidil dà risultati visibili in 2 settimane.", "works_in_days", "false"),
        ("O minoxidil mostra resultados em 2 semanas.", "works_in_days", "false"),
        ("Minoxidil geeft zichtbare resultaten binnen 2 weken.", "works_in_days", "false"),
        ("Minoksidil 2 haftada görünür sonuç verir.", "works_in_days", "false"),
        ("Minoxidil zeigt Ergebnisse nach 6 Monaten.", "works_in_days", "supported"),
        # pregnancy, said safe and said not to be used
        ("Minoxidil ist in der Schwangerschaft sicher.", "safe_in_pregnancy", "false"),
        ("Le minoxidil est sans danger pendant la grossesse.", "safe_in_pregnancy", "false"),
        ("Minoxidil ist in der Schwangerschaft nicht sicher.", "safe_in_pregnancy", "supported"),
        (
            "Le minoxidil ne doit pas être utilisé pendant la grossesse.",
            "safe_in_pregnancy",
            "supported",
        ),
        # natural and safe, clinically proven, approval
        ("Le minoxidil est 100 % naturel et sans danger.", "natural_safe", "misleading"),
        ("Rosmarinöl ist natürlich und völlig unbedenklich.", "natural_safe", "misleading"),
        ("Il minoxidil è clinicamente provato.", "clinically_proven", "supported"),
        ("A finasterida é aprovada pela FDA.", "fda_approved", "supported"),
        ("Il finasteride è approvato dalla FDA.", "fda_approved", "supported"),
        # DHT lowered, in other languages
        ("Finasterid senkt den DHT-Spiegel.", "lowers_dht", "supported"),
        ("Le finastéride bloque la DHT.", "lowers_dht", "supported"),
        ("La finasteride blocca il DHT.", "lowers_dht", "supported"),
        # Italian "non" before the verb it denies; a denial of a cure is no claim of one
        ("La finasteride non blocca la caduta dei capelli.", "stops_hair_loss", "false"),
        ("Il minoxidil non “cura” la calvizie, ma la rallenta.", "cures_baldness", "none"),
        # an English sentence keeps its own reading: "a journey" is no "jour"
        (
            "Start a journey with minoxidil and see results in 6 months.",
            "works_in_days",
            "supported",
        ),
    ],
)
def test_claim_in_another_language_is_graded(text: str, kind: str, verdict: str) -> None:
    assert verdicts_and_entities(text).get(kind, ("none", ""))[0] == verdict


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Finasterid wirkt besser als Minoxidil.", "better_than"),
        ("Finasteride is beter dan minoxidil.", "better_than"),
        ("El minoxidil es más eficaz que el finasteride.", "better_than"),
        ("Le minoxidil est aussi efficace que le finastéride.", "as_good_as"),
        ("Il minoxidil è efficace quanto la finasteride.", "as_good_as"),
        ("Finasterid verursacht Nebenwirkungen wie Libidoverlust.", "causes_side_effect"),
        ("Les effets secondaires du finastéride sont rares.", "causes_side_effect"),
        ("Dieses Serum ist für jeden geeignet.", "suits_everyone"),
        ("Questo trattamento è adatto a tutti.", "suits_everyone"),
        ("Esta loción es clínicamente probada.", "clinically_proven"),
        ("Deze lotion is klinisch bewezen.", "clinically_proven"),
        ("Il siero favorisce la ricrescita dei capelli.", "regrows_hair"),
        ("Le sérum stimule la repousse des cheveux.", "regrows_hair"),
        ("Das Tonikum fördert das Haarwachstum.", "regrows_hair"),
        ("Este champú cura la calvicie.", "cures_baldness"),
        ("Resultados definitivos com o nosso sérum.", "lasting_results"),
        ("Het resultaat is blijvend.", "lasting_results"),
        ("Bei 80 % der Anwender wuchsen die Haare wieder.", "percent_success"),
        ("Chez 70 % des patients, la chute s'est arrêtée.", "percent_success"),
        ("Minoxidil und Finasterid müssen lebenslang angewendet werden.", "needs_ongoing_use"),
        ("Il minoxidil va usato a vita.", "needs_ongoing_use"),
        ("Koffein schützt die Haarwurzeln vor DHT.", "blocks_androgens"),
        ("Kreisrunder Haarausfall tritt vor allem bei Kindern auf.", "condition_fact"),
        ("La pelade touche surtout les jeunes.", "condition_fact"),
    ],
)
def test_kind_is_read_in_another_language(text: str, kind: str) -> None:
    assert kind in verdicts_and_entities(text)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Eigenblut stoppt Haarausfall.", "platelet-rich-plasma"),
        ("Le plasma riche en plaquettes freine la chute des cheveux.", "platelet-rich-plasma"),
        ("Saç ekimi kalıcı çözüm sunar.", "hair-transplant"),
        ("Il trapianto di capelli dà risultati definitivi.", "hair-transplant"),
        ("O microagulhamento estimula o crescimento dos cabelos.", "microneedling"),
    ],
)
def test_treatment_is_named_as_its_language_writes_it(text: str, slug: str) -> None:
    assert any(entity == slug for _, entity in verdicts_and_entities(text).values())


@pytest.mark.parametrize(
    "text",
    [
        "Eigenblut kann Haarausfall stoppen.",
        "Le minoxidil peut freiner la chute des cheveux.",
        "El minoxidil puede detener la caída del cabello.",
    ],
)
def test_hedge_in_another_language_marks_the_claim_hedged(text: str) -> None:
    findings = check_claims(text, KB).findings
    assert findings and all(f.hedged for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "Das Shampoo ist nach 2 Wochen versandfertig.",
        "Wir liefern in 2 Tagen.",
        "Lavez vos cheveux deux fois par semaine.",
        "Ce shampooing est doux pour le cuir chevelu.",
        "Il nostro negozio è aperto dal lunedì al venerdì.",
        "Il flacone contiene 60 ml di soluzione.",
        "Suscríbete a nuestro boletín y recibe un 10 % de descuento.",
        "La cura de la calvicie: nuestro libro electrónico gratuito.",
        "Envio grátis em compras acima de 50 euros.",
        "Wij leveren binnen 3 werkdagen.",
        "Siparişiniz 2 gün içinde kargoya verilir.",
        "Ein für alle Mal: so föhnen Sie Ihr Haar richtig.",
        "Non-surgical options are listed below.",
    ],
)
def test_everyday_sentence_in_another_language_stays_unflagged(text: str) -> None:
    assert check_claims(text, KB).findings == ()
