"""Site search: one document per page or product, and the database's own full-text index.

SQLite: two FTS5 tables (pages; products) over views of web_searchdoc, kept in step by
triggers. Pages and products are indexed apart so that ranking the few pages with bm25 never
pays for the IDF of a word shared by a hundred thousand products.
PostgreSQL: a generated tsvector column (title A, names B, body D) with one partial GIN index
for pages and one for products, for the same reason.

A later migration that makes SQLite rebuild web_searchdoc (AlterField and RemoveField do) must
run SQLITE_DROP before that operation and SQLITE_CREATE after it (the views and triggers name
the table), then `anagen manage rebuild_search_index`.
"""

from django.db import migrations, models

# Prefix indexes up to 8 characters (anagen.search.MAX_PREFIX): a prefix query then reads one
# posting list instead of merging those of every word that starts with it.
TOKENIZE = "tokenize='porter unicode61 remove_diacritics 2', prefix='2 3 4 5 6 7 8'"
SECTIONS = {"pages": "kind <> 'product'", "products": "kind = 'product'"}


def _sqlite_create() -> list[str]:
    sql = []
    for name, where in SECTIONS.items():
        view, fts = f"web_searchdoc_{name}", f"web_searchdoc_fts_{name}"
        sql += [
            f"CREATE VIEW {view} AS SELECT id, title, names, body FROM web_searchdoc WHERE {where}",
            f"CREATE VIRTUAL TABLE {fts} USING fts5(title, names, body, "
            f"content='{view}', content_rowid='id', {TOKENIZE})",
        ]
        new, old = where.replace("kind", "new.kind"), where.replace("kind", "old.kind")
        add = f"INSERT INTO {fts}(rowid, title, names, body) SELECT new.id, new.title, new.names, new.body WHERE {new};"
        remove = (
            f"INSERT INTO {fts}({fts}, rowid, title, names, body) "
            f"SELECT 'delete', old.id, old.title, old.names, old.body WHERE {old};"
        )
        sql += [
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON web_searchdoc BEGIN {add} END",
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON web_searchdoc BEGIN {remove} END",
            f"CREATE TRIGGER {fts}_au AFTER UPDATE ON web_searchdoc BEGIN {remove} {add} END",
        ]
    return sql


def _sqlite_drop() -> list[str]:
    sql = []
    for name in SECTIONS:
        fts = f"web_searchdoc_fts_{name}"
        sql += [f"DROP TRIGGER IF EXISTS {fts}_{t}" for t in ("ai", "ad", "au")]
        sql += [f"DROP TABLE IF EXISTS {fts}", f"DROP VIEW IF EXISTS web_searchdoc_{name}"]
    return sql


SQLITE_CREATE, SQLITE_DROP = _sqlite_create(), _sqlite_drop()

POSTGRES_CREATE = [
    "ALTER TABLE web_searchdoc ADD COLUMN search tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english', title), 'A') || "
    "setweight(to_tsvector('english', names), 'B') || "
    "setweight(to_tsvector('english', body), 'D')) STORED",
    *(
        f"CREATE INDEX web_searchdoc_fts_{name} ON web_searchdoc USING gin (search) WHERE {where}"
        for name, where in SECTIONS.items()
    ),
]
POSTGRES_DROP = [
    *(f"DROP INDEX IF EXISTS web_searchdoc_fts_{name}" for name in SECTIONS),
    "ALTER TABLE web_searchdoc DROP COLUMN IF EXISTS search",
]


def _run(schema_editor, statements):  # type: ignore[no-untyped-def]
    for statement in statements:
        schema_editor.execute(statement, params=None)


def create_index(apps, schema_editor):  # type: ignore[no-untyped-def]
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_CREATE)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_CREATE)


def drop_index(apps, schema_editor):  # type: ignore[no-untyped-def]
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        _run(schema_editor, SQLITE_DROP)
    elif vendor == "postgresql":
        _run(schema_editor, POSTGRES_DROP)


def index_existing_products(apps, schema_editor):  # type: ignore[no-untyped-def]
    """Products already in the database get their documents; pages come with load-content."""
    from anagen.web.search_index import PRODUCT_FIELDS, product_row

    Product = apps.get_model("products", "Product")
    SearchDoc = apps.get_model("web", "SearchDoc")
    batch = []
    for p in Product.objects.order_by("pk").only(*PRODUCT_FIELDS).iterator(chunk_size=2000):
        batch.append(SearchDoc(**product_row(p)))
        if len(batch) >= 2000:
            SearchDoc.objects.bulk_create(batch)
            batch = []
    SearchDoc.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [
        ("web", "0001_initial"),
        ("products", "0002_product_claims"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDoc",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.CharField(max_length=140, unique=True)),
                ("kind", models.CharField(db_index=True, max_length=20)),
                ("title", models.CharField(max_length=300)),
                ("title_key", models.CharField(db_index=True, max_length=300)),
                ("url", models.CharField(max_length=300)),
                ("names", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("quality", models.FloatField(default=0)),
            ],
        ),
        migrations.RunPython(create_index, drop_index),
        migrations.RunPython(index_existing_products, migrations.RunPython.noop),
    ]
