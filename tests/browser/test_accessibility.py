"""WCAG checks with axe-core (vendored from the npm registry) on every page type, at phone and
desktop widths: any serious or critical violation fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
PAGES = [
    "/",
    "/conditions/",
    "/conditions/alopecia-areata/",
    "/treatments/",
    "/treatments/category/approved-medicine/",
    "/treatments/tacrolimus-topical/",
    "/methodology/",
    "/guides/",
    "/guides/top-5-steps-to-treat-hair-loss/",
    "/assessment/",
    "/assessment/method/",
    "/products/",
    "/products/provillus-hair-loss-system/",
    "/products/rankings/category/topical/",
    "/products/compare/?p=provillus-hair-loss-system&p=rogaine-mens-5-minoxidil-foam",
    "/claims/",
    "/search/?q=minoxidil",
    "/changelog/",
    "/accounts/login/",
    "/accounts/signup/",
    "/no-such-page/",
]


def _violations(page: Page) -> list[dict[str, Any]]:
    page.add_script_tag(content=AXE)
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.fixture
def axe_page(browser: Browser) -> Any:
    # The site's CSP rightly forbids inline scripts; axe is injected by the test, so it may.
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_no_serious_accessibility_violations(axe_page: Page, site_url: str, width: int) -> None:
    page = axe_page
    page.set_viewport_size({"width": width, "height": 900})
    failures = {}
    for path in PAGES:
        page.goto(site_url + path)
        found = _violations(page)
        if found:
            failures[path] = [(v["id"], v["nodes"][0]["target"]) for v in found]
    assert not failures, failures


def test_claim_checker_result_is_accessible(axe_page: Page, site_url: str) -> None:
    page = axe_page
    page.goto(site_url + "/claims/")
    page.get_by_role("button", name="Check the claims").click()
    # count() does not wait: the click only starts the form's navigation to the result page
    expect(page.locator("mark.claim").first).to_be_visible()
    assert page.locator("mark.claim").count() > 0
    assert not _violations(page)


def test_every_page_type_fits_a_phone_screen(page: Page, site_url: str, shoot: Any) -> None:
    # Nothing wider than a 390 px phone: no sideways scrolling on any page type.
    # Wide tables may scroll inside their own box, which keeps the page itself in bounds.
    page.set_viewport_size({"width": 390, "height": 844})
    too_wide = {}
    for path in PAGES:
        page.goto(site_url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 1:
            too_wide[path] = overflow
        name = path.split("?")[0].strip("/").replace("/", "-") or "home"
        shoot(page, f"phone-{name}")
    assert not too_wide, too_wide
