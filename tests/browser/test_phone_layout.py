"""Phone layout beyond the GET pages of test_accessibility.py: the pages a visitor only reaches by
acting (a checked advert, a form sent back with errors, a four-way comparison), and tables of
records, whose values must all be on screen rather than hidden in a box that scrolls sideways."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page, expect

PHONE = {"width": 390, "height": 844}
AD = (
    "Clinically proven to regrow hair in 30 days! 100% natural biotin formula blocks DHT and "
    "cures baldness permanently. Doctors recommend it. No side effects."
)
# One page of each kind that shows a table of records (one row per effect, product, active).
RECORD_TABLES = [
    "/products/",
    "/treatments/minoxidil-topical/",
    "/products/provillus-hair-loss-system/",
]


def _overflow(page: Page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_pages_reached_by_acting_fit_a_phone(page: Page, site_url: str, shoot: Any) -> None:
    page.set_viewport_size(PHONE)
    too_wide = {}

    page.goto(site_url + "/claims/")
    page.locator("textarea").fill(AD)
    page.get_by_role("button", name="Check the claims").click()
    expect(page.locator("mark.claim").first).to_be_visible()
    too_wide["claim result"] = _overflow(page)
    shoot(page, "phone-claims-result")

    page.goto(site_url + "/assessment/")
    page.get_by_role("button", name="Next").click()
    expect(page.locator(".error").first).to_be_visible()
    too_wide["assessment errors"] = _overflow(page)

    page.goto(site_url + "/products/")
    links = page.locator("table a[href^='/products/']")
    slugs = [links.nth(i).get_attribute("href").strip("/").split("/")[1] for i in range(4)]
    page.goto(site_url + "/products/compare/?" + "&".join(f"p={s}" for s in slugs))
    expect(page.locator("table th[scope='row']").first).to_be_visible()
    too_wide["four-way comparison"] = _overflow(page)
    shoot(page, "phone-compare-four")

    assert not {name: px for name, px in too_wide.items() if px > 1}, too_wide


def test_record_tables_show_every_value_on_a_phone(page: Page, site_url: str) -> None:
    # A squeezed table hides its last columns (a product's score, a side effect's frequency)
    # off to the right; on a phone each row must read whole, within the screen.
    page.set_viewport_size(PHONE)
    cut_off = {}
    for path in RECORD_TABLES:
        page.goto(site_url + path)
        cells = page.evaluate(
            """() => [...document.querySelectorAll('table.stack td')]
                .filter(td => td.getClientRects().length)
                .filter(td => td.getBoundingClientRect().right > window.innerWidth + 1)
                .map(td => td.textContent.trim().slice(0, 40))"""
        )
        assert page.locator("table.stack td").count(), f"{path} has no table of records"
        if cells:
            cut_off[path] = cells[:5]
    assert not cut_off, cut_off


def test_doctor_box_cites_inside_its_sentences_on_a_phone(page: Page, site_url: str) -> None:
    # Pico lays out every list in an <aside> as a menu of block links: each citation number then
    # sat on a line of its own under its sentence.
    page.set_viewport_size(PHONE)
    page.goto(site_url + "/treatments/minoxidil-topical/")
    displays = page.evaluate(
        "() => [...document.querySelectorAll('.call-doctor li .cite a')]"
        ".map(a => getComputedStyle(a).display)"
    )
    assert displays, "the doctor box has no cited sentence"
    assert set(displays) == {"inline"}, displays


def test_every_stage_choice_fills_its_cell(page: Page, site_url: str) -> None:
    # "Not sure" has no picture: sized to its content it was a narrow column beside the others.
    page.set_viewport_size(PHONE)
    page.goto(site_url + "/assessment/")
    page.get_by_label("Male", exact=True).check()
    page.get_by_label("Age in years").fill("30")
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Both: receding hairline and thinning crown").check()
    page.get_by_role("button", name="Next").click()
    expect(page.locator("label.picture").first).to_be_visible()
    widths = page.evaluate(
        "() => [...document.querySelectorAll('label.picture')].map(l => l.getBoundingClientRect().width)"
    )
    assert max(widths) - min(widths) <= 1, widths
