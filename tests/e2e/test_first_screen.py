"""
A phone's first screen (360 x 800 CSS pixels): the quick-exit button, the 111
hotline and the page's own heading are all on it, with or without JavaScript,
in both languages; the quick-exit button is never covered, even after
scrolling.
"""

import re
import urllib.request
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

PHONE = {"width": 360, "height": 800}
FIRST_SCREEN = PHONE["height"]

HOME = {"vi": "/", "en": "/en/"}
CAMPAIGN_INDEX = {"vi": "/chien-dich/", "en": "/en/campaigns/"}
SELF_CHECK = {"vi": "/tu-kiem-tra/", "en": "/en/check-a-job-offer/"}

# What must be on the first screen, by selector.
QUICK_EXIT = "[data-quick-exit-button]"
HOTLINE_111 = ".site-header a[href='tel:111']"
HEADING = "main h1"


@pytest.fixture(params=[True, False], ids=["javascript", "no-javascript"])
def phone(request, chromium, live_site):
    context = chromium.new_context(viewport=PHONE, java_script_enabled=request.param)
    page = context.new_page()
    yield page
    context.close()


def campaign_path(page, live_site, language):
    """The first campaign listed on the campaign index (the demo's slugs may change)."""
    page.goto(live_site + CAMPAIGN_INDEX[language])
    return page.locator("main .card-list a").first.get_attribute("href")


def assert_on_first_screen(page, selector):
    element = page.locator(selector).first
    expect(element).to_be_visible()
    box = element.bounding_box()
    assert box is not None, selector
    assert box["y"] >= 0, (selector, box)
    assert box["y"] + box["height"] <= FIRST_SCREEN, (page.url, selector, box)
    return box


def assert_not_covered(page, selector):
    """What the visitor would touch at the element's centre is the element itself (or inside it)."""
    assert page.evaluate(
        """(selector) => {
            const element = document.querySelector(selector);
            const box = element.getBoundingClientRect();
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return element.contains(hit);
        }""",
        selector,
    ), selector


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("kind", ["home", "campaign", "self-check"])
def test_quick_exit_hotline_and_heading_are_on_the_first_screen(phone, live_site, language, kind):
    if kind == "home":
        path = HOME[language]
    elif kind == "campaign":
        path = campaign_path(phone, live_site, language)
    else:
        path = SELF_CHECK[language]
    phone.goto(live_site + path)
    expect(phone.locator("html")).to_have_attribute("lang", language)
    for selector in (QUICK_EXIT, HOTLINE_111, HEADING):
        assert_on_first_screen(phone, selector)
    assert_not_covered(phone, QUICK_EXIT)
    assert_not_covered(phone, HOTLINE_111)

    # Sticky: after scrolling to the end, the quick exit is still at the top, uncovered.
    phone.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    box = assert_on_first_screen(phone, QUICK_EXIT)
    assert box["y"] < 20, box
    assert_not_covered(phone, QUICK_EXIT)


@pytest.fixture(scope="module")
def sitemap_paths(live_site):
    with urllib.request.urlopen(live_site + "/sitemap.xml") as response:  # noqa: S310  (loopback)
        xml = response.read().decode()
    return sorted({urlparse(url).path for url in re.findall(r"<loc>([^<]+)</loc>", xml)})


def test_every_public_page_shows_its_heading_on_the_first_screen(chromium, live_site, sitemap_paths):
    """Every page type in both languages, plus search results and the page-not-found page."""
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    too_low = {}
    for path in [*sitemap_paths, "/tim-kiem/?q=111", "/en/search/?q=111", "/khong-co-trang-nay/"]:
        page.goto(live_site + path)
        for selector in (QUICK_EXIT, HOTLINE_111, HEADING):
            box = page.locator(selector).first.bounding_box()
            if box is None or box["y"] + box["height"] > FIRST_SCREEN:
                too_low.setdefault(path, []).append((selector, box and round(box["y"] + box["height"])))
    context.close()
    assert too_low == {}
