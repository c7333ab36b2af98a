from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "anagen.knowledge"
    label = "knowledge"
    verbose_name = "Knowledge base"
