"""The standard wordings of the commonest advertising claims in Polish, Czech, Russian, Ukrainian,
Swedish, Norwegian, Indonesian, Vietnamese, Japanese, Korean, Chinese and Arabic, one list per
kind, read after the English ones and those of foreign_wording.py (which merges these into its
own).

As there, each wording holds words of its own language only, so the literal prefilter never
runs it on English text. Latin and Cyrillic wordings keep word edges (\\b) and cut verb stems
where the language inflects them; Japanese, Chinese and Korean write words (or, in Korean, a word
and its particle) without spaces between them, so their wordings have no word edges and are
found inside a run of letters. Their negations follow the verb ("止めません", "막지 못합니다") or
stand just before it ("不能阻止"): the wording leaves a denied form out rather than misreading
it as said.
"""

from __future__ import annotations

from anagen.claims.vocab import Kind

# How each language names hair loss and baldness (Polish, Czech, Russian, Swedish, Norwegian,
# Indonesian in the first group; then Japanese, Korean, Chinese and Arabic).
LOSS = (
    r"(wypadani\w* włosów|utrat\w* włosów|łysieni\w*|vypadávání vlasů|padání vlasů|"
    r"ztrát\w* vlasů|plešatění|plešatost\w*|выпадени\w* волос|потер\w* волос|облысени\w*|"
    r"випадінн\w* волосся|втрат\w* волосся|облисінн\w*|utrat\w* kosmyków|"
    r"håravfall\w*|hårförlust\w*|hårtap\w*|rambut rontok|kerontokan( rambut)?|kebotakan)"
)
LOSS_CJK = r"(抜け毛|脱毛|薄毛|탈모|머리카락 빠짐|모발 손실|脱发|掉发|掉髮|脫髮|落发|تساقط الشعر|الصلع|فقدان الشعر)"
# Growth of hair, the result a regrowth claim promises.
GROWTH = (
    # with the hair's qualities between: "wzrost mocniejszych i zdrowszych włosów"
    r"((porost|wzrost|odrost)\w* (\w+,? ){0,3}?włosów|růst\w* (\w+,? ){0,3}?vlasů|рост\w* (\w+,? ){0,3}?волос|"
    r"ріст\w* (\w+,? ){0,3}?волосся|"
    r"hårväxt\w*|återväxt\w*|hårvekst\w*|gjenvekst\w*|pertumbuhan rambut)"
)
# Side effects, in each language's usual words.
SIDE_EFFECTS = (
    r"(skutk\w* uboczn\w*|działa\w* niepożądan\w*|efekt\w* uboczn\w*|vedlejší\w* účin\w*|"
    r"nežádoucí\w* účin\w*|побочн\w* (эффект\w*|действи\w*)|побічн\w* (ефект\w*|ді\w*)|"
    r"biverkning\w*|bivirkning\w*|"
    r"efek samping)"
)
# Units of time, each with the space before it so that the prefilter looks for " tygodni" and
# not for a bare stem (the languages with spaces between words).
UNIT = (
    r" (dni|dnia|dzień|tydzień|tygodni\w*|miesiąc\w*|miesięc\w*|dny|dnů|dnech|týden|týdn\w*|"
    r"měsíc\w*|день|дня|дней|недел\w*|месяц\w*|dagar\w*|dager|vecka|veckor\w*|uke|uker|ukene|"
    r"månad\w*|måned\w*|hari|minggu|bulan)\b"
)
# The same, written straight after the number in Japanese, Korean and Chinese ("2週間で",
# "4주 만에", "3个月后"), with the word that makes it a time by which something happens; a
# denial later in the clause ("2週間では効果が出ません") leaves it out, as the other scripts' do.
UNIT_UNSPACED = (
    r"\d+ ?([-~\u301c\uff5e]\d+ ?)?(日|週間|ヶ月|か月|カ月|ヵ月|ケ月)(で|後|以内|ほど|程度|目)"
    r"(?![^。、]{0,20}(ません|ない|なかった))|"
    r"\d+ ?([-~]\d+ ?)?(일|주|개월|달) ?(만에|후|후에|안에|이내|내에|뒤)(?![^.,]{0,20}(않|못|없))|"
    r"(\d+|[一二两三四五六]) ?(-\d+ ?)?(天|周|星期|个月|個月|週)(内|之内|後|后|之后|之後|就|即可)"
    r"(?![^。\uff0c]{0,6}(不|没|無|无|未))"
)
# Words for results, which make a time a promise of results (patterns.CONTEXT, through
# foreign_wording.RESULT_WORDS; and with no word edges, RESULT_UNSPACED).
MORE_RESULT_WORDS = (
    r"efekt\w*|rezultat\w*|wynik\w*|popraw\w*|widoczn\w*|porost\w*|odrost\w*|výsled\w*|účin\w*|"
    r"zlepš\w*|viditeln\w*|růst\w*|результат\w*|эффект\w*|улучшени\w*|заметн\w*|рост\w*|"
    r"resultat\w*|effekt\w*|förbättr\w*|synlig\w*|forbedr\w*|hasil\w*|efek|terlihat|tumbuh\w*|"
    r"pertumbuhan|نتائج|النتائج|نتيجة|تحسن|التحسن|نمو|مفعول"
)
MORE_RESULT_UNSPACED = (
    r"効果|実感|改善|結果|生え|発毛|育毛|효과|결과|개선|자라|발모|效果|见效|見效|生发|长出"
)

