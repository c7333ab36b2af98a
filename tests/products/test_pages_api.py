"""Product pages and API through the test client: listing, filters, detail, rankings,
comparison, label analysis, and sponsorship that changes nothing."""

from __future__ import annotations

import pytest
from django.test import Client

from anagen.products.models import Product
from anagen.products.rankings import qualifies

pytestmark = pytest.mark.django_db


def test_catalogue_has_at_least_eighty_curated_products() -> None:
    assert Product.objects.filter(origin="content").count() >= 80


def test_list_page_filters_by_category_and_condition(client: Client) -> None:
    response = client.get("/products/?category=topical&condition=androgenetic-alopecia")
    assert response.status_code == 200
    page = response.context["page"]
    assert page.paginator.count > 0
    assert all(p.category == "topical" for p in page)


def test_product_page_shows_score_chart_actives_label_and_sources(client: Client) -> None:
    html = client.get("/products/rogaine-mens-5-minoxidil-foam/").content.decode()
    for part in ("<svg", "Efficacy", "minoxidil", "Full label text", "Sources", "5%"):
        assert part in html, part


def test_a_claim_two_kinds_match_is_listed_once_with_its_answer(client: Client) -> None:
    """ "Reactivates Hair Follicles To Stimulate Regrowth" is a follicle and a regrowth claim
    that the same evidence answers: the page says so once."""
    p = Product.objects.get(slug="cvs-health-mens-minoxidil-5-foam")
    quote = "Reactivates Hair Follicles To Stimulate Regrowth"
    assert sum(f["quote"] == quote for f in p.claims["findings"]) == 2
    html = client.get("/products/cvs-health-mens-minoxidil-5-foam/").content.decode()
    section = html[html.index("What our claim checker found") :]
    assert section.count(f"“{quote}”:") == 1


def test_provillus_kit_is_analysed_honestly(client: Client) -> None:
    p = Product.objects.get(slug="provillus-hair-loss-system")
    actives = {a["ingredient"] for a in p.analysis["actives"]}
    assert {"minoxidil", "saw-palmetto", "biotin"} <= actives
    reasons = " ".join(r for part in p.score["parts"] for r in part["reasons"])
    assert "grade X" in reasons  # biotin's evidence is shown, not hidden
    assert client.get("/products/provillus-hair-loss-system/").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/products/rankings/",
        "/products/rankings/category/topical/",
        "/products/rankings/condition/androgenetic-alopecia/",
        "/products/methodology/",
        "/products/compare/",
    ],
)
def test_ranking_pages_answer(client: Client, url: str) -> None:
    assert client.get(url).status_code == 200


def test_editors_choice_follows_its_published_rule(client: Client) -> None:
    response = client.get("/products/rankings/category/topical/")
    choice = response.context["choice"]
    assert choice is not None and qualifies(choice.score)
    ranked = response.context["ranked"]
    better = [p for p in ranked if p.overall > choice.overall]
    assert not any(qualifies(p.score) for p in better)
    assert "Rule:" in response.content.decode()


def test_compare_shows_two_to_four_products(client: Client) -> None:
    slugs = list(Product.objects.values_list("slug", flat=True)[:5])
    response = client.get("/products/compare/", {"p": slugs})
    assert len(response.context["products"]) == 4


def test_sponsorship_never_changes_a_score_or_rank(client: Client) -> None:
    before = list(Product.objects.listed().values_list("slug", "overall"))
    Product.objects.filter(slug="rogaine-mens-5-minoxidil-foam").update(
        sponsored=True, disclosure="Affiliate link"
    )
    after = list(Product.objects.listed().values_list("slug", "overall"))
    assert before == after
    html = client.get("/products/rogaine-mens-5-minoxidil-foam/").content.decode()
    assert "Sponsored or affiliate" in html


@pytest.mark.parametrize(
    "url",
    [
        "/products/no-such-product/",
        "/products/rankings/category/x/",
        "/products/rankings/condition/x/",
    ],
)
def test_unknown_product_pages_are_404(client: Client, url: str) -> None:
    assert client.get(url).status_code == 404


