"""
The editor's journey in the Wagtail admin, end to end in the browser:
create a campaign page from blocks, publish it, translate it with
wagtail-localize, and change a hotline in the safety settings.
"""

import re

import pytest
from playwright.sync_api import expect

from safereturn.base.demo.reference import USERS

from .staff_door import sign_in

# wagtail-localize's button, in Vietnamese since the admin's catalogues were translated.
PUBLISH_IN_ENGLISH = re.compile(r"^(Xuất bản bằng|Publish in) English$")
EDITOR_KEY = next(user["totp"] for user in USERS if user["username"] == "editor")

ENGLISH = {
    "Cảnh giác tuyển dụng qua mạng xã hội": "Beware of recruiters on social networks",
    "Người lạ hứa việc nhẹ lương cao qua tin nhắn: hãy hỏi kỹ trước khi đi.": (
        "Strangers promise easy, well-paid work by message: ask before you go."
    ),
    "Tôi đã suýt đi theo lời mời ấy.": "I nearly went with that offer.",
    "Anh K. (tên đã thay đổi)": "Mr K. (name changed)",
    "canh-giac-tuyen-dung-qua-mang-xa-hoi": "beware-of-recruiters-on-social-networks",
}


@pytest.fixture
def editor_page(chromium, live_site):
    """The demo editor, signed in through the staff door with a password and a code from their app."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_site + "/admin/")  # Wagtail's admin sends a visitor to the door, keeping where they were going
    expect(page).to_have_url(re.compile(r"/tai-khoan/dang-nhap/\?next=/admin/"))
    sign_in(page, live_site, "editor", "safereturn-editor", secret=EDITOR_KEY, next_path="/admin/")
    page.wait_for_url(live_site + "/admin/")
    yield page
    context.close()


def translate_every_segment(page):
    """Translate each segment shown in wagtail-localize's editor that still has a "Translate" button."""
    for _ in range(len(ENGLISH)):
        buttons = page.get_by_role("button", name="Dịch")
        if not buttons.count():
            return
        buttons.first.click()
        editor = page.locator("main textarea").first
        source = editor.locator("xpath=ancestor::li[1]").inner_text()
        english = next(text for vietnamese, text in ENGLISH.items() if vietnamese in source)
        editor.fill(english)
        page.get_by_role("button", name="Lưu").first.click()
        expect(page.locator("main textarea")).to_have_count(0)


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
    expect(page.get_by_role("button", name=PUBLISH_IN_ENGLISH)).to_be_visible()
    translate_every_segment(page)
    # The slug is on the "Promote" tab: an English page gets an English address.
    page.get_by_role("tab", name="Quảng bá").click()
    translate_every_segment(page)
    page.get_by_role("button", name=PUBLISH_IN_ENGLISH).click()
    expect(page.locator(".messages")).to_be_visible()

    page.goto(live_site + "/chien-dich/canh-giac-tuyen-dung-qua-mang-xa-hoi/")
    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("Beware of recruiters on social networks")
    expect(page.locator("blockquote")).to_contain_text("I nearly went with that offer.")


def publish_safety_settings(page):
    """The snippet editor's "Publish" sits in the footer's dropdown: submit the form with it."""
    page.locator("button[name='action-publish']").dispatch_event("click")
    expect(page.locator(".messages")).to_be_visible()


def footer_of(page, url):
    page.goto(url)
    return page.locator("footer").inner_html()


def test_a_hotline_changed_once_shows_in_both_languages_after_publishing_not_before(editor_page, live_site):
    page = editor_page
    page.goto(live_site + "/admin/snippets/base/safetysettings/")
    page.locator("table a[href*='/edit/']").first.click()
    edit_url = page.url

    # A provincial line, written once with its label in both languages, published.
    page.locator("#id_hotlines-ADD").click()
    index = int(page.locator("input[name='hotlines-TOTAL_FORMS']").input_value()) - 1
    page.locator(f"input[name='hotlines-{index}-number']").fill("0222 3 812 345")
    page.locator(f"input[name='hotlines-{index}-label']").fill("Đường dây nóng của tỉnh")
    page.locator(f"input[name='hotlines-{index}-label_en']").fill("Provincial helpline")
    publish_safety_settings(page)
    assert 'href="tel:02223812345"' in footer_of(page, live_site + "/")
    assert "Provincial helpline" in footer_of(page, live_site + "/en/")

    # Its number changed once, saved as a draft: nothing changes on either site...
    page.goto(edit_url)
    page.locator(f"input[name='hotlines-{index}-number']").fill("0222 3 999 999")
    page.locator("footer button[type='submit']").first.click()
    expect(page.locator(".messages")).to_be_visible()
    for url in (live_site + "/", live_site + "/en/"):
        footer = footer_of(page, url)
        assert 'href="tel:02223812345"' in footer and "02223999999" not in footer, url

    # ...until it is published: then both languages show the new number.
    page.goto(edit_url)
    publish_safety_settings(page)
    for url in (live_site + "/", live_site + "/en/"):
        footer = footer_of(page, url)
        assert 'href="tel:02223999999"' in footer and "02223812345" not in footer, url

    # Leave the demo as it was for the other tests: the line removed, published.
    page.goto(edit_url)
    page.locator(f"#id_hotlines-{index}-DELETE-button").click()
    publish_safety_settings(page)
    assert "02223999999" not in footer_of(page, live_site + "/")
