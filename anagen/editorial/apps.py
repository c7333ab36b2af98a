from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "anagen.editorial"
    label = "editorial"
    verbose_name = "Editors and reviews of pages"

    def ready(self) -> None:
        from anagen.editorial import signals  # noqa: F401  (connects the cache invalidation)