# Blood flow to the scalp, what a vasodilator raises (foreign_wording.BLOOD_FLOW).
MORE_BLOOD_FLOW = (
    r"ukrwieni\w*|krążeni\w* krwi|mikrokrążeni\w*|prokrven\w*|krevní oběh|кровообращени\w*|"
    r"микроциркуляци\w*|кровоснабжени\w*|кровообіг\w*|мікроциркуляці\w*|blodcirkulation\w*|"
    r"blodflöde\w*|blodsirkulasjon\w*|sirkulasi darah|peredaran darah|aliran darah"
)
# Sold on prescription only (foreign_wording.RX_STATUS): "na receptę", "по рецепту", "处方药"
# (not "非处方药", over the counter), "처방이 필요"
MORE_RX_STATUS = (
    r"\b(na recept\w*|na předpis|по рецепту|рецептурн\w*|receptbelagd\w*|reseptbelagt|"
    r"dengan resep( dokter)?)|(?<!非)(处方药|處方藥|処方薬)|需要处方|処方箋が必要|전문의약품|"
    r"처방(전)?이 필요"
)
# The hormone a DHT claim is about.
DHT = r"(dht|дгт|дигидротестостерон\w*|dihydrotestosteron\w*)"

# Stopping, keeping on, or for how long: what a claim of ongoing use names (patterns.CONTEXT,
# through foreign_wording.ONGOING_WORDS and ONGOING_UNSPACED).
MORE_ONGOING_WORDS = (
    r"przez całe życie|do końca życia|po odstawieniu|celoživotně|doživotně|po vysazení|"
    r"po celý život|пожизненно|всю жизнь|после отмены|livet ut|resten av livet|hela livet|hele livet|"
    r"slutar|slutter|seumur hidup|selamanya|berhenti|dihentikan"
)
# The same in the scripts without spaces (patterns.CONTEXT reads it with no word edges).
MORE_ONGOING_UNSPACED = r"一生|使い続け|続けること|継続|飲み続け|中止すると|やめると|평생|꾸준히|중단하면|끊으면|终身|长期使用|停药|停用|مدى الحياة|التوقف"

