"""Site search on the database's full-text index (SQLite FTS5 or PostgreSQL, whichever the
suite runs on): ranking, synonyms, misspellings, body text, safe snippets, hostile queries,
and the index following content loads and product writes."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anagen.knowledge.base import KnowledgeBase
from anagen.products.models import Product
from anagen.search import PAGE_KINDS
from anagen.web.models import SearchDoc
from anagen.web.search_query import search, suggest

pytestmark = pytest.mark.django_db


def _search(client: Client, q: str, **extra: Any) -> list[dict[str, Any]]:
    response = client.get("/api/v1/search", {"q": q, **extra})
    assert response.status_code == 200, response.content
    return response.json()  # type: ignore[no-any-return]


def _product(slug: str, name: str, **fields: Any) -> Product:
    defaults = {
        "brand": "Testbrand",
        "form": "serum",
        "regulatory_type": "cosmetic",
        "category": "topical",
        "label_text": "Ingredients: water, glycerin.",
    }
    return Product.objects.create(slug=slug, name=name, **{**defaults, **fields})


def test_every_page_of_the_knowledge_base_has_one_search_document(kb: KnowledgeBase) -> None:
    pages = len(kb.conditions) + len(kb.treatments) + len(kb.ingredients) + len(kb.guides)
    assert SearchDoc.objects.filter(kind__in=PAGE_KINDS).count() == pages
    assert SearchDoc.objects.filter(kind="product").count() == Product.objects.count()


def test_an_exact_name_ranks_first_and_scores_are_in_tier_order(client: Client) -> None:
    hits = _search(client, "biotin")
    assert hits[0]["url"] == "/treatments/biotin/" and hits[0]["matched"] == "biotin"
    assert hits[0]["score"] >= 300
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_a_word_as_typed_ranks_above_spelling_corrections(client: Client) -> None:
    # "minoxidl" is nobody's listed misspelling: the product spelled that way matches as typed,
    # the minoxidil pages only after correction, so they come after it.
    _product("minoxidl-tonic", "Minoxidl Tonic")
    hits = _search(client, "minoxidl")
    urls = [h["url"] for h in hits]
    assert urls[0] == "/products/minoxidl-tonic/" and 200 <= hits[0]["score"] < 300
    assert "/treatments/minoxidil-topical/" in urls
    fuzzy = next(h for h in hits if h["url"] == "/treatments/minoxidil-topical/")
    assert 100 <= fuzzy["score"] < 200 and fuzzy["matched"].startswith("minoxidil")


@pytest.mark.parametrize(
    ("query", "expected_url"),
    [
        ("Rogaine", "/treatments/minoxidil-topical/"),  # brand name: a synonym
        ("regaine", "/treatments/minoxidil-topical/"),
        ("Propecia", "/treatments/finasteride-oral/"),
        ("finastride", "/treatments/finasteride-oral/"),  # a listed misspelling
        ("finasterde", "/treatments/finasteride-oral/"),  # corrected by edit distance
        ("ketoconazle shampoo", "/treatments/ketoconazole-shampoo/"),
        ("saw palmeto", "/treatments/saw-palmetto/"),
        ("Alopecia Areata", "/conditions/alopecia-areata/"),
        ("minox", "/treatments/minoxidil-topical/"),  # the word still being typed
    ],
)
def test_synonyms_misspellings_and_prefixes_find_the_page(
    client: Client, query: str, expected_url: str
) -> None:
    urls = [h["url"] for h in _search(client, query)]
    assert expected_url in urls[:3], urls


def test_rogaine_finds_the_minoxidil_treatment_first(client: Client) -> None:
    top = _search(client, "Rogaine")[0]
    assert top["url"] == "/treatments/minoxidil-topical/" and top["kind"] == "treatment"
    assert top["matched"] == "rogaine" and top["score"] >= 300


def test_words_from_body_text_are_found_and_marked_in_the_snippet(client: Client) -> None:
    # "sulfotransferase" is only in the explanation of how minoxidil works, in no name.
    hits = _search(client, "sulfotransferase")
    assert hits and hits[0]["url"] == "/treatments/minoxidil-topical/"
    assert "<mark>sulfotransferase</mark>" in hits[0]["snippet_html"].lower()
    assert "sulfotransferase" in hits[0]["snippet"].lower() and "<mark>" not in hits[0]["snippet"]


def test_the_results_page_marks_matches_in_titles_and_snippets(client: Client) -> None:
    html = client.get("/search/", {"q": "minoxidil"}).content.decode()
    assert "<mark>Minoxidil</mark>" in html
    assert html.count("<mark>") > 3


def test_snippets_and_titles_are_escaped_against_html_injection(client: Client) -> None:
    _product(
        "zebra-serum",
        "<script>alert(1)</script> Zebrafoam Serum",
        review='<img src=x onerror="alert(2)"> Zebrafoam & more </mark><b>bold</b>',
    )
    hit = next(h for h in _search(client, "zebrafoam") if h["url"] == "/products/zebra-serum/")
    # Markup in the text is shown escaped (SQLite) or left out (PostgreSQL's headline drops
    # tags); either way the only tags in a snippet are the <mark>s.
    tags = re.findall(r"<[^>]*>", hit["snippet_html"])
    assert set(tags) == {"<mark>", "</mark>"} and "<mark>Zebrafoam</mark>" in hit["snippet_html"]
    main = client.get("/search/", {"q": "zebrafoam"}).content.decode().split("<main")[1]
    assert "<script>alert" not in main and "<img src=x" not in main and "<b>bold" not in main
    assert "&lt;script&gt;" in main


HOSTILE = [
    "'; DROP TABLE web_searchdoc; --",
    "' OR 1=1 --",
    'NEAR(" AND * ^ -',
    "minoxidil NEAR/2 hair",
    '"unbalanced',
    "'unbalanced",
    "minoxidil OR",
    "AND",
    "{title}: rogaine",
    "title:rogaine",
    "a*b*c*",
    "()",
    "^minoxidil",
    "-finasteride +biotin",
    "'':* & !",
    "<script>alert(1)</script>",
    "😀💇‍♀️",
    "مينوكسيديل",  # Arabic
    "\u202eRogaine\u202c",  # right-to-left override
    "שיער",  # Hebrew
    "min\u0301oxidil",  # a combining accent
    "_ % \\ \x01\x02\x03",
    "x" * 200,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_get_a_sane_answer(client: Client, query: str) -> None:
    before = SearchDoc.objects.count()
    assert isinstance(_search(client, query), list)
    suggestions = client.get("/api/v1/search/suggest", {"q": query})
    assert suggestions.status_code == 200 and isinstance(suggestions.json(), list)
    page = client.get("/search/", {"q": query})
    assert page.status_code == 200
    assert "<script>alert" not in page.content.decode().split("<main")[1]
    assert SearchDoc.objects.count() == before


def test_a_10_kb_query_is_refused_by_the_api_and_cut_by_the_page(client: Client) -> None:
    query = "minoxidil " * 1024
    assert client.get("/api/v1/search", {"q": query}).status_code == 422
    assert client.get("/api/v1/search/suggest", {"q": query}).status_code == 422
    page = client.get("/search/", {"q": query})
    assert page.status_code == 200 and "Minoxidil" in page.content.decode()
    assert search(query)  # the engine itself reads only the first words


def test_nul_characters_are_refused_before_search(client: Client) -> None:
    assert client.get("/api/v1/search", {"q": "minox\x00idil"}).status_code == 422
    assert client.get("/api/v1/search/suggest", {"q": "\x00"}).status_code == 422


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_text_at_all_is_answered_without_an_error(text: str) -> None:
    assert isinstance(search(text), list)
    assert isinstance(suggest(text), list)


@pytest.mark.parametrize("query", ["", "   ", "?!*", "-", "a"])
def test_an_empty_query_finds_nothing_and_says_so_calmly(client: Client, query: str) -> None:
    assert _search(client, query) == []
    assert client.get("/api/v1/search/suggest", {"q": query}).json() == []
    assert client.get("/search/", {"q": query}).status_code == 200


def test_a_saved_product_is_found_at_once_and_a_renamed_one_by_its_new_name(
    client: Client,
) -> None:
    product = _product("quokka-foam", "Quokkafoam Thickening Foam", brand="Marsupial Labs")
    assert [h["url"] for h in _search(client, "quokkafoam")] == ["/products/quokka-foam/"]
    assert _search(client, "marsupial")[0]["url"] == "/products/quokka-foam/"
    product.name = "Wombatgel Thickening Gel"
    product.save()
    assert _search(client, "quokkafoam") == []
    assert _search(client, "wombatgel")[0]["title"] == "Wombatgel Thickening Gel"
    assert SearchDoc.objects.filter(key=f"product:{product.pk}").count() == 1


def test_a_product_deleted_in_the_admin_leaves_the_index(client: Client) -> None:
    product = _product("numbat-drops", "Numbatdrops Scalp Drops")
    assert _search(client, "numbatdrops")
    admin = User.objects.create_superuser("editor", "editor@example.org", "a-long-pass-phrase-7")
    client.force_login(admin)
    url = reverse("admin:products_product_delete", args=[product.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not Product.objects.filter(pk=product.pk).exists()
    assert _search(client, "numbatdrops") == []
    assert not SearchDoc.objects.filter(key=f"product:{product.pk}").exists()


def test_loading_content_refreshes_page_documents_and_a_second_load_writes_nothing(
    client: Client, content_copy: Path
) -> None:
    from anagen.knowledge.services import load_and_sync
    from anagen.web.search_index import index_pages

    path = content_copy / "treatments" / "biotin.yaml"
    text = path.read_text()
    path.write_text(text.replace("\nsummary: ", "\nsummary: Xylophonic. ", 1))
    load_and_sync(content_copy)
    assert _search(client, "xylophonic")[0]["url"] == "/treatments/biotin/"
    from anagen.knowledge import runtime

    assert index_pages(runtime.get_kb()) == {"created": 0, "updated": 0, "deleted": 0}


def test_the_rebuild_command_restores_a_damaged_index(client: Client) -> None:
    expected = SearchDoc.objects.count()
    Product.objects.filter(slug="rogaine-mens-5-minoxidil-foam").update(name="Changed Wallaroo")
    SearchDoc.objects.filter(kind="ingredient").delete()
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert out.getvalue().strip() == f"search index rebuilt: {expected} documents"
    assert SearchDoc.objects.count() == expected
    assert _search(client, "wallaroo")[0]["url"] == "/products/rogaine-mens-5-minoxidil-foam/"
    assert _search(client, "Loniten")[0]["url"] == "/treatments/minoxidil-topical/"


def test_suggestions_complete_the_word_being_typed(client: Client) -> None:
    response = client.get("/api/v1/search/suggest", {"q": "minox"})
    assert response.status_code == 200
    items = response.json()
    assert 1 <= len(items) <= 8
    assert set(items[0]) == {"title", "kind", "url"}
    assert items[0]["url"] == "/treatments/minoxidil-topical/" and items[0]["kind"] == "treatment"
    assert len({i["url"] for i in items}) == len(items)


def test_suggestions_cover_products_synonyms_and_typos(client: Client) -> None:
    rogaine = client.get("/api/v1/search/suggest", {"q": "rogai"}).json()
    assert {"product", "treatment"} <= {i["kind"] for i in rogaine}
    typo = client.get("/api/v1/search/suggest", {"q": "finasterde"}).json()
    assert typo and typo[0]["url"] == "/treatments/finasteride-oral/"
    few = client.get("/api/v1/search/suggest", {"q": "hair", "limit": 3}).json()
    assert len(few) == 3
    assert client.get("/api/v1/search/suggest", {"q": "hair", "limit": 11}).status_code == 422


def test_the_search_page_loads_its_script_and_works_without_it(client: Client) -> None:
    html = client.get("/search/", {"q": "Rogaine"}).content.decode()
    assert 'src="/static/anagen/search.js"' in html and "<script>" not in html
    assert 'data-suggest="/api/v1/search/suggest"' in html
    assert 'action="/search/"' in html and 'name="q"' in html
    assert "/treatments/minoxidil-topical/" in html


def test_a_search_is_a_handful_of_statements(
    client: Client, django_assert_max_num_queries: Any
) -> None:
    # One statement per tier (as typed, prefix, corrected, some words), one for the snippets.
    with django_assert_max_num_queries(5):
        client.get("/api/v1/search", {"q": "shampoo for women with minoxidl"})
    with django_assert_max_num_queries(2):
        client.get("/api/v1/search/suggest", {"q": "minox"})


def test_the_engine_is_the_databases_own_full_text_search() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT count(*) FROM web_searchdoc_fts_products "
                "WHERE web_searchdoc_fts_products MATCH 'minoxidil'"
            )
        else:
            cursor.execute("SELECT count(*) FROM web_searchdoc WHERE search @@ 'minoxidil'")
        assert cursor.fetchone()[0] > 0
