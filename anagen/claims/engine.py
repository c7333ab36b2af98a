"""check_claims(): every health claim in a text, graded against the knowledge base.

Pure: text and knowledge base in, findings out, with character offsets into the input. The same
text always gives the same findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from anagen.claims.claim_scope import SCOPED_BY_CONTRAST, judged_part
from anagen.claims.classes import class_named
from anagen.claims.clause_subjects import clause_subjects
from anagen.claims.condition_subject import (
    COURSE_KINDS,
    COURSE_PARTS,
    condition_cause,
    condition_course,
    credited,
    read_as_course,
)
from anagen.claims.doctor_needed import NO_DOCTOR_RE
from anagen.claims.entities import Entity, EntityIndex, Mentions
from anagen.claims.evidence_denial import denial_of_evidence, denies_evidence, trial_denied
from anagen.claims.figures import only_strengths
from anagen.claims.grade import grade
from anagen.claims.judgement import Claim, Judgement
from anagen.claims.kinds import KindMatch, again_after, find_kinds
from anagen.claims.memo import Memo
from anagen.claims.modality import read
from anagen.claims.name_index import entity_index
from anagen.claims.page_furniture import is_page_call, names_a_title
from anagen.claims.patterns import NEEDS_COMPARATOR as COMPARATOR_WORDING
from anagen.claims.recall import (
    ACTIONS,
    clinician_on_condition,
    recalled_condition_fact,
    recalled_kinds,
)
from anagen.claims.recalled_harms import HAPPENS, recalled_harm
from anagen.claims.segment import find_spans
from anagen.claims.subject_context import LIST_ITEM, SubjectContext, subject_entities
from anagen.claims.vocab import CLAIMS_VERSION, Kind, Verdict
from anagen.knowledge.base import KnowledgeBase

MAX_TEXT_CHARS = 2_000_000
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# An answer that makes the question before it a claim: "Does biotin regrow hair? Yes!"
YES = re.compile(
    r"\W*(yes|yep|absolutely|definitely|of course|it does|they do|it can|it will)\b", re.I
)
BULLET_BEFORE = re.compile(r"\n[ \t]*[\u2022\u25aa\u25cf][ \t]*$")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
NUMBER_DASH = re.compile(r"(?<=\d)[\u2012\u2013\u2014\u2212](?=\d)")
# Kinds whose own wording is negative ("no side effects"), so negation is part of the claim.
NEGATIVE_KINDS = {Kind.NO_SIDE_EFFECTS, Kind.HARMS_OUTWEIGH}
# Kinds whose denial is itself a checkable statement ("minoxidil is not a DHT blocker").
INVERTIBLE = {
    Kind.LOWERS_DHT,
    Kind.BLOCKS_ANDROGENS,
    Kind.REGROWS_HAIR,
    Kind.STOPS_HAIR_LOSS,
    Kind.THICKENS_HAIR,
    Kind.STIMULATES_FOLLICLES,
    Kind.FDA_APPROVED,
    Kind.FDA_CLEARED,
    Kind.PRESCRIPTION_STRENGTH,
    Kind.CAUSES_SIDE_EFFECT,
    Kind.LASTING_RESULTS,
    Kind.NEEDS_ONGOING_USE,
    Kind.SUITS_EVERYONE,
    Kind.SAFE_IN_PREGNANCY,
    Kind.SAFE_FOR_GROUP,
    Kind.USAGE,
}
# Kinds whose denial is checked only against a definite recorded fact: "shampoo alone won't
# clear ringworm" (the record says so), not "nothing cures baldness".
DEFINITE_DENIALS = {Kind.CURES_BALDNESS, Kind.CONDITION_FACT}
INVERTED_DEFINITE = {Verdict.FALSE, Verdict.SUPPORTED}
COMPARATIVE = {Kind.AS_GOOD_AS, Kind.BETTER_THAN}
NEEDS_COMPARATOR = re.compile(COMPARATOR_WORDING, re.I)
INVERTED = {
    Verdict.FALSE: Verdict.SUPPORTED,
    Verdict.SUPPORTED: Verdict.FALSE,
    Verdict.MISLEADING: Verdict.UNSUPPORTED,
    Verdict.UNSUPPORTED: Verdict.UNSUPPORTED,
}


def invert(j: Judgement) -> Judgement:
    """The verdict on a denial is the opposite of the verdict on the assertion."""
    return Judgement(INVERTED[j.verdict], j.explanation, j.sources, j.entity)


@dataclass(frozen=True, slots=True)
class Finding:
    start: int
    end: int
    quote: str
    entity: str
    kind: str
    verdict: str
    explanation: str
    sources: tuple[str, ...]
    hedged: bool


# A finding but for where its sentence stands (entity, kind, verdict, explanation, sources,
# hedged): the same for every repeat of the sentence, so it is worked out once (_finding) and
# made a Finding only where it is placed (_placed).
Verdicted = tuple[str, str, str, str, tuple[str, ...], bool]


@dataclass(frozen=True, slots=True)
class ClaimReport:
    findings: tuple[Finding, ...]
    version: str = CLAIMS_VERSION


def check_claims(
    text: str, kb: KnowledgeBase, context: str | None = None, subjects: tuple[str, ...] = ()
) -> ClaimReport:
    """`context` is the product's regulatory type and `subjects` its actives, when the text is
    a product's marketing; a sentence naming no ingredient is then about the product."""
    # Curly apostrophes read as straight ones ("don\u2019t"): same length, same offsets.
    original = text[:MAX_TEXT_CHARS]
    text = original.translate(APOSTROPHES)
    if "\u2013" in text or "\u2014" in text or "\u2212" in text or "\u2012" in text:
        # a range typeset with a dash ("3\u20136 months") reads as typed ("3-6"): same offsets
        text = NUMBER_DASH.sub("-", text)
    index = entity_index(kb)
    about = SubjectContext(index, subject_entities(subjects, kb), text)
    findings: list[Finding] = []
    memo = Memo()  # the subjects of a claim's clause, worked out once for a repeated sentence
    last_end = 0
    asked = False  # the span before was a question
    after_call = False  # the span before was a call to save a guide, ending in a colon
    question: tuple[str, int, tuple[KindMatch, ...], tuple[Entity, ...], Mentions] | None = None
    for span in find_spans(text):
        sentence = text[span.start : span.end]
        gap = text[last_end : span.start]
        if "\n" in gap and not _under_line(gap, sentence, asked):
            # a back-reference never reaches into another paragraph; the items of a list right
            # under a line ("- GENTLE FORMULA: no side effects") and the answer on the line
            # under a question ("How long does spironolactone take?") stay about what it named
            about.new_paragraph()
            question = None
        last_end = span.end
        asked = sentence.rstrip().endswith("?")
        # "Save our guide on X: Effective Hair Regrowth ...": the call, and the title it names
        title, after_call = after_call, False
        if title or is_page_call(sentence):
            after_call = not title and names_a_title(sentence)
            about.skip(sentence)
            question = None
            continue
        if question is not None and YES.match(sentence):
            q_sentence, q_start, q_matches, q_entities, q_mentions = question
            for match in q_matches:
                found = _finding(q_sentence, match, q_entities, q_mentions, True, (), context, kb)
                if found is not None:
                    findings.append(_placed(found, q_sentence, q_start))
        question = None
        claimed = _claims_in(sentence, index, kb)
        if claimed is None:
            about.skip(sentence)
            continue
        matches, mentions = claimed
        before = about.earlier()
        entities = about.entities(sentence, mentions, matches[0])
        if sentence.rstrip().endswith("?"):
            question = (sentence, span.start, matches, entities, mentions)
        course_read = False  # a condition's own course, read once per sentence
        for match in matches:
            own = entities
            if entities == mentions.subjects:
                clause = (sentence, match.start, match.end, entities)
                own = memo.get((*clause, before), clause_subjects, *clause, index, before)
            if course_read and match.kind in COURSE_PARTS and not credited(own):
                continue  # the rest of the course already read ("..., with the hair back")
            if context is None and match.kind in COURSE_KINDS and read_as_course(match.kind, own):
                found = _course(sentence, match, mentions, kb)
                if found is not None:
                    findings.append(_placed(found, sentence, span.start))
                    course_read = True
                    continue
            if context is None and (cause := condition_cause(sentence, match, bool(own))):
                found = _finding(sentence, cause, own, mentions, False, (), None, kb)
                if found is not None:  # if not, the claim stands as made
                    findings.append(_placed(found, sentence, span.start))
                    continue
            # a condition fact that names no condition ("it spreads through shared brushes")
            # is about the one its paragraph named (looked up only for this rare kind)
            topics = about.topics(kb) if _about_condition(sentence, match) else ()
            found = _finding(sentence, match, own, mentions, False, topics, context, kb)
            if found is not None:
                findings.append(_placed(found, sentence, span.start))
                course_read = course_read or match.kind is Kind.CONDITION_FACT
    if text != original:  # a quote gives the text as written, curly apostrophes and all
        findings = [_quoted(f, original) for f in findings]
    return ClaimReport(_once_each(findings))


