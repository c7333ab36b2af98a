"""Plain-language labels for the questionnaire's choices (UI wording, not medical facts)."""

from __future__ import annotations

SEX = {"female": "Female", "male": "Male", "other": "Other / prefer to describe differently"}
PATTERN = {
    "receding_hairline": "Receding at the temples or front hairline",
    "crown": "Thinning on the crown (back of the top of the head)",
    "receding_and_crown": "Both: receding hairline and thinning crown",
    "diffuse_top": "Thinning all over the top, hairline kept",
    "widening_part": "My parting is getting wider",
    "patches": "Round or oval bald patches",
    "total_scalp": "I have lost all the hair on my scalp",
    "whole_body": "I have lost hair on my scalp and body (eyebrows, lashes, body hair)",
    "diffuse_shedding": "Much more hair than usual falls out all over (brush, shower, pillow)",
}
STAGE = {
    "N1": "Stage 1: no real recession",
    "N2": "Stage 2: slight recession at the temples",
    "N3": "Stage 3: deep recession at the temples",
    "N3V": "Stage 3 vertex: recession and a thin crown",
    "N4": "Stage 4: deeper recession and a bald crown",
    "N5": "Stage 5: larger areas, a thin band between",
    "N6": "Stage 6: front and crown have joined",
    "N7": "Stage 7: hair only at the back and sides",
    "L1": "Grade I: mild thinning on top",
    "L2": "Grade II: clear thinning on top",
    "L3": "Grade III: very thin on top, hairline kept",
}
ONSET = {"gradual": "Gradually, over months or years", "sudden": "Suddenly, over days or weeks"}
TRIGGERS = {
    "childbirth": "Gave birth",
    "severe_illness": "A serious illness (for example COVID-19 or flu)",
    "high_fever": "A high fever",
    "crash_diet": "A crash diet or fast weight loss",
    "major_stress": "A very stressful event",
    "new_medication": "Started a new medicine",
    "surgery": "An operation",
    "stopped_birth_control": "Stopped the contraceptive pill",
}
SYMPTOMS = {
    "itching": "Itching",
    "burning": "Burning",
    "pain": "Pain or tenderness",
    "scaling": "Scaling or flakes",
    "redness": "Redness",
    "pustules": "Pus spots or bumps",
    "scarring_shiny_skin": "Smooth, shiny skin where hair was",
    "broken_hairs": "Broken-off hairs",
    "exclamation_mark_hairs": "Short hairs that get thinner towards the scalp",
    "nail_pitting": "Small dents in the nails",
    "eyebrow_or_lash_loss": "Losing eyebrows or eyelashes",
}
CONDITIONS = {
    "low_blood_pressure": "Low blood pressure",
    "heart_disease": "Heart disease",
    "liver_disease": "Liver disease",
    "depression": "Depression (now or in the past)",
    "prostate_cancer_screening": "I have PSA tests for prostate cancer",
    "hormone_sensitive_cancer": "A hormone-sensitive cancer (now or in the past)",
}
PREFERENCES = {
    "no_pills": "I would rather not take pills",
    "no_daily_topical": "I would rather not apply something every day",
    "low_budget": "I need to keep costs low",
}
HABITS = {
    "tight_hairstyles": "Tight hairstyles (braids, weaves, buns, extensions)",
    "chemical_relaxers": "Chemical relaxers or straighteners",
    "hair_pulling_urge": "An urge to pull out my hair",
    "heat_styling": "Frequent heat styling",
}
