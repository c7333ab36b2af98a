"""Rule for how fast a treatment is said to work, against the time the record says results
took to show."""

from __future__ import annotations

import re

from anagen.claims.efficacy import PROMISED_TO_ALL
from anagen.claims.figures import claimed_share
from anagen.claims.judgement import Claim, Judgement, judged, main_slug, treatments
from anagen.claims.vocab import Verdict
from anagen.knowledge.base import KnowledgeBase

COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
COUNTS |= {"nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
NUMBER_WORDS = {**COUNTS, "a": 1, "first": 1, "single": 1, "very": 1}
NUMBER_WORDS |= {"few": 3, "couple": 2, "several": 3}  # "in a few days": about three
# and the counts foreign_wording.COUNT reads, a few or several as "few" is ("nach mehreren Monaten")
NUMBER_WORDS |= dict.fromkeys(["zwei", "deux", "dois", "duas"], 2)
NUMBER_WORDS |= dict.fromkeys(["drei", "trois", "tres", "três", "tre"], 3)
NUMBER_WORDS |= dict.fromkeys(["vier", "quatre", "cuatro", "quatro", "quattro"], 4)
NUMBER_WORDS |= dict.fromkeys(["sechs", "seis", "sei"], 6)
NUMBER_WORDS |= dict.fromkeys(["wenigen", "einigen", "mehreren", "quelques", "plusieurs"], 3)
NUMBER_WORDS |= dict.fromkeys(["pochi", "poche", "alcuni", "alcune", "diversi", "pocas"], 3)
NUMBER_WORDS |= dict.fromkeys(["algunas", "algunos", "pocos", "varias", "varios", "poucas"], 3)
NUMBER_WORDS |= dict.fromkeys(["algumas", "vários", "várias"], 3)
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}
# the same units in Spanish ("en solo 7 días"), as mixed-language adverts write them
UNIT_DAYS |= {"día": 1, "dia": 1, "semana": 7, "mes": 30}
# and in the other languages foreign_wording.py reads, each form whole ("a journey" is no "jour")
FOREIGN_UNIT_DAYS = dict.fromkeys(["tag", "tage", "tagen", "jour", "jours", "giorno", "giorni"], 1)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["dag", "dagen", "gün", "günde", "günlük"], 1)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["woche", "wochen", "semaine", "semaines", "settimana"], 7)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["settimane", "weken", "hafta", "haftada"], 7)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["monat", "monate", "monaten", "mois", "mese", "mesi"], 30)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["maand", "maanden", "ay", "ayda"], 30)
# (Polish, Czech, Russian, Swedish, Norwegian, Indonesian and Arabic: foreign_wording_more.py)
FOREIGN_UNIT_DAYS |= dict.fromkeys(
    ["dni", "dnia", "dzień", "dny", "dnů", "dnech", "день", "дня"], 1
)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["дней", "dagar", "dagarna", "dager", "hari", "يوم", "أيام"], 1)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["tydzień", "tygodnie", "tygodni", "tygodniach", "týden"], 7)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["týdny", "týdnů", "týdnech", "неделю", "недели", "недель"], 7)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["неделях", "vecka", "veckor", "veckorna", "uke", "uker"], 7)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["ukene", "minggu", "أسبوع", "أسابيع"], 7)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["miesiąc", "miesiące", "miesięcy", "miesiącach", "měsíc"], 30)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["měsíce", "měsíců", "měsících", "месяц", "месяца"], 30)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["месяцев", "месяцах", "månad", "månader", "månaderna"], 30)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["måned", "måneder", "månedene", "bulan", "شهر", "أشهر"], 30)
FOREIGN_UNIT_DAYS |= dict.fromkeys(["شهور"], 30)
# Japanese, Korean and Chinese write the unit straight after the number ("2週間で", "4주")
UNSPACED_UNIT_DAYS = dict.fromkeys(["日", "일", "天"], 1)
UNSPACED_UNIT_DAYS |= dict.fromkeys(["週間", "주", "周", "週", "星期"], 7)
UNSPACED_UNIT_DAYS |= dict.fromkeys(
    ["ヶ月", "か月", "カ月", "ヵ月", "ケ月", "개월", "달", "个月", "個月"], 30
)
UNIT_DAYS |= FOREIGN_UNIT_DAYS | UNSPACED_UNIT_DAYS
# and the numerals Chinese and Japanese write before them ("两周", "三か月")
CJK_COUNTS = dict(zip("一二两三四五六七八九十", [1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10], strict=True))
PROMISED = re.compile(
    rf"\b(\d+|{'|'.join(NUMBER_WORDS)})\s+(?:first\s+)?(?:[A-Z]\w*\s+)?"
    r"(day|week|fortnight|month|use|session|application|treatment|wash|día|dia|semana|mes|"
    rf"(?:{'|'.join(sorted(FOREIGN_UNIT_DAYS, key=len, reverse=True))})\b)",
    re.I,
)
CALENDAR = {"day", "week", "fortnight", "month", "día", "dia", "semana", "mes", *FOREIGN_UNIT_DAYS}
CALENDAR |= set(UNSPACED_UNIT_DAYS)
# (the first number of a range, as PROMISED reads it; not a dose a day, "1日2回", "一天两次")
PROMISED_UNSPACED = re.compile(
    rf"(\d+|[{''.join(CJK_COUNTS)}])\s*(?:[-~\u301c\uff5e]\s*\d+\s*)?"
    rf"({'|'.join(sorted(UNSPACED_UNIT_DAYS, key=len, reverse=True))})"
    rf"(?!\s*[\d{''.join(CJK_COUNTS)}]+\s*(?:回|次|회|번))"
)
# "by week eight": the unit before its count
UNIT_FIRST = re.compile(rf"\b(day|week|month) (\d+|{'|'.join(COUNTS)})\b", re.I)
# the first time a fact gives; of a range ("16 to 26 weeks") its start
NEEDED = re.compile(
    r"(\d+|one|two|three|four|six)(?:\s*(?:to|-|\u2013)\s*\d+)?\s*(month|week)", re.I
)


