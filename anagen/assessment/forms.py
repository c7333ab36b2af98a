"""The questionnaire: one Django form, shown a topic per step, answers carried in hidden fields.

Nothing is stored while the person answers. The engine's strict validation stays the single
definition of what is valid; the form only gathers and converts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms

from anagen.assessment import labels


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    fields: tuple[str, ...]
    required: tuple[str, ...] = ()


STEPS: tuple[Step, ...] = (
    Step("about", "About you", ("sex", "age"), ("sex", "age")),
    Step("pattern", "What you see", ("pattern",), ("pattern",)),
    Step("extent", "How far it has gone", ("stage", "scalp_loss_percent")),
    Step(
        "history",
        "When and how it started",
        ("duration_months", "onset", "family_history", "triggers"),
        ("duration_months", "onset", "family_history"),
    ),
    Step("signs", "Signs on your scalp and nails", ("symptoms", "habits")),
    Step("health", "Your health", ("pregnant_or_planning", "breastfeeding", "conditions")),
    Step("preferences", "What suits you", ("preferences",)),
)
NORWOOD_PATTERNS = {"receding_hairline", "crown", "receding_and_crown"}
LUDWIG_PATTERNS = {"diffuse_top", "widening_part"}
MULTI = ("triggers", "symptoms", "habits", "conditions", "preferences")


def _choices(mapping: dict[str, str]) -> list[tuple[str, str]]:
    return list(mapping.items())


class AnswersForm(forms.Form):
    sex = forms.ChoiceField(choices=_choices(labels.SEX), required=False, widget=forms.RadioSelect)
    age = forms.IntegerField(min_value=1, max_value=120, required=False, label="Age in years")
    pattern = forms.ChoiceField(
        choices=_choices(labels.PATTERN), required=False, widget=forms.RadioSelect
    )
    stage = forms.ChoiceField(
        choices=[("", "Not sure"), *_choices(labels.STAGE)],
        required=False,
        widget=forms.RadioSelect,
    )
    scalp_loss_percent = forms.IntegerField(
        min_value=0,
        max_value=100,
        required=False,
        label="Roughly what share of your scalp hair is lost, in percent? (leave empty if unsure)",
    )
    duration_months = forms.IntegerField(
        min_value=0,
        max_value=1440,
        required=False,
        label="For how many months has it been going on?",
    )
    onset = forms.ChoiceField(
        choices=_choices(labels.ONSET),
        required=False,
        widget=forms.RadioSelect,
        label="How did it start?",
    )
    family_history = forms.ChoiceField(
        choices=[("yes", "Yes"), ("no", "No or not sure")],
        required=False,
        widget=forms.RadioSelect,
        label="Do parents, brothers or sisters have thinning hair?",
    )
    triggers = forms.MultipleChoiceField(
        choices=_choices(labels.TRIGGERS),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="In the 6 months before it started, did any of these happen?",
    )
    symptoms = forms.MultipleChoiceField(
        choices=_choices(labels.SYMPTOMS),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Do you notice any of these?",
    )
    habits = forms.MultipleChoiceField(
        choices=_choices(labels.HABITS),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Do any of these apply to you?",
    )
    pregnant_or_planning = forms.BooleanField(
        required=False,
        label="I am pregnant or planning a pregnancy (men: planning to father a child)",
    )
    breastfeeding = forms.BooleanField(required=False, label="I am breastfeeding")
    conditions = forms.MultipleChoiceField(
        choices=_choices(labels.CONDITIONS),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Do you have any of these?",
    )
    preferences = forms.MultipleChoiceField(
        choices=_choices(labels.PREFERENCES),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Anything we should take into account?",
    )

    def check_step(self, step: Step) -> bool:
        """Valid when the step's own required answers are present (other steps not judged)."""
        ok = True
        for name in step.required:
            if self.cleaned_data.get(name) in (None, ""):
                self.add_error(name, "Please answer this question.")
                ok = False
        return ok and not any(self.has_error(f) for f in step.fields)

    def engine_input(self) -> dict[str, Any]:
        d = self.cleaned_data
        out: dict[str, Any] = {
            "sex": d["sex"],
            "age": d["age"],
            "pattern": d["pattern"],
            "stage": d.get("stage") or None,
            "duration_months": d["duration_months"],
            "onset": d["onset"],
            "family_history": d.get("family_history") == "yes",
            "pregnant_or_planning": bool(d.get("pregnant_or_planning")),
            "breastfeeding": bool(d.get("breastfeeding")),
        }
        if d.get("scalp_loss_percent") is not None:
            out["scalp_loss_percent"] = d["scalp_loss_percent"]
        for name in MULTI:
            out[name] = list(d.get(name) or [])
        return out


def step_applies(step: Step, pattern: str | None) -> bool:
    if step.slug == "extent":
        return pattern in NORWOOD_PATTERNS | LUDWIG_PATTERNS | {"patches"}
    return True


def hidden_pairs(form: AnswersForm, skip: tuple[str, ...]) -> list[tuple[str, str]]:
    """(name, value) pairs that carry earlier answers through the next page."""
    pairs: list[tuple[str, str]] = []
    for name in form.fields:
        if name in skip:
            continue
        values = form.data.getlist(name) if hasattr(form.data, "getlist") else []
        pairs.extend((name, str(v)) for v in values if str(v) != "")
    return pairs
