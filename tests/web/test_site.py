"""Site experience: guides, search, sitemap, robots, error pages and security headers."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from django.http import HttpResponseNotAllowed
from django.test import Client, RequestFactory

from anagen.knowledge.base import KnowledgeBase
from anagen.web.middleware import MethodNotAllowedPageMiddleware

pytestmark = pytest.mark.django_db

GUIDES = {
    "top-5-steps-to-treat-hair-loss",
    "when-to-see-a-doctor-about-hair-loss",
    "how-to-read-a-hair-loss-product-label",
    "telogen-effluvium-shedding-after-illness-or-childbirth",
}


def test_the_four_guides_exist_with_reading_time_review_date_and_sources(
    client: Client, kb: KnowledgeBase
) -> None:
    assert set(kb.guides) >= GUIDES
    for slug in GUIDES:
        html = client.get(f"/guides/{slug}/").content.decode()
        assert "min read" in html and "Last reviewed" in html and 'id="ref-1"' in html
    assert client.get("/guides/no-such-guide/").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected_url"),
    [
        ("Rogaine", "/treatments/minoxidil-topical/"),
        ("finastride", "/treatments/finasteride-oral/"),
        ("alopecia areata", "/conditions/alopecia-areata/"),
        ("saw palmeto", "/treatments/saw-palmetto/"),
    ],
)
def test_search_finds_synonyms_and_misspellings(
    client: Client, query: str, expected_url: str
) -> None:
    urls = [h["url"] for h in client.get("/api/v1/search", {"q": query}).json()]
    assert expected_url in urls[:3], urls


def test_exact_matches_rank_above_fuzzy_ones(client: Client) -> None:
    hits = client.get("/api/v1/search", {"q": "biotin"}).json()
    assert hits[0]["matched"] == "biotin" and hits[0]["score"] >= 300


@pytest.mark.parametrize(
    "query", ["' OR 1=1 --", "minoxidil NEAR/2 hair", '"unclosed', "*", "<script>"]
)
def test_hostile_queries_are_answered_safely(client: Client, query: str) -> None:
    assert client.get("/api/v1/search", {"q": query}).status_code == 200
    page = client.get("/search/", {"q": query})
    assert page.status_code == 200 and "<script>" not in page.content.decode().split("<main")[1]


def test_an_over_long_query_is_refused_by_the_api_and_cut_by_the_page(client: Client) -> None:
    assert client.get("/api/v1/search", {"q": "x" * 10_000}).status_code == 422
    page = client.get("/search/", {"q": "minoxidil " + "x" * 10_000})
    html = page.content.decode()
    assert page.status_code == 200
    assert "only its first 200 were searched" in html  # the visitor is told, not left guessing
    short = client.get("/search/", {"q": "minoxidil"}).content.decode()
    assert "were searched" not in short


def test_search_page_highlights_matches(client: Client) -> None:
    html = client.get("/search/", {"q": "minoxidil"}).content.decode()
    assert "<mark>Minoxidil</mark>" in html or "<mark>minoxidil</mark>" in html


def test_sitemap_lists_every_public_page(client: Client, kb: KnowledgeBase) -> None:
    xml = client.get("/sitemap.xml").content.decode()
    for slug in kb.treatments:
        assert f"/treatments/{slug}/" in xml
    for slug in kb.conditions:
        assert f"/conditions/{slug}/" in xml
    assert "/products/" in xml and "/guides/top-5-steps-to-treat-hair-loss/" in xml


def test_robots_points_to_the_sitemap_and_keeps_private_pages_out(client: Client) -> None:
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap:" in text and "Disallow: /accounts/" in text


def test_not_found_page_uses_the_site_layout_with_search(client: Client) -> None:
    response = client.get("/no/such/page/")
    html = response.content.decode()
    assert response.status_code == 404 and 'role="search"' in html and "Not medical advice" in html


def test_security_headers_on_every_response(client: Client) -> None:
    for url in ["/", "/treatments/minoxidil-topical/", "/api/v1/treatments"]:
        r = client.get(url)
        csp = r["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert r["X-Content-Type-Options"] == "nosniff"
        assert r["Referrer-Policy"] == "same-origin"
        assert "camera=()" in r["Permissions-Policy"]
        assert r["X-Frame-Options"] == "DENY"


def test_hsts_is_sent_over_tls_in_production_settings() -> None:
    env = {
        **os.environ,
        "ANAGEN_SECRET_KEY": "x" * 60,
        "ANAGEN_DEBUG": "0",
        "DJANGO_SETTINGS_MODULE": "anagen.settings",
    }
    code = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/', secure=True); print(r.get('Strict-Transport-Security', ''))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert "max-age=31536000" in out.stdout, out.stderr[-500:]


def test_production_settings_pass_check_deploy() -> None:
    import secrets

    env = {**os.environ, "ANAGEN_SECRET_KEY": secrets.token_urlsafe(50), "ANAGEN_DEBUG": "0"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the test conftest, never in deployment
    out = subprocess.run(
        [sys.executable, "-m", "anagen.cli", "manage", "check", "--deploy"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and "no issues" in out.stdout, out.stdout + out.stderr


def test_the_site_refuses_to_start_without_a_secret_key_outside_debug() -> None:
    env = {**os.environ, "ANAGEN_DEBUG": "0"}
    env.pop("ANAGEN_SECRET_KEY", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    out = subprocess.run(
        [sys.executable, "-m", "anagen.cli", "manage", "check"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.returncode != 0 and "ANAGEN_SECRET_KEY" in out.stderr


def test_public_pages_are_cached_for_anonymous_visitors_and_refreshed_on_change(
    client: Client,
) -> None:
    from anagen.products.models import Product
    from anagen.web.cache import bump_version

    first = client.get("/products/rogaine-mens-5-minoxidil-foam/")
    second = client.get("/products/rogaine-mens-5-minoxidil-foam/")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["X-Frame-Options"] == "DENY" and "Content-Security-Policy" in second
    Product.objects.filter(slug="rogaine-mens-5-minoxidil-foam").update(review="Changed review.")
    bump_version()
    assert b"Changed review." in client.get("/products/rogaine-mens-5-minoxidil-foam/").content


def test_pages_are_never_cached_for_logged_in_people_or_forms(client: Client) -> None:
    from django.contrib.auth.models import User

    assert "X-Page-Cache" not in client.get("/claims/")
    assert "X-Page-Cache" not in client.get("/assessment/")
    client.force_login(User.objects.create_user("reader", "r@example.org", "pass-phrase-long-1"))
    response = client.get("/treatments/minoxidil-topical/")
    assert "X-Page-Cache" not in response and "reader" not in str(
        client.get("/").get("X-Page-Cache")
    )


def test_approving_a_review_refreshes_the_cached_page(
    client: Client, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import Group, User

    from anagen.community.models import Review
    from anagen.community.services import do_moderate
    from anagen.knowledge.models import Treatment

    assert client.get("/treatments/biotin/")["X-Page-Cache"] == "miss"
    author = User.objects.create_user("writer", "w@example.org", "pass-phrase-long-2")
    mod = User.objects.create_user("mod2", "m2@example.org", "pass-phrase-long-3")
    mod.groups.add(Group.objects.get(name="moderators"))
    review = Review.objects.create(
        author=author,
        treatment=Treatment.objects.get(slug="biotin"),
        condition="telogen-effluvium",
        duration_months=3,
        effectiveness=1,
        side_effects_rating=5,
        value=1,
        recommend=False,
        text="Took it for three months and saw no change at all.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        do_moderate(mod, review, "approve")
    assert b"saw no change at all" in client.get("/treatments/biotin/").content


def test_atom_feed_of_evidence_updates_is_valid(client: Client, kb: KnowledgeBase) -> None:
    import xml.etree.ElementTree as ET

    from anagen.web.feeds import FEED_ENTRIES

    response = client.get("/changelog/feed.atom")
    root = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert response["Content-Type"].startswith("application/atom+xml")
    assert len(entries) == min(len(kb.changelog), FEED_ENTRIES)
    assert entries[0].find("a:title", ns).text == kb.changelog[0].title  # newest first
    assert all(e.find("a:title", ns).text and e.find("a:updated", ns).text for e in entries)


@pytest.mark.parametrize(
    ("url", "schema_type"),
    [
        ("/treatments/finasteride-oral/", "MedicalWebPage"),
        ("/conditions/alopecia-areata/", "MedicalWebPage"),
        ("/products/propecia-finasteride-1-mg/", "Product"),
    ],
)
def test_structured_data_and_open_graph(client: Client, url: str, schema_type: str) -> None:
    import json
    import re

    html = client.get(url).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block, url
    data = json.loads(block.group(1))
    assert data["@context"] == "https://schema.org" and data["@type"] == schema_type
    assert 'property="og:title"' in html and "<title>" in html and 'name="description"' in html


def test_condition_pages_show_the_evidence_chart_and_cost_grid(client: Client) -> None:
    html = client.get("/conditions/androgenetic-alopecia/").content.decode()
    assert 'id="chart"' in html and "<svg" in html and 'class="cost-grid"' in html


def test_options_with_nothing_to_buy_or_not_on_sale_say_so_instead_of_a_missing_price(
    client: Client,
) -> None:
    import re

    waiting = client.get("/treatments/watchful-waiting/").content.decode()
    assert "nothing to buy" in waiting and "No sourced price" not in waiting
    trial_drug = client.get("/treatments/pyrilutamide/").content.decode()
    assert "not on sale" in trial_drug and "No sourced price" not in trial_drug
    assert "<strong>EU:</strong> not approved; it is still in trials" in trial_drug
    assert "we found no source for its status" not in trial_drug
    grid = client.get("/conditions/telogen-effluvium/").content.decode()
    table = re.search(r'<table class="cost-grid">(.*?)</table>', grid, re.S)
    assert table
    headers = re.findall(r'<th scope="col">([^<]*)</th>', table.group(1))
    assert headers[1] == "nothing to buy"
    # Each row has one cell per column header; the waiting option sits under "nothing to buy".
    for row in re.findall(r"<tr><th scope=\"row\">.*?</tr>", table.group(1), re.S):
        cells = re.findall(r"<td>(.*?)</td>", row, re.S)
        assert len(cells) == len(headers) - 1
        if "/treatments/watchful-waiting/" in row:
            assert "/treatments/watchful-waiting/" in cells[0]
    # A condition without such an option keeps only the price columns.
    aga = client.get("/conditions/androgenetic-alopecia/").content.decode()
    assert '<th scope="col">nothing to buy</th>' not in aga


def test_plain_wordings_are_for_the_claim_checker_and_not_shown_as_names(client: Client) -> None:
    html = client.get("/treatments/watchful-waiting/").content.decode()
    assert "Also known as: no treatment, wait and see" in html
    assert "grows back spontaneously" not in html


def test_readers_can_report_an_error_and_only_editors_read_reports(client: Client) -> None:
    from django.contrib.auth.models import Permission, User

    from anagen.web.models import ErrorReport

    response = client.post(
        "/report-error/",
        {"page": "/treatments/biotin/", "text": "The second reference looks wrong.", "website": ""},
    )
    assert response.status_code == 200 and ErrorReport.objects.get().page == "/treatments/biotin/"
    client.post("/report-error/", {"page": "//evil.example", "text": "x" * 20, "website": "bot"})
    assert ErrorReport.objects.count() == 1
    reader = User.objects.create_user("reader2", "r2@example.org", "pass-phrase-long-5")
    client.force_login(reader)
    assert client.get("/editorial/error-reports/").status_code == 403
    reader.user_permissions.add(Permission.objects.get(codename="review_error_reports"))
    reader = User.objects.get(pk=reader.pk)
    client.force_login(reader)
    assert b"second reference" in client.get("/editorial/error-reports/").content


def test_health_pages_link_to_error_reports_and_the_editorial_policy(client: Client) -> None:
    html = client.get("/treatments/biotin/").content.decode()
    assert "/report-error/?page=/treatments/biotin/" in html and "/editorial-policy/" in html
    policy = client.get("/editorial-policy/").content.decode()
    assert "How we are funded" in policy and "sponsored" in policy


def _approved_review(slug: str, username: str, condition: str, effects: list[str]) -> None:
    from django.contrib.auth.models import User

    from anagen.community.models import Review
    from anagen.knowledge.models import Treatment

    Review.objects.create(
        author=User.objects.create_user(username, f"{username}@example.org", "pass-phrase-long-9"),
        treatment=Treatment.objects.get(slug=slug),
        condition=condition,
        duration_months=6,
        effectiveness=3,
        side_effects_rating=3,
        value=3,
        side_effects=effects,
        recommend=True,
        text=f"Review text by {username} about six months of use.",
        status=Review.Status.APPROVED,
    )


def test_with_its_fragments_warm_a_treatment_page_runs_no_query(
    settings: Any, django_assert_num_queries: Any
) -> None:
    """The full-page cache off: the header row, body, references and review box all come
    from caches under the content version, so the database is not read at all."""
    settings.ANAGEN_PAGE_CACHE_SECONDS = 0
    client = Client()
    cold = client.get("/treatments/finasteride-oral/")
    with django_assert_num_queries(0):
        warm = client.get("/treatments/finasteride-oral/")
    assert "X-Page-Cache" not in warm
    assert warm.content == cold.content


@pytest.mark.parametrize(
    "path",
    [
        "/treatments/",
        "/treatments/category/approved-medicine/",
        "/conditions/androgenetic-alopecia/",
        "/products/zonnsmart-5-minoxidil-hair-growth-serum/",
    ],
)
def test_with_their_fragments_warm_list_condition_and_product_pages_run_no_query(
    path: str, settings: Any, django_assert_num_queries: Any
) -> None:
    settings.ANAGEN_PAGE_CACHE_SECONDS = 0
    client = Client()
    cold = client.get(path)
    with django_assert_num_queries(0):
        warm = client.get(path)
    assert warm.status_code == 200 and warm.content == cold.content


def test_a_missing_condition_or_product_is_404_with_fragments_on(settings: Any) -> None:
    settings.ANAGEN_PAGE_CACHE_SECONDS = 0
    for _ in range(2):  # the second answer comes from the cached "no such page"
        assert Client().get("/conditions/no-such-condition/").status_code == 404
        assert Client().get("/products/no-such-product/").status_code == 404


def test_review_box_filters_and_side_effect_counts_stay_correct_with_fragments(
    settings: Any,
) -> None:
    """The box follows its filters; the side-effect table always counts every reviewer,
    whichever filtered page filled the fragment cache first."""
    from anagen.web.cache import bump_version

    settings.ANAGEN_PAGE_CACHE_SECONDS = 0
    slug = "minoxidil-topical"
    _approved_review(slug, "aga1", "androgenetic-alopecia", ["Unwanted facial hair growth"])
    _approved_review(slug, "fphl1", "female-pattern-hair-loss", ["Unwanted facial hair growth"])
    bump_version()
    client = Client()
    filtered = client.get(f"/treatments/{slug}/?condition=female-pattern-hair-loss").content
    everyone = client.get(f"/treatments/{slug}/").content.decode()
    assert b"Review text by fphl1" in filtered and b"Review text by aga1" not in filtered
    assert "Review text by fphl1" in everyone and "Review text by aga1" in everyone
    assert b"2 of 2" in filtered  # the side-effect table: both reviewers, not the filtered one
    again = client.get(f"/treatments/{slug}/?condition=female-pattern-hair-loss").content
    assert again == filtered


def test_a_write_in_another_worker_process_refreshes_this_one() -> None:
    """With the default local-memory cache each server worker has its own cache, so the
    content version lives in a file: a bump in one process is seen by every other at once."""
    import multiprocessing

    from anagen.web.cache import bump_version, content_version

    before = content_version()
    worker = multiprocessing.get_context("fork").Process(target=bump_version)
    worker.start()
    worker.join(timeout=30)
    assert worker.exitcode == 0
    assert content_version() == before + 1
    bump_version()
    assert content_version() == before + 2


def test_claim_checker_heading_counts_claims_and_their_passages(client: Client) -> None:
    """Several claims can sit in one highlighted passage: the heading says how many of each."""
    text = "Minoxidil is a DHT blocker with no side effects at all."
    html = client.post("/claims/", {"text": text}).content.decode()
    marked = html.split('class="claim-text"')[1].split("</div>")[0]
    assert marked.count("<mark ") == 1
    assert "2 claims found in 1 passage<" in html
    single = client.post("/claims/", {"text": "Minoxidil is a DHT blocker."}).content.decode()
    assert "1 claim found<" in single


@pytest.mark.parametrize(
    "page", ["javascript:alert(1)", "/\\evil.example", "/treatments/\x00", "/" + "x" * 400]
)
def test_an_error_report_about_a_bad_page_is_kept_against_the_home_page(
    client: Client, page: str
) -> None:
    # The page rides in a hidden field: refusing it would drop the report with no visible
    # error, and keeping it as typed would give editors a link that runs script or leaves.
    from anagen.web.models import ErrorReport

    text = "The dose in the second paragraph is wrong."
    response = client.post("/report-error/", {"page": page, "text": text, "website": ""})
    assert response.status_code == 200
    assert list(ErrorReport.objects.values_list("page", "text")) == [("/", text)]


def test_a_wrong_method_on_a_page_gets_a_page_that_says_so(client: Client) -> None:
    """Not Django's empty 405 body; the Allow header is kept. The API keeps its JSON."""
    page = client.get("/assessment/save/")
    html = page.content.decode()
    assert page.status_code == 405 and page["Allow"] == "POST"
    assert "only answers POST" in html and "<h1>" in html
    assert 'href="/assessment/save/"' not in html  # (no link that would fail the same way)
    readable = MethodNotAllowedPageMiddleware(lambda r: HttpResponseNotAllowed(["GET", "HEAD"]))
    other = readable(RequestFactory().post("/guides/x/"))
    assert other.status_code == 405 and other["Allow"] == "GET, HEAD"
    assert 'href="/guides/x/">Open this address normally' in other.content.decode()
    api = client.put("/api/v1/treatments")
    assert api.status_code == 405 and api.json()["detail"]
