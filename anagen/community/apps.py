from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "anagen.community"
    label = "community"
    verbose_name = "Community reviews"
