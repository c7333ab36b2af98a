"""Claims in Polish, Czech, Russian, Ukrainian, Swedish, Norwegian, Indonesian, Japanese, Korean,
Chinese, Arabic and Vietnamese (foreign_wording_more.py), and a condition's own course ("grows
back by itself") in every language read: the standard wording of each kind, its denial, names found inside the unspaced
scripts and with the Arabic article, sentences cut at full-width stops, and everyday sentences
that must stay unflagged. Wordings of our own, not the blind sets' sentences."""

# ruff: noqa: RUF001

from __future__ import annotations

import random

import pytest

from anagen.claims import segment
from anagen.claims.engine import check_claims
from anagen.claims.evidence import conditions_named
from anagen.claims.foreign_wording_more import MORE
from anagen.claims.name_index import entity_index
from anagen.claims.prefilter import required
from tests.claims.checking import KB, verdicts


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # stops hair loss: a medicine that does, a supplement that does not
        ("Finasteryd skutecznie hamuje wypadanie włosów.", "stops_hair_loss", "supported"),
        ("Biotyna powstrzymuje wypadanie włosów u mężczyzn.", "stops_hair_loss", "false"),
        ("Finasterid zpomaluje vypadávání vlasů.", "stops_hair_loss", "supported"),
        ("Финастерид замедляет выпадение волос у мужчин.", "stops_hair_loss", "supported"),
        ("Finasterid bromsar håravfallet hos män.", "stops_hair_loss", "supported"),
        ("Finasterid reduserer hårtap hos menn.", "stops_hair_loss", "supported"),
        ("Biotin mencegah kerontokan rambut.", "stops_hair_loss", "false"),
        ("フィナステリドは抜け毛を防ぎます。", "stops_hair_loss", "supported"),
        ("피나스테리드는 탈모를 예방합니다.", "stops_hair_loss", "supported"),
        ("非那雄胺可以减缓脱发。", "stops_hair_loss", "supported"),
        ("الفيناسترايد يقلل تساقط الشعر عند الرجال.", "stops_hair_loss", "supported"),
        # denied: a denial of a recorded effect is false
        ("Finasterid inte bromsar håravfall.", "stops_hair_loss", "false"),
        ("Финастерид не замедляет выпадение волос.", "stops_hair_loss", "false"),
        ("Finasterid tidak mengurangi rambut rontok.", "stops_hair_loss", "false"),
        # regrowth
        ("Minoksydyl stymuluje porost włosów.", "regrows_hair", "supported"),
        ("Миноксидил стимулирует рост волос.", "regrows_hair", "supported"),
        ("Minoxidil främjar hårväxten.", "regrows_hair", "supported"),
        ("Minoxidil merangsang pertumbuhan rambut.", "regrows_hair", "supported"),
        ("ミノキシジルは発毛を促進します。", "regrows_hair", "supported"),
        ("米诺地尔可以促进头发生长。", "regrows_hair", "supported"),
        ("المينوكسيديل يحفز نمو الشعر.", "regrows_hair", "supported"),
        # lowers DHT: finasteride does, minoxidil does not
        ("Finasteryd obniża poziom DHT.", "lowers_dht", "supported"),
        ("Миноксидил блокирует ДГТ.", "lowers_dht", "false"),
        ("ミノキシジルはDHTを抑制します。", "lowers_dht", "false"),
        ("非那雄胺能降低DHT水平。", "lowers_dht", "supported"),
        # no side effects, for medicines with recorded ones
        ("Finasteryd nie powoduje skutków ubocznych.", "no_side_effects", "false"),
        ("Finasterid nemá žádné vedlejší účinky.", "no_side_effects", "false"),
        ("Minoxidil har inga biverkningar.", "no_side_effects", "false"),
        ("Minoxidil er helt uten bivirkninger.", "no_side_effects", "false"),
        ("フィナステリドは副作用の心配がありません。", "no_side_effects", "false"),
        ("미녹시딜은 부작용이 전혀 없습니다.", "no_side_effects", "false"),
        ("米诺地尔没有任何副作用。", "no_side_effects", "false"),
        ("الفيناسترايد بدون أي آثار جانبية.", "no_side_effects", "false"),
        # ongoing use, recorded for minoxidil
        ("Minoksydyl trzeba stosować do końca życia.", "needs_ongoing_use", "supported"),
        ("Миноксидил нужно применять пожизненно.", "needs_ongoing_use", "supported"),
        ("Minoxidil måste användas livet ut.", "needs_ongoing_use", "supported"),
        ("ミノキシジルは一生使い続ける必要があります。", "needs_ongoing_use", "supported"),
        # clinically proven, said of a medicine with good evidence
        ("Minoxidil je klinicky prokázaný.", "clinically_proven", "supported"),
        ("Minoxidil er klinisk dokumentert.", "clinically_proven", "supported"),
        ("미녹시딜은 임상적으로 입증되었습니다.", "clinically_proven", "supported"),
        # suited to everyone
        ("Minoxidil passer for alle.", "suits_everyone", "misleading"),
        ("Minoxidil cocok untuk semua orang.", "suits_everyone", "misleading"),
        ("El minoxidil funciona a cualquier edad.", "suits_everyone", "misleading"),
    ],
)
def test_each_language_s_standard_wording_is_graded_as_in_english(
    text: str, kind: str, verdict: str
) -> None:
    assert verdicts(text).get(kind) == verdict, verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a condition's own course: the hair comes back with nothing done (watchful waiting)
        "Włosy po porodzie odrastają samoistnie.",
        "Vlasy samovolně dorůstají.",
        "Волосы отрастают самопроизвольно через несколько месяцев.",
        "Håret växer tillbaka av sig själv efter en förlossning.",
        "Håret vokser tilbake av seg selv.",
        "Rambut tumbuh kembali dengan sendirinya.",
        "円形脱毛症は自然に治ることが多い。",
        "원형탈모는 저절로 회복되는 경우가 많습니다.",
        "斑秃常常会自行恢复。",
        "الشعر ينمو من تلقاء نفسه بعد الولادة.",
        # and in the languages of foreign_wording.py
        "Die Haare wachsen meist von selbst nach.",
        "Les cheveux repoussent d'eux-mêmes après la grossesse.",
        "I capelli ricrescono spontaneamente.",
        "El cabello vuelve a crecer por sí solo.",
        "Haaruitval na een bevalling herstelt vanzelf.",
        "Doğum sonrası saç dökülmesi kendiliğinden düzelir.",
    ],
)
def test_a_recovery_with_nothing_done_is_graded_on_the_recorded_course(text: str) -> None:
    assert verdicts(text).get("regrows_hair") == "supported", verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Szampon nadaje się do codziennego stosowania.",
        "Darmowa dostawa dla wszystkich zamówień.",
        "Doprava zdarma pro všechny objednávky.",
        "Шампунь подходит для ежедневного использования.",
        "Fri frakt på alla beställningar.",
        "Bestill nå – fire uker til kun 149,-",
        "Diskon 20% untuk semua pelanggan hari ini.",
        "この商品は送料無料です。ご注文から3日以内に発送します。",
        "배송은 3일 이내에 완료됩니다.",
        "本产品适合油性头发。",
        "شحن مجاني لجميع الطلبات.",
        # a denied effect said in the scripts that put the denial after the verb: not misread
        "ミノキシジルは抜け毛を止めません。",
        "米诺地尔不能阻止脱发。",
    ],
)
def test_everyday_sentences_stay_unflagged(text: str) -> None:
    assert verdicts(text) == {}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("ミノキシジルは効きます", "minoxidil"),
        ("미녹시딜은 효과가 있습니다", "minoxidil"),
        ("米诺地尔有效", "minoxidil"),
        ("المينوكسيديل فعال", "minoxidil"),
        ("بالفيناسترايد", "finasteride"),
    ],
)
def test_names_are_found_inside_unspaced_text_and_with_the_arabic_article(
    text: str, slug: str
) -> None:
    assert slug in {e.slug for e in entity_index(KB).find(text).subjects}