def _under_line(gap: str, sentence: str, asked: bool) -> bool:
    """A span on the line right under the one before: a list item, or the answer to a question
    (a bullet the spans leave out, "\u2022 ...", is in the gap before the item)."""
    if BLANK_LINE.search(gap):
        return False
    return bool(LIST_ITEM.match(sentence) or BULLET_BEFORE.search(gap) or asked)


def _once_each(findings: list[Finding]) -> tuple[Finding, ...]:
    """Each finding once: two wordings of one sentence may give the same claim the same verdict
    ("DHT is the main cause of hair loss": the cause named, and the cause's verb)."""
    seen: set[tuple[int, int, str, str, str]] = set()
    kept = []
    for f in findings:
        key = (f.start, f.end, f.kind, f.verdict, f.entity)
        if key not in seen:
            seen.add(key)
            kept.append(f)
    return tuple(kept)


def _quoted(f: Finding, original: str) -> Finding:
    quote = original[f.start : f.end]
    return Finding(
        f.start, f.end, quote, f.entity, f.kind, f.verdict, f.explanation, f.sources, f.hedged
    )


def _course(
    sentence: str, match: KindMatch, mentions: Mentions, kb: KnowledgeBase
) -> Verdicted | None:
    """The finding on a claim read as the condition's own course (condition_subject.py), when
    its record bears that out; if not, the claim stands as made (the record can still show it
    wrong)."""
    course = condition_course(sentence, match)
    if course is None:
        return None
    return _finding(sentence, course, (), mentions, False, (), None, kb)


