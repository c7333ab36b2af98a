"""The standard wordings of the commonest advertising claims in German, French, Italian,
Spanish, Portuguese, Dutch and Turkish, one list per kind, read after the English ones.

Each wording holds words of its own language only (German "Haarausfall", French "chute des
cheveux"), so the literal prefilter never runs them on English text and English findings do not
change. Verb stems are cut where a language inflects them ("stimul" for stimule, stimola,
estimula), nouns are written in full.
"""

# Turkish writes the dotless i (U+0131) as a letter of its own, not as a look-alike of "i".
# ruff: noqa: RUF001

from __future__ import annotations

from anagen.claims.foreign_facts import FACTS, IN_PREGNANCY, PREGNANCY
from anagen.claims.foreign_families import FAMILIES
from anagen.claims.foreign_wording_more import (
    MORE,
    MORE_BLOOD_FLOW,
    MORE_MOSTLY,
    MORE_ONGOING_UNSPACED,
    MORE_ONGOING_WORDS,
    MORE_RESULT_UNSPACED,
    MORE_RESULT_WORDS,
    MORE_RX_STATUS,
    MORE_STRIKES,
)
from anagen.claims.vocab import Kind

# How each language names hair loss and baldness: what a claim to stop or cure is about.
LOSS = (
    r"(haarausfall\w*|haarverlust\w*|chute (des|de) cheveux|perte (des|de) cheveux|"
    r"caduta (dei|di) capelli|perdita (dei|di) capelli|ca[ií]da (del|de|de los) (cabellos?|pelos?)|"
    r"p[eé]rdida (del|de) (cabello|pelo)|queda (de|dos|do) cabelos?|haaruitval|haarverlies|"
    r"saç dökülme\w*|saç kaybı\w*|dökülme oranı\w*|de la alopecia|della alopecia|da alopecia|"
    r"de l'alopécie|der alopezie)"
)
BALDNESS = (
    r"(glatze\w*|kahlheit|haarlosigkeit|alopezie|calvitie|alop[eé]cie|calvizie|calvicie|"
    r"calv[ií]cie|kaalheid|kellik\w*|kelliğ\w*)"
)
# Growth of hair, the result a regrowth claim promises.
GROWTH = (
    r"(haarwachstum\w*|haarwuchs\w*|haarneubildung|(re)?pousse|croissance|crescita|ricrescita|crecimiento|"
    r"crescimento|haargroei|teruggroei|saç çıkışı\w*|saç büyüme\w*)"
)
# Side effects, in each language's usual words.
SIDE_EFFECTS = (
    r"(nebenwirkung\w*|effets? (secondaires?|ind[eé]sirables?)|effett[io] (collateral[ei]|indesiderat[io])|"
    r"efectos? (secundarios?|adversos?)|efeitos? (colaterais|colateral|secund[aá]rios?|adversos?)|"
    r"bijwerking\w*|yan etki\w*)"
)
# The hair roots or follicles, and what makes them grow (a stimulates-follicles claim).
FOLLICLES = (
    r"(haarwurzel\w*|haarfollikel\w*|follikel\w*|follicules?|bulbes? (capillaires?|pileux)|"
    r"follicol[oi]|bulb[oi] pilifer[oi]|fol[ií]culos?|bulbos? capilares?|haarzakjes|haarwortels|"
    r"wachstumsfaktor\w*|facteurs de croissance|fattori di crescita|factores de crecimiento|"
    r"fatores de crescimento)"
)
GROWTH_PHASE = (
    r"(wachstumsphase|anagenphase|phase de croissance|phase anag[eè]ne|fase di crescita|fase anagen|"
    r"fase de crecimiento|fase de crescimento|fase an[aá]gena|groeifase)"
)
# Counts and number words before a unit of time ("zwei Wochen", "trois mois", "6 ayda").
COUNT = (
    r"(\d+|eine?[mnr]?|zwei|drei|vier|sechs|zwölf|une?|deux|trois|quatre|six|douze|un[oa]?|due|tre|"
    r"quattro|sei|dodici|dos|tres|cuatro|seis|doce|dois|duas|três|een|twee|drie|zes|twaalf|"
    r"bir|iki|üç|dört|altı)"
)
# each with the space before it, so that the prefilter looks for " ay " and not "ay"
UNIT = (
    r" (tage?n?|wochen?|monate?n?|jours?|semaines?|mois|giorni|settimane?|mesi|mese|d[ií]as|semanas?|"
    r"meses|dagen|weken|maanden|maand|gün\w*|hafta\w*|ay(da|dan|lık|lar\w*| ))"
)
# Words for results, which make a time a promise of results ("Ergebnisse nach 4 Wochen").
RESULT_WORDS = (
    r"ergebnis\w*|resultat\w*|r[eé]sultats?|risultat\w*|resultados?|sonuç\w*|wirk\w*|efficac(e|ia|i)|"
    r"efic[aá]\w*|effet\w*|efecto\w*|efeito\w*|effett\w*|sichtbar\w*|visibil[ei]|vis[ií]ve\w*|zichtbaar|"
    r"verbesser\w*|besserung|am[eé]lior\w*|miglior\w*|mejor\w*|melhor\w*|verbeter\w*|"
    r"haarwachstum|wachs\w*|(re)?pousse|croissance|crescita|ricrescita|crecimiento|crescimento|"
    r"haargroei|kavuş\w*|aparec\w*|erschein\w*|sinais|señales|signes|segni|anzeichen|notar\w*|"
    r"notare|noter|remarqu\w*|bemerk\w*|disminuci[oó]n|diminui[cç][aã]o|diminuzione|"
    + MORE_RESULT_WORDS
)
RESULT_UNSPACED = MORE_RESULT_UNSPACED
# Stopping, keeping on, or for how long: what a claim of ongoing use names.
ONGOING_WORDS = (
    r"lebenslang|dauerhaft|absetzen|abgesetzt|à vie|arrêt\w*|a vita|sospension\w*|interruzion\w*|"
    r"de por vida|dejar de|dej[ae]s? de|interrup\w*|suspend\w*|deix\w* de|param? de|abandon\w*|para sempre|por toda a vida|parar de|interromp\w*|levenslang|"
    r"stoppen|ömür boyu|bırak\w*|constancia|constância|costanza|uso continuo|uso contínuo|"
    r"usage continu|utilisation continue|nur so lange|nur solange|tant qu'\w+|finché|fintanto|"
    r"s[oó]lo mientras|enquanto|" + MORE_ONGOING_WORDS
)
ONGOING_UNSPACED = MORE_ONGOING_UNSPACED

