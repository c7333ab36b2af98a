"""Authorization matrix: every URL the site serves is classified, and each protected one is
tried by a stranger, a member, and someone holding exactly the right role.

The classification is checked against Django's URL resolver, so a new URL that nobody
classified fails here instead of shipping unprotected by accident.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from anagen.community.models import Review
from anagen.knowledge.models import Treatment

pytestmark = pytest.mark.django_db

# Routes anyone may open. Forms among them (sign-up, report-an-error, claims, assessment)
# take anonymous input on purpose; they are covered by their own abuse tests.
PUBLIC = {
    "",
    "methodology/",
    "guides/",
    "guides/<slug:slug>/",
    "search/",
    "robots.txt",
    "editorial-policy/",
    "report-error/",
    "changelog/",
    "changelog/feed.atom",
    "sitemap.xml",
    "treatments/",
    "treatments/category/<slug:category>/",
    "treatments/<slug:slug>/",
    "conditions/",
    "conditions/<slug:slug>/",
    "editors/<slug:slug>/",
    "assessment/",
    "assessment/save/",
    "assessment/method/",
    "products/",
    "products/rankings/",
    "products/rankings/<slug:kind>/<slug:key>/",
    "products/compare/",
    "products/methodology/",
    "products/<slug:slug>/",
    "claims/",
    "accounts/signup/",
    "accounts/login/",
    "accounts/logout/",
    "accounts/password_reset/",
    "accounts/password_reset/done/",
    "accounts/reset/<uidb64>/<token>/",
    "accounts/reset/done/",
    # The read-only JSON API is public by design; it has no write access to stored data.
    "api/v1/",
    "api/v1/openapi.json",
    "api/v1/docs",
    "api/v1/conditions",
    "api/v1/conditions/<slug>",
    "api/v1/treatments",
    "api/v1/treatments/<slug>",
    "api/v1/assessments",
    "api/v1/products",
    "api/v1/products/<slug>",
    "api/v1/labels/analyze",
    "api/v1/claims/check",
    "api/v1/treatments/<slug>/reviews",
    "api/v1/products/<slug>/reviews",
    "api/v1/search",
    "api/v1/search/suggest",
}

# Route -> (method, concrete URL) for routes that need a signed-in member.
MEMBER = {
    "accounts/": ("get", "/accounts/"),
    "accounts/data.json": ("get", "/accounts/data.json"),
    "accounts/delete/": ("post", "/accounts/delete/"),
    "accounts/password_change/": ("get", "/accounts/password_change/"),
    "accounts/password_change/done/": ("get", "/accounts/password_change/done/"),
    "reviews/<slug:kind>/<slug:slug>/": ("get", "/reviews/treatment/minoxidil-topical/"),
    "reviews/<int:pk>/report/": ("post", "/reviews/{review}/report/"),
}

# Route -> (permission, method, URL) for routes that need a specific role.
ROLE = {
    "moderation/": ("community.moderate_review", "get", "/moderation/"),
    "moderation/<int:pk>/<slug:action>/": (
        "community.moderate_review",
        "post",
        "/moderation/{review}/approve/",
    ),
    "editorial/error-reports/": ("web.review_error_reports", "get", "/editorial/error-reports/"),
}

# The token in the link is the capability: without the right one there is nothing to see.
TOKEN = {
    "assessment/saved/<str:token>/": ("get", "/assessment/saved/{token}/"),
    "assessment/saved/<str:token>/delete/": ("post", "/assessment/saved/{token}/delete/"),
}

ADMIN_PREFIX = "admin/"


def _routes(patterns: list[URLPattern | URLResolver], prefix: str = "") -> Iterator[str]:
    for p in patterns:
        route = prefix + str(p.pattern)
        if isinstance(p, URLResolver):
            if route == ADMIN_PREFIX:
                yield route  # Django's admin guards all of its own URLs
                continue
            yield from _routes(p.url_patterns, route)
        else:
            yield route


def test_every_url_is_classified() -> None:
    served = set(_routes(get_resolver().url_patterns))
    known = PUBLIC | set(MEMBER) | set(ROLE) | set(TOKEN) | {ADMIN_PREFIX}
    assert served - known == set(), "classify these URLs in the authorization matrix"
    assert known - served == set(), "the matrix names URLs the site no longer serves"


def _user(name: str, *perms: str) -> User:
    user = User.objects.create_user(name, f"{name}@example.org", "a-long-pass-phrase-7")
    for perm in perms:
        app, codename = perm.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app, codename=codename)
        )
    return user


def _client(user: User | None) -> Client:
    c = Client()
    if user is not None:
        c.force_login(user)
    return c


@pytest.fixture
def review() -> Review:
    author = _user("author")
    return Review.objects.create(
        author=author,
        treatment=Treatment.objects.get(slug="minoxidil-topical"),
        condition="androgenetic-alopecia",
        duration_months=6,
        effectiveness=4,
        side_effects_rating=4,
        value=4,
        recommend=True,
        text="Helped a little after six months of daily use.",
        status=Review.Status.APPROVED,
    )


def _call(client: Client, method: str, url: str):
    return getattr(client, method)(url)


@pytest.mark.parametrize("route", sorted(MEMBER))
def test_member_routes_send_strangers_to_log_in(route: str, review: Review) -> None:
    method, url = MEMBER[route]
    url = url.format(review=review.pk)
    stranger = _call(_client(None), method, url)
    assert stranger.status_code == 302
    assert stranger["Location"].startswith("/accounts/login/?next=")
    member = _call(_client(_user("member")), method, url)
    assert member.status_code in (200, 302)
    assert not member.get("Location", "").startswith("/accounts/login/")


@pytest.mark.parametrize("route", sorted(ROLE))
def test_role_routes_refuse_strangers_and_members(route: str, review: Review) -> None:
    perm, method, url = ROLE[route]
    url = url.format(review=review.pk)
    assert _call(_client(None), method, url).status_code == 403
    assert _call(_client(_user("member")), method, url).status_code == 403
    allowed = _call(_client(_user("holder", perm)), method, url)
    assert allowed.status_code in (200, 302)


def test_the_moderators_group_grants_moderation_and_nothing_else(review: Review) -> None:
    mod = _user("mod")
    mod.groups.add(Group.objects.get(name="moderators"))
    c = _client(mod)
    assert c.get("/moderation/").status_code == 200
    assert c.get("/editorial/error-reports/").status_code == 403
    assert c.get("/admin/").status_code == 302  # not staff: back to the admin log-in


@pytest.mark.parametrize("route", sorted(TOKEN))
def test_saved_results_need_their_token(route: str) -> None:
    method, url = TOKEN[route]
    assert _call(_client(None), method, url.format(token="not-a-real-token")).status_code == 404


def test_admin_is_for_staff_only() -> None:
    for client in (_client(None), _client(_user("member"))):
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
    staff = _user("staff")
    staff.is_staff = staff.is_superuser = True
    staff.save()
    assert _client(staff).get("/admin/").status_code == 200
