"""
Previews and translations in the admin, in the browser (issue 8's acceptance):

- the preview side panel shows a page being written at phone size, and the
  checks panel (Wagtail's content checks, run by axe inside the preview)
  reports a heading level skipped in rich text;
- "Translate" does not make the English page live: it is a 404 and listed
  nowhere on /en/ until someone publishes it;
- the English translation of a call to action that chooses a Vietnamese page
  links to that page's English version.

Each test works on pages of its own (unique titles and slugs) and deletes
them at the end, so the demo shared by the session's tests stays as it was.
"""

import re
import uuid

import pytest
from django.utils import translation
from django.utils.text import slugify
from playwright.sync_api import expect

from safereturn.base.search import fold

from .staff_door import sign_in_to_admin

# wagtail-localize's button in the translation editor, in Vietnamese.
PUBLISH_IN_ENGLISH = re.compile(r"^(Xuất bản bằng|Publish in) English$")
# A Vietnamese demo page that has an English translation (campaigns/demo/campaigns.py).
CHOSEN_PAGE_TITLE = "Lấy chồng nước ngoài qua môi giới"
CHOSEN_PAGE_PATH = "/chien-dich/hon-nhan-qua-moi-gioi/"


def vietnamese(message):
    """What the admin shows a Vietnamese editor for one of Wagtail's messages."""
    with translation.override("vi"):
        return translation.gettext(message)


@pytest.fixture
def editor_page(chromium, live_site):
    """The demo editor, signed in through the staff door, on a desktop-sized window."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = sign_in_to_admin(context, live_site, "editor")
    page.csp_violations = []
    page.on(
        "console",
        lambda message: (
            page.csp_violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    yield page
    context.close()


@pytest.fixture
def visitor(chromium, live_site):
    """A visitor with no cookies: what the public gets at an address (status and text)."""
    context = chromium.new_context()

    def fetch(path):
        response = context.request.get(live_site + path, max_redirects=0)
        return response.status, response.text()

    yield fetch
    context.close()


def unique_words():
    """Something only this test's pages contain, in title and slug."""
    return f"thu nghiem {uuid.uuid4().hex[:8]}"


def page_id_of(page, url):
    """The Wagtail id of a public page, read from its language switch link."""
    page.goto(url)
    href = page.locator(".language-switch a").first.get_attribute("href")
    return int(re.search(r"/page/(\d+)/", href).group(1))


def english_address_of(page, url):
    """Where a public Vietnamese page's language switch leads to in English (a path)."""
    page.goto(url)
    page.locator(".language-switch a", has_text="English").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    return re.sub(r"^https?://[^/]+", "", page.url)


def start_campaign_page(page, live_site, title):
    """
    The editor for a new campaign page under "Chiến dịch", with its title and
    introduction filled in; returns the slug the page will be saved with
    (Wagtail's slug of the title, folded to ASCII when the page is saved).
    """
    index_id = page_id_of(page, live_site + "/chien-dich/")
    page.goto(f"{live_site}/admin/pages/add/campaigns/campaignpage/{index_id}/")
    page.fill("#id_title", title)
    page.fill("#id_intro", "Trang thử nghiệm của bộ kiểm thử tự động.")
    slug = page.locator("#id_slug")
    expect(slug).to_have_value(re.compile(r"thu-nghiem-[0-9a-f]{8}$"))
    return slugify(fold(slug.input_value()))


def add_block(page, label):
    page.locator(".c-sf-add-button").last.click()
    page.get_by_role("option", name=label).click()


def publish_from_editor(page):
    """The page editor's "Publish", which sits in the footer's dropdown."""
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages .success")).to_be_visible()


def translate_into_english(page, live_site, page_id):
    """wagtail-localize's "Translate" for one page into English; returns the English page's id."""
    page.goto(f"{live_site}/admin/localize/submit/page/{page_id}/")
    page.get_by_label("English").check()
    page.locator("main [type=submit]").first.click()
    expect(page.get_by_role("button", name=PUBLISH_IN_ENGLISH)).to_be_visible()
    return int(re.search(r"/admin/pages/(\d+)/edit/", page.url).group(1))