MORE: dict[Kind, list[str]] = {
    Kind.LOWERS_DHT: [
        rf"\b(blokuj|hamuj|obniż|obniz|zmniejsz|redukuj|snižuj|sníž|potlač|blokir|блокиру|"
        rf"снижа|сниж|подавля|уменьша|ингибиру|blockera|blockerar|hämma|hämmar|sänk|minskar|blokkere|"
        rf"hemme|hemmer|senke|senker|reduserer|menghambat|memblokir|menurunkan|menekan)\w*\b"
        rf"[^.]{{0,30}}\b{DHT}\b",
        rf"\bne(snižuj|sniž|potlač|blokuj)\w*\b[^.]{{0,30}}\b{DHT}\b",
        r"(DHT|ジヒドロテストステロン)(を|の|が)[^。]{0,12}(抑制|抑え|ブロック|減ら|低下させ)(?!ません|ない)",
        r"(DHT|디하이드로테스토스테론) ?(를|을|의|생성|수치)[^.]{0,12}(억제|차단|감소|줄여|줄이|낮춰)(?![^.]{0,4}지 (않|못))",
        r"(?<!不)(?<!无法)(?<!不能)(抑制|阻断|降低|减少|阻止)[^。]{0,12}(DHT|二氢睾酮) ?(的|水平|生成|含量)",
        r"(يثبط|يمنع|يقلل|يخفض|يحجب|تثبيط|تخفيض|تقليل)[^.]{0,30}(DHT|ديهيدروتستوستيرون|ثنائي هيدروتستوستيرون)",
    ],
    Kind.REGROWS_HAIR: [
        rf"\b(stymul|pobudz|przyspiesz|wspomag|stimul|podpor|povzbuz|urychl|стимулир|ускоря|"
        rf"активир|способству|восстанавлива|främja|främjar|påskynda|fremme|fremmer|akselerer|"
        rf"merangsang|menstimulasi|mempercepat|meningkatkan|mendorong|стимулю|активізу|прискорю|"
        rf"сприя|відновлю)\w*\b[^.]{{0,30}}\b{GROWTH}",
        rf"\bne(stimul|podpor|povzbuz|urychl)\w*\b[^.]{{0,30}}\b{GROWTH}",
        r"\b(włosy (\w+ )?(odrastają|odrosną|zaczynają rosnąć)|(odrastają|zarastają) włosami|"
        r"vlasy (\w+ )?(dorůstají|dorostou|znovu rostou|narostou)|"
        r"волосы (\w+ )?(отрастают|отрастут|снова растут|вырастут)|"
        r"(håret|hår) (\w+ )?(växer|vokser) (ut )?(tillbaka|igen|igjen|tilbake)|"
        r"menumbuhkan (kembali )?rambut|rambut (akan )?tumbuh (kembali|lagi))\b",
        # hair back to its usual state: "håret blir normalt igen", "rambut kembali normal"
        r"\b(håret|håret blir|håret går) (\w+ ){0,3}(normalt|som vanligt|som før|normal) (igen|igjen)\b",
        # the course of a condition, which recovers by itself ("samoistnie ustępuje", "自然に治る"):
        # read with the names of watchful waiting (content), as "grows back on its own" is
        r"\bsamoistnie (\w+ )?(odrastają|ustępuje|ustępują|zarastają|mija)|"
        r"\b(odrastają|ustępuje|ustępują|zarastają|mija) (\w+ )?samoistnie\b|"
        r"\bsamovolně (\w+ )?(dorůstají|dorostou|odezní|ustoupí)|"
        r"\b(проходит|пройдет|восстанавливается|восстановится|отрастают|отрастут) (\w+ )?"
        r"(самопроизвольно|без лечения)\b|"
        r"\b(går över|försvinner|växer tillbaka|går over|forsvinner|vokser tilbake) (\w+ )?"
        r"(av sig själv|av seg selv)\b|"
        r"\b(tumbuh kembali|sembuh|pulih) (\w+ )?dengan sendirinya\b",
        r"自然に(治る|治り|治ま|治癒|回復|改善|生え)|自然治癒|(자연스럽게|자연적으로|저절로) (회복|좋아지|낫|자라|치유|호전)|"
        r"(自行|自然)(恢复|痊愈|消退|长回)|(يعود|ينمو|يتوقف|يختفي)[^.]{0,20}من تلقاء نفسه",
        r"(発毛|育毛|髪の成長|毛髪の成長)[^。]{0,8}(促進|促し|促す|効果|作用)(?!ません|ない|はない|はありません)|"
        r"(髪|毛)が(再び|また)?生え(る|ます|てくる|てきます)",
        r"(발모|모발 성장|머리카락 성장|모발 재생)[^.]{0,8}(촉진|효과|자극|도움|(긍정적인|좋은) 영향)(?![^.]{0,4}(없|지 않|지 못))|"
        r"머리(카락)?(가|이)? (다시 )?(자랍니다|자라납니다|납니다)",
        r"(?<!不)(?<!无法)(?<!不能)(促进|刺激|加速|帮助)[^。]{0,6}(生发|头发生长|毛发生长|毛发再生)|"
        r"(头发|毛发)(会)?(重新|再次)(长出|生长|长回)",
        r"(يحفز|تحفيز|يعزز|تعزيز|يسرع|يساعد على|تساعد على)[^.]{0,20}(نمو الشعر|إنبات الشعر)|"
        r"(يعيد|تعيد|إعادة) (إنبات|نمو) الشعر",
    ],
    Kind.STOPS_HAIR_LOSS: [
        rf"\b(zatrzymuj|zatrzyma|hamuj|zahamuj|powstrzym|ogranicz|zmniejsz|spowalni|redukuj|zapobieg|"
        rf"przeciwdział|zastav|zpomal|omez|sniž|brzd|zabraňuj|zabrán|předcház|останавлива|останов|"
        rf"прекраща|замедля|уменьша|сокраща|предотвраща|снижа|bromsa|bromsar|minska|minskar|motverka|"
        rf"förebygg|förhindra|hejda|bremse|bremser|redusere|reduserer|motvirke|motvirker|forebygg|"
        rf"forhindre|menghentikan|mengurangi|mencegah|memperlambat|mengatasi|menghambat|зупин|"
        rf"уповільн|сповільн|зменш|запобіга|припиня)\w*\b"
        rf"[^.]{{0,30}}\b{LOSS}",
        rf"\b(stoppa|stoppar|stopper|stoppe)\b[^.]{{0,30}}\b{LOSS}",
        # a help against it ("pomáhá proti padání vlasů", "działa na wypadanie włosów"), and
        # Czech verbs with "not" fused to them ("nezastavuje vypadávání vlasů": modality.py)
        rf"\b(ne)?(pomáh|pomůž|pomoh|působ|účinkuj|funguj|zabír)\w* (\w+ ){{0,2}}proti {LOSS}|"
        rf"\b(pomaga|pomagają|pomoże|działa|działają) (\w+ ){{0,2}}(na|przeciw|przy) {LOSS}",
        rf"\bne(zastav|zpomal|omez|sniž|brzd|zabraňuj|zabrán|předcház)\w*\b[^.]{{0,30}}\b{LOSS}",
        rf"\b{LOSS}\b[^.]{{0,30}}\b(zatrzyman\w*|zahamowan\w*|zastaven\w*|zpomalen\w*|"
        rf"прекратится|прекращается|останавливается|остановится|stoppas|stoppes|stoppar|stopper|"
        rf"bromsas|bremses|berhenti)\b",
        r"(抜け毛|脱毛|薄毛)[^。]{0,10}(止め|止ま|抑え|抑制|防ぐ|防ぎ|防止|予防|減ら|ストップ)(?!ません|ない|なかった)",
        r"(탈모|머리카락 빠짐)[^.]{0,10}(멈추|멈춥|멈춰|막아|막습|막는|예방|억제|줄여|줄이|감소|완화|늦추|늦춥|"
        r"늦춰|지연)"
        r"(?![^.]{0,4}지 (않|못))",
        r"(?<!不)(?<!无法)(?<!不能)(阻止|防止|预防|减少|抑制|停止|减缓|控制)[^。]{0,6}(脱发|掉发|掉髮|脫髮|落发)",
        r"(يوقف|توقف|يمنع|تمنع|يقلل|تقلل|يحد من|تحد من|يبطئ|وقف|منع|تقليل)[^.]{0,20}(تساقط الشعر|الصلع)",
    ],
    Kind.NO_SIDE_EFFECTS: [
        rf"\b(bez|brak|żadnych|nie ma|nie powoduje|nemá|žádné|žádných|без|нет|не вызывает|не имеет|inga|utan|"
        rf"ingen|uten|tanpa|bebas|tidak ada|tidak menimbulkan|не викликає|не має|немає)\b (\w+ )?"
        rf"{SIDE_EFFECTS}",
        r"\b(biverkningsfri\w*|bivirkningsfri\w*)\b",
        r"副作用(が|は|の心配(が|は)?)?(ない|ありません|なし|ゼロ)|"
        r"부작용(이|은|도|의 걱정이)? ?(전혀 )?(없습니다|없는|없어|없이|없고)|"
        r"(没有|无|零|不会有)(任何)?副作用|"
        r"(بدون|بلا|دون|خال من|خالي من|لا توجد|ليس له|ليس لها) (أي )?(آثار|أعراض) جانبية",
    ],
    # blood flow to the scalp raised: "poprawia ukrwienie skóry głowy", "улучшает кровообращение"
    Kind.DRUG_CLASS: [
        r"\b(popraw|zwiększ|pobudz|stymul|wspomag|zlepš|zvyš|podpor|stimul|улучша|усилива|стимулир|"
        r"активизир|покращу|посилю|förbättr|ökar|øker|forbedr|meningkatkan|melancarkan|memperlancar|"
        rf"merangsang)\w*\b[^.]{{0,30}}\b({MORE_BLOOD_FLOW})",
    ],
    Kind.STIMULATES_FOLLICLES: [
        # the roots or follicles woken: "pobudza cebulki włosów", "активирует волосяные
        # фолликулы", "毛根を活性化", "모낭을 활성화", "激活毛囊"
        r"\b(pobudz|stymul|aktywuj|stimul|aktiv|стимулир|активир|пробужда|стимулю|активу|активізу|"
        r"stimuler|aktiver|merangsang|mengaktifkan)\w*\b[^.]{0,30}\b(cebul\w* włos\w*|cebulk\w*|"
        r"mieszk\w* włos\w*|vlasov\w* (folikul\w*|cibul\w*)|волосян\w* (фолликул\w*|луковиц\w*)|"
        r"фолликул\w*|волосян\w* (фолікул\w*|цибулин\w*)|фолікул\w*|hårsäck\w*|hårfollik\w*|"
        r"folikel rambut|akar rambut)",
        r"(毛根|毛母細胞|毛包)(を|の)?[^。]{0,6}(活性化|刺激)(?![^。]{0,4}(ません|ない))|"
        r"모낭(을|를|의)? ?[^.]{0,6}(활성화|자극)(?![^.]{0,4}(않|못|없))|"
        r"(?<!不)(?<!无法)(激活|刺激|唤醒)[^。]{0,4}毛囊",
    ],
    Kind.FDA_APPROVED: [
        # a national regulator's approval, read as English "approved by regulators" is: Korea's
        # MFDS ("식약처로부터 허가받았다"), Japan's health ministry, China's NMPA
        r"(식약처|식품의약품안전처|식약청)(로부터|에서|의)?[^.]{0,30}(허가|승인)(받|을 받|되|된|됐)"
        r"(?![^.]{0,6}(않|못|없))|(厚生労働省|厚労省)(から|の|に|が)?[^。]{0,20}(承認|認可)(され|を受け|済)"
        r"(?![^。]{0,4}(ません|ない))|(?<!未)(?<!没有)(国家药监局|药监局|NMPA)[^。]{0,10}(批准|认证)",
    ],
    Kind.FEWER_SIDE_EFFECTS: [
        r"副作用(が|の)?(少な(?!くない|くありません)|軽い|軽め)|부작용(이|은|도)? ?(적|거의 없)|副作用(较|很|非常)?(少|小)",
        # few, not none: "минимум побочных эффектов", "mniej skutków ubocznych"
        rf"\b(минимум|минимальн\w*|мало|меньше|немного|мінімум|мінімальн\w*|менше|mniej|niewiele|"
        rf"minimum|minimalne|méně|minimální|färre|få|færre|lebih sedikit|sedikit)\b (\w+ )?{SIDE_EFFECTS}",
    ],
    Kind.PERCENT_SUCCESS: [
        # loss cut by a share: "зменшує випадіння волосся на 20%", "snižuje padání vlasů o 30 %"
        rf"{LOSS}[^.]{{0,20}} (на|o|z) \d{{1,3}}\s?%",
    ],
    Kind.CAUSES_SIDE_EFFECT: [
        rf"\b{SIDE_EFFECTS} (\w+ ){{0,2}}(to|obejmują|takie jak|zahrnují|jsou|включают|такие как|"
        rf"inkluderar|är|kan vara|inkluderer|kan være|er|termasuk|seperti|yaitu|antara lain)\b",
        rf"\b(powodu|wywołu|spowodow|způsob|vyvol|вызыва|привод|orsak|forårsak|menyebabkan|"
        rf"menimbulkan)\w*\b[^.]{{0,30}}\b{SIDE_EFFECTS}",
        r"副作用(として|には)[^。]{0,30}(報告|あります|起こ|現れ)|부작용(으로는|으로|에는) [^.]{0,30}(있습니다|나타)|"
        r"副作用(包括|有|如)|(可能)?(引起|导致|造成)[^。]{0,6}副作用|"
        r"(الآثار|آثار|الأعراض|أعراض) (ال)?جانبية (تشمل|مثل|منها)",
    ],
    Kind.CLINICALLY_PROVEN: [
        r"\b(klinicznie|naukowo|klinicky|vědecky|клинически|научно|kliniskt|vetenskapligt|klinisk|"
        r"vitenskapelig) (udowodnion\w*|potwierdzon\w*|przetestowan\w*|prokázan\w*|ověřen\w*|"
        r"testovan\w*|доказан\w*|подтвержден\w*|проверен\w*|bevisad\w*|bevisat|beprövad\w*|testad\w*|"
        r"dokumenterad\w*|bevist|dokumentert|testet|påvist)",
        r"\b(terbukti|teruji) (secara )?(klinis|ilmiah)\b|\bsecara (klinis|ilmiah) terbukti\b",
        r"\b(badania|studie|исследования|studier|penelitian) (\w+ ){0,2}(potwierdzają|dowodzą|wykazały|"
        r"prokázaly|potvrzují|dokazují|доказывают|подтверждают|доказали|visar|bekräftar|bevisar|viser|"
        r"bekrefter|beviser|membuktikan)\b",
        # the verb first, or the trials as its agent: "potwierdzają badania", "подтверждена
        # клиническими испытаниями", "клінічно доведено"
        r"\b(potwierdzają|dowodzą|wykazały|wykazują|potwierdziły) (\w+ ){0,2}badania\b|"
        r"\b(подтвержден\w*|доказан\w*|підтвердж\w*|доведен\w*) (\w+ )?(клиническими|клінічними) "
        r"(испытаниями|исследованиями|випробуваннями|дослідженнями)|\b(клинические|клінічні) "
        r"(испытания|исследования|випробування|дослідження) (\w+ )?(подтвердили|доказали|показали|"
        r"підтвердили|довели|показали)\b|\b(клінічно) (доведен|підтвердж|перевірен)\w*",
        r"(臨床的|医学的|科学的)に(証明|実証)|臨床試験で(証明|実証)|(効果|有効性)が(医学的に|科学的に)?(証明|実証)され|"
        r"(임상적|과학적|의학적)으로 (입증|증명)|임상(시험)?(으로|에서) (입증|증명)|효과(가|를)? (입증|증명)|"
        r"(临床|科学|医学)(上)?(证明|验证|实验证明|试验证明)|(经|经过)(临床|科学)(证明|验证)|"
        r"(مثبت|ثبت|مثبتة) (علميا|سريريا|علمياً|سريرياً)|(أثبتت|تثبت) (الدراسات|الأبحاث)|"
        r"(الدراسات|الأبحاث) (العلمية |السريرية )?(أثبتت|تثبت|تؤكد)",
    ],
    Kind.NEEDS_ONGOING_USE: [
        r"\b(stosowa\w*|używa\w*|przyjmowa\w*|používat|užívat|používán\w*|применять|использовать|"
        r"принимать|применяться|использоваться|använda\w*|används|bruke\w*|brukes|digunakan|dipakai|"
        r"menggunakan|memakai)\b[^.]{0,20}\b(przez całe życie|do końca życia|celoživotně|doživotně|"
        r"po celý život|пожизненно|всю жизнь|livet ut|resten av livet|hela livet|hele livet|"
        r"seumur hidup|selamanya)\b",
        r"\b(po odstawieniu|po vysazení|после отмены|när (man|du) slutar|når (man|du) slutter|"
        r"(jika|bila|setelah) (berhenti|dihentikan))\b[^.]{0,40}\b(wraca\w*|powraca\w*|wypada\w*|"
        r"vrací|vrátí|vypad\w*|возвращ\w*|вернется|выпада\w*|tillbaka|faller|tilbake|kembali|rontok)\b",
        r"(一生|ずっと)(使い|飲み|服用し)続け|続けること.?が(前提|必要|大切|重要|大事)|"
        r"継続(すること)?が(前提|必要|大切|重要|大事)|(使用|服用)を(やめる|中止する)と[^。]{0,20}(元に戻|再び|また)|"
        r"(평생|꾸준히|계속) (사용|복용)해야|(중단|끊으)면[^.]{0,20}(다시|원래)|"
        r"(终身|长期)(使用|服用)|停(药|用)(后|以后)?[^。]{0,15}(复发|又会|重新|再次)|"
        r"(مدى الحياة)|(عند|بعد) (التوقف|إيقاف)[^.]{0,30}(يعود|تعود|يتساقط)",
    ],
    Kind.WORKS_IN_DAYS: [
        # "po 2 tygodniach", "za 3 týdny", "через 2 недели", "efter 4 veckor", "dalam 2 minggu"
        rf"\b(w ciągu|po|w|za|během|через|за|в течение|спустя|efter|inom|på|etter|innen|"
        rf"dalam waktu|dalam|setelah|sesudah)\s((już|tylko|zaledwie|už|již|jen|уже|только|всего|"
        rf"redan|bara|endast|allerede|bare|kun|hanya|cuma)\s)?\d+((-|\u2013| do | - | до | till | til | "
        rf"hingga | sampai )\d+)?{UNIT}",
        rf"\b\d+((-|\u2013)\d+)?{UNIT}",
        UNIT_UNSPACED,
        r"(خلال|بعد|في غضون|في) \d+ (يوم|أيام|يومًا|يوما|أسبوع|أسابيع|شهر|أشهر|شهور)",
    ],
    Kind.SUITS_EVERYONE: [
        r"\b(odpowiedni\w* dla (każdego|wszystkich)|nadaje się dla (każdego|wszystkich)|"
        r"vhodn\w* pro (každého|všechny)|подходит (для )?(всем|каждому|всех)|"
        r"passar (för )?alla|lämplig\w* för alla|passer (for )?alle|egnet for alle|"
        r"cocok untuk (semua|siapa saja)|sesuai untuk semua)\b",
        r"(誰|どなた|だれ)でも(使え|使用でき|効果)|すべての(人|方)に(効果|適し)|누구(나|에게나) (사용|효과|적합)|"
        r"(适合|适用于)(所有人|每个人|任何人)|(مناسب|يناسب|تناسب|مناسبة) (لجميع|للجميع|لكل)",
    ],
}

