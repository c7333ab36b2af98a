"""Forms of the community: sign-up and structured reviews, each with a honeypot field."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import User

from anagen.assessment.vocab import Stage

RATING_CHOICES = [(i, f"{i}") for i in range(1, 6)]
ROUTES = [
    ("", "—"),
    ("topical", "On the scalp"),
    ("oral", "By mouth"),
    ("injection", "Injection"),
    ("device", "Device"),
    ("procedure", "Procedure"),
]


class HoneypotMixin(forms.Form):
    # Hidden from people by CSS and aria-hidden; bots fill every field.
    website = forms.CharField(
        required=False,
        label="Leave this empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError("Please leave this field empty.")
        return ""


class SignupForm(HoneypotMixin, UserCreationForm):  # type: ignore[misc]
    email = forms.EmailField(
        required=True, max_length=254, help_text="Used only to reset your password."
    )

    class Meta:
        model = User
        fields = ("username", "email")


class ReviewForm(HoneypotMixin):
    condition = forms.ChoiceField(label="Which kind of hair loss do you have?")
    stage = forms.ChoiceField(
        required=False, choices=[("", "Not sure")] + [(s.value, s.value) for s in Stage]
    )
    dose = forms.CharField(
        required=False, max_length=120, label="Dose or strength (e.g. 5% twice a day)"
    )
    route = forms.ChoiceField(required=False, choices=ROUTES)
    duration_months = forms.IntegerField(
        min_value=0, max_value=600, label="How many months did you use it?"
    )
    effectiveness = forms.TypedChoiceField(
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        label="How well did it work? (1 = not at all, 5 = very well)",
    )
    side_effects_rating = forms.TypedChoiceField(
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        label="Side effects (1 = severe, 5 = none)",
    )
    value = forms.TypedChoiceField(
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        label="Value for money (1 = poor, 5 = excellent)",
    )
    side_effects = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Which side effects did you have?",
    )
    other_side_effects = forms.CharField(required=False, max_length=200, label="Other side effects")
    recommend = forms.TypedChoiceField(
        choices=[("yes", "Yes"), ("no", "No")],
        widget=forms.RadioSelect,
        coerce=lambda v: v == "yes",
        label="Would you recommend it?",
    )
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
        min_length=20,
        label="Your experience (plain text; no links or HTML)",
    )

    def __init__(
        self,
        *args: object,
        conditions: list[tuple[str, str]],
        side_effects: list[str],
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["condition"].choices = conditions  # type: ignore[attr-defined]
        self.fields["side_effects"].choices = [(s, s) for s in side_effects]  # type: ignore[attr-defined]

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        if "\x00" in text:
            raise forms.ValidationError("The text contains a character we cannot store.")
        return text