def test_a_latin_name_is_still_found_only_as_a_whole_word() -> None:
    assert not entity_index(KB).find("Our antiminoxidilic formula").subjects


def test_chinese_and_japanese_sentences_end_at_full_width_stops() -> None:
    text = "米诺地尔促进头发生长。非那雄胺没有副作用！真的吗？「はい。」次"
    quotes = [text[s.start : s.end] for s in segment.find_spans(text)]
    assert quotes == ["米诺地尔促进头发生长。", "非那雄胺没有副作用！", "真的吗？", "「はい。」次"]


def test_boundaries_with_full_width_stops_are_the_full_pattern_s() -> None:
    rng = random.Random(11)
    pieces = ["a", "B", ".", " ", "!", "?", "\n", "\u3002", "\uff01", "\uff1f", "\u300d"]
    pieces += ["\u061f", "\u2022", "\u7c73", "x"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 20)))
        spans = [m.span() for m in segment.BOUNDARY.finditer(text)]
        assert list(segment.boundaries(text)) == spans, repr(text)


def test_every_new_wording_needs_words_of_its_own_language() -> None:
    # the literal prefilter then never runs them on an English sentence
    for wordings in MORE.values():
        for wording in wordings:
            needed = required(wording)
            assert needed, wording
            assert all(not s.isascii() or s.strip() not in ENGLISH for s in needed[0]), wording