# Vietnamese writes each syllable as a word of its own ("rụng tóc", hair loss; "tác dụng phụ",
# side effects): its wordings keep word edges as the Latin-script ones do. Its names of hair loss
# and baldness, of growth of hair, and of side effects:
VI_LOSS = r"(rụng tóc|tóc rụng|hói đầu|chứng hói|bệnh hói)"
VI_GROWTH = (
    r"(mọc tóc|tóc mọc|mọc lại tóc|tóc mọc lại|phát triển (của )?tóc|tăng trưởng (của )?tóc)"
)
VI_SIDE_EFFECTS = r"(tác dụng phụ|phản ứng phụ)"

VIETNAMESE: dict[Kind, list[str]] = {
    Kind.REGROWS_HAIR: [
        # "kích thích quá trình mọc tóc", "thúc đẩy tóc mọc nhanh", "giúp tóc mọc lại"
        rf"\b(kích thích|thúc đẩy|đẩy nhanh|tăng cường|cải thiện|kích hoạt|giúp)\b[^.]{{0,30}}"
        rf"\b{VI_GROWTH}\b",
    ],
    Kind.STOPS_HAIR_LOSS: [
        rf"\b(ngăn ngừa|ngăn chặn|ngăn|giảm|giảm thiểu|hạn chế|chấm dứt|chặn đứng|làm chậm|khắc phục)\b"
        rf"[^.]{{0,20}}\b(tình trạng )?{VI_LOSS}\b",
    ],
    Kind.CURES_BALDNESS: [
        rf"\b(chữa khỏi|chữa dứt điểm|trị dứt điểm|đánh bay|điều trị dứt điểm)\b[^.]{{0,20}}"
        rf"\b{VI_LOSS}\b",
    ],
    Kind.NO_SIDE_EFFECTS: [
        # "không gây tác dụng phụ", "mà không lo lắng về tác dụng phụ"
        rf"\b(không (gây|có|để lại|lo|lo lắng|sợ|lo ngại)( về)?|chẳng (gây|có)) (bất kỳ |bất cứ )?"
        rf"{VI_SIDE_EFFECTS}",
    ],
    Kind.NATURAL_SAFE: [
        r"\b(tự nhiên|thiên nhiên|thảo dược)\b[^.]{0,40}\ban toàn\b|\ban toàn\b[^.]{0,20}\b(tự nhiên|"
        r"thiên nhiên|lành tính)\b",
    ],
    Kind.CLINICALLY_PROVEN: [
        r"\b(được )?(chứng minh|kiểm chứng) (lâm sàng|khoa học)|\b(lâm sàng|khoa học) (đã )?(chứng minh|"
        r"kiểm chứng)|\b(các )?nghiên cứu (\w+ ){0,3}(đã )?(chứng minh|khẳng định|xác nhận)\b",
    ],
    Kind.FDA_APPROVED: [
        r"\b(được )?fda (hoa kỳ |mỹ )?(phê duyệt|chấp thuận|cấp phép)\b",
    ],
}
# (merged into MORE, as foreign_wording.py merges MORE into its own)
MORE |= {kind: [*MORE.get(kind, []), *wordings] for kind, wordings in VIETNAMESE.items()}


# Who a condition mostly strikes (foreign_wording.MOSTLY_WHO): "dotyczy przede wszystkim",
# "drabbar främst", "terutama menyerang".
MORE_MOSTLY = (
    r"przede wszystkim|głównie|przeważnie|hlavně|především|převážně|преимущественно|в основном|"
    r"чаще всего|главным образом|främst|huvudsakligen|framför allt|hovedsakelig|først og fremst|"
    r"terutama|kebanyakan"
)
MORE_STRIKES = (
    r"dotyczy|dotyka|występuje|postihuje|vyskytuje|поражает|встречается|возникает|drabbar|"
    r"förekommer|rammer|forekommer|menyerang|terjadi"
)
