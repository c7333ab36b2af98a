"""Families of claims in German, French, Spanish, Italian and Portuguese that warn or deny
rather than promise, read after the English ones and merged into foreign_wording.FOREIGN: a
treatment kept from pregnancy ("darf in der Schwangerschaft nicht angewendet werden", "as
grávidas não devem usar"), evidence said to be there or lacking ("no hay evidencia
científica", "aucune étude n'a prouvé"), and hair made to grow in the subjunctive such a
denial takes ("de que haga crecer el cabello"). How many a condition affects is read with the
English (condition_prevalence.FOREIGN_SHARE_WORDING), a denial of evidence with its English
(evidence_denial.py, through EVIDENCE_LACKING).

As in foreign_wording.py, every wording needs a word of its own language, so the literal
prefilter never runs it on English text; the negation is left to modality.py, which finds
"nicht" and "pas" after the verb, and "não", "no" or "non" before it.
"""

from __future__ import annotations

from anagen.claims.vocab import Kind

# Pregnancy and breastfeeding, and the women in them, in every language the wordings read
# (foreign_wording.py's claims of safety in pregnancy use them too)
PREGNANCY = (
    r"(schwangerschaft|schwangere\w*|stillzeit|stillende\w*|grossesse|enceintes?|allaitement|"
    r"gravidanza|incinte?|allattamento|embarazo|embarazadas?|lactancia|gravidez|gr[aá]vidas?|"
    r"gestantes?|amamenta[cç][aã]o|zwangerschap|zwangere\w*|borstvoeding|hamile\w*|gebelik\w*|"
    r"emzirme\w*)"
)
# Using, applying or taking a treatment, the verbs a warning forbids
USED = (
    r"(angewendet|angewandt|anwenden|verwenden|verwendet|eingenommen|einnehmen|benutzen|benutzt|"
    r"utilis\w*|employ\w*|appliqu\w*|pris|prise|prendre|usar\w*|usad[oa]s?|usat[oa]|usare|utilizz\w*|assum\w*|utiliz\w*|"
    r"tomar\w*|aplicar\w*|applicar\w*)"
)
# ... in pregnancy, after the verb: "no debe utilizarse durante el embarazo", "sicher in der
# Schwangerschaft"
IN_PREGNANCY = (
    r"(durante (el|la|a|o) (embarazo|gravidez|gravidanza|lactancia|allattamento|amamenta[cç][aã]o)|"
    r"en el embarazo|na gravidez|in gravidanza|pendant la grossesse|en cas de grossesse|"
    r"pendant l'allaitement|chez (la femme enceinte|les femmes enceintes)|bei schwangeren|"
    r"(in|während) der (schwangerschaft|stillzeit)|(por|para|en|em) (mujeres embarazadas|"
    r"mulheres gr[aá]vidas|gestantes|gr[aá]vidas|embarazadas)|tijdens de zwangerschap|hamilelikte|"
    r"gebelikte|hamilelik döneminde)"
)

# Evidence, scientific or clinical: "evidencia científica", "prove scientifiche",
# "wissenschaftliche Belege"
EVIDENCE = r"(evidencias?|evid[eê]ncias?|pruebas|provas|prove|preuves?|belege|beweise|nachweise)"
SCIENTIFIC = (
    r"(cient[ií]fic[oa]s?|scientifiques?|scientific[ho]e?|cl[ií]nic[oa]s?|cliniques?|clinic[ho]e?)"
)
# Studies, one or many, and what they are said to have shown
STUDIES = (
    r"(études?|estudios?|estudos?|studio|studi|studien|studie|recherches?|investigaciones?|"
    r"pesquisas?|ricerche|untersuchungen)"
)
SHOWN = (
    r"(prouv[eé]|d[eé]montr[eé]|montr[eé]|demostrado|comprobado|probado|comprovou|comprovaram|"
    r"demonstrou|demonstraram|provou|comprovado|demonstrado|dimostrato|provato|bewiesen|belegt|"
    r"gezeigt|nachgewiesen)"
)
# None of it, said before the claim it denies: "no hay evidencia científica de que",
# "non esistono prove", "aucune étude", "keine Studie" (evidence_denial.py reads it as the
# English "no evidence that")
EVIDENCE_LACKING = (
    r"\b(no hay|no existen?|não há|não existem?|non (c'è|ci sono|esiston[oe])|il n'y a pas de|"
    r"aucune?|ningún|nenhum|nenhuma|nessun[oa]?|keine?) ([\w-]+ ){0,2}?("
    + EVIDENCE
    + "|"
    + STUDIES
    + r")\b"
)

# The same denial where the claim's own words hold it: "wissenschaftlich nicht belegt",
# "nicht klinisch bewiesen", "n'a jamais été prouvé", "no ha sido demostrado"
EVIDENCE_DENIED_HERE = (
    EVIDENCE_LACKING
    + r"|\b(wissenschaftlich|klinisch) (nicht|nie|kaum)\b|\bnicht (wissenschaftlich|klinisch)\b|"
    r"\bn'(a|ont) (jamais )?(été )?(prouv|d[eé]montr)\w*|\b(no|não|non) (ha|han|tem|têm|hanno|è|é|es|está) "
    r"(sido |stato |stata |estado )?(demostrad|comprobad|probad|comprovad|demonstrad|dimostrat|provat)\w*"
)
# A warning's "must not", with the negation inside the wording it denies: "as grávidas não
# devem usar", "las embarazadas no deben usar" (modality.py)
MUST_NOT = (
    r"\b(no|não|non) (deben?|deber[ií]an?|devem|deveriam|deve|devono|dovrebbe|dovrebbero|debe|"
    r"pueden|podem|possono)\b"
)

FACTS: dict[Kind, list[str]] = {
    Kind.SAFE_IN_PREGNANCY: [
        rf"\b{PREGNANCY}\b[^.;]{{0,40}}\b{USED}",
        rf"\b{USED}\b[^.;]{{0,30}}\b{IN_PREGNANCY}\b",
    ],
    Kind.CLINICALLY_PROVEN: [
        rf"\b{EVIDENCE} {SCIENTIFIC}\b|\bwissenschaftliche[n]? (belege|beweise|nachweise|studien)\b",
        rf"\b{STUDIES}\b[^.;]{{0,30}}\b{SHOWN}\b",
        # the negation inside: "wissenschaftlich nicht belegt", "klinisch nie bewiesen"
        r"\b(klinisch|wissenschaftlich) (nicht|nie|kaum) (ausreichend )?(bewiesen|belegt|nachgewiesen|"
        r"erwiesen)\b",
    ],
    Kind.REGROWS_HAIR: [
        # after a denial or a wish, the subjunctive: "que haga crecer", "que faça o cabelo crescer"
        r"\bhaga[n]? crecer\b|\bfa[cç]am? (o cabelo |os cabelos |os fios )?crescer\b|"
        r"\bfaccia(no)? ricrescere\b|\b(fait|font|fasse|fassent) repousser\b",
        # by themselves, in German, the particle last: "kommen die Haare von selbst zurück",
        # "wächst das Haar in sechs Monaten wieder nach"
        r"\b(kommen|kommt)\b [^.;,]{0,60}?\b(von selbst|von allein|spontan) (zurück|wieder)\b|"
        r"\b(wächst|wachsen) (das haar|die haare) [^.;,]{0,60}?\bwieder nach\b",
    ],
}
