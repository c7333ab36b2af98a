"""A person signs up, reviews a treatment, a moderator approves it, and it appears."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import site_manage


def test_sign_up_review_moderate_publish(
    page: Page, browser: Browser, site_url: str, site_env: dict[str, str], shoot: Any
) -> None:
    page.goto(site_url + "/accounts/signup/")
    page.get_by_label("Username").fill("reviewer1")
    page.get_by_label("Email").fill("reviewer1@example.org")
    page.get_by_label("Password", exact=True).fill("a-long-pass-phrase-11")
    page.get_by_label("Password confirmation").fill("a-long-pass-phrase-11")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Your account", exact=True)).to_be_visible()

    page.goto(site_url + "/reviews/treatment/ketoconazole-shampoo/")
    page.get_by_label("Which kind of hair loss do you have?").select_option("androgenetic-alopecia")
    page.get_by_label("How many months did you use it?").fill("7")
    for legend in ("How well did it work?", "Side effects (1 = severe", "Value for money"):
        page.locator("fieldset", has_text=legend).get_by_label("4").check()
    page.locator("fieldset", has_text="Would you recommend it?").get_by_label("Yes").check()
    page.get_by_label("Your experience").fill(
        "Used it twice a week; my scalp calmed down within weeks."
    )
    page.get_by_role("button", name="Send review").click()
    expect(page.get_by_text("once a moderator has checked it")).to_be_visible()

    site_manage(
        site_env,
        "from django.contrib.auth.models import User, Group; "
        "u = User.objects.create_user('mod1', 'mod1@example.org', 'a-long-pass-phrase-12'); "
        "u.groups.add(Group.objects.get(name='moderators'))",
    )
    moderator = browser.new_context().new_page()
    moderator.goto(site_url + "/accounts/login/")
    moderator.get_by_label("Username").fill("mod1")
    moderator.get_by_label("Password").fill("a-long-pass-phrase-12")
    moderator.get_by_role("button", name="Log in").click()
    moderator.goto(site_url + "/moderation/")
    expect(moderator.get_by_text("scalp calmed down")).to_be_visible()
    moderator.get_by_role("button", name="Approve").first.click()

    anonymous = browser.new_context().new_page()
    anonymous.goto(site_url + "/treatments/ketoconazole-shampoo/#community")
    expect(anonymous.get_by_text("scalp calmed down")).to_be_visible()
    expect(anonymous.locator("#community svg")).to_be_visible()
    shoot(anonymous, "community-review-published")