# words of English sentences a first factor set must not be made of
ENGLISH = {"stop", "hair", "side", "effects", "dht", "proven", "for", "all", "with"}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a time to results, too soon for the record of minoxidil (about 2 months at the
        # earliest) or not, in each of the ten languages
        ("Minoksydyl daje widoczne efekty już po 2 tygodniach.", "false"),
        ("Minoksydyl daje widoczne efekty po 6 miesiącach.", "supported"),
        ("Minoxidil přináší viditelné výsledky za 2 týdny.", "false"),
        ("Миноксидил дает заметный результат через 2 недели.", "false"),
        ("Миноксидил дает заметный результат через 6 месяцев.", "supported"),
        ("Minoxidil ger synliga resultat efter 2 veckor.", "false"),
        ("Minoxidil gir synlige resultater etter 2 uker.", "false"),
        ("Minoxidil memberikan hasil terlihat dalam 2 minggu.", "false"),
        ("ミノキシジルは2週間で効果を実感できます。", "false"),
        ("ミノキシジルは6か月後に効果を実感できます。", "supported"),
        ("미녹시딜은 2주 만에 효과를 볼 수 있습니다.", "false"),
        ("米诺地尔2周内见效。", "false"),
        ("المينوكسيديل يعطي نتائج خلال 2 أسابيع.", "false"),
        # a Chinese numeral, a full-width digit, and a dose a day that is no time to results
        ("米诺地尔两周内见效。", "false"),
        ("米诺地尔六个月后见效。", "supported"),
        ("ミノキシジルは２週間で効果を実感できます。", "false"),
        ("ミノキシジルは1日2回の使用で、6か月で効果を実感できます。", "supported"),
    ],
)
def test_a_time_to_results_is_read_in_the_ten_languages(text: str, verdict: str) -> None:
    assert verdicts(text).get("works_in_days") == verdict


