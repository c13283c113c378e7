"""
Every page a visitor can reach: accessible (axe-core, no violation of any
impact, on a phone and on a wide screen, with the menu closed and open),
usable at 360 px, light, loading nothing from another origin, and served with
the security headers.
"""

import re
import urllib.request
from urllib.parse import urlparse

import pytest

from .conftest import run_axe

EXTRA_PATHS = ["/tim-kiem/?q=mua+ban+nguoi", "/en/search/?q=trafficking", "/khong-co-trang-nay/", "/en/not-here/"]
PAGE_WEIGHT_BUDGET = 40 * 1024  # HTML + CSS + JS as transferred, images excluded


@pytest.fixture(scope="module")
def public_paths(live_site):
    """Every page in the sitemap (both languages), plus search results and the 404 page."""
    with urllib.request.urlopen(live_site + "/sitemap.xml") as response:  # noqa: S310  (loopback)
        xml = response.read().decode()
    paths = sorted({urlparse(url).path for url in re.findall(r"<loc>([^<]+)</loc>", xml)})
    assert len(paths) >= 14, paths  # both languages of every page type
    return paths + EXTRA_PATHS


def test_no_accessibility_violations_of_any_impact(axe_context, live_site, public_paths):
    page = axe_context.new_page()
    failures = {}
    for path in public_paths:
        page.goto(live_site + path)
        violations = run_axe(page, min_impact="minor")
        if violations:
            failures[path] = violations
    assert failures == {}


# The home pages, and search results (two search forms on one page).
HEADER_STATE_PATHS = ["/", "/en/", "/tim-kiem/?q=mua+ban+nguoi", "/en/search/?q=trafficking"]


def test_header_states_axe_cannot_see_on_load_are_accessible(axe_context, live_site):
    """The phone's menu once opened, and the wide screen where it shows without the disclosure."""
    page = axe_context.new_page()
    failures = {}
    for path in HEADER_STATE_PATHS:
        page.set_viewport_size({"width": 360, "height": 740})
        page.goto(live_site + path)
        page.locator(".site-header summary").click()
        if violations := run_axe(page, min_impact="minor"):
            failures[f"{path} (menu open)"] = violations
        page.set_viewport_size({"width": 1024, "height": 768})
        page.goto(live_site + path)
        if violations := run_axe(page, min_impact="minor"):
            failures[f"{path} (wide)"] = violations
    assert failures == {}


def test_self_check_result_is_accessible(axe_context, live_site):
    """The state axe cannot see on page load: the self-check after a visitor asks for the result."""
    page = axe_context.new_page()
    page.goto(live_site + "/tu-kiem-tra/")
    questions = page.locator("fieldset[data-weight]")
    for index in range(questions.count()):
        questions.nth(index).locator("input[data-answer='yes']").check()
    page.locator("[data-self-check-submit]").click()
    assert run_axe(page, min_impact="minor") == []


def test_every_page_loads_only_from_here_with_its_headers_and_reflows_to_320_pixels(page, live_site, public_paths):
    """
    One visit of every public page at 320 CSS pixels (the three checks share it: each is a walk of ~40 pages):

    - no request leaves the site, the Content Security Policy holds, and every stylesheet, script and image
      the pages ask for is there;
    - every response (documents, static files, images) carries the security headers, and no page sets a
      cookie;
    - nothing scrolls sideways at 320 pixels (WCAG 1.4.10), so nothing does at 360 either.
    """
    page.set_viewport_size({"width": 320, "height": 640})
    responses, failed, too_wide = [], [], {}

    def seen(response):
        responses.append(response)
        if response.status >= 400 and response.request.resource_type != "document":
            failed.append((response.status, response.url))

    page.on("response", seen)
    for path in public_paths:
        page.goto(live_site + path)
        page.wait_for_load_state("networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[path] = width

    assert page.context.offsite_guard.offsite == []
    assert page.csp_violations == []
    assert failed == []
    assert too_wide == {}
    assert responses
    for response in responses:
        headers = response.all_headers()
        where = response.url
        assert "default-src 'self'" in headers.get("content-security-policy", ""), where
        assert "unsafe-inline" not in headers.get("content-security-policy", ""), where
        assert headers.get("x-content-type-options") == "nosniff", where
        assert headers.get("referrer-policy") == "same-origin", where
        assert "camera=()" in headers.get("permissions-policy", ""), where
        if response.request.resource_type == "document":
            assert "set-cookie" not in headers, where


def test_campaign_page_weighs_under_the_budget(page, live_site):
    page.goto(live_site + "/chien-dich/")
    campaign = page.locator(".card-list a").first.get_attribute("href")
    transferred = {}

    def record(request):
        if request.resource_type in ("document", "stylesheet", "script"):
            sizes = request.sizes()
            transferred[request.url] = sizes["responseBodySize"] + sizes["responseHeadersSize"]

    page.on("requestfinished", record)
    page.goto(live_site + campaign, wait_until="networkidle")
    assert any(url.endswith(".css") for url in transferred)
    assert sum(transferred.values()) <= PAGE_WEIGHT_BUDGET, transferred
