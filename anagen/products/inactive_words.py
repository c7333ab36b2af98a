"""Words of the names that fill most ingredient lists and name no hair active: water, glycols,
surfactants, emulsifiers, thickeners, silicones, preservatives, fragrance allergens, antioxidants,
colours and the fillers and coatings of tablets and capsules (their INCI and pharmacopoeia names),
and the words of a label's own headings. (Not plant names: a botanical's Latin words may be
part of an ingredient's.)

An item none of whose words is anything else ("Propylene Glycol", "PEG-40 Hydrogenated Castor
Oil", "Aqua (Water)") was not found under any name of the knowledge base, and is no misspelling
of one either: the fuzzy look-up, which otherwise scores it against hundreds of names and costs
more than the rest of the item's reading, is skipped. None of these words is an ingredient's
name, or close enough to one to match it alone (tests/products/test_inactive_words.py); a
misspelt active ("Minoxdil", "Rosemarry Oil") keeps a word that is not here."""

from __future__ import annotations

_WORDS = """
    water aqua eau agua wasser acqua purified deionized demineralized distilled
    glycerin glycerine glycerol propylene butylene pentylene hexylene caprylyl glycol propanediol
    alcohol denat denatured ethanol isopropyl benzyl cetyl cetearyl stearyl behenyl myristyl oleyl
    sodium potassium ammonium triethanolamine tromethamine aminomethyl propanol
    chloride citrate benzoate sorbate lactate phosphate sulfate sulphate hydroxide carbonate
    bicarbonate laurate myristate oleate dehydroacetate edta disodium tetrasodium trisodium
    laureth lauryl lauroyl sarcosinate cocoyl isethionate taurate methyl cocamidopropyl betaine
    hydroxysultaine cocamide mea dea coco glucoside decyl polyglucose
    peg ppg polysorbate sorbitan ceteareth steareth isoceteth hydrogenated castor oil
    carbomer acrylates crosspolymer copolymer polyquaternium guar hydroxypropyltrimonium xanthan
    gum cellulose hydroxyethylcellulose hydroxypropyl methylcellulose hypromellose carrageenan
    dimethicone dimethiconol cyclopentasiloxane cyclomethicone amodimethicone
    phenoxyethanol ethylhexylglycerin methylparaben propylparaben butylparaben ethylparaben
    chlorphenesin benzoic sorbic dehydroacetic iodopropynyl butylcarbamate methylisothiazolinone
    methylchloroisothiazolinone dmdm hydantoin imidazolidinyl diazolidinyl urea
    parfum fragrance perfume limonene linalool citral geraniol citronellol eugenol coumarin
    hexyl cinnamal amyl cinnamyl farnesol salicylate hydroxycitronellal isomethyl ionone
    butylphenyl methylpropional
    tocopherol tocopheryl acetate citric lactic acid bht bha butylated hydroxytoluene
    hydroxyanisole butylhydroxytoluene silica dioxide titanium talc mica oxides ci
    stearic palmitic oleic linoleic lauric myristic capric caprylic triglyceride triglycerides
    glyceryl stearate
    lactose monohydrate microcrystalline starch maize pregelatinised pregelatinized
    croscarmellose crospovidone povidone glycolate gelatin gelatine shell pullulan maltodextrin
    dextrin sucrose sorbitol xylitol mannitol sucralose beeswax carnauba wax shellac glaze
    flavour flavor flavouring flavoring natural artificial colour color colouring coloring
    ingredients ingredient inactive excipients contains section description directions purpose
    purposes uses warnings indications dosage form capsule capsules tablet tablets softgel each
    serving servings per daily value amount
    and or with of the a in for to
"""
INACTIVE_WORDS = frozenset(_WORDS.split())


def names_no_active(words: set[str]) -> bool:
    """Whether every word of a folded name is one of these (or a number: "PEG-40", "CI 77891")."""
    return all(w in INACTIVE_WORDS or w.isdigit() for w in words)
