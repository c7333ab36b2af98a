from django.apps import AppConfig


class ProductsConfig(AppConfig):
    name = "anagen.products"
    label = "products"
    verbose_name = "Products"

    def ready(self) -> None:
        from django.db.models.signals import pre_migrate

        from anagen.products.listing import connect_product_signals
        from anagen.products.load_indexes import restore_before_migrate

        connect_product_signals()  # the condition listing follows every product save
        # Every server start migrates first: an import that died is repaired by then.
        pre_migrate.connect(restore_before_migrate, sender=self, dispatch_uid="restore-indexes")
