from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "anagen.web"
    label = "web"
    verbose_name = "Web site"
