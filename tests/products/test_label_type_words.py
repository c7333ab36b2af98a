"""The type words the fifteenth blind label review added: each classes its label, and its match
holds one of its rule's prefilter words."""

from __future__ import annotations

import pytest

NEW_TYPE_SAMPLES = [
    "Doplněk stravy",
    "Doplnok výživy",
    "Kosttillskott",
    "Kosttilskud",
    "Voedingssupplement",
    "Ravintolisä",
    "\u03a3\u03c5\u03bc\u03c0\u03bb\u03ae\u03c1\u03c9\u03bc\u03b1 \u03b4\u03b9\u03b1\u03c4\u03c1\u03bf\u03c6\u03ae\u03c2",
    "Suplemento alimenticio",
    "No approved therapeutic claims",
    "Receptfritt läkemedel",
    "Reseptfritt legemiddel",
    "Håndkøb",
    "Volně prodejný léčivý přípravek",
    "\u039c\u03b7 \u03a3\u03c5\u03bd\u03c4\u03b1\u03b3\u03bf\u03b3\u03c1\u03b1\u03c6\u03bf\u03cd\u03bc\u03b5\u03bd\u03bf \u03a6\u03ac\u03c1\u03bc\u03b1\u03ba\u03bf",
    "\u039c\u0397\u03a3\u03a5\u03a6\u0391",
    "Su venta no requiere receta médica",
    "Vázáno na lékařský předpis",
    "Cosmetisch product",
    "Kosmetický přípravek",
    "Kozmetický prípravok",
    "Kosmetisk produkt",
    "\u039a\u03b1\u03bb\u03bb\u03c5\u03bd\u03c4\u03b9\u03ba\u03cc",
    "MAL19051234AZ",
    "MAL 19051234X",
    "MAL22019876N",
    "BPOM RI DKL2012345678A1",
    "BPOM RI DTL2012345678A1",
    "POM SD 201234567",
    "BPOM RI NA18201200456",
]


@pytest.mark.parametrize("sample", NEW_TYPE_SAMPLES)
def test_a_new_type_word_is_found_and_holds_its_prefilter_word(sample: str) -> None:
    """Each new type rule alternative classes its label, and its match contains one of its
    rule's prefilter words (as test_label holds for the older ones)."""
    from anagen.products.label_type_rules import TYPE_MUST_CONTAIN, TYPE_RULES

    assert any(r.search(sample) for _, r in TYPE_RULES), sample
    for i, words in TYPE_MUST_CONTAIN.items():
        for m in TYPE_RULES[i][1].finditer(sample):
            assert any(w in m.group(0).lower() for w in words), (TYPE_RULES[i][0], m)
