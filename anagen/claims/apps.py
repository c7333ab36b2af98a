from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "anagen.claims"
    label = "claims"
    verbose_name = "Claim checker"
