"""Rules written from the classes of English miss in the 36th blind set (real seller, clinic,
label, news and blog claims), each tried on wordings of its own: a label's hedged time with no
product named, read from the one record that gives that time and how often a day; a supplement
recorded as useful only for a proven lack, promised a hair benefit with no lack named; hair
volume said to be increased; a lack as the condition a loss follows ("if you're deficient you
may have some hair loss"); pattern hair loss put down to a hormone made in excess, named by its
common misspelling ("androgenic alopecia") in the sentence before; and a harm said to outlast
the treatment, told as settled where the record calls it disputed; help for "many kinds" of hair
loss from a treatment with good evidence for few; and, in other languages, blood flow to the
scalp raised, "this medicine" and "these ingredients" pointing back, hair's growth with its
qualities between, and a medicine said to be sold on prescription only."""

# Turkish writes the dotless i (U+0131) as a letter of its own, not as a look-alike of "i".
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from anagen.claims.engine import check_claims
from tests.claims.checking import KB, verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a label's time and how often a day, as one record gives them
        (
            "Results may be seen after 2 months of twice-daily application.",
            "works_in_days",
            "supported",
        ),
        ("You may see results at 2 months with twice a day use.", "works_in_days", "supported"),
        ("Regrowth may show at 2 months with twice daily use.", "works_in_days", "supported"),
        # a supplement for a proven lack only, promised to everyone's hair
        ("Iron supplements may help regrow hair.", "regrows_hair", "misleading"),
        ("Zinc can thicken thinning hair.", "thickens_hair", "misleading"),
        ("Our vitamin D3 softgels give you thicker, fuller hair.", "thickens_hair", "misleading"),
        # hair volume increased
        ("Minoxidil increases hair volume.", "thickens_hair", "supported"),
        ("Biotin boosts hair volume in weeks.", "thickens_hair", "false"),
        ("Saw palmetto improves the volume of your hair.", "thickens_hair", "unsupported"),
        # the lack as the condition the loss follows
        ("People who are low in iron can lose their hair.", "deficiency_causes_loss", "supported"),
        (
            "If you are deficient in zinc, you may notice more hair shedding.",
            "deficiency_causes_loss",
            "supported",
        ),
        (
            "If you are deficient in biotin you may get hair loss.",
            "deficiency_causes_loss",
            "supported",
        ),
        # a hormone made in excess as the cause of pattern hair loss
        (
            "Male pattern baldness is caused by overproduction of testosterone.",
            "condition_fact",
            "false",
        ),
        (
            "Female pattern hair loss is caused by excessive androgen production.",
            "condition_fact",
            "false",
        ),
        (
            "Androgenic alopecia is a common form of hair loss. It is triggered by elevated "
            "testosterone levels.",
            "condition_fact",
            "false",
        ),
        # a harm said to last after stopping, told as settled where the record disputes it
        (
            "It is well established that finasteride causes sexual problems that continue after "
            "stopping.",
            "causes_side_effect",
            "misleading",
        ),
        (
            "Finasteride can cause permanent erectile dysfunction, which is widely accepted.",
            "causes_side_effect",
            "misleading",
        ),
        (
            "Finasteride's sexual side effects can persist after you stop taking it.",
            "causes_side_effect",
            "supported",
        ),
        # many kinds of hair loss, short of all, where good evidence covers few
        ("Biotin is useful for many kinds of hair loss.", "suits_everyone", "misleading"),
        ("PRP treats various forms of hair loss.", "suits_everyone", "misleading"),
        (
            "Minoxidil can help people with many different types of hair loss.",
            "suits_everyone",
            "misleading",
        ),
        (
            "Il minoxidil è utile per molti tipi di caduta dei capelli.",
            "suits_everyone",
            "misleading",
        ),
        (
            "Minoxidil ist gut verträglich. Dieses Medikament hilft bei vielen Formen von Haarausfall.",
            "suits_everyone",
            "misleading",
        ),
        # blood flow to the scalp raised, in other languages, as "improves blood flow" is read
        ("Minoxidil fördert die Durchblutung der Kopfhaut.", "drug_class", "supported"),
        ("Миноксидил улучшает кровообращение кожи головы.", "drug_class", "supported"),
        ("O minoxidil melhora a microcirculação do couro cabeludo.", "drug_class", "supported"),
        ("Biberiye yağı kan dolaşımını artırır.", "drug_class", "unsupported"),
        # a medicine said to be prescription-only, in English and in other languages
        ("Minoxidil is a prescription drug.", "prescription_strength", "false"),
        ("Finasteride is a prescription medicine.", "prescription_strength", "supported"),
        ("Minoxidil requires a doctor's prescription.", "prescription_strength", "false"),
        ("Minoxidil ist verschreibungspflichtig.", "prescription_strength", "false"),
        ("El finasteride solo se vende con receta médica.", "prescription_strength", "supported"),
        ("米诺地尔是处方药。", "prescription_strength", "false"),
        ("非那雄胺是处方药。", "prescription_strength", "supported"),
        (
            "有些产品含有米诺地尔和非那雄胺。但这些成分都是处方药。",
            "prescription_strength",
            "false",
        ),
        # growth of hair with its qualities between ("wzrost mocnych włosów")
        ("Kofeina stymuluje wzrost zdrowych włosów.", "regrows_hair", "unsupported"),
        ("Minoksydyl pobudza wzrost nowych, mocnych włosów.", "regrows_hair", "supported"),
    ],
)
def test_rule_on_other_wordings(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict, verdicts(text)


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # a time alone, or with another frequency, does not say which record it reads from
        ("Results may show in 2 months.", "works_in_days", "unsupported"),
        ("Results may occur at 2 months with once a day use.", "works_in_days", "unsupported"),
        # a supplement promised to those found low in it is the recorded use
        (
            "Vitamin D supplements can help regrow hair in people with low levels.",
            "regrows_hair",
            "unsupported",
        ),
        # a harm while taking it is settled, whatever is disputed about its lasting
        (
            "Finasteride can cause reduced libido, a widely recognized side effect.",
            "causes_side_effect",
            "supported",
        ),
        # the follicle's volume is a claim about follicles
        (
            "Rosemary oil increases the volume of hair follicles.",
            "stimulates_follicles",
            "unsupported",
        ),
    ],
)
def test_rule_leaves_other_readings(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict, verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        "This mousse adds instant lift.",
        "If you're low on time, get a shorter haircut.",
        "Our hairspray gives volume to your hair all day.",
        "If you are in a hurry, you can buy online.",
        "There are many different types of hair loss.",
        "Es gibt viele verschiedene Arten von Haarausfall.",
        # over the counter is no claim of prescription-only
        "米诺地尔是非处方药。",
    ],
)
def test_no_claim_stays_unflagged(text: str) -> None:
    assert check_claims(text, KB).findings == ()


def test_volume_of_follicles_is_no_claim_of_thicker_hair() -> None:
    assert "thickens_hair" not in verdicts("Rosemary oil increases the volume of hair follicles.")
