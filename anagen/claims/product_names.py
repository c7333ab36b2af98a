"""Product names a text introduces: "HaloCrown 272 Laser Cap" makes "HaloCrown is FDA approved"
a claim about a laser cap. A capitalised word, then a model number if any, then a name the
knowledge base knows; the first such introduction anywhere in the text holds for all of it."""

from __future__ import annotations

import re

from anagen.claims.entities import Entity, EntityIndex

NOT_NAMES = {
    *("The", "This", "That", "These", "Those", "Our", "Your", "Their", "Its", "His"),
    "Her",
}
# a subject's verb that does not end in "s" ("GlowRoot regrows", "HaloCrown is" do)
VERBS = {*("are", "can", "will", "may", "might", "could", "should", "would", "do", "did")}
VERBS |= {"have", "had", "helped", "worked", "regrew", "grew", "stopped", "gave"}
# after the name: a mark or a model number, then the first word of what it is
MODEL = re.compile(r"(?:\s*[\u00ae\u2122])?(?:\s+[\w-]*\d[\w-]*)?\s+([A-Za-z][\w-]*)")


class ProductNames:
    def __init__(self, index: EntityIndex, text: str) -> None:
        self.index = index
        self.text = text
        self.known: dict[str, tuple[Entity, ...]] = {}  # each word is looked up once

    def named(self, word: str, verb: str) -> tuple[Entity, ...]:
        """What the first word of a claim ("HaloCrown is FDA approved") was introduced as; the
        caller passes a capitalised word opening a short subject and the word after it."""
        if not (verb.endswith("s") or verb.lower() in VERBS):
            return ()  # "Ideal for", "Promotes thicker hair": no subject and its verb
        found = self.known.get(word)
        if found is None:
            name = word.removesuffix("'s").strip(",:;.!?")
            found = () if name in NOT_NAMES or len(name) < 3 else self._introduced(name)
            self.known[word] = found
        return found

    def _introduced(self, word: str) -> tuple[Entity, ...]:
        text, first_words = self.text, self.index.first_words
        if word.lower() in text:
            return ()  # a word the text also writes in lower case ("Helps") is no name
        at = text.find(word)
        while at >= 0:
            whole = at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")
            after = MODEL.match(text, at + len(word)) if whole else None
            # the next word is looked at before the name index is asked
            if after is not None and after.group(1).lower() in first_words:
                folded = self.index.fold(text[after.start(1) : after.start(1) + 60])
                named = [e for start, _, e in self.index.hits(folded) if start == 0]
                if named:
                    return (named[0],)
            at = text.find(word, at + 1)
        return ()


# A product's own name, in capitals and ending in what it is: "MDhair Hair Growth Kit", "Anti
# Hair Loss Shampoo". Wording of a result inside one names the product, as a shelf label does.
TITLE_NAME_END = re.compile(
    r"[\w-]*(\s+[A-Z][\w-]*)*?\s+(Kit|Serum|Shampoo|Conditioner|Oil|Spray|Foam|Lotion|Tonic|Drops|Mask|"
    r"Cap|Helmet|Comb|Brush|System|Formula|Complex|Gummies|Tablets|Capsules|Vitamins|Supplement|"
    r"Bundle|Set|Pack|Program|Programme|Plan|Subscription|Range|Collection)\b"
)


def in_title_name(sentence: str, start: int, end: int) -> bool:
    """The wording at start:end is part of a capitalised product name."""
    words = sentence[start:end].split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return TITLE_NAME_END.match(sentence, end) is not None
