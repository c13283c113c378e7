"""
The editor's journey in the Wagtail admin, end to end in the browser:
create a campaign page from blocks, publish it, translate it with
wagtail-localize, and change a hotline in the safety settings.
"""

import re

import pytest
from playwright.sync_api import expect

ENGLISH = {
    "Cảnh giác tuyển dụng qua mạng xã hội": "Beware of recruiters on social networks",
    "Người lạ hứa việc nhẹ lương cao qua tin nhắn: hãy hỏi kỹ trước khi đi.": (
        "Strangers promise easy, well-paid work by message: ask before you go."
    ),
    "Tôi đã suýt đi theo lời mời ấy.": "I nearly went with that offer.",
    "Anh K. (tên đã thay đổi)": "Mr K. (name changed)",
}


@pytest.fixture
def editor_page(chromium, live_site):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_site + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "safereturn-editor")
    page.keyboard.press("Enter")
    page.wait_for_url(live_site + "/admin/")
    yield page
    context.close()


def page_id_of(page, url):
    """The Wagtail id of a public page, read from its language switch link."""
    page.goto(url)
    href = page.locator(".language-switch a").first.get_attribute("href")
    return int(re.search(r"/page/(\d+)/", href).group(1))


@pytest.mark.smoke
def test_editor_creates_publishes_and_translates_a_campaign(editor_page, live_site):
    page = editor_page
    index_id = page_id_of(page, live_site + "/chien-dich/")

    page.goto(f"{live_site}/admin/pages/add/campaigns/campaignpage/{index_id}/")
    page.fill("#id_title", "Cảnh giác tuyển dụng qua mạng xã hội")
    page.fill("#id_intro", "Người lạ hứa việc nhẹ lương cao qua tin nhắn: hãy hỏi kỹ trước khi đi.")
    page.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="Trích dẫn").click()
    page.locator("textarea[name='body-0-value-quote']").fill("Tôi đã suýt đi theo lời mời ấy.")
    page.locator("input[name='body-0-value-attribution']").fill("Anh K. (tên đã thay đổi)")
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages")).to_contain_text("Cảnh giác tuyển dụng qua mạng xã hội")

    # The slug is folded to plain ASCII and the page is live at once.
    page.goto(live_site + "/chien-dich/canh-giac-tuyen-dung-qua-mang-xa-hoi/")
    expect(page.locator("h1")).to_have_text("Cảnh giác tuyển dụng qua mạng xã hội")
    expect(page.locator("blockquote")).to_contain_text("Tôi đã suýt đi theo lời mời ấy.")
    new_id = page_id_of(page, page.url)

    page.goto(f"{live_site}/admin/localize/submit/page/{new_id}/")
    page.get_by_label("English").check()
    page.locator("main [type=submit]").first.click()
    expect(page.get_by_role("button", name="Publish in English")).to_be_visible()
    for _ in range(len(ENGLISH)):
        page.get_by_role("button", name="Dịch").first.click()
        editor = page.locator("main textarea").first
        source = editor.locator("xpath=ancestor::li[1]").inner_text()
        english = next(text for vietnamese, text in ENGLISH.items() if vietnamese in source)
        editor.fill(english)
        page.get_by_role("button", name="Lưu").first.click()
        expect(page.locator("main textarea")).to_have_count(0)
    page.get_by_role("button", name="Publish in English").click()
    expect(page.locator(".messages")).to_be_visible()

    page.goto(live_site + "/chien-dich/canh-giac-tuyen-dung-qua-mang-xa-hoi/")
    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("Beware of recruiters on social networks")
    expect(page.locator("blockquote")).to_contain_text("I nearly went with that offer.")


def test_editor_changes_a_hotline_in_the_safety_settings(editor_page, live_site):
    page = editor_page
    page.goto(live_site + "/admin/snippets/base/safetysettings/?locale=vi")
    page.locator("table a[href*='/edit/']").first.click()
    label = page.locator("input[name='hotlines-0-label']")
    expect(label).to_be_visible()
    label.fill("Tổng đài 111: gọi ngay, miễn phí")
    page.locator("footer button[type='submit']").first.click()
    expect(page.locator(".messages")).to_be_visible()

    page.goto(live_site + "/")
    expect(page.locator(".site-header")).to_contain_text("Tổng đài 111: gọi ngay, miễn phí")
