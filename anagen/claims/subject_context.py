"""Who a sentence that names nothing is about: the subject named before it in its paragraph
(after "it", "our serum", "users"), everything the paragraph named ("these remedies"), or the
product's own actives when the text is a product's marketing."""

from __future__ import annotations

import re

from anagen.claims.anycase import AnyCase
from anagen.claims.entities import Entity, EntityIndex, Mentions
from anagen.claims.evidence import conditions_named, routes_in
from anagen.claims.kinds import KindMatch
from anagen.claims.product_names import ProductNames
from anagen.claims.vocab import Kind
from anagen.knowledge.base import KnowledgeBase

# Pronouns that point back at the product or ingredient of the sentence before (run on the
# lower-case sentence, anycase.py).
BACK_REFERENCE = AnyCase(
    r"\b(it|its|this|these|them|our|the (same |\d[\d.]* ?(?:mg|%) )?(product|formula|serum|shampoo|supplement|gummies|capsules|foam|"
    r"tablets?|pills?|spray|drops|oil|cream|device|cap|helmet|treatment|procedure|injections?|shots|"
    r"jabs|sessions|drug|medicine|medication|molecule|compound|ingredient|extract|herb|vitamin|mineral|"
    r"steroid|antibiotic|version|versions|formulation|formulations))\b|\b(they|their)\b"
    # a drawback of whatever the paragraph is about ("Only downside is ...")
    r"|\b(downsides?|drawbacks?|the catch)\b"
    # its side effects, opening the sentence: "Side-effects in men were seen in less than 2%"
    r"|^\W*side[- ]effects?\b"
    # a form of what was named: "topical formulations were developed and FDA-approved"
    r"|\b(topical|oral|liquid|generic|branded) (formulations?|versions?)\b"
    # the people using it ("Most users notice less shedding", "clients"), directions for using
    # it ("Take two gummies daily for thicker hair") and the results it promises ("Visible
    # results in 2 weeks", "you'll see") are about it too
    r"|\b(users|customers|buyers|reviewers|clients|patients|guys|ladies)\b|^\W*(take|apply|use|spray|massage|rub|swallow)\b"
    # some of the people using it: "Some women notice extra shedding at first"
    r"|^\W*(some|many|most|a few|a minority of) (women|men|people)\b"
    # an imperative promise to the reader ("See visible new growth in weeks") is about it too
    r"|^\W*(see|notice|get|enjoy|expect|feel|watch|experience)\b"
    r"|\b(results|you'll|you will)\b"
    # stopping or starting it: "If you stop, ...", "once you start"
    r"|\byou (stop|quit|start|started|keep using)\b"
    # the people taking it: "a third of those on 4 mg"
    r"|\bthose (on|taking|using|given|treated with)\b"
    # the trials of what the paragraph is about: "In the main trials, sexual side effects
    # affected fewer than 4 in 100 men"
    r"|\bthe (main|pivotal|key|big|original|approval|registration) (trials?|studies|study)\b"
    # the operation named before: "after transplant", "the surgery"
    r"|\b(the|your|this|after|before|during) (transplant|operation|surgery)\b"
    # how rare a harm is: "facial hair is very rare, seen in fewer than 1 in 100 women" is a
    # harm of what the paragraph is about
    r"|\b(rare|uncommon|unusual)\b[^.;]{0,20}\b(seen|occurring|happening|reported|affecting) in\b"
    # a handling warning: "should not handle crushed or broken tablets", "leaking capsules" are
    # the tablets of the medicine the paragraph is about
    r"|\b(crushed|broken|split|leaking|opened)( or (crushed|broken|split|leaking|opened))? "
    r"(tablets?|pills?|capsules?)\b"
    # the same in other languages (foreign_wording.py, foreign_wording_more.py), only words no
    # English sentence holds ("it" is "es", "elle", "оно"; "this product", "this medicine"; not
    # French "il", which is Italian for "the")
    r"|\b(es|elle|он|она|оно|этот препарат|это средство|ten preparat|ten produkt|"
    r"tento přípravek|ten lek|produkten|produktet|preparatet|produk ini|obat ini|"
    r"dieses (mittel|produkt|medikament|präparat|arzneimittel)|ce (produit|traitement|médicament)|"
    r"questo (prodotto|trattamento|farmaco|medicinale)|este (producto|tratamiento|medicamento|fármaco)|"
    r"este (produto|tratamento|medicamento|fármaco)|dit (product|middel|geneesmiddel)|bu (ürün|ilaç))\b"
    r"|^\W*(これ|この(製品|薬|成分)|本品|它|该产品|这种(药|产品)|이 (제품|약)|이것|هذا المنتج|هذا الدواء)"
    # "(but) these ingredients", "these medicines" opening a sentence in Chinese, Japanese and
    # Korean
    r"|^\W*(但是?|不过|而且)?(这些|這些)(成分|药物|藥物|药|藥|产品|產品)|^\W*(しかし、?)?これらの(成分|薬)"
    r"|^\W*(하지만 )?이 (성분|약물)들"
)
# A pronoun for one thing, opening a claim ("It's approved", "It regrows hair").
# "Like finasteride, ...": an opening likeness, which says the claim holds for both
SHARED_LEAD = re.compile(r"^\W*(just |much )?like\b", re.I)
SHARED_WARNINGS = {Kind.SAFE_IN_PREGNANCY, Kind.SAFE_FOR_GROUP, Kind.CAUSES_SIDE_EFFECT}
ONE_THING = re.compile(r"^(it|it's|its|this|that)$", re.I)
# The start of a list item: a bullet, a number, or a shop bullet's capitalised label
# ("GENTLE FORMULA:"), each with what follows it on the line
LABEL = r"[A-Z0-9][A-Z0-9&' /-]{1,40}:\s*"
LIST_ITEM = re.compile(
    rf"^\s*(?:(?:[-*\u2022\u25aa\u25cf\u2713\u2714\u2705]+|\d{{1,2}}[.)])\s*(?:{LABEL})?|{LABEL})"
)
# A reference to several things at once: "these", "both", "the combination", "our blend".
PLURAL_REFERENCE = re.compile(
    r"\b(these|those|them|they|their|both|together|combin\w*|combo|duo|pair|trio|stack|blend|"
    r"each|all)\b",
    re.I,
)
# Everything a list or review has named: "these remedies", "all of these products"; both of
# the two a page has named ("both medicines", and "beide Wirkstoffe", "ambos fármacos", "les
# deux traitements")
ALL_OF_THEM = AnyCase(
    r"\b(these|all (of )?(these|the|our)|each of these)\s+(remedies|products|oils|treatments|"
    r"options|supplements|ingredients|picks)\b|"
    r"\bboth (of )?(these |the |those )?(medicines|medications|drugs|treatments|ingredients|actives|pills)\b|"
    r"\bbeide[nr]? (wirkstoffe|mittel|medikamente|präparate|arzneimittel)\b|"
    r"\bamb[oa]s (medicamentos|tratamientos|fármacos|principios activos)\b|"
    r"\bles deux (médicaments|traitements|molécules|produits)\b"
)


