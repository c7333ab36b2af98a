"""Authors and medical reviewers on health pages: shown when credited, never implied."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from anagen.editorial.models import EditorProfile, PageCredit

pytestmark = pytest.mark.django_db


def _editor(slug: str, role: str, **extra: Any) -> EditorProfile:
    user = User.objects.create_user(slug, password="x" * 20)
    return EditorProfile.objects.create(
        user=user, slug=slug, display_name=extra.pop("name", slug.title()), role=role, **extra
    )


def _credit_minoxidil() -> None:
    author = _editor("ann-writer", EditorProfile.Role.EDITOR, name="Ann <b>Writer</b>")
    reviewer = _editor(
        "rob-reviewer",
        EditorProfile.Role.MEDICAL_REVIEWER,
        name="Rob Reviewer",
        credentials="MD, dermatologist",
        competing_interests="None",
    )
    PageCredit.objects.create(
        kind="treatment",
        slug="minoxidil-topical",
        author=author,
        medical_reviewer=reviewer,
        medically_reviewed_on=dt.date(2026, 11, 1),
    )


@pytest.mark.parametrize(
    "url",
    [
        "/treatments/minoxidil-topical/",
        "/conditions/alopecia-areata/",
        "/guides/top-5-steps-to-treat-hair-loss/",
    ],
)
def test_an_uncredited_page_says_it_has_no_medical_review(client: Client, url: str) -> None:
    html = client.get(url).content.decode()
    assert "Written by the anagen editors" in html
    assert "Not yet reviewed by a medical professional" in html
    assert "Medically reviewed by" not in html


def test_a_credited_page_names_author_and_reviewer_and_links_their_profiles(
    client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    url = "/treatments/minoxidil-topical/"
    client.get(url)  # warm the anonymous page cache: the credit must still show
    with django_capture_on_commit_callbacks(execute=True):  # the page cache empties on commit
        _credit_minoxidil()
    html = client.get(url).content.decode()
    assert 'Written by <a href="/editors/ann-writer/">Ann &lt;b&gt;Writer&lt;/b&gt;</a>' in html
    assert "Medically reviewed by" in html and "MD, dermatologist, on 1 November 2026" in html
    assert "Not yet reviewed" not in html
    profile = client.get("/editors/rob-reviewer/").content.decode()
    assert "Rob Reviewer" in profile and "medical reviewer" in profile
    assert "/treatments/minoxidil-topical/" in profile


def test_a_hidden_profile_is_neither_shown_nor_served(client: Client) -> None:
    reviewer = _editor("hidden", EditorProfile.Role.MEDICAL_REVIEWER, public=False)
    PageCredit.objects.create(kind="condition", slug="alopecia-areata", medical_reviewer=reviewer)
    html = client.get("/conditions/alopecia-areata/").content.decode()
    assert "Not yet reviewed by a medical professional" in html
    assert client.get("/editors/hidden/").status_code == 404
    assert client.get("/editors/nobody/").status_code == 404


def test_editorial_policy_explains_reviewers(client: Client) -> None:
    html = client.get("/editorial-policy/").content.decode()
    assert 'id="reviewers"' in html and "we will not imply one" in html


def test_signed_in_visitors_see_a_new_credit_at_once(
    client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    """Signed-in visitors skip the page cache but not the cached content fragment; the
    fragment is keyed by the content version, so a credit replaces it at once."""
    client.force_login(User.objects.create_user("member", password="y" * 20))
    url = "/treatments/minoxidil-topical/"
    assert "Not yet reviewed" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        _credit_minoxidil()
    html = client.get(url).content.decode()
    assert "Medically reviewed by" in html and "Not yet reviewed" not in html


def test_product_reviews_carry_the_same_credit_line(client: Client) -> None:
    html = client.get("/products/provillus-hair-loss-system/").content.decode()
    assert "Written by the anagen editors" in html and "Not yet reviewed by a medical" in html