def publish_translation(page):
    """Publish from the translation editor, confirming the untranslated strings (they stay Vietnamese)."""
    page.get_by_role("button", name=PUBLISH_IN_ENGLISH).click()
    page.get_by_role("button", name="Vẫn xuất bản").click()
    # wagtail-localize says it was published, with a warning that translations are missing.
    expect(page.locator(".messages li")).to_be_visible()


def delete_page(page, live_site, page_id):
    """Delete a page the test made (and, for a source page, its translations with it)."""
    page.goto(f"{live_site}/admin/pages/{page_id}/delete/")
    page.locator("main form [type=submit]").first.click()
    expect(page.locator(".messages .success")).to_be_visible()


def choose_preview_size(panel, size):
    """Click one of the preview's size buttons (a radio inside its label); return that size's width."""
    radio = panel.locator(f"input[name=preview-size][value={size}]")
    radio.locator("xpath=ancestor::label[1]").click()
    expect(radio).to_be_checked()
    return int(radio.get_attribute("data-device-width"))


def wait_for_preview_width(page, width):
    """Wait until the preview's frame (the newest: Wagtail swaps them) lays its page out `width` CSS pixels wide."""
    page.wait_for_function(
        """width => {
            const frames = document.querySelectorAll("[data-side-panel=preview] iframe");
            return frames.length > 0 && frames[frames.length - 1].contentWindow.innerWidth === width;
        }""",
        arg=width,
    )


def test_editor_previews_a_draft_at_phone_size_and_the_checks_report_a_skipped_heading(editor_page, live_site):
    page = editor_page
    start_campaign_page(page, live_site, f"Xem trước ở cỡ điện thoại ({unique_words()})")
    add_block(page, "Văn bản")
    page.locator(".Draftail-Editor [contenteditable=true]").last.click()
    # Draftail's markdown shortcut: an h3 straight after the page's h1, skipping h2.
    page.keyboard.type("### Dấu hiệu lừa đảo")
    page.keyboard.press("Enter")
    page.keyboard.type("Người lạ hứa việc nhẹ lương cao qua tin nhắn.")
    # Draftail writes its content into the form a moment after the last key (a real hand is slower).
    expect(page.locator("input[name='body-0-value']")).to_have_value(re.compile("qua tin nhắn"))
    page.get_by_role("button", name="Lưu bản nháp").click()
    expect(page.locator(".messages .success")).to_be_visible()
    page_id = int(re.search(r"/admin/pages/(\d+)/edit/", page.url).group(1))
    try:
        page.locator("[data-side-panel-toggle=preview]").click()
        panel = page.locator("[data-side-panel=preview]")
        # Another size first, so that choosing the phone's is seen to change the frame.
        choose_preview_size(panel, "desktop")
        wait_for_preview_width(page, 1280)
        phone_width = choose_preview_size(panel, "mobile")
        assert phone_width <= 414, phone_width
        wait_for_preview_width(page, phone_width)

        # The frame shows this page, rendered by the site (not a browser error page): the admin may frame it.
        preview = panel.locator("iframe").last.content_frame
        expect(preview.locator("main h1")).to_contain_text("Xem trước ở cỡ điện thoại")
        expect(preview.locator("main h3")).to_have_text("Dấu hiệu lừa đảo")

        page.locator("[data-side-panel-toggle=checks]").click()
        checks = page.locator("[data-side-panel=checks]")
        expect(checks.locator("[data-content-word-count]")).to_have_text(re.compile(r"[1-9]"))
        expect(checks.locator("[data-content-checker-count]").first).to_have_text(re.compile(r"[1-9]"))
        expect(checks).to_contain_text(vietnamese("Incorrect heading hierarchy"))
        expect(checks).to_contain_text(vietnamese("Avoid skipping levels"))
        assert not [text for text in page.csp_violations if "frame" in text], page.csp_violations
    finally:
        delete_page(page, live_site, page_id)