# Many kinds of hair loss, short of all: "vielen verschiedenen Arten von Haarausfall", "molti
# tipi di caduta dei capelli" (suitability.py reads it too)
MANY_KINDS_OF_LOSS = (
    r"(vielen|viele|verschiedenen|zahlreichen|nombreux|nombreuses|différent[e]?s|molti|molte|"
    r"diversi|diverse|vari|varie|muchos|muchas|diferentes|distintos|varios|muitos|muitas|"
    r"vários|várias|veel|verschillende|birçok|çeşitli|farklı) (verschiedenen |différents |"
    r"diversi |diferentes |distintos |verschillende |farklı )?(arten|formen|typen|types|formes|"
    r"tipi|forme|tipos|formas|soorten|vormen|tür\w*|çeşit\w*) (von |de |di |d'|van )?(\w+ )?" + LOSS
)
# Sold on prescription only, said of a medicine: "verschreibungspflichtig", "sur ordonnance",
# "处方药" (not "非处方药", over the counter); prescription.py reads it as "prescription-only".
RX_STATUS = (
    r"(\b(verschreibungspflichtig\w*|rezeptpflichtig\w*|(uniquement |seulement )?sur ordonnance|"
    r"soumis à prescription|(solo |soltanto )?(con|dietro) (prescrizione|ricetta)( medica)?|"
    r"farmac[oi] da (prescrizione|ricetta)|(solo |s[oó]lo )?con receta( m[eé]dica)?|"
    r"bajo prescripci[oó]n|requieren? receta|(s[oó] |somente |apenas )?com receita( m[eé]dica)?|"
    r"sob prescri[cç][aã]o|exigem? receita|receptplichtig|reçeteli|reçete ile)|"
    + MORE_RX_STATUS
    + ")"
)
# helps, treats or works, in each language: what a claim of use for many kinds says
HELPS = (
    r"(helfen|hilft|wirkt|wirksam|behandelt|aide|aident|efficace|traite|utile|aiuta|aiutano|"
    r"tratta|ayuda|ayudan|útil|eficaz|trata|ajuda|ajudam|helpt|werkt|yardımcı|etkili|tedavi eder)"
)
# Blood flow to the scalp, what a vasodilator raises (mechanism.CLASS_NAMED reads it too).
BLOOD_FLOW = (
    r"(durchblutung\w*|blutzirkulation|mikrozirkulation|microcirculation|circulation sanguine|"
    r"microcircolazione|circolazione (sanguigna|del sangue)|microcirculaci[oó]n|circulaci[oó]n "
    r"sangu[ií]nea|riego sangu[ií]neo|microcircula[cç][aã]o|circula[cç][aã]o sangu[ií]nea|"
    r"doorbloeding|bloedcirculatie|kan dolaşım\w*|mikrosirkülasyon\w*|blutfluss|flux sanguin|"
    r"afflux (de )?sang|(af)?flusso (di )?sangu\w*|flujo (de )?sangu?\w*|fluxo (de )?sangu?\w*|"
    + MORE_BLOOD_FLOW
    + ")"
)
# The hormone a DHT or androgen claim is about ("Dihydrotestosteron", "diidrotestosterone").
DHT = r"(dht|dihydrotestosteron\w*|dihydrotestost[eé]rone|diidrotestosterone|di-?hidrotestosterona|dihidrotestosteron)"
ANDROGENS = r"(androgen\w*|androg[eè]n\w*|testosteron\w*|testost[eé]rone|testosterona|testosteron)"