def with_form(entities: tuple[Entity, ...], sentence: str) -> tuple[Entity, ...]:
    """What a later "it" refers to keeps the one form its sentence named ("a daily spray that
    mixes finasteride and minoxidil. It's FDA approved": the spray)."""
    if all(e.route for e in entities):
        return entities
    routes = routes_in(sentence)
    if len(routes) != 1:
        return entities
    route = routes[0]
    return tuple(e if e.route else Entity(e.kind, e.slug, e.name, route) for e in entities)


def subject_entities(slugs: tuple[str, ...], kb: KnowledgeBase) -> tuple[Entity, ...]:
    """A product's own actives (or its treatment), for sentences that name no ingredient."""
    out = []
    for slug in slugs:
        if slug in kb.ingredients:
            out.append(Entity("ingredient", slug, kb.ingredients[slug].name))
        elif slug in kb.treatments:
            out.append(Entity("treatment", slug, kb.treatments[slug].name))
    return tuple(out)


class SubjectContext:
    """Who a sentence without a name is about: with a back-reference or no subject at all, the
    last named subject in its paragraph (the first of them after "it" or "our serum"); else the
    product's own actives. Sentences that make no claim are only read for names when a later
    claim needs them."""

    def __init__(self, index: EntityIndex, own: tuple[Entity, ...], text: str = "") -> None:
        self.index = index
        self.own = own
        self.previous: tuple[Entity, ...] = ()
        self.unread: list[str] = []  # sentences since `previous` was last worked out
        self.paragraph: list[str] = []  # every sentence of the paragraph so far
        self.products = ProductNames(index, text)

    def new_paragraph(self) -> None:
        self.previous, self.unread, self.paragraph = (), [], []

    def skip(self, sentence: str) -> None:
        self.unread.append(sentence)
        self.paragraph.append(sentence)

    def topics(self, kb: KnowledgeBase) -> tuple[str, ...]:
        """The conditions the paragraph's sentences before this one name, last named first."""
        named: dict[str, None] = {}
        for sentence in reversed(self.paragraph[:-1]):
            named.update(dict.fromkeys(conditions_named(sentence, kb)))
        return tuple(named)

    def _everything(self) -> tuple[Entity, ...]:
        """Every subject named so far in the paragraph, first named first."""
        out: dict[str, Entity] = {}
        for sentence in self.paragraph:
            for e in self.index.subjects(sentence):
                out.setdefault(e.slug, e)
        return tuple(out.values())

    def _previous(self) -> tuple[Entity, ...]:
        """`previous` as if every unread sentence had been read, newest first."""
        referred = False
        for sentence in reversed(self.unread):
            named = self.index.subjects(sentence)
            if named:
                return with_form(named, sentence)
            if not BACK_REFERENCE.found(sentence):
                if self.own:
                    return self.own
                continue
            referred = True  # it took what came before it, or else the product's actives
        return self.previous or (self.own if referred else ())

    def earlier(self) -> tuple[Entity, ...]:
        """What the sentences before this one were about."""
        if self.unread:
            self.previous, self.unread = self._previous(), []
        return self.previous

    def entities(self, sentence: str, mentions: Mentions, first: KindMatch) -> tuple[Entity, ...]:
        entities = mentions.subjects
        self.earlier()
        # "It regrows hair", or a claim with its subject left out ("Clinically proven to
        # regrow hair."): about whatever the paragraph was about
        head = sentence[: first.start]
        label = LIST_ITEM.match(head)  # "- GENTLE FORMULA: no side effects" leaves it out too
        lead = (head[label.end() :] if label else head).split()
        # "It's FDA approved": "it" names one thing, not everything named before
        elliptical = len(lead) <= 1 and not (lead and ONE_THING.match(lead[0]))
        if not entities and ALL_OF_THEM.found(sentence):
            entities = self._everything()  # "these remedies": all the paragraph named
        rest = sentence[label.end() :] if label else sentence
        if not entities and (elliptical or BACK_REFERENCE.found(rest)):
            entities = self.previous
            # "it", "our roller": one thing, the one named first before (its subject), not
            # whichever of several would make the claim true; a claim with no subject at all
            # ("Clinically proven to ...") stays about everything named before
            if len(entities) > 1 and not elliptical and not PLURAL_REFERENCE.search(sentence):
                entities = entities[:1]
        if not entities and 0 < len(lead) <= 2 and lead[0][:1].isupper():
            # "HaloCrown is ...", "GlowRoot regrows ...": a product's name and its verb (after
            # "GlowRoot's formula" the verb is the claim's own first word)
            in_lead = len(lead) == 2 and not lead[0].endswith("'s")
            after = sentence[first.start : first.start + 20].split() or [""]
            verb = lead[1] if in_lead else after[0]
            entities = self.products.named(lead[0], verb)
        if not entities:
            entities = self.own
        if (
            not entities
            and first.kind in SHARED_WARNINGS
            and mentions.comparators
            and SHARED_LEAD.match(sentence)
        ):
            # "Like finasteride, this medication cannot be taken in pregnancy": with its own
            # subject unnamed, the warning is said of the one it is likened to as well (which a
            # later "it" does not refer to); a benefit likened ("like minoxidil, this serum
            # regrows hair") is the unnamed product's, not minoxidil's
            self.paragraph.append(sentence)
            return mentions.comparators
        if entities:
            self.previous = with_form(entities, sentence)
        self.paragraph.append(sentence)
        return entities
