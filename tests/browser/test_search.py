"""Search suggestions in a real browser: a keyboard-only visitor types, chooses with the arrow
keys and opens a page; the combobox and listbox are announced properly; without JavaScript
the plain form still searches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, expect

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()


def test_keyboard_only_visitor_picks_a_suggestion(page: Page, site_url: str, shoot: Any) -> None:
    page.goto(site_url + "/search/")
    box = page.get_by_role("combobox", name="Search treatments")
    box.focus()
    box.press_sequentially("minox", delay=30)
    listbox = page.get_by_role("listbox", name="Suggestions")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    first = listbox.get_by_role("option").first
    expect(first).to_contain_text("Minoxidil solution or foam")
    expect(page.get_by_role("status")).to_contain_text("suggestion")
    shoot(page, "search-suggestions")

    box.press("ArrowDown")
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id") or "")
    box.press("ArrowUp")  # wraps to the last suggestion
    expect(listbox.get_by_role("option").last).to_have_attribute("aria-selected", "true")
    box.press("ArrowDown")  # and back round to the first
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press("ArrowDown")  # reopens on the first suggestion
    expect(first).to_have_attribute("aria-selected", "true")
    box.press("Enter")
    expect(page).to_have_url(f"{site_url}/treatments/minoxidil-topical/")


def test_enter_without_a_chosen_suggestion_submits_the_search(page: Page, site_url: str) -> None:
    page.goto(site_url + "/search/")
    box = page.get_by_role("combobox", name="Search treatments")
    box.fill("finastride")
    expect(page.get_by_role("listbox", name="Suggestions")).to_be_visible()
    box.press("Enter")
    expect(page).to_have_url(f"{site_url}/search/?q=finastride")
    expect(page.locator("ol.results a").first).to_contain_text("Finasteride")


def test_open_suggestions_have_no_serious_accessibility_violations(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(bypass_csp=True)  # only so that the test can inject axe
    page = context.new_page()
    page.goto(site_url + "/search/?q=minoxidil")
    box = page.get_by_role("combobox", name="Search treatments")
    box.fill("rogai")
    expect(page.get_by_role("option").first).to_be_visible()
    box.press("ArrowDown")
    page.add_script_tag(content=AXE)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
    context.close()
    assert not serious


def test_search_works_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/search/")
    box = page.get_by_role("searchbox", name="Search treatments")
    box.fill("Rogaine")
    box.press("Enter")
    expect(page).to_have_url(f"{site_url}/search/?q=Rogaine")
    expect(page.locator("ol.results a").first).to_contain_text("Minoxidil")
    expect(page.get_by_role("listbox")).to_have_count(0)
    context.close()
