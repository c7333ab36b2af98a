from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "anagen.web"
    label = "web"
    verbose_name = "Web site"

    def ready(self) -> None:
        from anagen.web.search_index import connect_product_signals

        connect_product_signals()  # the search index follows every product save and delete
        from anagen.web.heap import freeze_after_first_request

        freeze_after_first_request()
