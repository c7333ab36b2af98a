"""Encyclopedia pages answer, show their key sections, and 404 on unknown slugs."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.test import Client

from anagen.knowledge.base import KnowledgeBase
from anagen.knowledge.vocab import Category

pytestmark = pytest.mark.django_db


def test_every_treatment_page_shows_its_key_sections(client: Client, kb: KnowledgeBase) -> None:
    for slug, t in kb.treatments.items():
        response = client.get(f"/treatments/{slug}/")
        assert response.status_code == 200, slug
        html = response.content.decode()
        for section in (
            'id="verdict"',
            'id="side-effects"',
            'id="regulatory"',
            'id="references"',
            "Last reviewed",
            "Does it really work?",
        ):
            assert section in html, f"{slug} lacks {section}"
        assert t.name in html
        assert 'class="grade grade-' in html


def test_treatment_page_numbers_its_references_and_links_pubmed(client: Client) -> None:
    html = client.get("/treatments/minoxidil-topical/").content.decode()
    assert 'id="ref-1"' in html and 'href="#ref-1"' in html
    assert "https://pubmed.ncbi.nlm.nih.gov/" in html


def test_every_study_reference_says_who_paid_or_that_the_source_does_not_say(
    client: Client, kb: KnowledgeBase
) -> None:
    """The quality note of a trial, cohort or meta-analysis always answers the funding question,
    so a missing badge never reads as 'independent'."""
    studies = {"rct", "observational", "meta-analysis"}
    seen = {True: 0, False: 0, None: 0}
    for slug in kb.treatments:
        html = client.get(f"/treatments/{slug}/").content.decode()
        for n, link, item in re.findall(
            r'<li id="ref-(\d+)">\s*(?:[^<]*)<a href="([^"]+)"(.*?)</li>', html, re.S
        ):
            source = next(s for s in kb.sources.values() if s.link == unescape(link))
            if source.kind not in studies:
                assert "funding not stated" not in item, (slug, n)
                continue
            seen[source.industry_funded] += 1
            expected = {
                True: "manufacturer-funded",
                False: "independent funding",
                None: "funding not stated",
            }[source.industry_funded]
            assert expected in item, (slug, n, source.id)
    assert all(seen.values()), seen


def test_a_grade_without_figures_says_so(client: Client, kb: KnowledgeBase) -> None:
    bare = [t for t in kb.treatments.values() if any(not e.figures for e in t.evidence)]
    assert bare  # otherwise this test checks nothing
    for t in bare:
        html = client.get(f"/treatments/{t.slug}/").content.decode()
        assert html.count("No effect figures are recorded for this use") == sum(
            1 for x in t.evidence if not x.figures
        ), t.slug


def test_every_condition_page_ranks_treatments_by_grade(client: Client, kb: KnowledgeBase) -> None:
    order = "ABCDX"
    for slug in kb.conditions:
        response = client.get(f"/conditions/{slug}/")
        assert response.status_code == 200, slug
        grades = [e.grade for e in response.context["ranked"]]
        assert grades == sorted(grades, key=order.index), slug
        assert 'id="signs"' in response.content.decode()


@pytest.mark.parametrize("category", [str(c) for c in Category])
def test_every_category_page_answers(client: Client, category: str) -> None:
    assert client.get(f"/treatments/category/{category}/").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/treatments/no-such-thing/",
        "/conditions/no-such-thing/",
        "/treatments/category/no-such-category/",
    ],
)
def test_unknown_slugs_answer_404(client: Client, url: str) -> None:
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", ["/", "/treatments/", "/conditions/", "/methodology/"])
def test_site_pages_answer_and_carry_the_not_medical_advice_notice(
    client: Client, url: str
) -> None:
    html = client.get(url).content.decode()
    assert "Not medical advice" in html


def test_grade_badge_explains_itself_on_hover_and_focus(client: Client) -> None:
    html = client.get("/treatments/finasteride-oral/").content.decode()
    assert 'data-tip="Evidence grade ' in html and 'aria-label="Evidence grade ' in html
    assert 'href="/methodology/#grade-' in html
    methodology = client.get("/methodology/").content.decode()
    assert 'id="grade-A"' in methodology and 'id="grade-X"' in methodology


def test_tacrolimus_page_says_what_trials_found(client: Client) -> None:
    html = client.get("/treatments/tacrolimus-topical/").content.decode()
    assert "alopecia areata" in html.lower()
    assert "When to call a doctor" in html or "Serious" in html


def test_pages_use_a_bounded_number_of_queries(
    client: Client, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    for url in [
        "/",
        "/treatments/",
        "/conditions/",
        "/treatments/minoxidil-topical/",
        "/conditions/alopecia-areata/",
        "/treatments/category/approved-medicine/",
    ]:
        with django_assert_max_num_queries(6):
            assert client.get(url).status_code == 200


def test_condition_page_charts_effect_sizes_with_their_intervals(client: Client) -> None:
    """Androgenetic alopecia has several treatments with extra hairs/cm² against control:
    they appear as a forest plot, each number the one its source gives."""
    html = client.get("/conditions/androgenetic-alopecia/").content.decode()
    assert "Extra hairs per cm² compared with placebo" in html
    assert "+12 (4.2 to 19)" in html  # finasteride tablets, network meta-analysis
    assert "+20 (3.7 to 41)" in html  # 5% topical minoxidil, same analysis
    assert "not a head-to-head ranking" in html
    # A condition with fewer than two such figures gets no effect chart.
    html = client.get("/conditions/tinea-capitis/").content.decode()
    assert "Extra hairs per cm²" not in html


def test_treatment_page_says_which_regulatory_status_has_no_source(client: Client) -> None:
    html = client.get("/treatments/low-level-laser-therapy/").content.decode()
    assert "EU:</strong> we found no source for its status here" in html
    html = client.get("/treatments/minoxidil-topical/").content.decode()
    assert "we found no source for its status" not in html
    # An option that uses no product has no regulator, rather than a missing status.
    html = client.get("/treatments/watchful-waiting/").content.decode()
    assert "nothing for a regulator to approve" in html
    assert "we found no source for its status" not in html
    assert "not yet recorded a sourced regulatory status" not in html


def test_a_citation_group_lists_each_source_once_in_order() -> None:
    from anagen.knowledge.citations import citation_numbers, render

    numbering = {"a": 1, "b": 2, "c": 3}
    assert citation_numbers(["c", "a", "c", "a"], numbering) == [1, 3]
    html = render("A fact [@b; @a; @b].\n", numbering)
    assert re.findall(r'href="#ref-(\d+)"', html) == ["1", "2"]


def test_no_page_repeats_a_number_within_one_citation_group(
    client: Client, kb: KnowledgeBase
) -> None:
    # Baricitinib's prose once named the same label twice in one group and read "[6] [6]".
    urls = [f"/treatments/{s}/" for s in kb.treatments] + [
        f"/conditions/{s}/" for s in kb.conditions
    ]
    urls += [f"/guides/{s}/" for s in kb.guides]
    for url in urls:
        html = client.get(url).content.decode()
        groups = re.findall(r'<sup class="cite">(.*?)</sup>', html)
        assert groups, url
        for group in groups:
            numbers = [int(n) for n in re.findall(r'href="#ref-(\d+)"', group)]
            assert numbers == sorted(set(numbers)), f"{url}: {group}"