def _about_condition(sentence: str, match: KindMatch) -> bool:
    """A claim judged on a condition's record ("it spreads through shared brushes", "no need to
    see a doctor", "creams on their own won't clear it"), which may be the one the paragraph
    named before."""
    if match.kind in (Kind.CONDITION_FACT, Kind.CURES_BALDNESS):
        return True
    return match.kind is Kind.USAGE and bool(NO_DOCTOR_RE.search(sentence, match.start, match.end))


# Ads repeat their lines within a text and from text to text (a tagline under every product, a
# reviewer's stock sentence): a sentence's claims, and the finding on each claim with the same
# subjects, are worked out once (memo.forget_sentences empties these).
@lru_cache(maxsize=1024)
def _claims_in(
    sentence: str, index: EntityIndex, kb: KnowledgeBase
) -> tuple[tuple[KindMatch, ...], Mentions] | None:
    """The claim wordings of a sentence and the names in it; None when it makes no claim."""
    matches = find_kinds(sentence)
    if matches:
        matches = _outside_names(sentence, matches, index)
        _drop_strength_read_as_rate(sentence, matches, index)
    if not matches:
        happens, acts = HAPPENS.found(sentence), ACTIONS.found(sentence)
        condition = clinician_on_condition(sentence)
        if not (happens or acts or condition):
            return None
        # no claim wording, but maybe a harm in its record's own words (recalled_harms.py), an
        # outcome in other words or a statement about a condition (recall.py)
        mentions = index.find(sentence)
        matches = recalled_harm(sentence, mentions, kb) if happens else []
        if not matches and acts:
            matches = recalled_kinds(sentence, mentions)
        if not matches and condition and not mentions.subjects:
            matches = recalled_condition_fact(sentence)
        return (tuple(matches), mentions) if matches else None
    mentions = index.find(sentence)
    if not mentions.subjects and (members := class_named(_subject_part(sentence, matches), kb)):
        mentions = replace(mentions, subjects=members)  # "JAK pills": each of them
    return tuple(matches), mentions