def test_translate_leaves_the_english_page_unpublished_until_it_is_published(editor_page, visitor, live_site):
    page = editor_page
    words = unique_words()
    title = f"Chưa dịch xong thì chưa xuất bản ({words})"
    slug = start_campaign_page(page, live_site, title)
    add_block(page, "Trích dẫn")
    page.locator("textarea[name='body-0-value-quote']").fill("Tôi đã suýt đi theo lời mời ấy.")
    publish_from_editor(page)
    vietnamese_path = f"/chien-dich/{slug}/"
    assert visitor(vietnamese_path)[0] == 200
    source_id = page_id_of(page, live_site + vietnamese_path)
    english_index = english_address_of(page, live_site + "/chien-dich/")
    english_path = f"{english_index}{slug}/"

    english_id = translate_into_english(page, live_site, source_id)
    try:
        # Translating made a draft only: not at its address, not on /en/ nor the English campaigns.
        assert visitor(english_path)[0] == 404
        for listing in ("/en/", english_index):
            status, text = visitor(listing)
            assert status == 200 and words not in text, listing

        # Once published (the title still in Vietnamese, as confirmed), it is live and listed.
        publish_translation(page)
        status, text = visitor(english_path)
        assert status == 200 and title in text
        assert words in visitor(english_index)[1]
    finally:
        delete_page(page, live_site, english_id)
        delete_page(page, live_site, source_id)
    assert visitor(english_path)[0] == 404


def test_the_english_translation_of_a_call_to_action_links_to_the_chosen_pages_english_version(
    editor_page, visitor, live_site
):
    page = editor_page
    words = unique_words()
    chosen_english_path = english_address_of(page, live_site + CHOSEN_PAGE_PATH)
    assert chosen_english_path != CHOSEN_PAGE_PATH and chosen_english_path.startswith("/en/")

    slug = start_campaign_page(page, live_site, f"Lời kêu gọi dẫn tới trang đã dịch ({words})")
    add_block(page, "Lời kêu gọi hành động")
    page.locator("input[name='body-0-value-heading']").fill("Bạn sắp lấy chồng nước ngoài?")
    page.locator("input[name='body-0-value-button_label']").fill("Đọc trước khi đi")
    page.get_by_role("button", name="Chọn một trang").click()
    chooser = page.locator("[role=dialog]:visible").last
    chooser.locator("input[name=q]").fill(CHOSEN_PAGE_TITLE)
    chooser.get_by_role("link", name=re.compile(re.escape(CHOSEN_PAGE_TITLE))).click()
    expect(page.locator("[data-contentpath=body]")).to_contain_text(CHOSEN_PAGE_TITLE)
    publish_from_editor(page)
    source_id = page_id_of(page, f"{live_site}/chien-dich/{slug}/")
    english_id = None
    try:
        status, text = visitor(f"/chien-dich/{slug}/")
        assert status == 200 and f'class="button" href="{CHOSEN_PAGE_PATH}"' in text

        english_id = translate_into_english(page, live_site, source_id)
        publish_translation(page)
        english_path = f"{english_address_of(page, live_site + '/chien-dich/')}{slug}/"
        page.goto(live_site + english_path)
        expect(page.locator("html")).to_have_attribute("lang", "en")
        button = page.locator(".block-cta a.button")
        expect(button).to_have_text("Đọc trước khi đi")  # its label was not translated: only the link matters here
        expect(button).to_have_attribute("href", chosen_english_path)
        button.click()
        expect(page).to_have_url(live_site + chosen_english_path)
    finally:
        if english_id:
            delete_page(page, live_site, english_id)
        delete_page(page, live_site, source_id)
