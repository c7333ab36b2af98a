"""A reader goes from the home page to a category to the tacrolimus page, on desktop and phone."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.mark.parametrize("screen", list(VIEWPORTS))
def test_home_to_category_to_tacrolimus(page: Page, site_url: str, shoot: Any, screen: str) -> None:
    page.set_viewport_size(VIEWPORTS[screen])
    page.goto(site_url + "/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("hair loss")
    shoot(page, f"home-{screen}")

    page.get_by_role("link", name="Other medical treatments (off-label)").first.click()
    expect(page).to_have_url(f"{site_url}/treatments/category/off-label-medicine/")
    shoot(page, f"category-{screen}")

    page.get_by_role("link", name="Topical tacrolimus").first.click()
    expect(page.locator("#verdict")).to_be_visible()
    expect(page.locator("#verdict .grade").first).to_be_visible()
    expect(page.locator("#side-effects")).to_be_visible()
    expect(page.locator("#references li").first).to_be_visible()
    shoot(page, f"tacrolimus-{screen}")

    # The page fits the screen: nothing forces sideways scrolling.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= VIEWPORTS[screen]["width"] + 1


def test_grade_badge_meaning_shows_on_keyboard_focus(page: Page, site_url: str) -> None:
    page.goto(site_url + "/treatments/tacrolimus-topical/")
    badge = page.locator("#verdict .grade").first
    badge.focus()
    tip = page.evaluate("el => getComputedStyle(el, '::after').visibility", badge.element_handle())
    assert tip == "visible"
    assert "Evidence grade" in (badge.get_attribute("aria-label") or "")


def test_pages_work_without_javascript(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/treatments/minoxidil-topical/")
    expect(page.locator("#verdict")).to_be_visible()
    context.close()
