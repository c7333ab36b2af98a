"""A Scan finds exactly what its pattern with the leading \\b finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from anagen.products.label_text import HEADERS
from anagen.products.label_type_rules import TYPE_RULES
from anagen.products.label_words import PROSE_WORDS
from anagen.wordscan import LINE_START, Scan, by_first_character

PATTERNS = [
    r"\bactive ingredients?",
    r"\b%\s*nrv",  # a boundary before a non-word character: after a word, not a space
    r"\b(k\d{6}|510\s*\(k\))",
    r"\bab|b",  # an alternation: only its first branch is anchored, so it is left as it is
    r"\b(a|b)\b",
    # tried only where one of their beginnings occurs (Scan.starts)
    r"(?<!k )ab\s*:",
    r"\b(?:(ab|k)\b|(?<!a )ba\s*:)",
    r"\b\d{3}\s*(nr|v)",
    r"\b[- ]?ab",  # an optional beginning: searched as it is
    r"(?m)\b(ab|nr)\b\s*:|^[ \t]*(ab|k)[ \t]*$",
    r"(?m)^(ab)",
    r"^ab|b",
    r"(a|)b",
    r"b*",
    r"(?i)AB",
    # beginnings carried on through a small class: "n[aé]b" is tried at "nab" and "néb" only
    r"\bn[aé]b\s*:|k[ab](n|r)",
    r"(?<!a)b[k0]\d",
    # ... and into the group, alternation or repeat after a short beginning: "k(ab|nr)" is
    # tried at "kab" and "knr", not at every "k"
    r"\bk(ab|nr)\b",
    r"ab|ak",  # (re's parser makes it "a" and then (?:b|k))
    r"k(?:a|)b",  # an empty alternative: the beginning before it alone
    r"k(?=a)(ab|ar)",
    r"(?m)k(^a|b)|\nk(^a|b)",  # a line start inside: it takes no text
    r"b(ak)+v|b(ak)*n",
    r"k(\bab|b)\b",
]
ALPHABET = list("abk%0156 _\n:()-nrvé\t")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=30), st.sampled_from(PATTERNS))
def test_a_scan_gives_the_spans_of_the_anchored_pattern(text: str, pattern: str) -> None:
    expected = [m.span() for m in re.finditer(pattern, text)]
    assert Scan(pattern).spans(text) == expected
    first = re.search(pattern, text)
    found = Scan(pattern).search(text)
    assert (found and found.span()) == (first and first.span())


def test_a_scan_tries_only_where_a_match_can_begin() -> None:
    assert Scan(r"\b(inactive|excipients?)\b").starts == ("excipient", "inactive")
    assert Scan(r"(?<!non-)prescription|rx only").starts == ("prescription", "rx only")
    assert Scan(r"\b(k\d{6}|laser)").starts == ("k", "laser")
    assert Scan(r"\b\d+\s*mg").starts == tuple("0123456789")
    assert Scan(r"(?m)^[ \t]*inci$").starts == (LINE_START,)
    assert Scan(r"\bn[aã]o sujeito|non-?prescription").starts == (
        "nao sujeito",
        "non",
        "não sujeito",
    )
    assert Scan(r"f[oó]rmula magistral").starts == ("formula magistral", "fórmula magistral")
    assert Scan(r"k[ab](n|r)").starts == ("kan", "kar", "kbn", "kbr")  # and what follows it
    assert Scan(r"k[ab][0-9]").starts == ("ka", "kb")  # (up to a wide class)
    # a beginning of three letters or more is rare enough as it is: not one text per letter
    assert Scan(r"con receta m[eé]dica").starts == ("con receta m",)
    assert Scan(r"ab\d").starts == ("ab",)  # a wide class: the beginning before it
    # ... and into a group or alternation after a short beginning (re's parser makes
    # "das|dieses" a "d" and then (?:as|ieses)), within MAX_CLASS_STARTS texts
    assert Scan(r"das|dieses").starts == ("das", "dieses")
    assert Scan(r"\bd(as|ieses) arzneimittel").starts == ("das", "dieses")
    assert Scan(r"on(?:e|ly)").starts == ("one", "only")
    assert Scan(r"a(bc)+d").starts == ("abc",)
    # ... cut short to stay within MAX_CLASS_STARTS
    assert Scan(r"k(xab|xcd|yef|ygh|zij|zkl|wmn|wop|vqr)").starts == ("kv", "kw", "kx", "ky", "kz")
    assert Scan(r"k(xa|yb|zc|wd|ve|uf|tg|sh|ri)").starts == ("k",)
    # ... and not once the beginning is long enough: more texts, none of them rarer
    assert Scan(r"at[cx] (code|classification)").starts == ("atc ", "atx ")
    assert Scan(r"f[aă]r[aă] (pr|re)").starts == ("fara ", "fară ", "făra ", "fără ")
    # nothing carried into what may be empty, a look-ahead, or too many texts
    assert Scan(r"ab(c|)d").starts == ("ab",)
    assert Scan(r"a(bc)*d").starts == ("a",)
    assert Scan(r"k(?=a)(ab|ac)").starts == ("k",)
    assert Scan(r"ab(c|d|e|f|g|h|i|j|k)").starts == ("ab",)


def test_the_label_rules_scan_like_their_patterns() -> None:
    texts = [
        "Inactive ingredients: water. Active ingredient: Minoxidil 5% Purpose: hair regrowth",
        "reactive ingredients: none; 100% NRV; 100 % NRV; Supplement Facts Serving Size 1",
        "Water (Aqua), Parfum, other ingredients: x; Ingredients: aqua; K123456 laser diodes",
        "This serum is the one you should use daily",
    ]
    for _, rule in [*TYPE_RULES, *HEADERS]:
        for text in texts:
            assert Scan(rule.pattern, rule.flags).spans(text) == [
                m.span() for m in rule.finditer(text)
            ], rule.pattern
    assert PROSE_WORDS.search("Take this daily") and not PROSE_WORDS.search("Biotin 5000 mcg")


def test_every_label_rule_is_tried_only_where_it_can_begin() -> None:
    """Each whole-label rule keeps its beginnings: one optional or wide first part in any of
    its branches (a "(ti )?potrebbe" among them) would send the scan to every position."""
    from anagen.products.label_text import HEADER_SCANS_LOWER
    from anagen.products.label_type import TYPE_SCANS_LOWER

    for name, scan in [*HEADER_SCANS_LOWER, *TYPE_SCANS_LOWER]:
        assert scan.starts is not None, (name, scan.pattern.pattern[:80])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ab", "a", "ak", "b", "ba", "k", "a?b", "[ab]k", "a(b|k)", "", "\\.a"]),
        min_size=2,
        max_size=6,
    ),
    st.text(alphabet=st.sampled_from(list("abk. ")), max_size=20),
)
def test_alternatives_gathered_by_first_character_match_the_same(alternatives, text) -> None:
    for pattern in (f"({'|'.join(alternatives)})k?", f"\\b(?:{'|'.join(alternatives)})\\b"):
        gathered = by_first_character(pattern)
        assert [m.span() for m in re.finditer(gathered, text)] == [
            m.span() for m in re.finditer(pattern, text)
        ], (pattern, gathered)


def test_alternatives_are_gathered_only_around_those_that_begin_otherwise() -> None:
    assert (
        by_first_character(r"\b(as well as|than|as much as)")
        == r"\b(a(?:s well as|s much as)|than)"
    )
    assert by_first_character(r"(ab|[ab]c|ad|ae)") == r"(ab|[ab]c|a(?:d|e))"
    for pattern in (r"(a?b|ac)", r"(?i)(ab|ac)", r"(?<!x)(ab|ac)", r"(ab|ac", r"ab|ac"):
        assert by_first_character(pattern) == pattern
