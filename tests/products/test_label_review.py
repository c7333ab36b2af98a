"""Labels from forty-four separate blind reviews (label_review.yaml to label_review45.yaml; the
twenty-first set was lost before it was scored): the share read as the reviewer expects (type,
each hair-relevant active with its strength, blend), held at ratchets that only go up as the
rules improve."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from anagen.knowledge.loader import default_content_dir, load_content
from anagen.products.ingredient_index import index_for
from anagen.products.label import analyze_label

KB = load_content(default_content_dir())
# (file, ratchet, when it was last raised and where it started); 40 labels each
REVIEWS = [
    ("label_review.yaml", 0.975, "39 of 40 when last raised; 21 of 40 at first (the reviewer: 17)"),
    ("label_review2.yaml", 1.0, "40 of 40 when last raised; 23 of 40 at first, one crash"),
    ("label_review3.yaml", 0.925, "37 of 40 when last raised; 24 of 40 at first"),
    ("label_review4.yaml", 1.0, "40 of 40 when last raised; 26 of 40 at first"),
    ("label_review5.yaml", 0.925, "37 of 40 when last raised; 22 of 40 at first"),
    ("label_review6.yaml", 0.95, "38 of 40 when last raised; 31 of 40 at first"),
    ("label_review7.yaml", 1.0, "40 of 40 when last raised; 31 of 40 at first"),
    ("label_review8.yaml", 0.975, "39 of 40 when last raised; 27 of 40 at first"),
    ("label_review9.yaml", 1.0, "40 of 40 when last raised; 26 of 40 at first"),
    (
        "label_review10.yaml",
        0.95,
        "38 of 40 when last raised; 27 of 40 at first, after the fixes the ninth prompted",
    ),
    (
        "label_review11.yaml",
        0.975,
        "39 of 40 when last raised; 27 of 40 at first (Canada, Australia, India, TikTok, OCR)",
    ),
    (
        "label_review12.yaml",
        1.0,
        "40 of 40 when last raised; 26 of 40 at first (EU languages, Gulf, Africa, leaflets)",
    ),
    (
        "label_review13.yaml",
        0.975,
        "39 of 40 when last raised; 17 of 40 at first (Japanese, Korean, Chinese, Cyrillic, Brazil, "
        "Turkey, Poland, telehealth)",
    ),
    (
        "label_review14.yaml",
        0.975,
        "39 of 40 when last raised; 24 of 40 at first (European pharmacies, Canada, Australia, "
        "India, Amazon, salts and elements, prescription labels)",
    ),
    (
        "label_review15.yaml",
        1.0,
        "40 of 40 when last raised (3 of them after per-mL strengths also accepted their "
        "percentage); 20 of 40 at first on 8df6076, 21 after the fixes for review "
        "14, written blind before them (Dutch, Swedish, Czech, Greek, Portuguese, Latin American and South-East Asian "
        "pharmacies, eBay and AliExpress, compounding and sticker labels, medicated shampoos)",
    ),
    (
        "label_review16.yaml",
        1.0,
        "40 of 40 when last raised; 30 of 40 at first on 73847ec, written blind after the fixes for reviews 14 and 15 (US "
        "Amazon and pharmacy listings, UK pharmacies, telehealth and compounded bottles, "
        "supplements with serving and salt traps, cosmetics with lookalike INCI names, devices)",
    ),
    (
        "label_review17.yaml",
        0.85,
        "34 of 40 when last raised; 25 of 40 at first on 0cf62e3 (24 on ad7a5d4, before the fixes for review 16), written "
        "blind (India, Pakistan, Nigeria, Kenya, Egypt, Japan, Korea, Canada, Australia, German "
        "and Italian pharmacies, Shopify and TikTok pages, hospital and compounded labels, brow "
        "serums, wigs)",
    ),
    (
        "label_review18.yaml",
        0.925,
        "37 of 40 when last raised (the rules prompted by review 29); "
        "36 before (the product's own text, label_own); 17 of 40 at first on ad7a5d4 and still 17 after the fixes for reviews 16 and 17, "
        "written blind (Latin American, Gulf, Israeli, Polish, Romanian, Ukrainian, Chinese, "
        "Vietnamese, Thai and French pharmacies and shops, iHerb, Walmart, Costco, eBay UK)",
    ),
    (
        "label_review19.yaml",
        0.9,
        "36 of 40 when last raised (the rules prompted by review 20); 28 after the rules by the "
        "label's shape (label_shape); "
        "21 of 40 at first on 3928eb5 and 22 after the product's-own-text rule (label_own) "
        "prompted by review 18, written blind (Turkish, Hungarian, Czech, Greek, German, Japanese, "
        "Korean, Indonesian, Hindi, Russian and Arabic shops and pharmacies, US and UK telehealth "
        "orders, Drug Facts and Supplement Facts panels, Ayurvedic and jamu products, devices)",
    ),
    (
        "label_review20.yaml",
        0.95,
        "38 of 40 when last raised (a page that states no class, of prescription-only "
        "medicines by its route, read as a prescription one); 36 of 40 before (per-mL and per-g amounts of topical products also accept "
        "their percentage, as DESIGN normalises them); 32 after the folding of non-Latin scripts, their digits and units, and "
        "rules from its misses); 13 of 40 at first on 3928eb5, still 13 after the rules "
        "prompted by reviews 18 and 19, "
        "15 after the vocabulary fill; written blind (Nordic, Baltic, Dutch, Croatian/Serbian, "
        "Swiss/Austrian, Persian, Egyptian, Filipino, Pakistani, Nigerian pages, US chains)",
    ),
    (
        "label_review22.yaml",
        0.975,
        "39 of 40 when last raised (injection words in other languages keep mg/mL); 38 after "
        "per-mL and per-g amounts of topical products also accepted their percentage, as "
        "DESIGN normalises them; 36 after the cross-sell, warning and class words in those "
        "scripts, "
        "menthol among a medicine's other ingredients, free-from lines, blends; 3 of the 4 left "
        "are only the strength convention, 20 mg/g printed where 2% is given); "
        "20 of 40 at first on dbdf1eb and still 20 after the folding of non-Latin scripts and the "
        "rules prompted by review 20 (names now found, but cross-sells and type words in those "
        "scripts missed), written blind (Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil, "
        "Thai, Georgian, Armenian, Amharic, Greek, Ukrainian, Russian, Japanese, Korean, Chinese, "
        "Vietnamese pages; Latin America, Eastern Europe, Turkey, Indonesia, Africa, Caribbean)",
    ),
    (
        "label_review23.yaml",
        0.925,
        "37 of 40 when last raised (the rules prompted by review 27); "
        "35 before (the Ketozol case given the 'also: 2%' its note states); "
        "34 after the registry class words, a dosage-form field, an element's row "
        "under its salt, a distilled oil's own page, a serum named on the first line, advice's "
        "bounds; 4 of the 6 left are "
        "annotations this text cannot give: an SmPC's and an Indian page's unstated class, "
        "an inactive read as an active, 2% not among a 20 mg/g case's accepted spellings); "
        "24 of 40 at first on 0c4d96d (23 before 'UI' was also accepted as 'IU'); real label "
        "texts from stored public pages (DailyMed, UK SmPCs and MHRA, Israeli, Singapore, "
        "Australian and Polish records, Indian, Jamaican and Korean shops, FDA 510(k) summaries), "
        "annotated blind",
    ),
    (
        "label_review24.yaml",
        0.875,
        "35 of 40 when last raised (a mineral's tablet on a page that says supplements); "
        "34 before (a page opening on a name and a dash's gloss); "
        "33 before (two cases also given the same amount in mg); "
        "31 after the rules it prompted (a stated legal class or its sign, a medicine named so or by "
        "its page's dosage heading, a title's or a dosage form's strength, an amount in words, "
        "a first strength of several); "
        "19 of 40 at first on 6f953ab; real label texts from stored public pages outside the US "
        "(UK, Irish, French, Polish, Austrian, Georgian, Armenian, Ukrainian, Turkish, Qatari, "
        "Korean, Indian, Bangladeshi and Canadian pharmacies, shops and records), annotated blind",
    ),
    (
        "label_review25.yaml",
        0.875,
        "35 of 40 when last raised (a blend the label says it lacks, a serving heading "
        "repeated in each nutrient's card); "
        "33 before ('30 milligrams' also given as '30 mg'); "
        "32 after the rules it prompted (a boxed warning, an injection's mass per mL, US prescribing "
        "information's sections, a shop's supplement and ingredient-list words, an INCI "
        "rosemary leaf that is no oil); "
        "23 of 40 at first on 6f953ab; real label texts from stored US public pages (DailyMed "
        "and drug-label sites, supplement and cosmetic pages, FDA 510(k) summaries), annotated "
        "blind",
    ),
    (
        "label_review26.yaml",
        0.925,
        "37 of 40 when last raised (a leaflet that states no class, of medicines only a doctor "
        "gives, read as prescription: an HSA record's); 36 after the rules it prompted (a registry's prescription-type "
        "field, film-coated tablets in Czech, Slovak, Polish and Portuguese, a leaflet's own "
        "medicine wording, a Russian intake column, South Africa's health supplement, a "
        "tablet that provides; a Chinese list's water and menthol, a botanical word no "
        "misspelt brand, a related-documents list, a molecule's kin, a threshold, advice, a "
        "blend's amount, a co-therapy's amount, a titled choice of strengths; the 3 left are "
        "annotations this text cannot give or that other sets contradict: a film-coated "
        "tablet's class and '22.50 mg' for the 22.5 mg read, two "
        "Drug Facts inactive lists whose filed ingredients review 3 expects unlisted); "
        "18 of 40 with the unit-spelling amendments; 17 of 40 at first on 952e8c4; real label "
        "texts from stored public pages (Polish, Czech, Slovak, Maltese, Ukrainian, Kazakh, "
        "Brazilian, Indian, Bangladeshi, Philippine, Singaporean, Australian, Canadian, Irish, UK, "
        "South African and Chinese-language pages; US Drug Facts, prescribing labels, 510(k)s), "
        "annotated blind",
    ),
    (
        "label_review27.yaml",
        0.95,
        "38 of 40 when last raised (the UK SmPC's '2% w/w' also given as '2%', as the header's "
        "amendment says); 36 after the rules it prompted (a UK leaflet's 'available "
        "without prescription', an Australian schedule field, SPL section names, 'is indicated "
        "for the treatment of', a proprietary blend's class; a one-name field's composition "
        "ending at a blank line, an amount 'of' another substance, an article's reference "
        "numbers, a page that defines its one ingredient, carbonyl iron); the 3 left are "
        "annotations other sets contradict: two Drug Facts inactive lists whose filed "
        "ingredients review 3 expects unlisted, a mineral with no class stated that review 19 "
        "keeps unknown; "
        "29 of 40 at first on 1aecdfc and still 29 after the rules for review 26; real label texts "
        "from stored public pages in English (US, UK, Australian, Indian and South African Drug "
        "Facts, leaflets, SmPCs, ARTG listings, shops and 510(k)s), annotated blind",
    ),
    (
        "label_review28.yaml",
        0.875,
        "35 of 40 when last raised (the rules it prompted: the class a page's own pharmacy or "
        "registry words show, in Finnish, Czech, Polish, Italian, Portuguese, German, Chinese, "
        "Japanese and US patient information, a Canadian product monograph, an indications "
        "heading; a percent of a change, an intake or a salt, a dose choice, a study's or a "
        "Chinese leaflet's dose in 1 ml or per-bottle amount, a run-on 'dosage forms and "
        "strengths' heading, a specification field, a bracketed equivalent before a name, a "
        "fuzzy near miss in a sentence); the 5 left: a Q&A with no class sign, a blog's "
        "'Vitamins A, C, D', an article with no amount or class, a brand-only record, a "
        "cosmetic's blend; "
        "15 of 40 at first on 8937adb and still 15 after the rules for review 27; real label texts "
        "from stored public pages (29 outside the US: Portuguese, Brazilian, Finnish, Czech, "
        "Italian, Chinese, Polish, Swiss, Saudi, Australian, Canadian, Belgian, Japanese, "
        "Bangladeshi, Kenyan, Turkish, South African and UK pages; US Drug Facts and labels), "
        "annotated blind",
    ),
    (
        "label_review29.yaml",
        0.925,
        "37 of 40 when last raised (a sentence saying what the product is made of; before, 36: a Latvian, Lithuanian or Estonian dispensing field, Russian "
        "and Ukrainian indications, an EU leaflet's sentence over its heading, a Canadian "
        "monograph's heading, a corticosteroid class line, a doctor's prescription, a drug page's "
        "headings, an herbal capsule's plant fields, a liquid's spoon, a shampoo in other "
        "scripts, text run together, an oil's fatty acids, a plant's constituents, a generic "
        "name's sentence, Hindi and Bengali herb names); the 4 left: an Ayurvedic oil's page "
        "with no class sign, an ingredient-card page's keratin and supplementation, a range "
        "article's 'contains ingredients like aminexil', Drug Facts' inactive panthenol (the "
        "conventions conflict between sets); "
        "19 of 40 at first on 30686a8 and still 19 after the rules for review 28; real label texts "
        "from stored public pages (26 outside the US: Ukrainian, Portuguese, Latvian, Indian, "
        "Bangladeshi, Pakistani, Lithuanian, Canadian, Philippine, Italian, Korean, Chinese, "
        "Australian and South African pages; US Drug Facts, labels and 510(k)s), annotated blind",
    ),
    (
        "label_review30.yaml",
        0.975,
        "39 of 40 when last raised (a 'non-prescription drug', an EU traditional herbal "
        "medicine, a Hungarian SmPC, 'only with a prescription', an EU leaflet's headings, a drug "
        "information leaflet, China's newer cosmetic filing numbers, a Canadian natural health "
        "product under a shop's heading, a mineral's own page, a Korean registry's amounts "
        "table, a reference intake, a title over a leaflet for two strengths, IU in brackets "
        "first, a herbal extract's amount, a trial's doses, one tablet's mass, a Japanese "
        "comparison); the 1 left: an Indian document's capsule with no class sign and an amount "
        "broken over a line; "
        "24 of 40 at first on 2778cd6; real label texts from stored public pages (29 outside the "
        "US: Japanese, Korean, Chinese, Hungarian, Polish, Brazilian, Bulgarian, Indian, Irish, "
        "Singaporean, Canadian, Russian, Australian and UK pages; US Drug Facts, supplement "
        "panels and 510(k)s), annotated blind",
    ),
    (
        "label_review31.yaml",
        0.9,
        "36 of 40 when last raised (the rules for review 33); 35 of 40 before (an SmPC's or leaflet's section headings in many languages, "
        "Japan's patient sheet, the EU's 'subject to medical prescription', a cosmetic named on "
        "the first line, an empty active-ingredient heading; two '% w/w' strengths also as '%', "
        "as the header's amendment says); the 5 left: a tar shampoo typed prescription, a "
        "Turkish '%2' title over '1,2 g' per 60 ml, a German SmPC's column shifted by one line, "
        "a brand name read as keratin and a named complex's biotin; "
        "30 of 40 at first on ac081c4 and still 30 after the rules for review 30; real label "
        "texts from stored public pages (at least 30 outside the US: Korean, Japanese, Chinese, "
        "Singaporean, German, Hong Kong, Swiss, Turkish, Brazilian, UK, Thai, Canadian, Irish, "
        "Australian ARTG, Bangladeshi and Russian pages; US DailyMed labels and 510(k)s), "
        "annotated blind",
    ),
    (
        "label_review32.yaml",
        0.625,
        "25 of 40 when last raised (a collapsed active-ingredient heading gives no composition, "
        "written from other pages, 2026-11-30); 21 of 40 at first on 701bd6f (20 on ac081c4, before the rules for reviews 30 and 31); "
        "real label texts from stored public pages (about 24 outside the US: Japanese, "
        "Malaysian, Indian, Bangladeshi, Israeli, UK, Turkish, German, French, Italian, "
        "Portuguese, Brazilian, Canadian, Australian and South African pages; US DailyMed, NDC "
        "and 510(k) pages, shops and blogs), annotated blind",
    ),
    (
        "label_review33.yaml",
        0.95,
        "38 of 40 when last raised; 23 of 40 at first on 0c51404 and on ac75a49; real label texts from stored public "
        "pages (35 in English: US DailyMed and label mirrors, UK, Canadian, Australian, New "
        "Zealand, Indian, South African, Hong Kong and South-East Asian pharmacies, shops, "
        "brand pages, INCI databases and 510(k) summaries; German, Romanian, Spanish and "
        "Chinese pages), annotated blind",
    ),
    (
        "label_review34.yaml",
        0.825,
        "33 of 40 when last raised; 23 of 40 at first on f5194e4 (and on 0c51404), still 23 after the rules for review 33; real label texts from stored public "
        "pages (31 in English: US, UK, Australian, Indian, Singapore and Saudi pharmacies, "
        "shops, brand and ingredient pages; German, Japanese, Swedish, Italian, Russian, "
        "Portuguese and Chinese ones), annotated blind",
    ),
    (
        "label_review35.yaml",
        0.6,
        "24 of 40 when last raised; 21 of 40 at first on 111ee23 (18 on 0c51404, before the rules for review 33); real "
        "label texts from stored public pages (38 in English: US, UK, Canadian, Australian, "
        "Indian, Maltese and Korean pages; one Spanish, one French), annotated blind",
    ),
    (
        "label_review36.yaml",
        0.775,
        "31 of 40 when last raised; 21 of 40 at first on 0c8f978 (20 on 0c51404, before the rules for reviews 33 and 34); "
        "real label texts from stored public pages (37 in English: US, UK, Australian, New "
        "Zealand, Indian, South African, Vietnamese and Middle Eastern pages; three German "
        "ones), annotated blind",
    ),
    (
        "label_review37.yaml",
        0.9,
        "36 of 40 when last raised; 24 of 40 at first on 4ea98d6 (23 on 0c51404, before the rules for reviews 33 to 36); "
        "real label texts from stored public pages (36 in English: US, UK, Canadian, Australian, "
        "Indian, Pakistani, Bangladeshi, Emirati and Thai pages; two Spanish, one Hindi, one "
        "Russian), annotated blind",
    ),
    (
        "label_review38.yaml",
        0.8,
        "32 of 40 when last raised; 25 of 40 at first: 24 on 11fd122, whose rule of efb649b left a 6% minoxidil spray "
        "unknown (25 on bb9df1c, before the rules for review 37), 25 once such a strength is "
        "read as prescribed; real label texts from stored public pages (36 in English; two "
        "German, one Korean, one Italian), annotated blind",
    ),
    (
        "label_review39.yaml",
        0.625,
        "25 of 40 when last raised; 15 of 40 at first on 28b9833 (also 15 on bb9df1c, before the rules for reviews 37 and 38); "
        "real label texts from stored public pages (37 in English: US, UK, Irish, Canadian, "
        "Australian, Indian, Nigerian, Saudi, Jordanian, Romanian, Malaysian pages; three Spanish), "
        "annotated blind",
    ),
    (
        "label_review40.yaml",
        0.675,
        "27 of 40 when last raised; 20 of 40 at first on b68e869 (also 20 on bb9df1c); 22 with the "
        "settling of an unstated type by the actives and the form, written from the earlier "
        "reviews without this one; real label texts from stored public pages (37 in English; two "
        "Japanese, one Korean), annotated blind",
    ),
    (
        "label_review41.yaml",
        0.675,
        "27 of 40 when last raised; 22 of 40 at first on 44d82cf (20 on bb9df1c, 21 on b68e869 before the unstated-type "
        "settling); real label texts from stored public pages, mostly Indian, US, UK and "
        "Canadian (36 in English, three German, one Spanish), annotated blind",
    ),
    (
        "label_review42.yaml",
        0.625,
        "25 of 40 when last raised; 22 of 40 at first on 088456f (21 on 611c216, before this session's type settling, and on "
        "bb9df1c); real label texts from stored public pages, 24 of them prescription medicines "
        "(30 in English; four German, three Portuguese, two French, one Spanish), annotated blind",
    ),
    (
        "label_review43.yaml",
        0.525,
        '21 of 40 when last raised (the scorer now reads "5% w/v" as DESIGN gives it, "5%"); 16 of 40 at '
        "first on c4f5946 (also 16 on 8ad6c59, before the herb-route settling); real "
        "label texts from stored public pages, many of them ingredient pages, brand blogs and "
        "explainers as the unused shop pages ran out (34 in English; two Portuguese, one "
        "Indonesian, one Japanese, two English leaflets on Slovak and Arabic pages), annotated blind",
    ),
    (
        "label_review44.yaml",
        0.675,
        "27 of 40 when last raised (a sentence saying what the product is made of); 26 with the "
        "scorer reading '5% w/v' as '5%' (e4cd59a); 25 of 40 at "
        "first on dcf8dda, as on 8ad6c59: this session's label rules did not reach it; "
        "real label texts from stored public pages: DailyMed and drug-database labels, pharmacy "
        "and marketplace listings, INCI pages, brand blogs, a 510(k) summary (35 in English; one "
        "each German, Czech, Spanish, Japanese and Korean), annotated blind",
    ),
    (
        "label_review45.yaml",
        0.7,
        "28 of 40 when last raised (the reading of a sentence that says what the product is made "
        "of, written without this review); 27 of 40 at first on 2a65788; real label texts from stored public pages, many of them "
        "shop blurbs, ingredient glossaries, blogs and drug-information pages that state no class "
        "(31 in English: Pakistani, Bangladeshi, Indian, Kenyan, Emirati, UK, US and Australian "
        "pages; five French, two Italian, one Spanish, one Ukrainian), annotated blind",
    ),
]


def _same_strength(a: str | None, b: str | None) -> bool:
    def norm(s: str | None) -> str:
        # The same unit however it is spelled: "500 µg", "500 mcg", "500 micrograms", "100
        # milligrams"; a percentage with or without its basis ("5% w/v" is "5%", as DESIGN's
        # label example gives it).
        text = (s or "").lower().replace(",", "").replace("µg", "mcg")
        text = text.replace("micrograms", "mcg").replace("microgram", "mcg")
        text = text.replace("milligrams", "mg").replace("milligram", "mg")
        text = "".join(PERCENT_BASIS.sub("%", text).split())
        # The same number however many trailing zeros it is printed with: DESIGN normalises
        # strengths ("22.50 mg" on a label is 22.5 mg), and the annotations keep the print.
        return DECIMAL.sub(lambda m: m.group().rstrip("0").rstrip("."), text)

    return norm(a) == norm(b)


DECIMAL = re.compile(r"\d+\.\d+")
PERCENT_BASIS = re.compile(r"%\s*(w/w|w/v|v/v)\b")


def _listed(also: str | list[str] | None) -> list[str | None]:
    """A case's other accepted spellings of a strength: one, a list or none."""
    return also if isinstance(also, list) else [also]


def agrees(case: dict) -> bool:  # type: ignore[type-arg]
    result = analyze_label(case["text"], index_for(KB))
    types = case["type"] if isinstance(case["type"], list) else [case["type"]]
    got = {a.ingredient: a.strength for a in result.actives}
    want = {a["ingredient"]: (a.get("strength"), *_listed(a.get("also"))) for a in case["actives"]}
    return (
        result.product_type in types
        and got.keys() == want.keys()
        and all(
            any(_same_strength(got[k], w) for w in want[k] if w) or got[k] == want[k][0]
            for k in want
        )
        and result.proprietary_blend == case["blend"]
    )


@pytest.mark.parametrize(("name", "ratchet", "history"), REVIEWS)
def test_label_review_agreement_holds_its_ratchet(
    capsys, name: str, ratchet: float, history: str
) -> None:  # type: ignore[no-untyped-def]
    cases = yaml.safe_load((Path(__file__).parent / name).read_text())
    right = [c["id"] for c in cases if agrees(c)]
    with capsys.disabled():
        print(f"\nlabel analyser blind review {name}: {len(right)}/{len(cases)} ({history})")
    assert len(cases) == 40
    assert len(right) / len(cases) >= ratchet
