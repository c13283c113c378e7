"""
The public visitor's journeys, end to end in headless Chromium:
read in Vietnamese, switch to English, read a campaign, search without
diacritics, leave with quick exit, and take the job-offer self-check.
On a phone the menu and the search sit behind the "Menu and search"
disclosure, so the journeys open it first, as a visitor would.
"""

import re

import pytest
from playwright.sync_api import expect

QUICK_EXIT_TARGET = "https://www.google.com/"
MENU_VI = "Danh mục và tìm kiếm"


def open_menu(page, name=MENU_VI):
    """Open the header's disclosure (a <summary>, which works with or without JavaScript)."""
    page.locator(".site-header summary", has_text=name).click()


@pytest.mark.smoke
def test_home_in_vietnamese_then_switch_to_english_on_the_same_page(page, live_site):
    page.goto(live_site + "/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.locator("h1")).to_be_visible()
    header_hotline = page.locator(".site-header a[href='tel:111']")
    expect(header_hotline).to_be_visible()

    open_menu(page)
    page.get_by_role("navigation", name="Chính").get_by_role("link", name="Chiến dịch").click()
    page.locator(".card-list a").first.click()
    campaign_title_vi = page.locator("h1").inner_text()
    campaign_url_vi = page.url

    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert "/en/" in page.url
    assert page.locator("h1").inner_text() != campaign_title_vi
    # Same page in the other language: switching back returns to the Vietnamese campaign.
    page.get_by_role("link", name="Tiếng Việt").click()
    assert page.url == campaign_url_vi
    assert page.context.offsite_guard.offsite == []
    assert page.csp_violations == []


def test_hotlines_are_in_the_same_place_on_every_page(page, live_site):
    for path in ("/", "/en/", "/tim-kiem/?q=111", "/khong-co-trang-nay/"):
        page.goto(live_site + path)
        header = page.locator(".site-header .hotlines--header")
        footer = page.locator(".site-footer .hotlines--list")
        expect(header.locator("a[href='tel:111']")).to_be_visible()
        expect(header.locator("a[href='tel:113']")).to_be_visible()
        expect(footer.locator("a[href='tel:111']")).to_have_count(1)


def test_search_without_diacritics_finds_pages_written_with_them(page, live_site):
    page.goto(live_site + "/")
    open_menu(page)
    search_box = page.get_by_role("search", name="Tìm kiếm trên trang").get_by_role("searchbox")
    search_box.fill("mua ban nguoi")
    search_box.press("Enter")
    expect(page).to_have_url(re.compile(r"/tim-kiem/\?q=mua\+ban\+nguoi"))
    results = page.locator(".search-results li")
    expect(results.first).to_be_visible()
    texts = " ".join(results.all_inner_texts()).lower()
    assert "mua bán người" in texts or "buôn bán người" in texts
    results.first.locator("a").click()
    expect(page.locator("h1")).to_be_visible()


def test_quick_exit_replaces_the_history_entry(page, live_site):
    page.goto(live_site + "/")
    open_menu(page)
    page.get_by_role("navigation", name="Chính").get_by_role("link", name="Chiến dịch").click()
    sensitive_url = page.url
    page.get_by_role("link", name="Thoát nhanh").click()
    page.wait_for_url(QUICK_EXIT_TARGET)
    assert page.context.offsite_guard.offsite[-1] == QUICK_EXIT_TARGET
    # Back skips the page the visitor left: it was replaced, not added to.
    page.go_back()
    page.wait_for_load_state()
    assert page.url != sensitive_url
    assert page.url.rstrip("/") == live_site


def test_quick_exit_with_shift_pressed_three_times(page, live_site):
    page.goto(live_site + "/en/")
    expect(page.get_by_text("Or press Shift three times.")).to_be_visible()
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(QUICK_EXIT_TARGET)


def test_quick_exit_is_first_after_the_skip_link(page, live_site):
    page.goto(live_site + "/")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Chuyển đến nội dung chính")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_attribute("data-quick-exit-button", "")


def test_self_check_runs_in_the_browser_and_sends_nothing(page, live_site):
    page.goto(live_site + "/tu-kiem-tra/")
    requests_after_load = []
    # The browser may fetch the site icon at any time on its own: that request carries nothing.
    page.on(
        "request",
        lambda request: None if request.url.endswith("/img/logo.svg") else requests_after_load.append(request.url),
    )
    questions = page.locator("fieldset[data-weight]")
    count = questions.count()
    assert count >= 5
    for index in range(count):
        questions.nth(index).get_by_label("Có").check()
    page.get_by_role("button", name="Xem câu trả lời của tôi có ý nghĩa gì").click()
    matched = page.locator(".self-check__result[data-matched]")
    expect(matched).to_have_count(1)
    expect(matched).to_be_visible()
    expect(page.locator("[data-self-check-score]")).to_contain_text("Điểm của bạn")
    expect(page.locator(".self-check__result:not([data-matched])").first).to_be_hidden()
    # Whatever the result, what to do and whom to call is always there.
    expect(page.locator(".self-check__next a[href='tel:111']").first).to_be_visible()
    assert requests_after_load == []
    assert page.evaluate("document.cookie") == ""
    assert page.evaluate("window.localStorage.length + window.sessionStorage.length") == 0


def test_self_check_low_score_shows_the_lowest_band(page, live_site):
    page.goto(live_site + "/tu-kiem-tra/")
    questions = page.locator("fieldset[data-weight]")
    for index in range(questions.count()):
        questions.nth(index).get_by_label("Không").check()
    page.get_by_role("button", name="Xem câu trả lời của tôi có ý nghĩa gì").click()
    matched = page.locator(".self-check__result[data-matched]")
    expect(matched).to_have_attribute("data-min-score", "0")


@pytest.fixture
def no_script_page(chromium, live_site):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    yield context.new_page()
    context.close()


def test_site_works_without_javascript(no_script_page, live_site):
    page = no_script_page
    page.goto(live_site + "/")
    quick_exit = page.locator("[data-quick-exit-button]")
    expect(quick_exit).to_have_attribute("href", QUICK_EXIT_TARGET)
    page.goto(live_site + "/tu-kiem-tra/")
    # Without JavaScript the self-check reads as a checklist: every result and the rule are shown.
    expect(page.locator("[data-self-check-rule]").first).to_be_visible()
    assert page.locator(".self-check__result").count() >= 2
    expect(page.locator(".self-check__result").first).to_be_visible()
    expect(page.locator("[data-self-check-submit]")).to_be_hidden()
    page.goto(live_site + "/tim-kiem/?q=viec+nhe+luong+cao")
    expect(page.locator(".search-results li").first).to_be_visible()


def test_menu_and_search_open_without_javascript(no_script_page, live_site):
    page = no_script_page
    page.goto(live_site + "/en/")
    main_nav = page.get_by_role("navigation", name="Main")
    expect(main_nav).to_be_hidden()
    open_menu(page, "Menu and search")
    expect(main_nav).to_be_visible()
    search_box = page.get_by_role("search", name="Search this site").get_by_role("searchbox")
    search_box.fill("trafficking")
    search_box.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=trafficking"))
    open_menu(page, "Menu and search")
    main_nav.get_by_role("link", name="Campaigns").click()
    expect(page.locator("h1")).to_have_text("Campaigns")


def test_wide_screens_show_the_menu_without_the_disclosure(page, live_site):
    page.set_viewport_size({"width": 1024, "height": 768})
    page.goto(live_site + "/")
    expect(page.locator(".site-header summary")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Chính")).to_be_visible()
    expect(page.get_by_role("search", name="Tìm kiếm trên trang").get_by_role("searchbox")).to_be_visible()
    page.get_by_role("navigation", name="Chính").get_by_role("link", name="Chiến dịch").click()
    expect(page.locator("h1")).to_have_text("Chiến dịch")
