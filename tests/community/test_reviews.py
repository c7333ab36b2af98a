"""Community: accounts, reviews, moderation, privacy and abuse resistance, through the client.

Named actors: a stranger (anonymous), a member (ordinary user) and a moderator.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.test import Client

from anagen.community.models import ModerationAction, Review, ReviewRevision

pytestmark = pytest.mark.django_db

REVIEW: dict[str, Any] = {
    "condition": "androgenetic-alopecia",
    "stage": "N3",
    "dose": "5% twice a day",
    "route": "topical",
    "duration_months": "8",
    "effectiveness": "4",
    "side_effects_rating": "4",
    "value": "5",
    "side_effects": [],
    "other_side_effects": "",
    "recommend": "yes",
    "text": "Slow start, but after eight months my crown is clearly thicker.",
    "website": "",
}
URL = "/reviews/treatment/minoxidil-topical/"


@pytest.fixture
def member(client: Client) -> User:
    user = User.objects.create_user("member", "m@example.org", "a-long-pass-phrase-1")
    client.force_login(user)
    return user


@pytest.fixture
def moderator() -> Client:
    user = User.objects.create_user("mod", "mod@example.org", "a-long-pass-phrase-2")
    user.groups.add(Group.objects.get(name="moderators"))
    c = Client()
    c.force_login(user)
    return c


def test_signup_logs_in_and_honeypot_stops_bots(client: Client) -> None:
    data = {
        "username": "newbie",
        "email": "n@example.org",
        "password1": "a-long-pass-phrase-9",
        "password2": "a-long-pass-phrase-9",
        "website": "",
    }
    assert client.post("/accounts/signup/", {**data, "website": "spam"}).status_code == 200
    assert not User.objects.filter(username="newbie").exists()
    assert client.post("/accounts/signup/", data).status_code == 302
    assert User.objects.filter(username="newbie").exists()


@pytest.mark.parametrize("weak", ["password123", "1234567890123", "short-9", "weakling-newbie"])
def test_signup_refuses_a_weak_password_and_says_why(client: Client, weak: str) -> None:
    data = {"username": "weakling-newbie", "email": "w@example.org", "website": ""}
    response = client.post("/accounts/signup/", {**data, "password1": weak, "password2": weak})
    assert response.status_code == 200
    assert not User.objects.filter(username="weakling-newbie").exists()
    assert response.context["form"].errors["password2"]


def test_signup_is_rate_limited(client: Client) -> None:
    from django.core.cache import cache

    cache.clear()
    for i in range(6):
        response = client.post("/accounts/signup/", {"username": f"u{i}", "website": "x"})
    assert response.status_code == 429


def test_posted_review_waits_for_a_moderator_then_appears(
    client: Client, member: User, moderator: Client, django_capture_on_commit_callbacks: Any
) -> None:
    assert client.post(URL, REVIEW).status_code == 302
    review = Review.objects.get(author=member)
    assert review.status == "pending"
    page = Client().get("/treatments/minoxidil-topical/").content.decode()
    assert "clearly thicker" not in page
    with django_capture_on_commit_callbacks(execute=True):  # the approval commits: cache refreshed
        assert moderator.post(f"/moderation/{review.pk}/approve/").status_code == 302
    review.refresh_from_db()
    assert review.status == "approved"
    assert ModerationAction.objects.filter(review_id_logged=review.pk, action="approve").exists()
    page = Client().get("/treatments/minoxidil-topical/").content.decode()
    assert "clearly thicker" in page and "What people report" in page
    api = Client().get("/api/v1/treatments/minoxidil-topical/reviews").json()
    assert api["count"] == 1 and api["items"][0]["effectiveness"] == 4


def test_editing_keeps_history_and_returns_to_moderation(client: Client, member: User) -> None:
    client.post(URL, REVIEW)
    Review.objects.update(status="approved")
    client.post(URL, {**REVIEW, "text": "Edited after a year: still thicker, some itching."})
    review = Review.objects.get(author=member)
    assert review.status == "pending" and "Edited" in review.text
    assert ReviewRevision.objects.get(review=review).snapshot["text"] == REVIEW["text"]
    assert Review.objects.filter(author=member).count() == 1


def test_filters_by_condition_and_duration(client: Client, member: User) -> None:
    client.post(URL, REVIEW)
    Review.objects.update(status="approved")
    page = Client().get("/treatments/minoxidil-topical/?min_months=12")
    assert page.context["community"]["stats"].count == 0
    page = Client().get(
        "/treatments/minoxidil-topical/?condition=androgenetic-alopecia&min_months=6"
    )
    assert page.context["community"]["stats"].count == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("effectiveness", "9"),
        ("value", "0"),
        ("duration_months", "-3"),
        ("text", "x" * 5000),
        ("condition", "baldness"),
        ("website", "http://spam"),
    ],
)
def test_invalid_reviews_store_nothing(
    client: Client, member: User, field: str, value: str
) -> None:
    response = client.post(URL, {**REVIEW, field: value})
    assert response.status_code == 200 and not Review.objects.exists()


def test_hostile_text_is_stored_as_text_and_escaped(client: Client, member: User) -> None:
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"> [link](http://x)'
    client.post(URL, {**REVIEW, "text": hostile})
    Review.objects.update(status="approved")
    html = Client().get("/treatments/minoxidil-topical/").content.decode()
    assert "<script>alert(1)" not in html and 'onerror="alert' not in html
    assert "&lt;script&gt;" in html


def test_strangers_cannot_post_or_moderate(client: Client) -> None:
    assert client.post(URL, REVIEW).status_code == 302  # to the log-in page
    assert not Review.objects.exists()
    assert client.get("/moderation/").status_code in (302, 403)


def test_members_cannot_moderate(client: Client, member: User) -> None:
    client.post(URL, REVIEW)
    review = Review.objects.get()
    assert client.get("/moderation/").status_code == 403
    assert client.post(f"/moderation/{review.pk}/approve/").status_code == 403
    review.refresh_from_db()
    assert review.status == "pending"


def test_a_member_cannot_post_for_another_user(client: Client, member: User) -> None:
    other = User.objects.create_user("other", "o@example.org", "a-long-pass-phrase-3")
    client.post(URL, {**REVIEW, "author": other.pk})
    assert Review.objects.get().author == member


def test_forged_csrf_is_refused(member: User) -> None:
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    assert strict.post(URL, REVIEW).status_code == 403
    assert not Review.objects.exists()


def test_reject_needs_a_reason_and_report_reaches_the_queue(
    client: Client, member: User, moderator: Client
) -> None:
    client.post(URL, REVIEW)
    review = Review.objects.get()
    moderator.post(f"/moderation/{review.pk}/reject/")
    review.refresh_from_db()
    assert review.status == "pending"
    moderator.post(f"/moderation/{review.pk}/approve/")
    reported = client.post(f"/reviews/{review.pk}/report/", {"reason": "advertising", "next": "/"})
    assert reported.status_code == 302, reported.status_code
    queue = moderator.get("/moderation/")
    assert review in list(queue.context["reported"])
    moderator.post(f"/moderation/{review.pk}/hide/", {"reason": "advertising"})
    review.refresh_from_db()
    assert review.status == "hidden"


def test_download_my_data_and_delete_my_account(client: Client, member: User) -> None:
    client.post(URL, REVIEW)
    data = json.loads(client.get("/accounts/data.json").content)
    assert data["account"]["username"] == "member" and len(data["reviews"]) == 1
    assert client.post("/accounts/delete/", {"password": "wrong"}).status_code == 302
    assert User.objects.filter(username="member").exists()
    client.post("/accounts/delete/", {"password": "a-long-pass-phrase-1"})
    assert not User.objects.filter(username="member").exists()
    assert not Review.objects.exists()


def test_password_reset_sends_an_email(client: Client, member: User) -> None:
    client.post("/accounts/password_reset/", {"email": "m@example.org"})
    assert len(mail.outbox) == 1 and "reset" in mail.outbox[0].body.lower()


def test_login_locks_out_after_repeated_failures() -> None:
    from django.core.cache import cache

    cache.clear()
    User.objects.create_user("target", "t@example.org", "a-long-pass-phrase-4")
    c = Client()
    for _ in range(5):
        c.post("/accounts/login/", {"username": "target", "password": "nope"})
    response = c.post(
        "/accounts/login/", {"username": "target", "password": "a-long-pass-phrase-4"}
    )
    assert response.status_code == 429 or "_auth_user_id" not in c.session


def test_the_box_sums_up_every_approved_review_not_just_the_newest(client: Client) -> None:
    """A bestseller's box counts and averages all its reviews; only the list is cut to ten."""
    from anagen.knowledge.models import Treatment

    treatment = Treatment.objects.get(slug="biotin")
    authors = User.objects.bulk_create(
        [User(username=f"many{i}", password="!unusable") for i in range(230)]
    )
    Review.objects.bulk_create(
        [
            Review(
                author=a,
                treatment=treatment,
                condition="telogen-effluvium",
                duration_months=4,
                effectiveness=5 if i < 30 else 1,
                side_effects_rating=5,
                value=3,
                side_effects=["Upset stomach"] if i % 2 else [],
                recommend=i < 30,
                text=f"Review number {i} of many.",
                status=Review.Status.APPROVED,
            )
            for i, a in enumerate(authors)
        ]
    )
    html = client.get("/treatments/biotin/").content.decode()
    assert "<strong>230</strong> reviews" in html
    assert "Effectiveness: <strong>1.5</strong>/5" in html  # (30 x 5 + 200 x 1) / 230
    assert "Upset stomach (115)" in html
    assert html.count('<article class="review">') == 10


def test_a_summary_from_counts_averages_the_ratings_and_ranks_side_effects() -> None:
    from anagen.community.stats import from_counts

    none = from_counts(
        {d: [0] * 5 for d in ("effectiveness", "side_effects_rating", "value")}, 0, []
    )
    assert none.count == 0 and none.averages == {}
    stats = from_counts(
        {
            "effectiveness": [1, 0, 0, 0, 3],  # one 1-star, three 5-star
            "side_effects_rating": [0, 0, 4, 0, 0],
            "value": [0, 2, 0, 2, 0],
        },
        3,
        ["Itch", "Shedding", "Itch"],
    )
    assert stats.count == 4
    assert stats.averages == {"effectiveness": 4.0, "side_effects_rating": 3.0, "value": 3.0}
    assert stats.recommend_share == 0.75
    assert stats.side_effects == [("Itch", 2), ("Shedding", 1)]


def test_reviews_of_an_unknown_kind_are_404_not_a_silent_redirect(client: Client) -> None:
    client.force_login(User.objects.create_user("kinds", "k@example.org", "pass-phrase-long-5"))
    response = client.post("/reviews/shampoo/minoxidil-topical/", {"text": "kept?"})
    assert response.status_code == 404
