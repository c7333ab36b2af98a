"""Which sex a condition affects more, or that it affects both alike, held to what the
condition's record says of the sexes: alopecia areata "men and women about equally", telogen
effluvium "women report it far more often", scarring alopecias mainly women, and pattern hair
loss by its figures for men and women at the same ages (hair loss at large is pattern hair
loss). A record that says nothing of the sexes leaves the claim unsupported."""

from __future__ import annotations

import pytest

from tests.claims.checking import verdicts


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # pattern hair loss: the record's figures are higher for men at the same ages
        ("Balding is far more common in men than in women.", "supported"),
        ("Men are more likely to lose their hair than women.", "supported"),
        ("Hereditary hair loss affects more men than women.", "supported"),
        ("Male pattern baldness is much more common than female pattern hair loss.", "supported"),
        ("Women are more likely than men to go bald.", "false"),
        ("Hair loss affects both sexes equally.", "false"),
        ("Thinning hair is just as common in women as in men.", "false"),
        ("Der erblich bedingte Haarausfall betrifft vor allem Männer.", "supported"),
        ("La calvicie es más común en los hombres.", "supported"),
        # alopecia areata: men and women about equally
        ("Alopecia areata strikes men and women alike.", "supported"),
        ("Alopecia areata doesn't discriminate between men and women.", "supported"),
        ("Men and women are equally likely to develop alopecia areata.", "supported"),
        ("Alopecia areata is more common in women.", "false"),
        ("Alopecia areata mainly affects men.", "false"),
        ("Alopecia areata is not more common in men than in women.", "supported"),
        ("L'alopecia areata colpisce soprattutto le donne.", "false"),
        ("La pelade touche autant les hommes que les femmes.", "supported"),
        # telogen effluvium: women report it far more often
        ("Women get telogen effluvium more often than men do.", "supported"),
        ("Telogen effluvium occurs more frequently in women.", "supported"),
        ("Telogen effluvium affects men and women at similar rates.", "false"),
        ("Men are more prone to telogen effluvium than women.", "false"),
        # scarring alopecias: mainly women
        ("Frontal fibrosing alopecia is seen mostly in women.", "supported"),
        ("Lichen planopilaris is more common among men.", "false"),
        # a record that says nothing of the sexes
        ("Traction alopecia is more common in men than in women.", "unsupported"),
        ("Scalp ringworm affects boys more often than girls.", "unsupported"),
    ],
)
def test_which_sex_a_condition_affects_more(text: str, verdict: str) -> None:
    assert verdicts(text).get("condition_fact") == verdict


@pytest.mark.parametrize(
    "text",
    [
        # a treatment's users, or its results, by sex
        "Minoxidil is approved for both men and women with pattern hair loss.",
        "Finasteride side effects are more common in older men.",
        "Our serum works equally well for men and women.",
        # a part of one sex, not the sex
        "Women with thyroid problems are more likely to notice shedding.",
        # not how often it comes: how it feels, or who uses what
        "Hair loss can be distressing for men and women alike.",
        "More women than men buy hair vitamins online.",
        "Women lose more hair after childbirth than during pregnancy.",
    ],
)
def test_which_sex_leaves_other_sentences_alone(text: str) -> None:
    assert "condition_fact" not in verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japanese and Chinese men are far less affected by baldness than white men.",
        "Older women are more likely to notice thinning at the crown.",
    ],
)
def test_which_sex_reads_no_part_of_one_sex_as_the_sex(text: str) -> None:
    assert verdicts(text).get("condition_fact") != "false"