def _days(count: str, unit: str) -> int:
    n = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower(), CJK_COUNTS.get(count, 1))
    return n * UNIT_DAYS.get(unit.lower(), 1)


# a span of times: "3 to 6 months", "2-4 weeks"
RANGE = re.compile(
    rf"\b(\d+|{'|'.join(COUNTS)})\s*(-|\u2013| to | or )\s*(\d+|{'|'.join(COUNTS)}) ?(day|week|month)",
    re.I,
)
# a time given as the shortest wait, not a promise of results by then
AT_LEAST = re.compile(r"\b(at least|no sooner than|not before|or (more|longer))\b", re.I)
NO_EFFECT_YET = re.compile(r"\b(not|no|nor|never|without)\b[^.;]{0,30}$", re.I)


def _before_effect(text: str, m: re.Match[str]) -> bool:
    """The duration is one at which the record says nothing had happened yet."""
    return bool(NO_EFFECT_YET.search(text[max(0, m.start() - 40) : m.start()]))


# "by your second monthly delivery": a month a delivery
DELIVERY = re.compile(
    r"\b(second|third|fourth|2nd|3rd|4th) monthly (delivery|bottle|box|pack|refill|shipment)\b",
    re.I,
)
ORDINALS = {"second": "2", "third": "3", "fourth": "4", "2nd": "2", "3rd": "3", "4th": "4"}


def _deliveries(text: str) -> str:
    return DELIVERY.sub(lambda m: f"{ORDINALS[m.group(1).lower()]} months", text)


# New hair promised: no treatment we record grows hair within days.
GROWTH = re.compile(r"\b(grow\w*|grew|regrow\w*|regrew|new hairs?)\b", re.I)
SHOWS = re.compile(r"\b(regrowth|regrown|new hair|results?|improvement|benefit)\b", re.I)


def _sooner_than_any(days: int, kb: KnowledgeBase) -> tuple[str, tuple[str, ...]] | None:
    """A time well under the quickest any recorded treatment took, whatever the product is."""
    quickest: tuple[int, str, tuple[str, ...]] | None = None
    for t in kb.treatments.values():
        fact = t.time_to_effect
        if fact is None or not SHOWS.search(fact.text):
            continue  # a course length, not a time results showed
        first = _first_time(fact.text)
        if first is not None and (quickest is None or first < quickest[0]):
            quickest = (first, fact.text, tuple(fact.sources))
    if quickest is None or days >= quickest[0] * 0.75:
        return None
    return f"Sooner than any treatment we record; the quickest: {quickest[1]}", quickest[2]