@pytest.mark.parametrize(
    "text",
    [
        # a time with no result to it: delivery, not a promise
        "Zamówienie dostarczamy w 2 dni.",
        "Dodání za 2 týdny od objednávky.",
        "Доставка через 2 недели.",
        "Leverans inom 2 veckor.",
        "Pengiriman dalam 2 minggu.",
        "配送は2週間で届きます。",
        # a time denied in the scripts that put the denial after the verb
        "ミノキシジルは2週間では効果が出ません。",
        "미녹시딜은 2주 만에 효과가 나타나지 않습니다.",
        "米诺地尔2周内不会见效。",
    ],
)
def test_a_time_with_no_result_stays_unflagged(text: str) -> None:
    assert verdicts(text) == {}


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # Czech "not" fused into the verb: the denial of what the record says is false, of
        # what it denies supported (engine.invert)
        ("Finasterid nezastavuje vypadávání vlasů.", "stops_hair_loss", "false"),
        ("Finasterid zastavuje vypadávání vlasů.", "stops_hair_loss", "supported"),
        ("Biotin nepomáhá proti vypadávání vlasů.", "stops_hair_loss", "supported"),
        ("Biotin pomáhá proti vypadávání vlasů.", "stops_hair_loss", "false"),
        ("Biotin nemůže zastavit vypadávání vlasů.", "stops_hair_loss", "supported"),
        ("Finasterid nesnižuje hladinu DHT.", "lowers_dht", "false"),
        # a claim whose own wording says "not" is not turned round
        ("Minoxidil nemá žádné vedlejší účinky.", "no_side_effects", "false"),
    ],
)
def test_czech_negation_fused_into_the_verb_is_read(text: str, kind: str, verdict: str) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the same medicine graded on the condition named in the sentence's own language:
        # pattern hair loss by default, alopecia areata when named
        ("Finasteryd hamuje wypadanie włosów.", "supported"),
        ("Finasteryd hamuje łysienie plackowate.", "unsupported"),
        ("Финастерид замедляет выпадение волос.", "supported"),
        ("Финастерид замедляет выпадение волос при гнездной алопеции.", "unsupported"),
        ("円形脱毛症にはフィナステリドが抜け毛を止めます。", "unsupported"),
    ],
)
def test_a_condition_named_in_another_language_picks_the_evidence(text: str, verdict: str) -> None:
    assert verdicts(text).get("stops_hair_loss") == verdict


def test_condition_names_of_other_languages_come_from_content_and_leave_english_alone() -> None:
    assert conditions_named("Łysienia plackowatego nie da się przewidzieć.", KB) == [
        "alopecia-areata"
    ]
    assert conditions_named("La pelade touche les enfants.", KB) == ["alopecia-areata"]
    # English names stay the code's: an acronym, an English record's words, a short stem
    assert conditions_named("Excessive hair shedding is common.", KB) == []
    assert conditions_named("AA is common.", KB) == []
    assert conditions_named("A finasterida é aprovada pela FDA.", KB) == []


@pytest.mark.parametrize(
    "text",
    [
        "Włosy zwykle odrastają same z siebie po kilku miesiącach.",
        "Po porodzie włosy odrastają same z siebie.",
    ],
)
def test_hair_said_to_regrow_on_its_own_in_polish_is_graded_on_the_course(text: str) -> None:
    assert verdicts(text).get("regrows_hair") == "supported"