def test_api_lists_products_with_filters_and_pagination(client: Client) -> None:
    body = client.get("/api/v1/products", {"category": "device", "page_size": 5}).json()
    assert body["count"] > 5 and len(body["items"]) == 5 and body["pages"] >= 2
    assert all(i["category"] == "device" for i in body["items"])
    assert client.get("/api/v1/products", {"page_size": 1000}).status_code == 422


@pytest.mark.parametrize(
    ("param", "value", "named"),
    [
        ("form", "pill", "tablet"),
        ("regulatory_type", "drug", "otc_drug"),
        ("price_band", "cheap", "medium"),
        ("category", "shampoos", "prescription"),
        ("condition", "baldness", "androgenetic-alopecia"),
    ],
)
def test_api_refuses_a_filter_value_outside_its_vocabulary(
    client: Client, param: str, value: str, named: str
) -> None:
    """An empty page would read as "no such products"; the 422 names what is allowed."""
    response = client.get("/api/v1/products", {param: value})
    assert response.status_code == 422
    assert named in str(response.json()["detail"])
    good = {"form": "tablet", "regulatory_type": "otc_drug", "price_band": "medium"}
    good |= {"category": "shampoo", "condition": "androgenetic-alopecia"}
    assert client.get("/api/v1/products", {param: good[param]}).status_code == 200


def test_api_product_detail_and_404(client: Client) -> None:
    body = client.get("/api/v1/products/propecia-finasteride-1-mg").json()
    assert body["analysis"]["actives"][0]["ingredient"] == "finasteride"
    assert {"overall", "parts"} <= set(body["score"])
    assert client.get("/api/v1/products/nope").status_code == 404


def test_api_analyzes_a_label_with_the_design_shape(client: Client) -> None:
    text = "Supplement Facts\nSaw Palmetto Extract (Serenoa repens)(berry) 320 mg *"
    body = client.post(
        "/api/v1/labels/analyze", {"text": text}, content_type="application/json"
    ).json()
    assert {"actives", "other_ingredients", "unrecognized", "product_type"} <= set(body)
    assert body["actives"] == [
        {
            "ingredient": "saw-palmetto",
            "name_on_label": "Saw Palmetto Extract (Serenoa repens)(berry) 320 mg",
            "strength": "320 mg",
        }
    ]
    assert body["product_type"] == "supplement"


def test_api_refuses_oversized_labels(client: Client) -> None:
    response = client.post(
        "/api/v1/labels/analyze", {"text": "x" * 300_000}, content_type="application/json"
    )
    assert response.status_code == 413


def test_product_pages_use_a_bounded_number_of_queries(
    client: Client, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    for url in [
        "/products/",
        "/products/provillus-hair-loss-system/",
        "/products/rankings/category/topical/",
        "/products/compare/?p=a&p=b",
    ]:
        with django_assert_max_num_queries(8):
            client.get(url)


def test_actives_are_shown_by_ingredient_name_not_slug(client: Client) -> None:
    html = client.get("/products/provillus-hair-loss-system/").content.decode()
    assert ">Saw palmetto</a>" in html or ">Saw Palmetto</a>" in html
    assert "<td>saw-palmetto</td>" not in html
    slugs = ["provillus-hair-loss-system", "rogaine-mens-5-minoxidil-foam"]
    html = client.get("/products/compare/", {"p": slugs}).content.decode()
    assert "saw-palmetto" not in html.split("Actives", 1)[1].split("</tr>", 1)[0]


def test_a_product_deleted_in_the_admin_leaves_cached_pages_at_once(client: Client) -> None:
    from django.contrib.auth.models import User
    from django.urls import reverse

    product = Product.objects.listed().first()
    assert product is not None
    assert product.name in client.get("/products/").content.decode()  # now cached
    editor = User.objects.create_superuser("ed", "ed@example.org", "a-long-pass-phrase-7")
    staff = Client()
    staff.force_login(editor)
    url = reverse("admin:products_product_delete", args=[product.pk])
    assert staff.post(url, {"post": "yes"}).status_code == 302
    assert f"/products/{product.slug}/" not in client.get("/products/").content.decode()


def test_catalogue_page_links_keep_a_filter_value_holding_an_ampersand(client: Client) -> None:
    # Written raw, "a&category=b" would turn into two filters on the next page.
    response = client.get("/products/", {"form": "a&category=b#c"})
    assert response.context["query"] == "form=a%26category%3Db%23c"
