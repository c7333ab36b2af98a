"""Claim checker rules, one behaviour per table row: scope of negation and hedging, who a claim
is about, recorded comparisons, denials in the content, figures, and the exact prefilter."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anagen.claims.engine import check_claims
from anagen.claims.kinds import PATTERN_ORDER, find_kinds
from anagen.claims.name_index import entity_index
from anagen.claims.patterns import PATTERNS
from anagen.claims.prefilter import Prefilter
from anagen.knowledge.vocab import Route
from tests.claims.checking import KB, verdicts, verdicts_and_entities


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a negation reaches only its own clause
        (
            "No prescription needed: 5% minoxidil foam regrows hair in men.",
            "regrows_hair",
            "supported",
        ),
        # a true denial is graded as a denial
        ("Finasteride does not lower DHT; it boosts blood flow.", "lowers_dht", "false"),
        (
            "Biotin supplements don't regrow hair unless you are deficient.",
            "regrows_hair",
            "supported",
        ),
        ("Spironolactone will not raise your potassium levels.", "causes_side_effect", "false"),
        # the hedge belongs to its claim
        ("Pumpkin seed oil may help men grow more hair.", "regrows_hair", "unsupported"),
    ],
)
def test_negation_and_hedging_are_scoped_to_their_clause(
    text: str, kind: str, verdict: str
) -> None:
    assert verdicts(text).get(kind) == verdict, check_claims(text, KB).findings


@pytest.mark.parametrize(
    "text",
    [
        "Want thicker hair?",
        "If a laser is designed for hair growth, its output matters.",
        "Free returns within 30 days on every order.",
    ],
)
def test_questions_conditions_and_shop_terms_assert_nothing(text: str) -> None:
    assert verdicts(text) == {}


@pytest.mark.parametrize(
    ("text", "kind", "verdict", "entity"),
    [
        (
            "Unlike minoxidil, finasteride is a true DHT blocker.",
            "lowers_dht",
            "supported",
            "finasteride",
        ),
        (
            "Pumpkin seed oil blocks DHT just like finasteride.",
            "lowers_dht",
            "unsupported",
            "pumpkin-seed-oil",
        ),
        (
            "Oral minoxidil 5 mg works about as well as 5% minoxidil solution in men.",
            "as_good_as",
            "supported",
            "minoxidil-oral-low-dose",
        ),
        (
            "Micro-needling plus minoxidil grew more hair than minoxidil alone.",
            "better_than",
            "supported",
            "microneedling",
        ),
    ],
)
def test_the_claim_is_about_its_subject_not_what_it_is_compared_with(
    text: str, kind: str, verdict: str, entity: str
) -> None:
    found = [f for f in check_claims(text, KB).findings if f.kind == kind]
    assert [(f.verdict, f.entity) for f in found] == [(verdict, entity)]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Dutasteride grows more hair than finasteride.", "supported"),
        ("Alfatradiol works as well as minoxidil for women.", "false"),
        ("Our caffeine tonic beats minoxidil.", "misleading"),  # only shown "not worse"
        ("Laser caps outrank 5% minoxidil.", "misleading"),  # low-quality evidence, said so
        ("Griseofulvin is less effective than terbinafine for Microsporum ringworm.", "false"),
        ("Topical finasteride lowers blood DHT as much as the tablet does.", "false"),
        ("Topical finasteride works about as well as the tablet.", "supported"),
        ("Microneedling on its own works better than minoxidil.", "false"),
    ],
)
def test_comparisons_follow_the_recorded_head_to_head_facts(text: str, verdict: str) -> None:
    found = {f.kind: f.verdict for f in check_claims(text, KB).findings}
    assert verdict in {found.get("better_than"), found.get("as_good_as")}, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Anthralin stimulates hair follicles directly.", "stimulates_follicles"),
        ("Clascoterone lowers DHT levels in the scalp.", "lowers_dht"),
        (
            "No need for pills: ketoconazole shampoo clears scalp ringworm by itself.",
            "cures_baldness",
        ),
        ("Scalp micropigmentation regrows hair in thinning areas.", "regrows_hair"),
        ("Hair transplants create brand-new follicles where you are bald.", "regrows_hair"),
    ],
)
def test_a_claim_the_content_itself_denies_is_false(text: str, kind: str) -> None:
    assert verdicts(text).get(kind) == "false"


def test_an_unrelated_not_in_the_content_is_no_denial() -> None:
    # the caffeine trial in women measured "shedding, not regrowth": about the study, not the drug
    assert verdicts("Caffeine shampoo regrows hair in women.")["regrows_hair"] != "false"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In a two-year study, 68% of men on finasteride had more hair on photos.", "supported"),
        (
            "Contact immunotherapy regrows some hair in about three in four people with patchy alopecia areata.",
            "supported",
        ),
        ("Pumpkin seed oil increased hair count by 40% in a clinical trial.", "misleading"),
        ("97% of users saw regrowth with our biotin complex.", "misleading"),
        ("90% of men regrow hair with saw palmetto.", "false"),
    ],
)
def test_success_rates_are_checked_against_recorded_trial_figures(text: str, verdict: str) -> None:
    assert verdicts(text)["percent_success"] == verdict


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        (
            "Once your hair has grown back you can stop minoxidil and keep the results.",
            "lasting_results",
            "false",
        ),
        ("Finasteride only works as long as you keep taking it.", "needs_ongoing_use", "supported"),
        ("Spironolactone is a safe hair-loss pill for men too.", "safe_for_group", "false"),
        ("FDA-cleared laser helmet, suitable for all skin types.", "suits_everyone", "false"),
        (
            "Ketoconazole 2% shampoo can cause more hair shedding than usual.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Unlike finasteride, saw palmetto has no sexual side effects.",
            "no_side_effects",
            "misleading",
        ),
        (
            "No serious side effects have been reported with microneedling.",
            "no_side_effects",
            "supported",
        ),
        (
            "100% natural, so it's completely safe: saw palmetto for hair.",
            "natural_safe",
            "misleading",
        ),
        ("Zinc is completely safe, even at 100 mg a day.", "natural_safe", "false"),
    ],
)
def test_safety_and_lasting_results_follow_recorded_facts(
    text: str, kind: str, verdict: str
) -> None:
    assert verdicts(text).get(kind) == verdict, check_claims(text, KB).findings


@pytest.mark.parametrize(
    ("context", "verdict"),
    [("device_cleared", "supported"), ("supplement", "false"), ("otc_drug", "misleading")],
)
def test_a_product_type_decides_an_unnamed_fda_cleared_badge(context: str, verdict: str) -> None:
    assert verdicts("FDA cleared.", context)["fda_cleared"] == verdict


FILTER = Prefilter([p.pattern for _, p in PATTERN_ORDER])
# Words the patterns are made of, so random text often comes close to a claim.
WORDS = sorted({w for pats in PATTERNS.values() for p in pats for w in re.findall(r"[a-z]{3,}", p)})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*WORDS, "DHT", "5%", "30", "the", "is", ",", "-", "Ä", "İ"]), max_size=25
    )
)
def test_the_prefilter_never_skips_a_pattern_that_matches(words: list[str]) -> None:
    text = " ".join(words)
    candidates = FILTER.candidates(text)
    for i, (_, pattern) in enumerate(PATTERN_ORDER):
        if pattern.search(text):
            assert i in candidates, pattern.pattern
    assert {m.kind for m in find_kinds(text)} <= set(PATTERNS)


def test_a_claim_with_its_subject_left_out_is_about_the_paragraphs_subject() -> None:
    text = "Our serum contains 5% minoxidil. Clinically proven to regrow hair in just 30 days."
    found = {f.kind: (f.verdict, f.entity) for f in check_claims(text, KB).findings}
    assert found["works_in_days"] == ("false", "minoxidil")
    # a sentence with a subject of its own, even one we do not know, does not inherit
    other = check_claims("Minoxidil is sold over the counter. Stress can cause shedding.", KB)
    assert [f.entity for f in other.findings if f.kind == "causes_side_effect"] == [""]


@pytest.mark.parametrize(
    ("frequency", "placebo", "population", "harm"),
    [
        ("12%", "4%", None, True),
        ("3%", "3.5%", None, False),
        (
            "about 166 in 1,000 men (risk ratio 1.01, 95% CI 0.77 to 1.31)",
            "164 in 1,000",
            None,
            False,
        ),
        ("about 250 in 1,000", "100 in 1,000", None, True),
        ("odds ratio 2.4 (95% CI 1.3 to 4.1)", None, None, True),
        ("odds ratio 1.2 (95% CI 0.8 to 1.9)", None, None, False),
        ("none found in 541 patients", None, None, False),
        ("minimal, and not significantly different from saline injections", None, None, False),
        ("45.5% (246 of 541 patients)", None, "no comparison group", True),
    ],
)
def test_a_side_effect_counts_as_a_harm_only_when_shown_more_often_than_without(
    frequency: str, placebo: str | None, population: str | None, harm: bool
) -> None:
    from anagen.claims.harms import caused
    from anagen.knowledge.schema import SideEffect

    effect = SideEffect(
        name="Some effect",
        seriousness="common",
        frequency=frequency,
        placebo_frequency=placebo,
        population=population,
        sources=["fda-label-propecia"],
    )
    assert caused(effect) is harm


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("It causes impotence in most men who take it.", 50.0),
        ("9 out of 10 men get erectile dysfunction.", 90.0),
        ("Itching in 40% of users.", 40.0),
        ("Nearly all users get headaches.", 90.0),
        ("It always causes shedding.", 100.0),
        ("It can cause shedding in some men.", None),
        ("Most hair loss is genetic.", None),
    ],
)
def test_the_share_of_people_a_harm_claim_names(sentence: str, share: float | None) -> None:
    from anagen.claims.figures import claimed_share

    assert claimed_share(sentence) == share


@pytest.mark.parametrize(
    ("name", "frequency", "population", "lasts"),
    [
        ("Sexual problems that continue after stopping", "Not known", None, True),
        ("More shedding for a few weeks after starting", None, None, False),
        ("Headache", "5%", "men in 12-month trials", None),
    ],
)
def test_whether_a_recorded_harm_lasts_after_stopping(
    name: str, frequency: str | None, population: str | None, lasts: bool | None
) -> None:
    from anagen.claims.harms import lasts as harm_lasts
    from anagen.knowledge.schema import SideEffect

    effect = SideEffect(
        name=name,
        seriousness="common",
        frequency=frequency,
        population=population,
        sources=["fda-label-propecia"],
    )
    assert harm_lasts(effect) is lasts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        (
            "Our formula combines 5% minoxidil with botanicals. Most users notice less "
            "shedding within 2 weeks.",
            "works_in_days",
            "false",
        ),
        (
            "Biotin is essential for healthy hair. Take two gummies daily for thicker hair.",
            "thickens_hair",
            "false",
        ),
        # a general sentence about hair loss is not about the product named before it
        ("Our serum contains 5% minoxidil. Hair loss affects millions of men.", None, None),
    ],
)
def test_users_and_directions_are_about_the_paragraphs_product(
    text: str, kind: str | None, verdict: str | None
) -> None:
    found = verdicts(text)
    if kind is None:
        assert "stops_hair_loss" not in found and "regrows_hair" not in found
    else:
        assert found[kind] == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("A laser comb added around 20 hairs per square centimetre over 26 weeks.", "supported"),
        ("Minoxidil 5% added 18 more hairs per cm2 than placebo at 48 weeks.", "supported"),
        ("Our laser cap adds 60 new hairs per cm2.", "false"),
    ],
)
def test_a_hair_count_gain_is_checked_against_the_recorded_gains(text: str, verdict: str) -> None:
    assert verdicts(text)["percent_success"] == verdict


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # everyday wordings of recorded harms
        ("Dutasteride can make a man's chest grow.", "causes_side_effect", "supported"),
        (
            "Kenalog injections may leave dips in the skin where they go in.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Spiro can leave you feeling light-headed when you stand.",
            "causes_side_effect",
            "supported",
        ),
        # a denied kind of side effect, scars, a boxed warning
        (
            "You won't get any sexual side effects with finasteride tablets.",
            "no_side_effects",
            "false",
        ),
        ("A hair transplant leaves no scars at all.", "no_side_effects", "false"),
        ("Olumiant carries no boxed warning.", "no_side_effects", "false"),
        ("PRP has zero risk of side effects.", "no_side_effects", "false"),
        # warnings against use in pregnancy are denials of safety, curly apostrophes too
        ("Spironolactone: don\u2019t take it while pregnant.", "safe_in_pregnancy", "supported"),
        ("Oral minoxidil is perfectly safe while breastfeeding.", "safe_in_pregnancy", "false"),
        # timelines in words and fortnights; approvals named by country
        ("Rosemary oil regrew my hair in nine weeks.", "works_in_days", "false"),
        ("Rosemary oil shows results within a fortnight.", "works_in_days", "false"),
        ("Litfulo is approved for teenagers in Europe.", "fda_approved", "supported"),
        (
            "Olumiant is a good option for teenagers with alopecia areata.",
            "safe_for_group",
            "false",
        ),
        # idiom comparisons: what is compared with is not the subject
        (
            "Pumpkin seed oil is nature's finasteride: it blocks DHT just like the drug.",
            "lowers_dht",
            "unsupported",
        ),
        # a count of endorsing doctors needs a survey
        ("7 out of 10 dermatologists recommend finasteride.", "doctor_recommended", "unsupported"),
        # a results headline in a product's paragraph is about that product
        ("HairMax laser comb. Visible results in 10 days!", "works_in_days", "false"),
        ("A hair transplant is a one-and-done fix.", "lasting_results", "false"),
        ("The FDA has cleared the iRestore laser helmet.", "fda_cleared", "supported"),
        # the agency named without its article
        ("Therefore, PRP is approved by FDA since 2009.", "fda_approved", "false"),
        ("Minoxidil is approved by US FDA for hair loss.", "fda_approved", "supported"),
        ("The iRestore laser is cleared by FDA.", "fda_cleared", "supported"),
        ("You don't need to stop Olumiant if you get pregnant.", "safe_in_pregnancy", "false"),
        ("Steroid injections never leave a mark.", "no_side_effects", "false"),
        # sale status by country, and what 'without a prescription' needs
        ("Olumiant is available on prescription across the EU.", "fda_approved", "supported"),
        (
            "Finasteride 1 mg is sold in US pharmacies without a prescription.",
            "fda_approved",
            "false",
        ),
        ("Cyproterone can be picked up at US pharmacies.", "fda_approved", "false"),
        # more wordings of harms, proof, groups and timelines
        ("Latanoprost drops can turn light eyes brown.", "causes_side_effect", "supported"),
        ("About one in six women feel dizzy on spironolactone.", "causes_side_effect", "supported"),
        ("Fluconazole is easy on the liver.", "no_side_effects", "false"),
        ("Ritlecitinib is for patients as young as 8.", "safe_for_group", "false"),
        (
            "Steroid creams are proven in randomised trials for scarring hair loss.",
            "clinically_proven",
            "misleading",
        ),
        (
            "Most men see new growth from finasteride within the first month.",
            "works_in_days",
            "false",
        ),
        # long pages: refund policies, wavelengths and harm timings are not promises
        ("Backed by our 90-day money-back guarantee.", None, None),
        ("Laser diodes operating at 650 nanometres.", None, None),
        ("Minoxidil can cause extra shedding in the first few weeks.", "works_in_days", None),
        # the trial it cites exists but is weak: misleading, as the sixth review graded it
        (
            "Rosemary oil worked as well as minoxidil in a head-to-head trial.",
            "as_good_as",
            "misleading",
        ),
        (
            "If you stop finasteride, the hair you gained is lost within a year.",
            "needs_ongoing_use",
            "supported",
        ),
        ("We prescribe finasteride for teenagers under 18.", "safe_for_group", "false"),
        ("Biotin is the best supplement for hair loss.", "better_than", "false"),
        # who may take it, in everyday words
        (
            "Spironolactone is totally fine for guys with a receding hairline.",
            "safe_for_group",
            "false",
        ),
        ("Dutasteride shouldn't be taken by women.", "safe_for_group", "supported"),
        ("Leqselvi is available across Europe.", "fda_approved", "false"),
        ("Finasteride won't affect your fertility.", "no_side_effects", "false"),
        # weak evidence quoted with its limit
        (
            "In one small study, ketoconazole shampoo grew hair about as well as 2% minoxidil.",
            "as_good_as",
            "supported",
        ),
    ],
)
def test_wordings_from_the_third_and_fourth_reviews(
    text: str, kind: str | None, verdict: str | None
) -> None:
    found = verdicts(text)
    if kind is None:
        assert not found, found
    else:
        assert found.get(kind) == verdict, found


def test_it_means_the_first_thing_named_before_not_the_one_that_makes_the_claim_true() -> None:
    # minoxidil is approved, microneedling is not: "it" is the subject of the sentence before
    text = "Microneedling is often paired with minoxidil. It is FDA approved for hair loss."
    assert verdicts_and_entities(text)["fda_approved"] == ("false", "microneedling")
    turned = "Minoxidil is often paired with microneedling. It is FDA approved for hair loss."
    assert verdicts_and_entities(turned)["fda_approved"] == ("supported", "minoxidil")


@pytest.mark.parametrize(
    ("text", "subject", "compared"),
    [
        (
            "Pumpkin seed oil lowers DHT as effectively as dutasteride.",
            "pumpkin-seed-oil",
            "dutasteride",
        ),
        ("Caffeine liquid matched 5% minoxidil for hair counts.", "caffeine-topical", "minoxidil"),
        ("Rosemary oil is a cheaper substitute for minoxidil.", "rosemary-oil", "minoxidil"),
        (
            "A finasteride spray gives gains comparable to finasteride tablets.",
            "finasteride-topical",
            "finasteride-oral",
        ),
    ],
)
def test_comparison_wordings_put_the_compared_treatment_aside(
    text: str, subject: str, compared: str
) -> None:
    found = entity_index(KB).find(text)
    assert [e.slug for e in found.subjects] == [subject]
    assert [e.slug for e in found.comparators][:1] == [compared]


@pytest.mark.parametrize(
    "text",
    [
        "In one trial caffeine liquid equalled 5% minoxidil.",
        "Rosemary oil works equally well for men.",
        "Saw palmetto gave results comparable to finasteride.",
        "Pumpkin seed oil is the natural swap for finasteride.",
        "It blocks DHT as effectively as dutasteride.",
    ],
)
def test_wordings_of_as_good_as(text: str) -> None:
    assert "as_good_as" in {m.kind for m in find_kinds(text)}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a weak trial the claim cites: true of that trial, too weak to carry the claim
        ("A trial found rosemary oil equalled minoxidil, and scalps itched less.", "misleading"),
        # no trial cited: the comparison is simply unsupported
        ("Rosemary oil is as good as minoxidil.", "unsupported"),
        # a phase 3 trial against the tablet, named with its scope
        ("A finasteride spray gives gains comparable to finasteride tablets.", "supported"),
        # pumpkin seed oil capsules were never compared with finasteride tablets
        ("Pumpkin seed oil capsules work equally well as finasteride tablets.", "misleading"),
    ],
)
def test_as_good_as_is_read_on_the_claims_own_clause(text: str, verdict: str) -> None:
    assert verdicts(text)["as_good_as"] == verdict, check_claims(text, KB).findings


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a cosmetic promise beyond the deficiency it corrects: nothing shows a benefit
        (
            "Zinc tablets thicken hair even when your zinc levels are normal.",
            "thickens_hair",
            "unsupported",
        ),
        # a supplement's promise to treat hair loss stays misleading (dev set)
        (
            "Vitamin D pills stop hair loss even if you are not deficient.",
            "stops_hair_loss",
            "misleading",
        ),
    ],
)
def test_a_promise_beyond_a_recorded_prerequisite_cites_it(
    text: str, kind: str, verdict: str
) -> None:
    found = [f for f in check_claims(text, KB).findings if f.kind == kind]
    assert [f.verdict for f in found] == [verdict]
    assert "deficiency" in found[0].explanation


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Against Trichophyton tonsurans, terbinafine cures more children than griseofulvin.",
            "supported",
        ),
        (
            "Terbinafine cures more children than griseofulvin when Microsporum is the cause.",
            "false",
        ),
    ],
)
def test_a_comparison_for_one_germ_is_judged_on_the_record_for_that_germ(
    text: str, verdict: str
) -> None:
    assert verdicts(text)["better_than"] == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Men on finasteride kept more hair than men given a dummy pill.",
        "Minoxidil users grew more hair than people using a placebo lotion.",
        "Laser helmets gave three times as many new hairs as sham helmets.",
    ],
)
def test_a_result_against_placebo_is_a_claim_that_it_works_not_a_comparison(text: str) -> None:
    found = verdicts_and_entities(text)
    assert "better_than" not in found
    assert found["regrows_hair"][0] == "supported", found


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        ("Women using minoxidil foam had more hair after a year.", "regrows_hair", "supported"),
        ("Use our finasteride and your crown is restored in 3 weeks.", "works_in_days", "false"),
        (
            "Laser caps cause only minor side effects, nothing serious.",
            "no_side_effects",
            "supported",
        ),
        ("Oral minoxidil causes only mild side effects.", "no_side_effects", "false"),
        (
            "Platelet rich plasma injections revive sleeping follicles.",
            "stimulates_follicles",
            "unsupported",
        ),
        ("Graft survival rates run from 85% to 93%.", "percent_success", "supported"),
        (
            "About 1-in-3 adults on baricitinib 4 mg regained most of their scalp hair.",
            "percent_success",
            "supported",
        ),
        (
            "Olumiant is the approved treatment for adults with severe alopecia areata.",
            "fda_approved",
            "supported",
        ),
        ("Griseofulvin clears scalp ringworm in a couple of days.", "works_in_days", "false"),
        ("FUE harvesting leaves no linear scar.", "no_side_effects", "supported"),
        ("FUT strip surgery leaves no linear scar.", "no_side_effects", "false"),
        ("FUE leaves no scars at all.", "no_side_effects", "false"),
        ("Moved grafts are permanent.", "lasting_results", "supported"),
        ("A hair transplant preserves your remaining hair.", "lasting_results", "false"),
        (
            "Adding microneedling to minoxidil gave three times the hair gains of minoxidil used alone.",
            "better_than",
            "supported",
        ),
        (
            "Doctors prescribe spironolactone off-label for female pattern hair loss.",
            "fda_approved",
            "supported",
        ),
        (
            "Topical minoxidil is only used off-label for women's hair loss.",
            "fda_approved",
            "false",
        ),
        ("My upper lip got hairier on oral minoxidil.", "causes_side_effect", "supported"),
        (
            "A lack of zinc is more frequent among people with telogen effluvium.",
            "deficiency_causes_loss",
            "supported",
        ),
        ("Finasteride treats all types of baldness.", "suits_everyone", "false"),
        (
            "Shedding after childbirth clears up on its own within three to six months.",
            "works_in_days",
            "supported",
        ),
        ("Theradome helmets are FDA cleared.", "fda_cleared", "supported"),
        ("The Kiierr 272 Premier is cleared by the FDA.", "fda_cleared", "supported"),
    ],
)
def test_wordings_from_the_eighth_review(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict, check_claims(text, KB).findings


def test_a_fold_a_times_a_dose_is_no_comparison() -> None:
    text = "Saw palmetto is well tolerated even at three times the usual dose."
    assert "better_than" not in verdicts(text)


def test_a_brand_that_also_sells_medicines_names_none_of_them() -> None:
    # Bosley sells minoxidil as well as laser caps
    assert not entity_index(KB).find("Bosley is FDA cleared.").subjects
    assert [e.slug for e in entity_index(KB).find("Capillus 272 Pro").subjects] == [
        "low-level-laser-therapy"
    ]


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        ("It's a myth that biotin regrows hair.", "regrows_hair", "supported"),
        ("Anyone who claims finasteride lowers DHT is wrong.", "lowers_dht", "false"),
        (
            "Sites that say the FDA approved PRP for hair loss are lying.",
            "fda_approved",
            "supported",
        ),
        ("There is no evidence that biotin regrows hair.", "regrows_hair", "supported"),
        ("A clearance does not mean that it works as well as minoxidil.", None, None),
    ],
)
def test_a_claim_the_sentence_rejects_is_read_as_denied(
    text: str, kind: str | None, verdict: str | None
) -> None:
    found = verdicts(text)
    if kind is None:
        assert "as_good_as" not in found, found
    else:
        assert found.get(kind) == verdict, found


def test_a_drawback_is_about_what_the_paragraph_is_about() -> None:
    text = "Oral minoxidil works well for me. The only drawback: my face got hairier."
    assert verdicts_and_entities(text)["causes_side_effect"] == (
        "supported",
        "minoxidil-oral-low-dose",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Free shipping, and the cap matches any outfit.",
        "Our serum works equally well on wet or dry hair.",
        "Thinning at the crown is nothing serious, says our stylist.",
        "Men who kept using it had more hair loss at the temples than at the crown.",
    ],
)
def test_comparison_and_harm_wordings_need_their_context(text: str) -> None:
    found = verdicts(text)
    assert not {"as_good_as", "no_side_effects", "regrows_hair"} & set(found), found


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # side effects compared between two named treatments: the recorded comparison decides
        (
            "Compared with finasteride, dutasteride has far fewer side effects.",
            "fewer_side_effects",
            "false",
        ),
        (
            "Oral minoxidil brings more headaches than the topical foam does.",
            "fewer_side_effects",
            "supported",
        ),
        (
            "Versus the scalp solution, minoxidil pills gave more facial hair.",
            "fewer_side_effects",
            "supported",
        ),
        (
            "Dutasteride tablets give a much higher hair count than finasteride tablets.",
            "better_than",
            "supported",
        ),
        # one medicine under two names at one strength
        (
            "Our minoxidil lotion holds the same 5% minoxidil as Regaine.",
            "as_good_as",
            "supported",
        ),
        # a combination: "teaming X with Y" against "Y alone"
        (
            "Teaming microneedling with minoxidil outperformed minoxidil alone in men.",
            "better_than",
            "supported",
        ),
        # the time in the claim's own wording, not an earlier one
        (
            "Telogen shedding a few weeks after a fever generally settles on its own within "
            "about six months.",
            "works_in_days",
            "supported",
        ),
        ("She said minoxidil foam regrew her crown in ten days.", "works_in_days", "false"),
        # pregnancy and fathering: claims of safety, and warnings (which the records back)
        (
            "Pregnant women can use saw palmetto capsules without a second thought.",
            "safe_in_pregnancy",
            "misleading",
        ),
        (
            "Ketoconazole shampoo requires no medical advice while breastfeeding.",
            "safe_in_pregnancy",
            "misleading",
        ),
        (
            "Anyone who is pregnant must never touch crushed finasteride tablets.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "If you're planning a pregnancy you must stop spironolactone beforehand.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "Men on griseofulvin need to wait half a year before conceiving.",
            "safe_in_pregnancy",
            "supported",
        ),
        (
            "You don't need to stop spironolactone if you get pregnant.",
            "safe_in_pregnancy",
            "false",
        ),
        # ages and sexes
        ("Dutasteride is okay for a 15-year-old boy.", "safe_for_group", "false"),
        ("Rogaine foam is sold for adults only.", "safe_for_group", "supported"),
        ("Litfulo is approved from age 12.", "fda_approved", "supported"),
        ("Baricitinib is approved for men and women.", "fda_approved", "supported"),
        # more wordings
        ("Minoxidil mops up DHT in the scalp.", "lowers_dht", "false"),
        ("Laser caps cover every skin tone.", "suits_everyone", "false"),
        ("Spironolactone has solid evidence for women.", "clinically_proven", "misleading"),
        ("Rosemary oil brought his hair back.", "regrows_hair", "misleading"),
        (
            "Because the oils are herbal, none of them has side effects.",
            "no_side_effects",
            "misleading",
        ),
        (
            "Minoxidil foam is great. If you stop, the results will remain.",
            "lasting_results",
            "false",
        ),
        ("In the trial, hair density rose 30% on rosemary oil.", "percent_success", "misleading"),
        (
            "The 5% solution regrows much more hair in women than the 2% solution.",
            "better_than",
            "false",
        ),
    ],
)
def test_wordings_from_the_ninth_review(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict, check_claims(text, KB).findings


@pytest.mark.parametrize(
    "text",
    [
        "We reviewed 30 hair growth brands over eight months of testing.",
        "Our tonic is stocked next to Men's Rogaine Extra Strength at the chemist.",
        "Each tablet is equivalent to 5 mg of finasteride.",
        "The helmet was cleared as substantially equivalent to an older laser cap.",
        "None of these oils has strong evidence behind it.",
    ],
)
def test_a_shelf_a_test_period_a_brand_name_and_a_dose_are_no_claims(text: str) -> None:
    found = verdicts(text)
    claims = {"regrows_hair", "works_in_days", "prescription_strength", "as_good_as"}
    assert not {*claims, "clinically_proven"} & set(found), found


def test_the_thing_something_is_the_equivalent_of_is_a_comparator() -> None:
    found = entity_index(KB).find("Saw palmetto, the herbal equivalent of finasteride.")
    assert [e.slug for e in found.subjects] == ["saw-palmetto"]
    assert [e.slug for e in found.comparators] == ["finasteride"]


def test_an_opening_comparison_names_a_form_and_gives_none_to_the_subject() -> None:
    found = entity_index(KB).find("Compared with the lotion, minoxidil pills itch less.")
    assert [e.route for e in found.subjects] == [Route.ORAL]
    assert found.compared_routes == (Route.TOPICAL,)


def test_a_sentence_without_a_subject_takes_subjects_not_comparators() -> None:
    text = (
        "Our gummies are the natural equivalent of finasteride, with biotin. "
        "Hair fall typically slows by the third week."
    )
    entities = {f.entity for f in check_claims(text, KB).findings if "third week" in f.quote}
    assert entities and "finasteride" not in entities


def test_those_taking_it_are_the_people_on_what_the_paragraph_is_about() -> None:
    text = (
        "Baricitinib was tested in adults with severe patchy loss. "
        "About a third of those taking 4 mg regrew most of their scalp hair."
    )
    assert verdicts_and_entities(text)["percent_success"] == ("supported", "baricitinib")


def test_all_of_these_products_means_everything_the_paragraph_named() -> None:
    text = (
        "Our top three: rosemary oil for the scalp. Pumpkin seed oil capsules for men. "
        "Biotin gummies for nails. All of these products are completely harmless."
    )
    assert verdicts_and_entities(text)["natural_safe"] == ("misleading", "rosemary-oil")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # tests the record asks for, by what they look for
        ("Doctors test you for hepatitis before you start ritlecitinib.", "supported"),
        ("You won't need a TB test before baricitinib.", "false"),
        ("Spironolactone needs a liver test before starting.", "unsupported"),
        # food, as the record has it
        ("Take griseofulvin with a fatty meal.", "supported"),
        ("Finasteride must be swallowed on an empty stomach.", "false"),
        # how often, where the record rules a frequency out
        ("Methotrexate is a once-daily pill.", "false"),
        ("Methotrexate is taken once a week.", "supported"),
        # more of it is no faster, by the label
        ("Applying minoxidil more often makes it work faster.", "false"),
        # interactions named by class
        ("Taking naproxen together with methotrexate is dangerous.", "supported"),
        ("Griseofulvin can make the pill less reliable.", "supported"),
    ],
)
def test_usage_claims_are_read_against_the_recorded_usage(text: str, verdict: str) -> None:
    assert verdicts(text).get("usage") == verdict, check_claims(text, KB).findings


@pytest.mark.parametrize(
    "text",
    [
        "Take our biotin gummies with food.",  # nothing recorded on food: nothing to check
        "Massage the drops into a dry scalp each evening.",  # directions, no harm named
    ],
)
def test_directions_the_record_cannot_check_make_no_finding(text: str) -> None:
    assert check_claims(text, KB).findings == ()


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Dutasteride caused erection problems far more often than placebo did.", "supported"),
        ("Spironolactone gives women breast pain much more often than a placebo.", "false"),
        (
            "On the finasteride spray, sexual side effects were no more common than on placebo.",
            "supported",
        ),
    ],
)
def test_a_harm_set_against_placebo_is_graded_by_both_recorded_rates(
    text: str, verdict: str
) -> None:
    assert verdicts(text).get("causes_side_effect") == verdict, check_claims(text, KB).findings


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("People with heart disease should avoid oral minoxidil.", "supported"),  # avoid
        ("Men with depression must not take finasteride.", "misleading"),  # only a caution
        ("Spironolactone is an ideal tablet for men.", "false"),
    ],
)
def test_a_ban_on_a_group_is_read_against_its_contraindications(text: str, verdict: str) -> None:
    assert verdicts(text).get("safe_for_group") == verdict, check_claims(text, KB).findings


def test_a_ban_naming_no_known_group_is_not_checked() -> None:
    assert "safe_for_group" not in verdicts("Finasteride users should avoid grapefruit.")


def test_a_device_the_record_says_is_not_cleared_for_hair_loss() -> None:
    text = "Microneedling rollers are FDA cleared to regrow hair."
    assert verdicts(text)["fda_cleared"] == "false"


def test_switching_from_one_medicine_to_another_makes_the_second_the_subject() -> None:
    text = "I moved from minoxidil to dutasteride last year. It is FDA approved for hair loss."
    assert verdicts_and_entities(text)["fda_approved"] == ("false", "dutasteride")


def test_an_imperative_promise_in_a_list_is_about_what_the_list_named() -> None:
    text = "5% minoxidil foam regrows hair in men.\n- SPEEDY: see thicker hair within 7 days."
    assert verdicts_and_entities(text)["works_in_days"] == ("false", "minoxidil")


@pytest.mark.parametrize(
    "text",
    [
        "Our laser cap is guaranteed to keep your hair loss from ever coming back.",
        "Works in 100% of customers, guaranteed.",
    ],
)
def test_a_guarantee_for_good_or_for_everyone_is_false(text: str) -> None:
    found = verdicts(text)
    assert found["guaranteed_results"] == "false" and "regrows_hair" not in found


def test_a_medicine_said_to_be_needed_no_more_is_not_the_subject() -> None:
    found = entity_index(KB).find("After surgery you will not need to take minoxidil.")
    assert not found.subjects and [e.slug for e in found.comparators] == ["minoxidil"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the moved hairs last; the rest is only implied to, or said to be, kept
        ("After an FUE transplant you will never need minoxidil afterwards.", "misleading"),
        ("A transplant shields the hair around the new grafts for life.", "false"),
    ],
)
def test_what_a_transplant_keeps_is_the_moved_hair_only(text: str, verdict: str) -> None:
    assert verdicts(text).get("lasting_results") == verdict, check_claims(text, KB).findings


def test_a_denied_cure_is_graded_only_against_a_recorded_fact() -> None:
    # the record says shampoo alone cannot cure scalp ringworm: a true denial
    assert verdicts("Ketoconazole shampoo by itself will not clear tinea capitis.") == {
        "cures_baldness": "supported"
    }
    # nothing to set a general denial against: no finding
    assert check_claims("Finasteride will not cure baldness.", KB).findings == ()


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Minoxidil foam works just as well for women as for men.", "supported"),  # A and A
        ("Laser combs work as well for women as for men.", "supported"),  # B and B
        # A in men, and no better than placebo in trials in women
        ("Finasteride pills work about as well in women as in men.", "false"),
    ],
)
def test_one_treatment_compared_between_women_and_men(text: str, verdict: str) -> None:
    assert verdicts(text).get("as_good_as") == verdict, check_claims(text, KB).findings


def test_a_drug_class_means_each_treatment_the_records_put_in_it() -> None:
    found = check_claims("JAK inhibitors are free of side effects.", KB).findings
    assert [(f.kind, f.verdict) for f in found] == [("no_side_effects", "false")]
    assert found[0].entity in {"baricitinib", "deuruxolitinib", "ritlecitinib", "tofacitinib"}


def test_a_country_named_by_its_people_is_that_country() -> None:
    text = (
        "Dutasteride is not just for the prostate: Korean authorities approved it for balding men."
    )
    assert verdicts_and_entities(text)["fda_approved"] == ("supported", "dutasteride")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a warning to men, read against the record's rule for fathering a child
        ("Men shouldn't father a child while taking griseofulvin.", "supported"),
        # naming men and women, "while pregnant" is about the women, whom the label warns it
        # may harm
        ("Minoxidil foam, for men and women, is safe to use while pregnant.", "false"),
        # a caution that only asks them to see a doctor first
        ("Ketoconazole shampoo, for men and women, is safe to use while pregnant.", "misleading"),
    ],
)
def test_pregnancy_claims_about_fathers_and_mothers(text: str, verdict: str) -> None:
    assert verdicts(text).get("safe_in_pregnancy") == verdict, check_claims(text, KB).findings


@pytest.mark.parametrize(
    "text",
    [
        "Once you quit minoxidil, the new hair slowly fades away.",
        "Finasteride has to be taken long term.",
    ],
)
def test_gains_that_fade_after_stopping_mean_ongoing_use(text: str) -> None:
    assert verdicts(text).get("needs_ongoing_use") == "supported", check_claims(text, KB).findings


def test_fading_with_no_word_of_stopping_is_no_claim_of_ongoing_use() -> None:
    assert "needs_ongoing_use" not in verdicts("With minoxidil the redness fades in a day.")


def test_a_prescription_medicine_claimed_over_the_counter_where_no_decision_is_recorded() -> None:
    text = "You can pick up spironolactone over the counter in any UK chemist."
    assert verdicts_and_entities(text)["fda_approved"] == ("false", "spironolactone")


def test_added_more_hair_than_is_a_result_not_an_add_on() -> None:
    text = "In one trial dutasteride added more hair than finasteride did."
    assert verdicts(text)["better_than"] == "supported"


def test_hair_that_returns_is_regrowth() -> None:
    assert "regrows_hair" in verdicts("With ritlecitinib many adults see hair return.")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a ranking the record states in grade B evidence
        ("In a network meta-analysis, microneedling with minoxidil took first place.", "supported"),
        # a ranking recorded only beside a contradicting result
        ("PRP injections ranked first for men in one network meta-analysis.", "misleading"),
    ],
)
def test_a_first_place_ranking_is_checked_against_the_recorded_one(text: str, verdict: str) -> None:
    assert verdicts(text)["better_than"] == verdict


def test_more_than_half_of_the_scalp_is_a_quantity_not_a_comparator() -> None:
    text = "For more than half of the scalp, DPCP came out on top in a network meta-analysis."
    assert verdicts_and_entities(text)["better_than"] == ("supported", "diphencyprone")


def test_an_approval_claimed_in_two_regions_needs_both() -> None:
    text = "Deuruxolitinib tablets are approved in the United States and Europe."
    assert verdicts(text)["fda_approved"] == "false"
    one = "Deuruxolitinib tablets are approved in the United States."
    assert verdicts(one)["fda_approved"] == "supported"


def test_a_harm_a_regulator_confirmed_is_no_overstatement() -> None:
    text = "Suicidal thoughts are a confirmed side effect of finasteride."
    assert verdicts(text)["causes_side_effect"] == "supported"
    assert verdicts("Finasteride is proven to cause depression.")["causes_side_effect"] == "false"


def test_a_denied_change_of_skin_colour_is_checked_against_the_recorded_harm() -> None:
    text = "Contact immunotherapy never changes the colour of the skin."
    assert verdicts(text)["causes_side_effect"] == "false"


def test_a_side_effect_denied_outright_is_not_read_as_one_caused() -> None:
    assert "causes_side_effect" not in verdicts("Itching is not a side effect of biotin.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hydroxychloroquine calms lichen planopilaris within months.", "stops_hair_loss"),
        ("Minoxidil cuts shedding in women.", "stops_hair_loss"),
        ("Their thin spots filled back in with finasteride.", "regrows_hair"),
        ("Biotin is the proven solution for thinning.", "clinically_proven"),
    ],
)
def test_plain_wordings_of_a_benefit_are_claims(text: str, kind: str) -> None:
    assert kind in verdicts(text)


def test_hair_roots_that_are_growing_are_anatomy_not_regrowth() -> None:
    text = "In alopecia areata white cells attack growing hair follicles."
    assert "regrows_hair" not in verdicts(text)


def test_a_treatment_with_recorded_candidates_does_not_suit_everyone() -> None:
    text = "A hair transplant is the answer for everyone who is balding."
    assert verdicts(text)["suits_everyone"] == "misleading"


def test_not_becoming_pregnant_after_a_medicine_is_a_warning() -> None:
    text = "Women must not get pregnant within a month of their last griseofulvin dose."
    assert verdicts(text)["safe_in_pregnancy"] == "supported"


# Round 3 rules: descriptions of a treatment, clearance read as proof, wins over placebo the
# record denies, what a condition's own record says, and how a trial was done.
@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # "your own blood" is how the PRP summary describes it: a name for it
        (
            "Made from your own plasma, so there is zero risk of side effects.",
            "no_side_effects",
            "false",
        ),
        # "jabs" is everyday wording for shots and injections
        ("Kenalog jabs can leave dents in the scalp.", "causes_side_effect", "supported"),
        # a recorded comparison of results says nothing about side effects
        ("PRP is gentler than minoxidil on the body.", "fewer_side_effects", "unsupported"),
        (
            "Dutasteride brings far more side effects than finasteride.",
            "fewer_side_effects",
            "false",
        ),
        # a clearance is not proof, for a device we cannot name as well
        (
            "The Lumora 312 helmet is FDA cleared, so the FDA has verified that it works.",
            "fda_cleared",
            "misleading",
        ),
        (
            "The laser comb got its FDA clearance from its own clinical trial.",
            "fda_cleared",
            "misleading",
        ),
        # a controlled trial the record says it did not win
        ("Pyrilutamide outperformed placebo in its phase 3 study.", "regrows_hair", "false"),
        # a condition's own record: scarred roots do not regrow; traction loss can be permanent
        ("With our serum, hair lost to lichen planopilaris grows back.", "regrows_hair", "false"),
        (
            "Traction alopecia always grows back once you loosen your braids.",
            "regrows_hair",
            "false",
        ),
        # a trial design the record says does not exist
        (
            "Oral minoxidil stopped telogen effluvium in a randomised trial.",
            "stops_hair_loss",
            "false",
        ),
    ],
)
def test_round_three_rules(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a win over placebo the record backs is not denied
        ("Finasteride beat placebo for hair counts in men.", "regrows_hair", "supported"),
        # a clearance said plainly stays a clearance
        ("The HairMax laser comb is FDA-cleared.", "fda_cleared", "supported"),
        # a design the record reports is not misstated
        ("Finasteride regrew hair in men in randomised trials.", "regrows_hair", "supported"),
    ],
)
def test_round_three_rules_leave_true_claims_alone(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Flu jabs are free at the pharmacy this winter.",
        "Early traction alopecia is common in people who wear tight braids.",
        "The trial was randomised and double-blind.",
    ],
)
def test_round_three_wording_alone_makes_no_claim(text: str) -> None:
    assert verdicts(text) == {}


def test_early_traction_loss_that_can_grow_back_is_not_denied() -> None:
    said = verdicts("Early traction alopecia can grow back once the pulling stops.")
    assert said.get("regrows_hair") != "false"


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # an approval for another use, in a sentence about a hair-loss step
        (
            "Talk to your doctor about dutasteride, an FDA-approved upgrade when finasteride "
            "stops working.",
            "fda_approved",
            "false",
        ),
        (
            "Switch to Nizoral, the FDA-approved next step when minoxidil doesn't help.",
            "fda_approved",
            "false",
        ),
        # the claim's own clause says whose mechanism it is
        (
            "This shampoo is like finasteride for your scalp because ketoconazole lowers DHT.",
            "lowers_dht",
            "unsupported",
        ),
        # "it" names one thing, the one named first before
        (
            "My barber swears by Nizoral. It's FDA approved for thinning hair, he says.",
            "fda_approved",
            "false",
        ),
        (
            "Has anyone tried Olumiant? A friend said it's approved for kids now.",
            "fda_approved",
            "false",
        ),
        # a cure, and results said to stay after stopping
        (
            "Olumiant brought my patches back. Basically it's a miracle cure: quit the tablets "
            "and your hair stays.",
            "cures_baldness",
            "false",
        ),
        # a side effect given as a drawback, and a blood test result
        (
            "Olumiant worked for me. The main drawback has been a few spots of acne.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Since starting baricitinib my cholesterol has gone up.",
            "causes_side_effect",
            "supported",
        ),
        # near-everyone rates: unsupported with no rate recorded, false for everyone
        (
            "With our laser cap, 95% of customers see thicker hair.",
            "percent_success",
            "unsupported",
        ),
        ("Laser caps work for 100% of users.", "percent_success", "false"),
        # a record that calls every harm minor: "none" overstates
        ("Our laser cap has no side effects.", "no_side_effects", "misleading"),
        ("Our laser cap has absolutely zero side effects.", "no_side_effects", "false"),
        # pregnancy named as a plan
        (
            "Finasteride tablets are fine for women over 40, even when they're trying to conceive.",
            "safe_in_pregnancy",
            "false",
        ),
        # a true mechanism stretched to a group the record says to avoid
        (
            "As an anti-androgen, spironolactone is used for hair loss in both men and women.",
            "blocks_androgens",
            "misleading",
        ),
        # a combination ranked first, claimed for one part of it
        (
            "Microneedling ranked number one among hair loss treatments in a network "
            "meta-analysis.",
            "better_than",
            "misleading",
        ),
        # proof from one condition borrowed for another
        (
            "Finasteride is clinically proven to regrow hair lost after giving birth.",
            "clinically_proven",
            "misleading",
        ),
        # a transplant's moved hair lasts; the rest still needs treatment
        (
            "Grafted follicles resist DHT for life, so you won't need finasteride or minoxidil "
            "again.",
            "lasting_results",
            "misleading",
        ),
        # approvals claimed for two medicines at once
        (
            "Our kit pairs finasteride 1 mg with a minoxidil 5 mg tablet, both FDA-approved for "
            "hair loss.",
            "fda_approved",
            "misleading",
        ),
        # a compounded product is not approved
        (
            "Our compounded finasteride spray is held to the same FDA standards as approved "
            "medicines.",
            "fda_approved",
            "false",
        ),
        # one medicine at two doses, against the recorded rates for each
        ("Baricitinib 2 mg works just as well as 4 mg.", "as_good_as", "false"),
        ("Baricitinib at 4 mg works better than 2 mg.", "better_than", "supported"),
        (
            "Steroid shots at 2.5 mg/mL are as effective as 10 mg/mL for bald patches.",
            "as_good_as",
            "false",
        ),
        # a multiple of strength is no evidence of a multiple of effect
        (
            "Our caffeine serum is three times stronger than the trial liquid, so it works "
            "three times better.",
            "better_than",
            "unsupported",
        ),
        # a lack said to be common, where the record says it is rare
        (
            "Nearly all women with thinning hair are deficient in biotin.",
            "deficiency_causes_loss",
            "false",
        ),
        # a condition's record says creams and shampoos alone do not cure it
        (
            "Two weeks of antifungal shampoo gets rid of scalp ringworm, no tablets required.",
            "cures_baldness",
            "false",
        ),
        # a condition's denial holds in the case it names ("once scarred")
        (
            "Our edge oil regrows even scarred traction alopecia.",
            "regrows_hair",
            "false",
        ),
        # "it" keeps the form its sentence named
        (
            "Meet GlowRx, a nightly scalp spray with finasteride in it. It's FDA approved for hair "
            "loss.",
            "fda_approved",
            "false",
        ),
        # a month a delivery
        (
            "Subscribers notice new growth by their second monthly box of finasteride tablets.",
            "works_in_days",
            "false",
        ),
        # a result in a dish sold as a benefit in people
        (
            "Caffeine switches off testosterone's effect on hair roots, so they grow again.",
            "blocks_androgens",
            "misleading",
        ),
        (
            "In lab tests, caffeine blocked testosterone's effect on follicles.",
            "blocks_androgens",
            "supported",
        ),
        # a rate a little above the recorded range is not shown false
        (
            "Our surgeons reach a 97% graft survival rate with FUE.",
            "percent_success",
            "unsupported",
        ),
        # harms in plain words
        ("Olumiant can push up your cholesterol.", "causes_side_effect", "supported"),
        (
            "One in seven people on minoxidil tablets grows extra facial hair.",
            "causes_side_effect",
            "supported",
        ),
        (
            "Microneedling side effects are mild and short-lived.",
            "causes_side_effect",
            "supported",
        ),
        # a harm said not to happen, and a harm reported
        (
            "Low-dose minoxidil tablets won't cause any unwanted facial hair.",
            "no_side_effects",
            "false",
        ),
        (
            "Some men on finasteride have reported breast swelling.",
            "causes_side_effect",
            "supported",
        ),
    ],
)
def test_round_four_rules(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # an approval claimed for hair loss where the record has one stays supported
        (
            "Ask about finasteride, the FDA-approved first step when minoxidil isn't enough.",
            "fda_approved",
            "supported",
        ),
        # approvals for two medicines that both have one
        (
            "Finasteride tablets and minoxidil foam are both FDA approved for hair loss.",
            "fda_approved",
            "supported",
        ),
        # the ranked combination named as such
        (
            "Microneedling plus minoxidil ranked first in a network meta-analysis.",
            "better_than",
            "supported",
        ),
        # an oral medicine for ringworm is not denied by the record of creams
        (
            "Terbinafine tablets clear scalp ringworm in most children.",
            "cures_baldness",
            "supported",
        ),
        # a mechanism said of the group it suits
        (
            "Spironolactone blocks androgens, which is why it is prescribed for thinning hair in "
            "women.",
            "blocks_androgens",
            "supported",
        ),
        # a proof claim for the condition the trials were in
        (
            "Finasteride is clinically proven to regrow hair in men.",
            "clinically_proven",
            "supported",
        ),
        # true doses: the lower dose is the weaker one
        ("Baricitinib 2 mg is less effective than 4 mg.", "better_than", "supported"),
    ],
)
def test_round_four_rules_leave_true_claims_alone(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "We tested and ranked the top ten hair loss shampoos of the year.",
        "Ketoconazole shampoo is a cure for dandruff.",
        "The downside is the price.",
        "Take one tablet three times a day with food.",
        "There's no cure, but minoxidil helps.",
        "Cancel before your second monthly delivery for a full refund.",
    ],
)
def test_round_four_wording_alone_makes_no_claim(text: str) -> None:
    said = verdicts(text)
    assert "better_than" not in said and "cures_baldness" not in said
    assert "causes_side_effect" not in said


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a label that warns of harm in pregnancy: calling it safe then is false
        ("Regaine foam is perfectly safe to use while pregnant.", "safe_in_pregnancy", "false"),
        # "children" spans the teenagers a label from age 12 covers: only partly true
        ("Litfulo is FDA approved for kids with alopecia areata.", "fda_approved", "misleading"),
        ("Litfulo is FDA approved for 8-year-olds.", "fda_approved", "false"),
        # the label is for adults only, so no child is covered
        ("Olumiant is FDA approved for children with alopecia areata.", "fda_approved", "false"),
        # "as much hair as" names what it is compared with
        (
            "A finasteride spray regrew about as much hair as finasteride tablets in a trial.",
            "as_good_as",
            "supported",
        ),
    ],
)
def test_round_five_rules(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a caution that asks only to see a doctor first still just overstates
        ("Ketoconazole shampoo is safe while pregnant.", "safe_in_pregnancy", "misleading"),
        (
            "Ritlecitinib is FDA approved for teenagers aged 12 and older with alopecia areata.",
            "fda_approved",
            "supported",
        ),
        ("Minoxidil grows new hair.", "regrows_hair", "supported"),
        # a comparison with "like" still compares
        ("Saw palmetto works like finasteride.", "as_good_as", "false"),
    ],
)
def test_round_five_rules_leave_true_claims_alone(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Talk to your doctor before starting any new hair-care routine.",
        "Ask your dermatologist before you try new hair products.",
    ],
)
def test_a_new_hair_routine_is_no_promise_of_new_hair(text: str) -> None:
    assert "regrows_hair" not in verdicts(text)


def test_like_before_an_amount_is_a_rough_figure_not_a_comparison() -> None:
    found = check_claims("I take like 5,000 IU of vitamin D a day and it regrows hair.", KB)
    assert [f.entity for f in found.findings if f.kind == "regrows_hair"] == ["vitamin-d"]


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # one user's own result is a report, not a promise: weak evidence leaves it unsupported
        (
            "I used pumpkin seed oil capsules for a year and my thin crown filled in.",
            "regrows_hair",
            "unsupported",
        ),
        # a name inside the comparison's own wording is what the subject is likened to
        ("Our saw palmetto capsules are natural finasteride.", "as_good_as", "false"),
        # a single procedure said to be enough, against a record of further sessions
        ("With FUE, a single procedure is enough for life.", "lasting_results", "false"),
        # a fact turned around (its "normal" made "abnormal") says the opposite of the record
        (
            "Most women with female pattern hair loss have abnormal hormone levels.",
            "condition_fact",
            "false",
        ),
        # regrowth is not shown even with the deficiency, so without one it has nothing behind it
        (
            "Zinc tablets regrow hair even if your zinc levels are normal.",
            "regrows_hair",
            "unsupported",
        ),
        # a first-line place the record gives for adults, claimed for children
        (
            "Steroid injections are the first-line choice for children with patchy hair loss.",
            "doctor_recommended",
            "misleading",
        ),
        # everyday wordings of planning a pregnancy
        (
            "Finasteride is fine to keep taking while you try to get pregnant.",
            "safe_in_pregnancy",
            "false",
        ),
        ("Dutasteride is safe when planning a family.", "safe_in_pregnancy", "false"),
        # a ranking with the ranked thing between "ranked" and "above", whose record is low quality
        (
            "One network meta-analysis ranked the laser helmet above topical minoxidil.",
            "better_than",
            "misleading",
        ),
        # best of all, when other treatments have better graded evidence
        ("Laser helmets are the strongest treatment on the market.", "better_than", "misleading"),
        # weak evidence of parity offered as a reason to drop a better-proven treatment
        (
            "Rosemary oil grows hair as well as minoxidil, so you can ditch the minoxidil.",
            "as_good_as",
            "misleading",
        ),
        # one harm named as the only one, when the record lists others
        (
            "With finasteride the only side effect is a slightly lower sex drive.",
            "no_side_effects",
            "misleading",
        ),
        # "by themselves" is "on their own": a course promised to all that holds for most
        ("Small bald patches always grow back by themselves.", "regrows_hair", "misleading"),
        # the hair cycle: an effect with nothing recorded behind it
        ("Green tea extract prolongs the anagen phase.", "stimulates_follicles", "unsupported"),
    ],
)
def test_round_six_rules(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict, check_claims(text, KB).findings


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a promise to the reader stays a drug-like promise
        ("Pumpkin seed oil capsules will fill in your hairline.", "regrows_hair", "misleading"),
        # stopping shedding is what correcting a deficiency can do: overstated, not baseless
        (
            "Zinc tablets stop shedding even if your zinc levels are normal.",
            "stops_hair_loss",
            "misleading",
        ),
        (
            "Topical minoxidil is a first-line treatment for pattern hair loss.",
            "doctor_recommended",
            "supported",
        ),
        # the top grade for the condition: no better evidence to set against it
        (
            "Finasteride is the strongest treatment for male pattern baldness.",
            "better_than",
            "unsupported",
        ),
        # best within a kind is not best of all
        (
            "Rosemary oil is the most powerful natural remedy for thinning.",
            "better_than",
            "unsupported",
        ),
        ("Rosemary oil grows hair as well as minoxidil.", "as_good_as", "unsupported"),
        ("A few small bald patches usually grow back by themselves.", "regrows_hair", "supported"),
        # a condition's recorded course, restated
        (
            "Telogen effluvium shedding usually starts about three months after the trigger.",
            "condition_fact",
            "supported",
        ),
        (
            "Most women with female pattern hair loss have normal hormone levels.",
            "condition_fact",
            "supported",
        ),
    ],
)
def test_round_six_rules_leave_true_claims_alone(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict, check_claims(text, KB).findings


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("This serum is your first line of defence against thinning.", "doctor_recommended"),
        ("The only catch is the monthly price.", "no_side_effects"),
        ("PRP: one session is enough to see a difference.", "lasting_results"),
        # a course the record does not give is not graded as one
        ("Shedding after childbirth usually begins two weeks after the birth.", "condition_fact"),
        # a noun, not a harm caused
        ("The shedding usually starts some months after the trigger.", "causes_side_effect"),
    ],
)
def test_round_six_wording_alone_makes_no_claim(text: str, kind: str) -> None:
    assert kind not in verdicts(text)


def test_a_comparison_comes_before_the_regrowth_it_compares() -> None:
    found = check_claims("Rosemary oil regrows hair as well as minoxidil.", KB).findings
    assert [f.kind for f in found][:2] == ["as_good_as", "regrows_hair"]


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a denial behind "no good evidence that" is a denial
        (
            "There is no reliable evidence that biotin helps hair if your levels are normal.",
            "regrows_hair",
            "supported",
        ),
        # a test thrown off is a recorded harm; "always tell the lab" is advice, not a rate
        (
            "Biotin in big doses can make hormone tests give wrong results, so always tell "
            "your doctor.",
            "causes_side_effect",
            "supported",
        ),
        # "shampoo alone won't clear it": the forms its condition's record says cannot cure it
        (
            "Ketoconazole shampoo alone won't clear it; tablets are needed.",
            "cures_baldness",
            "supported",
        ),
        # a harm promised to pass for all, where the record lists it lasting after stopping
        (
            "Side effects include low sex drive from finasteride, which always goes away when "
            "men stop.",
            "causes_side_effect",
            "misleading",
        ),
        # a recorded prerequisite waved aside
        (
            "Take vitamin D for your hair regardless of whether your level is low.",
            "suits_everyone",
            "false",
        ),
        # new hair within days, faster than any recorded treatment, whatever the product
        ("Our herbal tonic gives new hair in 10 days.", "works_in_days", "false"),
        # efficacy wording with the hair as subject, or in learner's English
        ("With this blend your hair stops falling out.", "stops_hair_loss", "unsupported"),
        ("This tonic make hair more thick.", "thickens_hair", "unsupported"),
        # a recovery the condition makes by itself, credited to what was begun before it
        (
            "My shedding after the baby stopped once I started this conditioner.",
            "stops_hair_loss",
            "misleading",
        ),
    ],
)
def test_round_seven_rules(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict, check_claims(text, KB).findings


def test_the_strength_of_a_named_tablet_still_points_back_at_it() -> None:
    text = "Finasteride treats male pattern hair loss. In the US the 1 mg tablet is FDA approved."
    assert verdicts(text).get("fda_approved") == "supported"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hair grows about a centimetre a month.", "regrows_hair"),
        ("A good conditioner helps hair look shinier.", "regrows_hair"),
        ("Always ask your pharmacist before you take biotin.", "causes_side_effect"),
    ],
)
def test_round_seven_wording_alone_makes_no_claim(text: str, kind: str) -> None:
    assert kind not in verdicts(text)
