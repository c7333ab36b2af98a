"""A person takes the self-assessment in a real browser: clicks, a stage picture, the result."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.mark.parametrize("screen", list(VIEWPORTS))
def test_click_through_to_a_result(page: Page, site_url: str, shoot: Any, screen: str) -> None:
    page.set_viewport_size(VIEWPORTS[screen])
    page.goto(site_url + "/")
    page.get_by_role("button", name="Take the self-assessment").click()
    expect(page.get_by_role("progressbar")).to_be_visible()
    page.get_by_label("Male", exact=True).check()
    page.get_by_label("Age in years").fill("31")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Both: receding hairline and thinning crown").check()
    page.get_by_role("button", name="Next").click()
    expect(page.locator(".picture svg").first).to_be_visible()
    shoot(page, f"assessment-stage-{screen}")
    page.locator("label.picture", has_text="Stage 4").click()
    page.get_by_role("button", name="Next").click()
    page.get_by_label("For how many months").fill("36")
    page.get_by_label("Gradually, over months or years").check()
    page.get_by_label("Yes", exact=True).check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()  # signs: none
    page.get_by_label("Depression (now or in the past)").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="See my result").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Androgenetic alopecia")
    expect(page.locator("figure.severity svg")).to_have_attribute(
        "aria-label", "Severity: moderate"
    )
    expect(page.locator(".plan-card").first).to_be_visible()
    expect(page.get_by_role("heading", name="Start with")).to_be_visible()
    shoot(page, f"assessment-result-{screen}")
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[screen]["width"] + 1

    page.get_by_role("button", name="Save this result").click()
    expect(page).to_have_url(f"{site_url}/assessment/saved/" + page.url.rsplit("/saved/", 1)[1])
    expect(page.get_by_text("saved at this private link")).to_be_visible()


def test_back_keeps_answers(page: Page, site_url: str) -> None:
    page.goto(site_url + "/assessment/")
    page.get_by_label("Female", exact=True).check()
    page.get_by_label("Age in years").fill("40")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_label("Age in years")).to_have_value("40")
    expect(page.get_by_label("Female", exact=True)).to_be_checked()


def test_keyboard_only_assessment(page: Page, site_url: str) -> None:
    """Every step can be answered with Tab, arrow keys, Space and Enter alone."""
    page.goto(site_url + "/assessment/")
    page.get_by_label("Female", exact=True).focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # leaves the radio group for the age box
    page.keyboard.type("29")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("What you see")
    page.get_by_label("Round or oval bald patches").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("How far it has gone")
    page.get_by_role("spinbutton").focus()
    page.keyboard.type("10")
    page.keyboard.press("Enter")
    page.get_by_label("For how many months").focus()
    page.keyboard.type("2")
    page.get_by_label("Suddenly, over days or weeks").focus()
    page.keyboard.press("Space")
    page.get_by_label("No or not sure").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    # wait for each step to load before pressing on: a key pressed mid-navigation is lost
    heading = page.get_by_role("heading", level=1)
    expect(heading).not_to_have_text("How far it has gone")
    for _ in range(3):
        before = heading.inner_text()
        page.get_by_role("button", name="Next").or_(
            page.get_by_role("button", name="See my result")
        ).focus()
        page.keyboard.press("Enter")
        expect(heading).not_to_have_text(before)
    expect(heading).to_contain_text("Alopecia areata")
    expect(page.get_by_role("heading", name="See a doctor")).to_be_visible()
