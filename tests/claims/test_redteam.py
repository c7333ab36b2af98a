"""Claims from fifty-six separate blind reviews (redteam.yaml to redteam56.yaml): the share
graded as the reviewer did, held at ratchets that only go up as rules improve."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from anagen.claims.engine import check_claims
from tests.claims.checking import KB

CASES = yaml.safe_load((Path(__file__).parent / "redteam.yaml").read_text())
RATCHET = 0.8625  # 69 of 80 when last raised; the first blind score was 37 of 80


def _agrees(case: dict) -> bool:  # type: ignore[type-arg]
    findings = check_claims(case["text"], KB).findings
    if case["verdict"] == "none":
        return not findings
    same = [f for f in findings if f.kind == case["kind"]]
    return bool(findings) and (same or list(findings))[0].verdict == case["verdict"]


def test_the_review_set_is_whole() -> None:
    assert len(CASES) == 80
    assert {c["verdict"] for c in CASES} >= {"supported", "false", "misleading", "unsupported"}


def test_review_agreement_holds_its_ratchet(capsys) -> None:  # type: ignore[no-untyped-def]
    right = sum(_agrees(c) for c in CASES)
    with capsys.disabled():
        print(f"\nclaim checker blind-review agreement: {right}/{len(CASES)}")
    assert right / len(CASES) >= RATCHET


def _agrees_in_paragraph(case: dict) -> bool:  # type: ignore[type-arg]
    """A sentence graded as part of its paragraph, when it has one: the findings quoting it."""
    text = case.get("paragraph") or case["text"]
    sentence = " ".join(case["text"].split())
    findings = [
        f
        for f in check_claims(text, KB).findings
        if " ".join(f.quote.split()) in sentence or sentence in " ".join(f.quote.split())
    ]
    also = case.get("also", [])
    # one other verdict may be written alone ("also: misleading"), not as a list of letters
    allowed = {case["verdict"], *([also] if isinstance(also, str) else also)}
    if case["verdict"] == "none":
        return not findings
    same = [f for f in findings if f.kind == case["kind"]]
    return bool(findings) and (same or findings)[0].verdict in allowed


# (file, size, ratchet, when it was last raised and where it started). Each set is graded in
# its paragraphs; a ratchet only goes up.
LATER_REVIEWS = [
    ("redteam2.yaml", 60, 0.8666, "52 of 60 when last raised; 23 of 60 before any fix it prompted"),
    ("redteam3.yaml", 60, 0.9333, "56 of 60 when last raised; 35 of 60 before any fix it prompted"),
    ("redteam4.yaml", 60, 0.9166, "55 of 60 when last raised; 27 of 60 before any fix it prompted"),
    ("redteam5.yaml", 60, 0.9333, "56 of 60 when last raised; 31 of 60 by this scoring at first"),
    ("redteam6.yaml", 80, 0.9, "72 of 80 (six long pages) when last raised; 53 of 80 at first"),
    ("redteam7.yaml", 60, 0.9, "54 of 60 (safety wording) when last raised; 32 of 60 at first"),
    ("redteam8.yaml", 60, 0.9833, "59 of 60 (real ads) when last raised; 33 of 60 at first"),
    ("redteam9.yaml", 60, 0.9666, "58 of 60 (review sites) when last raised; 24 of 60 at first"),
    (
        "redteam10.yaml",
        40,
        0.925,
        "37 of 40 (a mix of pasted texts) when last raised; 25 of 40 at first",
    ),
    (
        "redteam11.yaml",
        60,
        0.8833,
        "53 of 60 (rankings, regions, confirmed harms) when last raised; 35 of 60 at first",
    ),
    ("redteam12.yaml", 40, 0.875, "35 of 40 (real ad wording) when last raised; 18 of 40 at first"),
    (
        "redteam13.yaml",
        40,
        0.975,
        "39 of 40 (pasted posts and pages) when last raised; 26 of 40 at first",
    ),
    (
        "redteam14.yaml",
        40,
        0.875,
        "35 of 40 (bullets, transcripts, press releases, FAQs) when last raised; 31 of 40 at first",
    ),
    (
        "redteam15.yaml",
        40,
        0.975,
        "39 of 40 (forum replies, clinic pages, newsletters) when last raised; 26 of 40 at first",
    ),
    (
        "redteam16.yaml",
        40,
        0.925,
        "37 of 40 (careful handouts, labels, translated ads, reviews) when last raised; 23 of 40 at first",
    ),
    (
        "redteam17.yaml",
        40,
        0.925,
        "37 of 40 (telehealth, forum, salon, lash serums, JAK news, translated ads) when last "
        "raised; 21 of 40 at first",
    ),
    (
        "redteam18.yaml",
        40,
        0.975,
        "39 of 40 (pharmacy pages, TikTok, podcast, PRP and exosome clinics, AA newsletter, "
        "parents' forum) when last raised; 23 of 40 at first",
    ),
    (
        "redteam19.yaml",
        40,
        0.9,
        "36 of 40 when last raised; 28 of 40 at first (barber and clinic messages, pharmacy "
        "chatbot, JAK blog, supplement "
        "study page, trichologist Q&A, news); written after the fixes for sets 17 and 18",
    ),
    (
        "redteam20.yaml",
        40,
        0.975,
        "39 of 40 when last raised; 25 of 40 at first on 8df6076 and still 25 after the fixes "
        "for set 19 (YouTube routine, "
        "PRP/exosome FAQ, pharmacy Q&A, finasteride-to-dutasteride thread, scalp ringworm blog, "
        "menopause forum, bodybuilding forum, supplement newsletter, lash serum)",
    ),
    (
        "redteam21.yaml",
        40,
        0.975,
        "39 of 40 when last raised; 26 of 40 at first on 73847ec, written blind after the fixes "
        "for sets 19 and 20 "
        "(telehealth landing page, clinic reviews and replies, sponsored gummy post, shampoo "
        "science page, Turkish transplant package, laser cap ad, ringworm parents' forum)",
    ),
    (
        "redteam22.yaml",
        40,
        0.95,
        "38 of 40 when last raised; 23 of 40 at first on ad7a5d4 and still 23 after the fixes "
        "for set 21, written blind "
        "(patient leaflet, mothers' and menopause group, TV shopping, herbal shop, marketplace "
        "Q&A, JAK news, oil guide, barber, clinic messages, translated ads, scarring-loss thread, "
        "braids blog, a teen's shedding post)",
    ),
    (
        "redteam23.yaml",
        40,
        0.975,
        "39 of 40 when last raised; 20 of 40 at first on 5b9eac6 and still 20 after the fixes "
        "for set 22, written blind "
        "(laser helmet crowdfunding, AA charity newsletter, school nurse, DHT-foods podcast, "
        "salon page, telehealth chat, pharmacy blog, doctor's thread, brand emails, reviews)",
    ),
    (
        "redteam24.yaml",
        40,
        0.85,
        "34 of 40 when last raised; 23 of 40 at first on 3928eb5 and still 23 after the fixes for set 23, written blind "
        "(bloodwork post, PCOS app article, transplant clinic chat, JAK inhibitor forum, "
        "postpartum blog, device press release, pharmacy captions, gym store, listicle, TikTok)",
    ),
    (
        "redteam25.yaml",
        40,
        0.95,
        "38 of 40 when last raised; 22 of 40 at first on 3928eb5 and still 22 after the fixes for set 23, written blind "
        "(radio phone-in, scarring FAQ, wig shop, subreddit thread, Spanglish ad, telehealth email)",
    ),
    (
        "redteam26.yaml",
        40,
        1.0,
        "40 of 40 when last raised (a development set since); 26 of 40 at first on dbdf1eb and still 26 after the rules for sets 24 and 25, written "
        "blind (JAK inhibitor news, children's hospital leaflet, menopause forum, transplant price "
        "page, podcast, pharmacist's WhatsApp broadcast, barber poster, YouTube, Amazon Q&A)",
    ),
    (
        "redteam27.yaml",
        40,
        0.9,
        "36 of 40 when last raised; 22 of 40 at first on 9e1fc9c, after the rules for set 26; real claims quoted from stored "
        "public pages (brand, clinic, telehealth, supplement and news pages, forums, blogs), "
        "graded blind",
    ),
    (
        "redteam28.yaml",
        40,
        0.725,
        "29 of 40 when last raised (English rules and claims in other languages, a symptom "
        "relieved is no fewer side effects); 19 of 40 at first on cd8b010; real claims quoted from stored public product pages "
        "(sellers only; 12 in Italian, German, French, Dutch or Spanish), graded blind",
    ),
    (
        "redteam29.yaml",
        40,
        0.725,
        "29 of 40 when last raised (English rules and claims in other languages); 11 of 40 at first on cd8b010; real claims quoted from stored public clinic, telehealth, "
        "news, blog and forum pages (12 in French, German, Italian, Portuguese or Turkish), "
        "graded blind",
    ),
    (
        "redteam30.yaml",
        40,
        0.825,
        "33 of 40 when last raised (27 after the English rules, 21 after the claims in ten more "
        "languages, each on its own; English rules: ongoing use naming no treatment, shedding at "
        "the start, an antifungal's action, what a clearance is, ages below an approval, 'the only' "
        "approved one, side effects as a whole under a bound, a combination's evidence); 16 of 40 "
        "at first on 0330a9a; real claims quoted from stored public product pages "
        "(sellers, marketplaces, ads; 14 in Spanish, Czech, Polish, Japanese, Turkish, German, "
        "Indonesian, Chinese, Arabic or Norwegian), graded blind",
    ),
    (
        "redteam31.yaml",
        40,
        0.65,
        "26 of 40 when last raised (a recovery on its own said in Polish; 25 before, 23 after the "
        "English rules, 14 after the claims in ten more "
        "languages, each on its own; English rules on what a condition causes and how lasting it is, "
        "the form of medicine it needs, and a change read as a sign a treatment works); "
        "12 of 40 at first on 0d0b68e; real claims quoted from stored public clinic, telehealth, "
        "news, blog and forum pages (19 in German, Polish, Indonesian, Japanese, Korean, Russian, "
        "Italian, Swedish or Norwegian; many about how a condition runs), graded blind",
    ),
    (
        "redteam32.yaml",
        40,
        0.9,
        "36 of 40 when last raised (an outright denial of trial evidence); 35 of 40 before (how common a condition is, against its record's figures); 34 of 40 before that (English rules: no cure for a lasting loss, home remedies, germs "
        "for an immune condition, harm 'rarely' caused, results at every age, a likened warning, "
        "an approval only for another use, a figure or head-to-head from another condition, a rise "
        "past 100%, 'these hormones', comparable results); "
        "22 of 40 when added (a range typeset with a dash); 21 of 40 at first on 1aecdfc and still "
        "21 after the rules for sets 30 and 31; real English claims quoted from stored public "
        "ad, listing, shop, clinic and social pages, graded blind",
    ),
    (
        "redteam33.yaml",
        40,
        0.6,
        "24 of 40 when last raised (19 after the wordings in other languages, 18 after the "
        "English rules, each on its own: gains kept only while used, a rough number marked '~' "
        "or 'approx.', a help that depends on a lack, a lack overstated as the cause, a share of "
        "a group described first); "
        "13 of 40 at first on 8937adb; real claims quoted from stored public seller, clinic, "
        "telehealth, news and blog pages (19 in German, French, Russian, Spanish, Japanese, "
        "Korean, Portuguese, Polish or Ukrainian), graded blind",
    ),
    (
        "redteam34.yaml",
        40,
        0.775,
        "31 of 40 when last raised (24 after the wordings in other languages, 23 after the "
        "English rules, each on its own: a lack overstated as the cause, pattern hair loss put "
        "down to a hormone's level, harm 'often' against its rate and 'prescription drugs', long "
        "use as proof of safety, a mechanism told as fact, one study's head-to-head); "
        "17 of 40 at first on 30686a8 and still 17 after the rules for sets 30 to 32 in other "
        "languages; real claims quoted from stored public seller, clinic, telehealth, news, blog "
        "and forum pages (24 in German, French, Italian, Polish, Czech, Russian, Ukrainian, "
        "Korean, Japanese, Vietnamese or Indonesian), graded blind",
    ),
    (
        "redteam35.yaml",
        40,
        0.5,
        "20 of 40 when last raised (foreign-language wordings built from other pages, 2026-11-30); 12 of 40 at first on ed6d80a and still 12 after all the rules "
        "for sets 32 to 34; "
        "real claims quoted from stored public seller, clinic, telehealth, news and blog pages "
        "(24 in 13 other languages), graded blind",
    ),
    (
        "redteam36.yaml",
        40,
        0.625,
        "25 of 40 when last raised; "
        "16 of 40 at first on 2778cd6 and still 16 after the rules for set 35; real claims "
        "quoted from stored public seller, clinic, telehealth, news and blog pages (21 in 12 "
        "other languages), graded blind",
    ),
    (
        "redteam37.yaml",
        40,
        0.725,
        "29 of 40 when last raised (English ad wordings built from other pages, 2026-11-30); "
        "20 of 40 at first on ac081c4 and still 20 after the rules for set 36; real claims "
        "quoted from stored public seller, clinic, telehealth, news, blog and forum pages (36 "
        "in English, 4 in Spanish, German or Arabic), graded blind",
    ),
    (
        "redteam38.yaml",
        40,
        0.6,
        "24 of 40 when last raised; 19 of 40 at first on 0c51404 and on 705c169; real claims quoted from stored public "
        "telehealth, seller, device-maker, clinic, affiliate and news pages (35 in English, 5 in "
        "Italian, Spanish, French or German), graded blind",
    ),
    (
        "redteam39.yaml",
        40,
        0.6,
        "24 of 40 when last raised; 15 of 40 at first on 0c51404 and on 705c169 (and after "
        "the rules for set 38); real claims quoted from stored public "
        "magazine, pharmacy-advice, trichologist, women's-health, children's, forum and Q&A pages "
        "(34 in English, 6 in German, Italian, Dutch or French), graded blind",
    ),
    (
        "redteam40.yaml",
        40,
        0.625,
        "25 of 40 when last raised; 14 of 40 at first on 254d4f4 (13 on 0c51404, before the rules for sets 38 and 39); "
        "real claims quoted from stored public telehealth, pharmacy, maker, device, supplement, "
        "clinic, affiliate and news pages (35 in English, 5 in Portuguese, German, Spanish or "
        "French), graded blind",
    ),
    (
        "redteam41.yaml",
        40,
        0.6,
        "24 of 40 when last raised; 16 of 40 at first on 254d4f4 (15 on 0c51404, before the rules for sets 38 and 39); "
        "real claims quoted from stored public magazine, news, wellness-blog, pharmacy, salon, "
        "women's-health, children's and forum pages (36 in English, 4 in Italian, Arabic, "
        "German or French), graded blind",
    ),
    (
        "redteam42.yaml",
        40,
        0.625,
        "25 of 40 when last raised (foreign-language wordings built from other pages, 2026-11-30); 17 of 40 at first on b9ed9d7 (and on 0c51404, before the rules for sets 38 to 41); "
        "real claims quoted from stored public telehealth, pharmacy, device, supplement, "
        "shampoo, serum and oil sellers', clinic and affiliate pages (35 in English, 5 in "
        "Spanish, German, Italian or Portuguese), graded blind",
    ),
    (
        "redteam43.yaml",
        40,
        0.5,
        "20 of 40 when last raised (foreign-language wordings built from other pages, 2026-11-30); 12 of 40 at first on b9ed9d7 (and on 0c51404, before the rules for sets 38 to 41); "
        "real claims quoted from stored public magazine, news, wellness and baby blog, pharmacy "
        "advice, salon, trichologist, women's and children's, forum and press-release pages (34 "
        "in English, 6 in Spanish, French or German), graded blind",
    ),
    (
        "redteam44.yaml",
        40,
        0.525,
        "21 of 40 when last raised; 16 of 40 at first on 3ac8cfb (15 on 0c51404, before the rules for sets 38 to 43); "
        "real claims quoted from stored public seller, telehealth, device, clinic, magazine, "
        "news, blog, pharmacy-advice, women's and children's and forum pages (36 in English, 4 "
        "in French, German or Spanish), graded blind",
    ),
    (
        "redteam45.yaml",
        40,
        0.6,
        "24 of 40 when last raised; 17 of 40 at first on bb9df1c (also 17 on 0c51404, before the rules for sets 38 to 44); "
        "real claims quoted from stored public telehealth, pharmacy, supplement, haircare, laser, "
        "PRP and transplant clinic, shop-policy, affiliate, forum and blog pages (38 in English, "
        "1 in French, 1 in Spanish), graded blind",
    ),
    (
        "redteam46.yaml",
        40,
        0.525,
        "21 of 40 when last raised; 11 of 40 at first on 025bef4 (also 11 on 0c51404, before the rules for sets 38 to 44); "
        "real claims quoted from stored public charity, Q&A, hospital library, news, magazine, "
        "podcast, insurer, clinic and trichology blog pages and 15 sellers' pages (34 in "
        "English, 2 each in German, French and Spanish), graded blind",
    ),
    (
        "redteam47.yaml",
        40,
        0.625,
        "25 of 40 when last raised; 19 of 40 at first on efb649b (also 19 on bb9df1c, before the "
        "rules for sets 45 and 46); real claims quoted from stored public clinic, pharmacy, "
        "telehealth, brand-shop, laser-maker and press-release pages and blogs (38 in English, 1 "
        "in German, 1 in Spanish), graded blind",
    ),
    (
        "redteam48.yaml",
        40,
        0.6,
        "24 of 40 when last raised; 16 of 40 at first on 56d5d22 (also 16 on bb9df1c, before the rules for sets 45 to 47); "
        "real claims quoted from stored public news, advice-column, health-information, Q&A, "
        "forum, podcast, pharmacy-advice, magazine and clinic-blog pages and 11 sellers' pages "
        "(34 in English, 3 in Spanish, 2 in German, 1 in Turkish), graded blind",
    ),
    (
        "redteam49.yaml",
        40,
        0.575,
        "23 of 40 when last raised; 16 of 40 at first on 7ce10d3 (also 16 on bb9df1c, before the "
        "rules for sets 45 to 48 and the conditions' prevalence figures); real claims quoted from "
        "stored public telehealth, pharmacy, device, haircare, clinic, news, magazine, blog, "
        "health-information and forum pages (34 in English, 2 in Spanish, 1 each in Portuguese, "
        "German, French and Italian), graded blind",
    ),
    (
        "redteam50.yaml",
        40,
        0.325,
        "13 of 40 when last raised; 10 of 40 at first on 611c216 (also 10 on bb9df1c); real claims quoted from stored "
        "public telehealth, online-pharmacy, clinic, supplement, shampoo and affiliate sellers' "
        "pages and news, magazine, blog, patient-education, Q&A and forum pages (36 in English, "
        "2 in German, 1 in Spanish, 1 in Indonesian), graded blind",
    ),
    (
        "redteam51.yaml",
        40,
        0.425,
        "17 of 40 when last raised; 16 of 40 at first on ea2a639 (also 16 on 611c216 and on bb9df1c: this session's "
        "cross-set condition-fact rules did not reach it); real claims quoted from stored public "
        "telehealth, pharmacy, clinic, supplement and hair-care sellers' pages and news, "
        "fact-checking, advice, blog and forum pages (36 in English, 2 in German, 1 in French, "
        "1 in Spanish), graded blind",
    ),
    (
        "redteam52.yaml",
        40,
        0.6,
        "24 of 40 when last raised (foreign-language and English ad wordings built from other pages, 2026-11-30); 18 of 40 at first on 86bfbd7 (also 18 on 611c216 and on bb9df1c); real claims quoted "
        "from stored public telehealth, pharmacy, clinic, supplement and shop pages and news, "
        "advice, blog and forum pages (35 in English, 3 in Spanish, 2 in German; only 3 false: "
        "the stored pages are running out of unused ones), graded blind",
    ),
    (
        "redteam53.yaml",
        40,
        0.5,
        "20 of 40 when last raised; 18 of 40 at first on fc19187, unchanged by the condition-definition rules written while it "
        "was kept from their writer (c4f5946); real ad claims: 30 of 40 quoted from stored public "
        "sellers', brands', clinics' and telehealth pages, 10 from editorial and advice pages (36 in "
        "English, 2 in Spanish, 1 in German, 1 in Italian), graded blind",
    ),
    (
        "redteam54.yaml",
        40,
        0.525,
        "21 of 40 when last raised (growth said as 'hair development', written after reading its "
        "misses); 20 of 40 at first on e4b69f4, as on 8ad6c59: none of this session's claim rules "
        "reached it; real ad claims: 30 of 40 from stored public sellers', brands', clinics' and "
        "telehealth pages, 9 of them pages used before for another claim (34 in English, 3 in "
        "German, 1 each in Spanish, French and Portuguese), graded blind",
    ),
    (
        "redteam55.yaml",
        40,
        0.5,
        "20 of 40 at first on 7d72dba (claims as on 2a65788); real ad claims: 30 of 40 from stored "
        "public telehealth, pharmacy, brand, shop, affiliate and clinic pages, 8 of them pages used "
        "before for another claim (37 in English, 1 each in German, Spanish and French), graded blind",
    ),
    (
        "redteam56.yaml",
        40,
        0.475,
        "19 of 40 at first on d9c7052, as on 2a65788 before this session's claim rules (foreign "
        "and English wordings built from other pages): none reached it; real ad claims: 30 of 40 "
        "from telehealth, pharmacy, shop and clinic pages, 19 of them pages used before for another "
        "claim (34 in English, 4 in German, 2 in Spanish), graded blind",
    ),
]


@pytest.mark.parametrize(("name", "size", "ratchet", "history"), LATER_REVIEWS)
def test_later_review_agreement_holds_its_ratchet(
    capsys, name: str, size: int, ratchet: float, history: str
) -> None:  # type: ignore[no-untyped-def]
    cases = yaml.safe_load((Path(__file__).parent / name).read_text())
    right = sum(_agrees_in_paragraph(c) for c in cases)
    with capsys.disabled():
        print(f"\nclaim checker blind review {name}: {right}/{len(cases)} ({history})")
    assert len(cases) == size
    assert right / len(cases) >= ratchet
