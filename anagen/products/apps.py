from django.apps import AppConfig


class ProductsConfig(AppConfig):
    name = "anagen.products"
    label = "products"
    verbose_name = "Products"

    def ready(self) -> None:
        from anagen.products.listing import connect_product_signals

        connect_product_signals()  # the condition listing follows every product save
