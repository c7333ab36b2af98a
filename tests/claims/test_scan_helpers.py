"""The claim checker's speed-ups change no result: the prefilter never skips a pattern that
matches, a case-free pattern finds what re.I finds, and the per-text memo returns what the work
itself would."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from anagen.claims.anycase import AnyCase
from anagen.claims.clearance import AS_PROOF
from anagen.claims.entities import COMPARE, COMPARE_WORDS
from anagen.claims.forms import ROUTE_WORDS
from anagen.claims.kinds import _ABOUT_HARM, _CONTEXT, _FILTER, PATTERN_ORDER
from anagen.claims.memo import Memo
from anagen.claims.modality import HEDGES, NEGATION
from anagen.claims.name_index import entity_index
from anagen.claims.placebo_wins import WON
from anagen.claims.prefilter import Needs, Prefilter, required
from anagen.claims.segment import find_spans
from anagen.claims.study_design import ANY_DESIGN
from anagen.claims.subject_context import ALL_OF_THEM, BACK_REFERENCE
from tests.claims.checking import KB

# Odd text the ads do not have: other scripts, case that folds oddly, digits of other scripts.
ODD = [
    "Stra\u00dfe SUPPLEMENT \u0130t regrows hair",
    "It\u2019s \u017fafe: MAY help \u212a",
    "\u0663\u0660% of users saw results in \u0663 weeks",
    "NOT clinically proven. THEY say it works.",
]


def _sentences() -> list[str]:
    texts = [*ODD]
    for p in KB.products.values():
        texts += ["\n".join(p.marketing_claims), p.review or ""]
    for f in sorted(Path(__file__).parent.glob("*.yaml")):
        for case in yaml.safe_load(f.read_text()):
            texts.append(case.get("paragraph") or case["text"])
    out = []
    for text in dict.fromkeys(t for t in texts if t.strip()):
        out += [text[s.start : s.end] for s in find_spans(text)]
    return out


SENTENCES = _sentences()


def test_spellings_are_joined_into_longer_factors() -> None:
    assert required(r"\b(by|in) (the end of )?(day|week)\b") == [
        frozenset(
            {
                "by the end of day",
                "in the end of week",
                "by day",
                "in day",
                "by week",
                "in week",
                "by the end of week",
                "in the end of day",
            }
        ),
    ]
    # a digit class is no plain set: \d also matches the digits of other scripts
    assert required(r"\d+ ?(days|weeks)")[0] == frozenset({"days", "weeks"})
    assert required(r"x(?!y)z") == [frozenset({"xz"})]


def test_the_prefilter_never_skips_a_pattern_that_matches() -> None:
    skipped = [
        (kind, sentence)
        for sentence in SENTENCES
        for i, (kind, pattern) in enumerate(PATTERN_ORDER)
        if pattern.search(sentence) and i not in _FILTER.candidates(sentence)
    ]
    assert skipped == []


def test_a_look_behind_at_the_start_is_text_just_before_the_match() -> None:
    # "doesn't work": the match is "work", but the sentence holds "n't work"
    assert required(r"(?:(?<=\bnot )|(?<=n't ))work") == [
        frozenset({"not work", "n't work"}),
        frozenset({"not ", "n't "}),
    ]
    # after text of the match, or in a part that repeats, it is only text somewhere before
    assert required(r"ab(?:(?<=b)c)") == [frozenset({"abc"})]
    assert frozenset({"abc"}) not in required(r"(?:(?<=a)b)+c")
    assert required(r"x(?=yyyy)z") == [frozenset({"yyyy"})]


def test_every_branch_gives_its_best_factors_in_turn() -> None:
    assert required(r"\bblue (whale|shark)|\bgreen (whale|turtle)") == [
        frozenset({"blue whale", "blue shark", "green whale", "green turtle"}),
        frozenset({"whale", "shark", "turtle"}),  # the second best of each branch
    ]


def test_a_prefilter_of_made_up_patterns_keeps_every_match() -> None:
    patterns = [
        r"\b(a|an) (big|small)\b",
        r"(foo|bar)?baz",
        r"q(u|v)+x",
        r"[ -]in\b",
        r"(?<=\bnot )(really )?work",
        r"(?:(?<=a)b)+c",
        r"d(?<=xd)e(?=ff)",
    ]
    prefilter = Prefilter(patterns)
    texts = ["an small", "a big one", "baz", "quuvx", "a-in", "nothing here", "A BIG"]
    texts += ["it does not really work", "NOT WORK", "abbc", "xdeff", "notwork"]
    for text in texts:
        hits = {i for i, p in enumerate(patterns) if re.search(p, text, re.I)}
        assert hits <= set(prefilter.candidates(text)), text


def test_a_comparison_is_never_passed_over() -> None:
    index = entity_index(KB)
    for sentence in SENTENCES:
        folded = index.fold(sentence)
        if COMPARE.search(folded):
            assert COMPARE_WORDS.met(folded), sentence
    assert not Needs(r"\b(than|as well as) ").met("works well")
    assert Needs(r"\b(than|as well as) ").met("better THAN that")
    assert Needs(r"\d+").met("no letters needed")  # nothing literal: always possible


def test_case_free_patterns_find_what_re_i_finds() -> None:
    patterns = [HEDGES, NEGATION, BACK_REFERENCE, ALL_OF_THEM, WON, AS_PROOF, ANY_DESIGN]
    patterns += [words for _, words in ROUTE_WORDS]
    patterns += [*_CONTEXT.values(), *(p for pair in _ABOUT_HARM.values() for p in pair)]
    for pattern in patterns:
        for sentence in SENTENCES:
            half = len(sentence) // 2
            for pos, endpos in ((0, len(sentence)), (half, len(sentence)), (0, half)):
                expected = pattern.any_case.search(sentence, pos, endpos) is not None
                assert pattern.found(sentence, pos, endpos) == expected, sentence
    assert AnyCase(r"\bsafe\b").found("It\u2019s \u017fafe")  # the long s folds to "s"


def test_the_memo_works_once_per_key() -> None:
    calls: list[str] = []

    def work(x: str) -> str:
        calls.append(x)
        return x.upper()

    memo = Memo()
    assert [memo.get(k, work, k) for k in ("a", "b", "a")] == ["A", "B", "A"]
    assert calls == ["a", "b"]
