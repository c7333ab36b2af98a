from django.apps import AppConfig


class AssessmentConfig(AppConfig):
    name = "anagen.assessment"
    label = "assessment"
    verbose_name = "Self-assessment"