@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        # works only while it is used: the record's own fact for these medicines
        ("Finasterid wirkt nur so lange, wie man es einnimmt.", "needs_ongoing_use", "supported"),
        ("Le minoxidil ne fonctionne que tant qu'on l'utilise.", "needs_ongoing_use", "supported"),
        ("O minoxidil funciona apenas enquanto você o usa.", "needs_ongoing_use", "supported"),
        ("フィナステリドは飲み続けることが前提です。", "needs_ongoing_use", "supported"),
        # roots woken, growth phase made longer
        ("Koffein aktiviert die Haarwurzeln.", "stimulates_follicles", "unsupported"),
        ("La caféine stimule les follicules pileux.", "stimulates_follicles", "unsupported"),
        (
            "Il minoxidil prolunga la fase di crescita dei capelli.",
            "stimulates_follicles",
            "supported",
        ),
        # few side effects, which is not none
        ("Le minoxidil a peu d'effets secondaires.", "fewer_side_effects", "supported"),
        ("Миноксидил даёт минимум побочных эффектов.", "fewer_side_effects", "supported"),
        # studies said to show it, in the past tense, as the source, or with the verb first
        (
            "Des études ont démontré que le minoxidil freine la chute des cheveux.",
            "clinically_proven",
            "supported",
        ),
        (
            "Secondo numerosi studi la biotina ferma la caduta dei capelli.",
            "clinically_proven",
            "false",
        ),
        ("Skuteczność minoksydylu potwierdzają badania.", "clinically_proven", "supported"),
        (
            "O minoxidil tem ação comprovada contra a queda de cabelo.",
            "clinically_proven",
            "supported",
        ),
        # cures, stops and slows
        ("La biotina risolve la calvizie.", "cures_baldness", "false"),
        ("El finasteride detiene la caída de cabello.", "stops_hair_loss", "supported"),
        ("피나스테리드는 탈모 진행 속도를 늦춥니다.", "stops_hair_loss", "supported"),
        # Ukrainian: loss slowed, stopped, or cut by a share
        ("Фінастерид уповільнює випадіння волосся.", "stops_hair_loss", "supported"),
        ("Біотин зупиняє випадіння волосся.", "stops_hair_loss", "false"),
        ("Біотин зменшує випадіння волосся на 50%.", "percent_success", "misleading"),
        # a national regulator's approval, read as "approved by regulators"
        ("미녹시딜은 식약처로부터 탈모 치료제로 허가받았다.", "fda_approved", "supported"),
        # Vietnamese
        ("Minoxidil kích thích mọc tóc.", "regrows_hair", "supported"),
        ("Biotin kích thích mọc tóc nhanh chóng.", "regrows_hair", "false"),
        ("Finasteride giúp ngăn ngừa rụng tóc.", "stops_hair_loss", "supported"),
        ("Biotin chữa khỏi hói đầu.", "cures_baldness", "false"),
        ("Finasteride không gây tác dụng phụ.", "no_side_effects", "false"),
        ("Minoxidil được FDA phê duyệt để điều trị rụng tóc.", "fda_approved", "supported"),
        (
            "Nghiên cứu đã chứng minh minoxidil kích thích mọc tóc.",
            "clinically_proven",
            "supported",
        ),
        # follicles woken, few side effects, growth in Ukrainian
        ("Kofeina pobudza cebulki włosów do pracy.", "stimulates_follicles", "unsupported"),
        ("Миноксидил стимулирует волосяные фолликулы.", "stimulates_follicles", "supported"),
        ("カフェインは毛根を活性化します。", "stimulates_follicles", "unsupported"),
        ("카페인은 모낭을 활성화합니다.", "stimulates_follicles", "unsupported"),
        ("ミノキシジルは副作用が少ないです。", "fewer_side_effects", "supported"),
        ("미녹시딜은 부작용이 적습니다.", "fewer_side_effects", "supported"),
        ("Біотин стимулює ріст волосся.", "regrows_hair", "false"),
        ("Міноксидил не викликає побічних ефектів.", "no_side_effects", "false"),
        # a denial in Vietnamese: biotin does not regrow hair
        ("Biotin không kích thích mọc tóc.", "regrows_hair", "supported"),
    ],
)
def test_standard_wordings_of_sets_33_and_34_kinds_in_other_languages(
    text: str, kind: str, verdict: str
) -> None:
    assert verdicts(text).get(kind) == verdict


@pytest.mark.parametrize(
    "text",
    [
        "Die Haarwurzeln liegen in der Kopfhaut.",
        "Sie können so lange warten, wie Sie wollen.",
        "Le minoxidil est vendu en pharmacie tant qu'il y a du stock.",
        "Les études sur la caféine sont peu nombreuses.",
        "Studien zur Wirkung von Koffein laufen noch.",
        "Selon la météo, il pleuvra demain.",
        "La acción del sol daña el cabello.",
        "Tóc rụng mỗi ngày là chuyện bình thường.",
        "Bưởi là một loại trái cây nhiều dinh dưỡng.",
        "Các nghiên cứu về tinh dầu bưởi vẫn còn ít.",
        "Фолликулы находятся в коже головы.",
        "毛根の状態をチェックしましょう。",
        # not approved: no approval claimed
        "이 샴푸는 식약처로부터 허가받지 않았습니다.",
    ],
)
def test_everyday_sentences_near_the_new_wordings_stay_unflagged(text: str) -> None:
    assert not check_claims(text, KB).findings