FOREIGN: dict[Kind, list[str]] = {
    Kind.LOWERS_DHT: [
        # (the forms of each language, not stems an English word shares: "diminishes DHT" is
        # read by the English wordings or not at all)
        rf"\b(blockier|hemm|senk|reduzier|verringer|bloqu|inhibe|inhibent|inibe|inibisce|r[eé]dui|"
        rf"diminue|diminuent|diminui|disminuye|diminuisce|blocc|ridu|abbass|reduz|blokkeer|verlaag|"
        rf"remt|engelle|azalt|düşür)\w*\b[^.]{{0,30}}\b{DHT}\b",
        rf"\b{DHT}\b[^.]{{0,30}}\b(blockiert|gehemmt|gesenkt|bloqu[eé]e?|inhib[eé]e?|bloccat[oa]|"
        rf"bloquead[oa]|geblokkeerd|engellen\w*|azal\w*)\b",
    ],
    Kind.BLOCKS_ANDROGENS: [
        # shielded or protected against the hormone: "schirmt die Haarwurzeln gegen DHT ab"
        rf"\b(schirm|schütz|prot[eè]g|protegg|proteg|protej|bescherm|afschermt|korur)\w*\b[^.]{{0,40}}"
        rf"\b({DHT}|{ANDROGENS})",
        rf"\b(blockier|bloqu|blocc|bloque|bloquei|blokkeer|engelle)\w*\b[^.]{{0,30}}\b{ANDROGENS}\b",
    ],
    Kind.REGROWS_HAIR: [
        rf"\b(förder|stimulier|anreg|regt|verbesser|steiger|favoris|stimul|relanc|boost|activ|am[eé]lior|"
        rf"acc[eé]l[eé]r|promuov|promuev|promov|favor[ei]sc|favorec|miglior|estimul|stimol|bevorder|verbeter)\w*\b"
        rf"[^.]{{0,30}}\b{GROWTH}\b",
        r"\b(haare?|haarwurzeln) (\w+ )?(wieder (nach)?|nach)wachsen\b|\bnachwachsen\b",
        r"\bfaire repousser\b|\bfa(re|nno|) ricrescere\b|\bhace[rn]? crecer\b|\bfaz(er|em)? crescer\b|"
        r"\b(haar|haren) (weer )?(laten )?(terug)?groeien\b",
        # the course of a condition, which recovers by itself ("repousse spontanément"): read
        # with the names of watchful waiting (content), as "grows back on its own" is
        r"\b(wachsen|wächst) (\w+ ){0,2}(von selbst|von allein)|\b(verschwindet|heilt|legt sich) (\w+ )?"
        r"(von selbst|von allein)\b|\b(repoussent|repousse|dispara[iî]t|gu[eé]rit|s'arrête) (\w+ )?"
        r"(d'elle-même|d'eux-mêmes|d'elles-mêmes|spontanément)|\b(ricrescono|ricresce|scompare|"
        r"guarisce|si risolve) (\w+ )?spontaneamente\b|\b(vuelve a crecer|vuelven a crecer|"
        r"desaparece|remite|se resuelve|volta a crescer|voltam a crescer) (\w+ )?(espontáneamente|"
        r"espontaneamente|por sí sol[oa]|por si s[oó])|\b(groeit|groeien|verdwijnt|herstelt) (\w+ )?"
        r"vanzelf\b|\bkendiliğinden (geçer|düzelir|iyileşir|çıkar)\b",
        r"\bsaç (çıkarır|çıkartır|çıkaran|uzatır|büyütür)\b|\bsaçların (yeniden )?(çıkmasını|büyümesini|"
        r"uzamasını)\b",
    ],
    # blood flow to the scalp raised, what a vasodilator does ("fördert die Durchblutung",
    # "estimular a microcirculação"), as the English wording is read (efficacy_wording.py)
    Kind.DRUG_CLASS: [
        r"\b(förder|verbesser|steiger|anreg|regt|stimul|am[eé]lior|activ|favori[sz]|augment|miglior|"
        r"aument|mejor|melhor|estimul|verbeter|bevorder)\w*\b[^.]{0,30}"
        rf"\b{BLOOD_FLOW}",
        # Turkish puts the verb last, after the blood flow it raises
        r"\b(kan dolaşım\w*|mikrosirkülasyon\w*)[^.]{0,20}\b(artır|iyileştir|hızlandır|düzenle)\w*",
    ],
    Kind.STIMULATES_FOLLICLES: [
        # the roots woken or fed, or the growth phase made longer: "aktiviert die Haarwurzeln",
        # "stimule les follicules", "prolunga la fase di crescita"
        rf"\b(aktivier|reaktivier|stimulier|weck|beleb|revitalisier|stimul|r[eé]activ|r[eé]veill|riattiv|"
        rf"risvegli|despiert|despert|reactiv|reativ|revitali|activeert|stimuleert|stimol|estimul)\w*\b"
        rf"[^.]{{0,30}}"
        rf"\b{FOLLICLES}",
        rf"\b(verlänger|prolong|allong|prolung|alarg)\w*\b (\w+ ){{0,2}}{GROWTH_PHASE}",
    ],
    Kind.FEWER_SIDE_EFFECTS: [
        # few or fewer, not none: "kaum Nebenwirkungen", "peu d'effets secondaires"
        rf"\b(kaum|wenige|weniger|pochi|poche|meno|minimi|pocos|menos|m[ií]nimos|poucos|weinig|"
        rf"minder|daha az|çok az) {SIDE_EFFECTS}|\b(peu|moins) d'{SIDE_EFFECTS}",
    ],
    Kind.STOPS_HAIR_LOSS: [
        rf"\b(stopp|brems|verhinder|reduzier|verringer|verminder|verlangsam|bekämpf|frein|arrêt|"
        rf"ralenti|r[eé]dui|limit|pr[eé]vien|pr[eé]ven|combat|enray|ferm|arrest|blocc|rallent|riduc|"
        rf"ridur|previen|preven|contrast|deti[eé]n|deten|fren|redu[cz]|ralentiz|interromp|trav|"
        rf"diminu|desaceler|remt|remmen|voorkom|vertraag|evit|[eé]vit|empêch|impedisc|contrarrest|"
        rf"conten|contien|lutt|luch)"
        rf"\w*\b[^.]{{0,30}}\b(la |a |de |il |het )?{LOSS}",
        rf"{LOSS}[^.]{{0,40}}\b(gestoppt|gebremst|verlangsamt|verhindert|reduziert|verringert|aufgehalten|"
        rf"stopp[eé]e?|frein[eé]e?|ralentie?|arrêt[eé]e?|r[eé]duite?|fermat[ao]|arrestat[ao]|rallentat[ao]|"
        rf"ridott[ao]|detenid[ao]|frenad[ao]|reducid[ao]|interrompid[ao]|reduzid[ao]|gestopt|geremd|"
        rf"verminderd|stoppen|bremsen|verhindern|reduzieren|verringern|verlangsamen|aufhalten|vermindern|"
        rf"stopper|freiner|ralentir|r[eé]duire|fermare|arrestare|rallentare|ridurre|detener|frenar|"
        rf"reducir|parar|travar|reduzir|stoppen|remmen|verminderen|voorkomen|tegengaan|durdur\w*|"
        rf"azal\w*|önle\w*|engelle\w*|yavaşla\w*|vorbeugen|vorzubeugen|vorbeugt)\b",
    ],
    Kind.CURES_BALDNESS: [
        rf"\b(heilt|heilen|besiegt|besiegen|gu[eé]ri\w*|soigne|vainc\w*|guarisc\w*|guarire|sconfigg\w*|"
        rf"(?<!la )(?<!una )(?<!de )cura|curar|acaba con|acaba com|elimina|geneest|genezen|tedavi eder|"
        rf"risolv\w*|resuelve\w*|resolver|r[eé]soudre|r[eé]sout)\b"
        rf"[^.]{{0,30}}\b{BALDNESS}",
        rf"\b({BALDNESS}|{LOSS})\b[^.]{{0,30}}\b(geheilt|gu[eé]rie?|guarit[ao]|curad[ao]|genezen)\b",
        r"\b(endgültige|dauerhafte) lösung\b|\bsolution (d[eé]finitive|permanente)\b|\bsoluzione definitiva\b|"
        r"\bsoluci[oó]n definitiva\b|\bsolu[cç][aã]o definitiva\b|\bdefinitieve oplossing\b|"
        r"\bkesin (ve kalıcı )?çözüm\w*",
    ],
    Kind.NO_SIDE_EFFECTS: [
        rf"\b(keine|ohne|frei von|sans|aucun|aucuns|senza|nessun|nessuno|privo di|sin|ningún|"
        rf"ning[uú]n|sem|nenhum|geen|zonder)\b ({SIDE_EFFECTS})|\bpas d'{SIDE_EFFECTS}",
        r"\bnebenwirkungsfrei\b|\bbijwerkingsvrij\b|\byan etkisiz\b|\byan etki(si|leri)? (yok|yoktur|"
        r"bulunmaz|bulunmamaktadır|görülmez)\b",
        rf"\b(non|no|não|n'|niet|nicht) (ha|dà|provoca|causa|tiene|tem|causa|provoque|entraîne|heeft|"
        rf"veroorzaakt|verursacht|produce|produz|produit|comporta|presenta|apresenta)\b[^.]{{0,12}}"
        rf"{SIDE_EFFECTS}",
    ],
    Kind.NATURAL_SAFE: [
        r"\b(natürlich|pflanzlich|naturel|naturelle|végétal|natural[ei]?|vegetal[ei]?|naturais|"
        r"natuurlijk|plantaardig|doğal|bitkisel)\w*\b[^.]{0,40}\b(sicher|unbedenklich|harmlos|sans danger|"
        r"sans risque|inoffensi\w*|sicur[oaie]|innocu[oaie]|segur[oa]s?|in[oó]cu[oa]s?|veilig|onschadelijk|"
        r"güvenli|zararsız)\b",
        # (not German "sicher" here: "ganz sicher" is "quite certainly")
        r"\b(völlig|absolut|absolument|totalement|parfaitement|assolutamente|completamente|"
        r"totalmente|volkomen|helemaal|tamamen) (unbedenklich|harmlos|sûre?s?|"
        r"sans danger|sicur[oaie]|innocu[oaie]|segur[oa]s?|veilig|onschadelijk|güvenli|zararsız)\b",
    ],
    Kind.CLINICALLY_PROVEN: [
        r"\b(klinisch|wissenschaftlich|cliniquement|scientifiquement|clinicamente|scientificamente|"
        r"cl[ií]nicamente|cient[ií]ficamente|klinik olarak|bilimsel olarak) (bewiesen|belegt|"
        r"nachgewiesen|getestet|bestätigt|erwiesen|prouv[eé]\w*|d[eé]montr[eé]\w*|test[eé]\w*|provat\w*|"
        r"dimostrat\w*|testat\w*|probad\w*|demostrad\w*|comprobad\w*|comprovad\w*|testad\w*|bewezen|"
        r"getest|aangetoond|kanıtlan\w*|test edil\w*)",
        r"\b(efficacit[eé]|efficacia|eficacia|efic[aá]cia|wirksamkeit|wirkung|werking) (\w+ )?(prouv[eé]e|"
        r"d[eé]montr[eé]e|dimostrata|provata|probada|demostrada|comprobada|comprovada|provada|"
        r"bewiesen|belegt|nachgewiesen|bewezen)\b|\b(prouv[eé]e|d[eé]montr[eé]e|dimostrata|provata|"
        r"probada|demostrada|comprobada|comprovada|nachgewiesene|bewiesene|bewezen) (efficacit[eé]|"
        r"efficacia|eficacia|efic[aá]cia|wirksamkeit|wirkung|werking)\b|\betkinliği kanıtlan\w*",
        r"\b(studien|studie|études|essais|studi|ricerche|estudios|ensayos|estudos|pesquisas|studies|"
        r"onderzoeken|araştırmalar) (\w+ )?(belegen|beweisen|bestätigen|prouvent|d[eé]montrent|"
        r"dimostrano|provano|confermano|demuestran|prueban|confirman|comprovam|demonstram|tonen aan|"
        r"bewijzen|kanıtlıyor|gösteriyor)\b",
        # the same in the past: "Forschung ... hat gezeigt", "des études ont démontré", "studies
        # demonstrating it" ("très peu d'études démontrant": a denial, which modality.py reads)
        r"\b(studien|studie|forschung|untersuchungen|forscher)\b[^.]{0,60}\b(hat|haben) (\w+ )?(gezeigt|"
        r"bewiesen|belegt|nachgewiesen|bestätigt)\b|\b(studien|forschungen|untersuchungen) (\w+ ){0,2}"
        r"(zeigten|bewiesen|belegten|bestätigten)\b|"
        r"\b(études|essais cliniques|recherches|chercheurs)\b (\w+ ){0,3}(ont|a) (\w+ )?(montré|"
        r"d[eé]montr[eé]|prouv[eé]|confirm[eé])\b|\b(études|essais cliniques) (\w+ ){0,3}(d[eé]montrant|"
        r"prouvant|montrant|confirmant)\b|"
        r"\b(studi|ricerche|sperimentazioni)\b (\w+ ){0,3}hanno (\w+ )?(dimostrato|provato|confermato|"
        r"evidenziato)\b|\b(estudios|ensayos|investigaciones)\b (\w+ ){0,3}han (\w+ )?(demostrado|"
        r"probado|confirmado)\b|\b(estudos|pesquisas|ensaios)\b (\w+ ){0,3}(t[eê]m |j[aá] )?"
        r"(demonstrado|comprovado|confirmado|provado|demonstraram|comprovaram|confirmaram|provaram)\b",
        # "secondo numerosi studi", "según estudios", "laut Studien": a study named as the source
        r"\b(secondo|stando a|seg[uú]n|selon|d'apr[eè]s|laut|segundo|de acordo com) (\w+ ){0,2}(studi|"
        r"ricerche|estudios|investigaciones|[eé]tudes|recherches|studien|untersuchungen|estudos|"
        r"pesquisas)\b",
        # "com ação comprovada", "azione dimostrata": an action or effect proven
        r"\b(a[cç][aã]o|efeito|acci[oó]n|efecto|azione|effetto|effet) (\w+ )?(comprovad[oa]|"
        r"comprobad[oa]|comprovat[oa]|dimostrat[oa]|provad[oa]|probad[oa]|demostrad[oa]|prouv[eé]e?|"
        r"d[eé]montr[eé]e?)\b",
    ],
    Kind.PERCENT_SUCCESS: [
        r"\b\d{1,3}([.,]\d+)?\s*% (der|des|de|dei|degli|delle|van|dos|das|los|las) (\w+ )?(patient\w*|"
        r"pazienti|pacientes|männer|frauen|hommes|femmes|uomini|donne|hombres|mujeres|homens|mulheres|"
        r"mannen|vrouwen|teilnehmer\w*|participant\w*|partecipanti|deelnemers|utilisateurs|utenti|"
        r"usuari[oa]s|usu[aá]ri[oa]s|gebruikers|anwender\w*|nutzer\w*|probanden|cas|casi|casos|gevallen|"
        r"fälle\w*|personne\w*|persone|personas|pessoas|mensen|menschen)\b",
        r"\b(hasta|kişi|vaka|katılımcı)\w* %\s?\d{1,3}|%\s?\d{1,3}\S* (başarı|oranında|oranda)\b",
    ],
    Kind.WORKS_IN_DAYS: [
        rf"\b(in|innerhalb|nach|binnen|ab|dans|apr[eè]s|d[eè]s|au bout d[e']|en|entro|dopo|dentro de|"
        rf"despu[eé]s de|tras|em|ap[oó]s|depois de|a partir de|na|vanaf|within) (von |de |di |)?(nur |"
        rf"seulement |solo |sólo |soltanto |apenas |slechts )?{COUNT}((-|\u2013| bis | à | a | e | y | tot | en | ou | o )"
        rf"\d+)?{UNIT}",
        # "nach wenigen Wochen", "en quelques semaines": a few, in words
        rf"\b(in|innerhalb|nach|binnen|dans|apr[eè]s|en|entro|dopo|em|ap[oó]s|na|within) (von |de |di |)?"
        rf"(wenigen|einigen|mehreren|quelques|plusieurs|pochi|poche|alcune|diversi|algunas|pocas|"
        rf"varias|varios|poucas|algumas|v[aá]rios|v[aá]rias|enkele){UNIT}",
        rf"\b\d+((-|\u2013| ila | veya )\d+)?{UNIT}",
        r"\b(a partir d[ae]|ap[oó]s a|depois da|d[eè]s la|apr[eè]s la|[àa] partir de la|nach der|ab der|"
        r"dopo la|dalla|desde la|despu[eé]s de la|na de|vanaf de) (primeira|segunda|terceira|quarta|"
        r"quinta|sexta|premi[eè]re|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|ersten|zweiten|"
        r"dritten|vierten|fünften|prima|seconda|terza|quarta|quinta|primera|segunda|tercera|cuarta|"
        r"eerste|tweede|derde|vierde|vijfde) (sess[aã]o|s[eé]ance|sitzung|behandlung|seduta|sesi[oó]n|"
        r"behandeling|aplica[cç][aã]o|application|anwendung|applicazione|aplicaci[oó]n)\b",
    ],
    Kind.NEEDS_ONGOING_USE: [
        r"\b(lebenslang|ein leben lang|dauerhaft|à vie|ind[eé]finiment|a vita|per tutta la vita|"
        r"de por vida|indefinidamente|para sempre|por toda a vida|pelo resto da vida|levenslang|"
        r"ömür boyu|hayat boyu)\b[^.]{0,20}\b(anwenden|angewendet|einnehmen|eingenommen|verwenden|"
        r"verwendet|utilis\w*|pris|prendre|appliqu\w*|suivi|utilizzat\w*|usat\w*|assunt\w*|us[ae]\w*|"
        r"utiliz\w*|tomar\w*|gebruik\w*|innemen|kullan\w*)",
        r"\b(utilis\w*|pris|appliqu\w*|anwenden|angewendet|einnehmen|eingenommen|verwendet|utilizzat\w*|"
        r"usat\w*|utiliz\w*|usad\w*|tomad\w*|gebruikt|kullanıl\w*)\b[^.]{0,20}\b(à vie|ind[eé]finiment|"
        r"lebenslang|ein leben lang|a vita|per tutta la vita|de por vida|indefinidamente|para sempre|"
        r"por toda a vida|levenslang|ömür boyu)\b",
        r"\b(rechute|reprise de la chute)\b[^.]{0,10}\b(à|lors de|après) l'arrêt\b|"
        r"\bnach dem absetzen\b[^.]{0,40}\b(zurück|wieder|erneut|verloren|rückfall)\b|"
        r"\b(alla sospensione|dopo la sospensione)\b[^.]{0,40}\b(ricad\w*|ritorn\w*|riprend\w*|perd\w*)\b|"
        # on stopping, or once or if it is stopped, with the pronoun on the verb or before it:
        # "al suspenderlo el cabello puede volver a caerse", "se você parar de usar, o cabelo volta"
        r"\b(al|si|cuando|tras|una vez que) (lo |la |los |las |usted |se )?(dej|suspend|interrump|"
        r"abandon)\w*\b[^.]{0,40}\b(reca[ií]\w*|vuelve\w*|volver\w*|regresa\w*|pierde\w*|perder\w*)\b|"
        r"\b(ao|se|quando|ap[oó]s) (o |a |os |as |voc[eê] )?(par|suspend|interromp|deix|abandon)\w*\b"
        r"[^.]{0,40}\b(reca[ií]\w*|volta\w*|retorna\w*|perde\w*)\b|"
        r"\bna het stoppen\b[^.]{0,40}\b(terug|verlies\w*|valt|vallen)\b|"
        r"\bbırakıldığında\b[^.]{0,40}\b(dökül\w*|geri|tekrar|yeniden)\b|"
        # "dès qu'on arrête de les prendre, leur effet cesse": the effect ends when stopped
        r"\b(dès|une fois|quand|lorsqu|si)\b[^.]{0,10}\barr[eê]t\w*\b[^.]{0,40}\b(effets?|bénéfices?|"
        r"résultats?)\b[^.]{0,15}\b(cess\w*|dispara\w*|s'estomp\w*)",
        # works "only as long as you take it"
        r"\bnur (so lange|solange),? (wie )?(man|sie|du|er|es) (\w+ ){0,2}(einnimmt|anwendet|verwendet|"
        r"benutzt|nimmt|aufträgt)\b|\b(seulement|uniquement|que) tant qu'(on|il|elle|ils|elles|vous) "
        r"(le |la |les |l')?(utilis|pren|appliqu|suiv)\w*|\bsolo (finch[eé]|fintanto che) (\w+ ){0,2}"
        r"(usa|usi|assum|appli|utilizz)\w*|\bs[oó]lo mientras (\w+ ){0,2}(us|tom|apli|utiliz)\w*|"
        r"\b(s[oó]|apenas|somente) enquanto (\w+ ){0,2}(us|tom|apli|utiliz)\w*",
        # "requires constancy to keep its effect"
        r"\b(requiere|necesita|exige|requer|precisa de|richiede|necessita|nécessite|exige|demande) "
        r"(\w+ ){0,2}(constancia|constância|costanza|uso continuo|uso continuado|uso contínuo|"
        r"usage continu|utilisation continue)\b",
    ],
    Kind.LASTING_RESULTS: [
        r"\b(ergebnis\w*|resultat\w*|r[eé]sultats?|effets?|risultat\w*|effett[io]|resultados?|efectos?|"
        r"efeitos?|resultaten|resultaat|effecten)\b[^.]{0,20}\b(dauerhaft\w*|bleibend\w*|permanent\w*|"
        r"d[eé]finiti\w*|durables?|duratur\w*|definitiv\w*|duraderos?|duradouros?|blijvend\w*|definitief|"
        r"voorgoed|für immer|pour toujours|per sempre|para siempre|para sempre|voor altijd)\b",
        r"\b(dauerhafte|bleibende|permanente|d[eé]finiti\w*|durables?|duratur\w*|definitiv\w*|duraderos?|"
        r"duradouros?|blijvende|definitieve|kalıcı) (ergebnis\w*|resultat\w*|r[eé]sultats?|risultat\w*|"
        r"resultados?|resultaten|sonuç\w*|lösung|soluzione|soluci[oó]n|solu[cç][aã]o|oplossing|"
        r"çözüm\w*)",
        r"\b(fallen|fällt) (nie|niemals) (wieder|mehr) aus\b|\bne tombent? (plus|jamais)\b|"
        r"\bnon cad(ono|ranno|rà) (più|mai)\b|\bno se (vuelve|volver[aá]) a caer\b|"
        r"\bn[aã]o ca(i|em|ir[aã]o) (mais|nunca)\b|\bvalt (nooit|niet) meer uit\b|"
        r"\bbir daha dökülme\w*|\bdökülmeyecek\b",
    ],
    Kind.SAFE_IN_PREGNANCY: [
        rf"\b{PREGNANCY}\b[^.]{{0,40}}\b(sicher|"
        r"unbedenklich|geeignet|erlaubt|anwenden|verwendet|sans danger|s[uû]r|autoris[eé]\w*|compatible|"
        r"d[eé]conseill[eé]\w*|contre-indiqu[eé]\w*|utilis\w*|sicur[oa]|utilizzat[oa]|usat[oa]|"
        r"controindicat[oa]|sconsigliat[oa]|segur[oa]|contraindicad[oa]|contra-indicad[oa]|utiliz\w*|"
        r"veilig|gebruik\w*|afgeraden|güvenli|kullanıl\w*|sakıncalı)\b",
        r"\b(sicher|unbedenklich|geeignet|anwenden|verwendet|sans danger|autoris[eé]\w*|compatible|"
        r"d[eé]conseill[eé]\w*|contre-indiqu[eé]\w*|utilis[eé]\w*|sicur[oa]|utilizzat[oa]|usat[oa]|"
        r"controindicat[oa]|sconsigliat[oa]|contraindicad[oa]|contra-indicad[oa]|utilizad[oa]|veilig|"
        rf"gebruikt|afgeraden|güvenli|kullanıl\w*)\b[^.]{{0,30}}\b{IN_PREGNANCY}\b",
    ],
    Kind.CAUSES_SIDE_EFFECT: [
        rf"\b{SIDE_EFFECTS} ([\w'-]+ ){{0,5}}(wie|sind|sont|comme|incluent|comprennent|come|sono|"
        rf"includono|comprendono|como|son|incluyen|comprenden|s[aã]o|incluem|compreendem|umfassen|zoals|"
        rf"zijn|gibi|arasında)\b",
        rf"\b(verursach|auslös|provoqu|caus|provoc|entraîn|produ|veroorzaak|neden ol|yol aç)\w*\b"
        rf"[^.]{{0,30}}\b{SIDE_EFFECTS}",
        rf"\b{SIDE_EFFECTS}\b[^.]{{0,40}}\b(zur folge|hervorrufen|verursachen|auslösen)\b",
    ],
    Kind.FDA_APPROVED: [
        r"\b(von der|durch die) fda (zugelassen|genehmigt)\b|\bfda[- ](zugelassen|genehmigt)\b|"
        # either gender and number, "la FDA" or "el FDA", "pela" or "pelo": "é aprovada pelo FDA"
        r"\b(approuv[eé]e?s?|autoris[eé]e?s?) par la fda\b|\b(approvat[oaie]|autorizzat[oaie]) "
        r"dalla fda\b|\b(aprobad[oa]s?|autorizad[oa]s?) por (la |el )?fda\b|"
        r"\b(aprovad[oa]s?|autorizad[oa]s?) pel[ao] fda\b|"
        # the agency as subject: "la FDA aprobó el minoxidil", "a FDA aprovou", "la FDA a approuvé"
        r"\b(la|el|a|o) fda (ha |han |tem |j[aá] |a )?(aprob|aprov|autoriz|"
        r"approuv|autoris|approvat)\w*|"
        r"\bdoor de fda goedgekeurd\b|\bfda[- ]goedgekeurd\b|\bfda (onaylı|tarafından onaylan\w*)",
    ],
    Kind.BETTER_THAN: [
        r"\b(besser|stärker|schneller|wirksamer|effektiver|überlegen|meilleure?s?|plus (efficaces?|"
        r"rapides?|puissant\w*)|sup[eé]rieure?s?|migliore?|più (efficac[ei]|rapid[oaie]|potent[ei])|"
        r"superiore|mejor(es)?|más (eficaz|efectiv[oa]|r[aá]pid[oa]|potente)s?|melhor(es)?|"
        r"mais (eficaz|efetiv[oa]|r[aá]pid[oa]|potente)s?|beter|sterker|sneller|effectiever|"
        r"daha (etkili|iyi|hızlı|güçlü))\b[^.]{0,15}\b(als|gegenüber|que|qu'|di|del|della|rispetto|"
        r"che|do que|dan|göre|kıyasla)\b",
        r"\b(sup[eé]rieure?s? à|superiore a|superior(es)? a)\b",
        # a noun and another quality may come between: "el tratamiento más seguro y eficaz", "el
        # más importante y efectivo", "le plus sûr et efficace"
        r"\b(am (wirksamsten|effektivsten)|les? plus (\w+ et )?efficaces?|la plus (\w+ et )?efficace|"
        r"(il|la) (\w+ )?più (\w+ ed? )?efficace|maggiormente efficace|(el|la|los|las) (\w+ )?más "
        r"(\w+ [ye] )?(eficaz|efectiv[oa])s?|(o|a|os|as) (\w+ )?mais (\w+ e )?(eficaz|efetiv[oa])e?s?|"
        r"(het )?meest effectie(f|ve)|en etkili)\b",
    ],
    Kind.AS_GOOD_AS: [
        r"\b(genauso|ebenso|gleich) (wirksam|gut|effektiv|stark) wie\b|\b(aussi|tout aussi) (efficace|"
        r"bon|puissant)e?s? que\b|\b(altrettanto|così|tanto) (efficace|buon[oa]|potente) (quanto|come)\b|"
        r"\befficace quanto\b|\b(tan|igual de) (eficaz|efectiv[oa]|buen[oa]|potente) (como|que)\b|"
        r"\b(t[aã]o|igualmente) (eficaz|efetiv[oa]|bom|boa|potente) (quanto|como)\b|"
        r"\b(even|net zo) (effectief|goed|werkzaam|sterk) als\b|\bkadar etkili\b",
    ],
    Kind.PRESCRIPTION_STRENGTH: [RX_STATUS],
    Kind.SUITS_EVERYONE: [
        r"\b((für )?(jeden|alle\w*|jede|jedermann) geeignet|geeignet für (jeden|alle\w*|jede)|convient à (tous|toutes|chacun)|adapt[eé]e?s? à (tous|toutes)|"
        r"adatt[oaie] a (tutti|tutte|chiunque)|indicat[oaie] (a|per) (tutti|tutte|chiunque)|"
        r"(apt[oa]s?|adecuad[oa]s?|indicad[oa]s?) para (todos|todas|cualquier)|"
        r"(indicad[oa]s?|adequad[oa]s?) para (todos|todas|qualquer)|geschikt voor (iedereen|alle)|"
        r"herkes(e|in) (için )?uygun)\b",
        r"\b(in jedem alter|jeden alters|à tout âge|quel que soit (votre|leur|son) âge|"
        r"a qualsiasi età|di (ogni|tutte le) età|cualquiera (que )?sea su edad|sin importar (su|la) edad|"
        r"a cualquier edad|de todas las edades|em qualquer idade|de todas as idades|op elke leeftijd|"
        r"her yaşta)\b",
        # said to help with them, the verb before or after: "kann Menschen mit vielen Arten von
        # Haarausfall helfen", "è utile per molti tipi di caduta dei capelli"
        rf"\b{HELPS}\b[^.;]{{0,40}}\b{MANY_KINDS_OF_LOSS}|\b{MANY_KINDS_OF_LOSS}[^.;]{{0,30}}\b{HELPS}\b",
    ],
}
# and those of foreign_wording_more.py: Polish to Arabic
FOREIGN |= {kind: [*FOREIGN.get(kind, []), *wordings] for kind, wordings in MORE.items()}
# and the wider families of foreign_families.py
FOREIGN |= {kind: [*FOREIGN.get(kind, []), *wordings] for kind, wordings in FAMILIES.items()}
# and the warnings and denials of foreign_facts.py
FOREIGN |= {kind: [*FOREIGN.get(kind, []), *wordings] for kind, wordings in FACTS.items()}

# Who a condition mostly strikes, in the other languages (condition_course.MOSTLY_WHO): "tritt vor
# allem bei Männern auf", "touche surtout les femmes", "compare principalmente nei giovani".
MOSTLY = (
    r"(hauptsächlich|vor allem|überwiegend|vorwiegend|principalement|surtout|majoritairement|"
    r"principalmente|soprattutto|prevalentemente|sobre todo|mayoritariamente|vooral|voornamelijk|"
    r"hoofdzakelijk|çoğunlukla|daha çok|" + MORE_MOSTLY + ")"
)
STRIKES = (
    r"(betrifft|betreffen|tritt|treten|trifft|touche|touchent|atteint|atteignent|survient|"
    r"appara[iî]t|compare|colpisce|colpiscono|afecta|afectan|aparece|afeta|afetam|ocorre|surge|"
    r"frappe|frappent|concerne|concernent|atinge|atingem|acomete|kommt|kommen|"
    r"treft|treffen|komt|görülür|etkiler|" + MORE_STRIKES + ")"
)
MOSTLY_WHO = rf"\b{MOSTLY} {STRIKES}\b|\b{STRIKES} (\w+ )?{MOSTLY}\b"