def _first_time(fact_text: str) -> int | None:
    """The first time, in days, at which the record says results were seen."""
    need = next((m for m in NEEDED.finditer(fact_text) if not _before_effect(fact_text, m)), None)
    return _days(*need.groups()) if need else None


# how often a day, as labels and records say it: "twice a day usage", "twice-daily use"
A_DAY = re.compile(r"\b(once|twice)(?:[- ](?:a|per)[- ]day|[- ]daily)\b", re.I)


def _only_record_of(days: int, sentence: str, kb: KnowledgeBase) -> Judgement | None:
    """ "Results may occur at 2 months with twice a day usage": a label's hedged time that names
    no product, but gives the first time at which results show, and how often a day it is
    used, as one record does and no other. The label reads from that record, which bears it
    out."""
    often = A_DAY.search(sentence)
    if often is None:
        return None
    found = [
        (slug, t.time_to_effect)
        for slug, t in kb.treatments.items()
        if t.time_to_effect is not None
        and SHOWS.search(t.time_to_effect.text)
        and _first_time(t.time_to_effect.text) == days
        and often.group(1).lower()
        in {m.group(1).lower() for m in A_DAY.finditer(t.time_to_effect.text)}
    ]
    if len(found) != 1:
        return None
    slug, fact = found[0]
    return judged(Verdict.SUPPORTED, fact.text, fact.sources, slug)


def rule_time(claim: Claim, kb: KnowledgeBase) -> Judgement:
    # "by week eight" is "eight weeks"; the time in the claim's own wording, not another one
    # before it ("shedding a few months after giving birth settles within six months")
    promised = PROMISED.search(UNIT_FIRST.sub(r"\2 \1", _deliveries(claim.wording)))
    if promised is None or promised.group(2).lower() not in CALENDAR:
        promised = PROMISED.search(UNIT_FIRST.sub(r"\2 \1", _deliveries(claim.sentence)))
    if promised is None:
        promised = PROMISED_UNSPACED.search(claim.wording) or PROMISED_UNSPACED.search(
            claim.sentence
        )
    for e, t in treatments(claim, kb):
        if t.time_to_effect is None or promised is None:
            continue
        # the first time the record says results were seen ("had not changed at 3 months and
        # had risen by 6 months": 6)
        fact = t.time_to_effect
        first = _first_time(fact.text)
        if first is None:
            continue
        days = _days(*promised.groups())
        if days < first * 0.75:
            if AT_LEAST.search(claim.sentence):
                # "expect to wait at least three months": a shortest wait, which a longer
                # recorded one bears out rather than contradicts
                return judged(Verdict.SUPPORTED, fact.text, fact.sources, e.slug)
            return judged(Verdict.FALSE, f"Too soon: {fact.text}", fact.sources, e.slug)
        longest = max(_days(*m.groups()) for m in NEEDED.finditer(fact.text))
        # a range ("usually 3 to 6 months") already says results come sooner for some than
        # for others: only a promise to all makes it one for everyone
        share = None if RANGE.search(claim.wording) else claimed_share(claim.sentence)
        if days < longest * 0.75 and (PROMISED_TO_ALL.search(claim.sentence) or (share or 0) >= 50):
            # "guaranteed in 60 days" or "most users by week eight" where the record says some
            # see results at 2 months but many need 4: true for some, promised to all or most
            text = f"Only some see results that soon: {fact.text}"
            return judged(Verdict.MISLEADING, text, fact.sources, e.slug)
        return judged(Verdict.SUPPORTED, fact.text, fact.sources, e.slug)
    if promised is not None and claim.hedged and not treatments(claim, kb):
        label = _only_record_of(_days(*promised.groups()), claim.sentence, kb)
        if label is not None:
            return label
    if (
        promised is not None
        and promised.group(2).lower() in CALENDAR
        and GROWTH.search(claim.sentence)
    ):
        sooner = _sooner_than_any(_days(*promised.groups()), kb)
        if sooner:
            return judged(Verdict.FALSE, sooner[0], sooner[1], main_slug(claim))
    return judged(
        Verdict.UNSUPPORTED,
        "We have no recorded evidence on how fast this works.",
        (),
        main_slug(claim),
    )