def _drop_strength_read_as_rate(
    sentence: str, matches: list[KindMatch], index: EntityIndex
) -> None:
    """ "Swears by 5% minoxidil foam": a medicine's strength, which the wording of a success rate
    ("by 5%") takes in; no claim of how often it works."""
    for i, match in enumerate(matches):
        if match.kind is Kind.PERCENT_SUCCESS:
            wording = sentence[match.start : match.end]
            if only_strengths(wording, sentence[match.end : match.end + 40], index.words):
                del matches[i]
            return


def _subject_part(sentence: str, matches: list[KindMatch]) -> str:
    """The sentence without the wording of a claim that a medicine is of a class: in "this
    medicine is a JAK inhibitor" the class is what is said of it, not who it is about."""
    for m in matches:
        if m.kind is Kind.DRUG_CLASS:
            sentence = sentence[: m.start] + " " * (m.end - m.start) + sentence[m.end :]
    return sentence


def _placed(found: Verdicted, sentence: str, offset: int) -> Finding:
    """The finding on a claim of the sentence at `offset` in the text."""
    entity, kind, verdict, explanation, sources, hedged = found
    return Finding(
        offset,
        offset + len(sentence),
        sentence,
        entity,
        kind,
        verdict,
        explanation,
        sources,
        hedged,
    )


def _outside_names(sentence: str, matches: list[KindMatch], index: EntityIndex) -> list[KindMatch]:
    """Claim wording that is part of a product's name is no claim: "Rogaine Extra Strength"
    is a brand, not a promise of strength; the kind's wording after the name still counts."""
    out: list[KindMatch] = []
    for match in matches:
        found: KindMatch | None = match
        for _ in range(3):  # a name can hold the wording more than once: look a little further
            if found is None:
                break
            name_end = index.name_end(sentence, found.start, found.end)
            if name_end is None:
                break
            found = again_after(sentence, found, name_end)
        if found is not None:
            out.append(found)
    return sorted(out, key=lambda k: k.start)


@lru_cache(maxsize=2048)
def _finding(
    sentence: str,
    match: KindMatch,
    entities: tuple[Entity, ...],
    mentions: Mentions,
    answered: bool,
    topics: tuple[str, ...],
    context: str | None,
    kb: KnowledgeBase,
) -> Verdicted | None:
    """The finding on one claim of a sentence, wherever it stands (see _placed). `answered`: a
    question the next sentence answers with yes, so it is asserted."""
    reading = read(sentence, match.start, match.end)
    if not reading.asserted and not answered:
        return None
    wording = sentence[match.start : match.end]
    if (
        match.kind in COMPARATIVE
        and not (mentions.comparators or mentions.compared_routes)
        and NEEDS_COMPARATOR.search(wording)
    ):
        return None  # "matches your skin tone" compares nothing
    negated = match.kind not in NEGATIVE_KINDS and reading.negated
    of_evidence = negated and denies_evidence(sentence, match.start, match.end, match.kind)
    if negated and match.kind not in INVERTIBLE | DEFINITE_DENIALS and not of_evidence:
        return None  # "does not guarantee" promises nothing
    hedged = reading.hedged
    claim = Claim(
        match.kind,
        judged_part(sentence, match.end, match.kind)
        if match.kind in SCOPED_BY_CONTRAST
        else sentence,
        entities,
        hedged,
        negated,
        context,
        mentions.comparators,
        mentions.compared_routes,
        wording,
        topics,
    )
    judged = grade(claim, kb)
    if judged is None:
        return None
    if negated and match.kind in DEFINITE_DENIALS and judged.verdict not in INVERTED_DEFINITE:
        return None  # "nothing cures baldness": no recorded fact to set it against
    if of_evidence:
        judged = trial_denied(claim, match.start, match.end, kb) or denial_of_evidence(
            judged, match.kind
        )
        if judged is None:
            return None
    elif negated:
        judged = invert(judged)
    return (
        judged.entity,
        str(match.kind),
        str(judged.verdict),
        judged.explanation,
        judged.sources,
        hedged,
    )
