"""
The admin in Vietnamese and accessible, in the browser (issue 8's acceptance):

- a Vietnamese editor (and, for the screens only administrators reach, the
  administrator) opens the main screens and finds no text that is the English
  of a message the vendor catalogues translate (site/locale_vendor), nor a
  Django time unit left in English ("6 minutes trước");
- axe-core finds no serious or critical violation on the project's own admin
  screens, and each has exactly one level-one heading.

The tests only read: they open screens and change nothing.
"""

import re

import polib
import pytest
from playwright.sync_api import expect

from safereturn.base.vendor_catalogue import VENDOR_PACKAGES, catalogue_path, package_translations, source_messages

from .conftest import run_axe
from .staff_door import sign_in_to_admin

# Names that are the same in every language.
BRAND_NAMES = {"Wagtail", "Draftail", "axe", "Google", "GitHub", "Markdown", "YouTube"}
# What Django's `timesince` writes ("6 minutes", "1 week, 2 days"), which
# Wagtail's listings put before "trước" ("ago"), left in English.
_UNIT = r"\d+\s(minute|hour|day|week|month|year)s?"
ENGLISH_TIME_SINCE = re.compile(rf"^{_UNIT}(, {_UNIT})?( trước)?$")
# The text of every rendered text node, with the element it sits in. Text a
# screen reader reads counts (w-sr-only is clipped, not hidden); text inside
# <template>, <script> or hidden elements does not. The titles of pages in
# listings are content, not messages (the demo's English page "Privacy" is
# also one of Wagtail's message ids).
SHOWN_TEXTS = """() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.replace(/\\s+/g, " ").trim();
        const element = node.parentElement;
        if (!text || !element || element.closest("script, style, template, noscript, .title-wrapper a")) continue;
        if (!element.checkVisibility({visibilityProperty: true})) continue;
        texts.push(text);
    }
    return texts;
}"""


def translated_english_messages():
    """
    The English message ids of every vendor catalogue whose Vietnamese differs
    from the English: what Django shows in Vietnamese, ours first
    (LOCALE_PATHS), else the package's own.
    """
    ours = {}
    for domain in ("django", "djangojs"):
        for entry in polib.pofile(str(catalogue_path(domain))):
            if entry.translated() and "fuzzy" not in entry.flags:
                ours[(entry.msgctxt or "", entry.msgid)] = entry.msgstr_plural or entry.msgstr
    messages = set()
    for package, domains in VENDOR_PACKAGES:
        for domain in domains:
            theirs = package_translations(package, domain)
            for message in source_messages(package, domain):
                text = ours.get(message.key) or theirs.get(message.key)
                if isinstance(text, dict):
                    text = text[0]
                if text and text.strip() != message.text.strip():
                    messages.add(message.text.strip())
    return messages - BRAND_NAMES


@pytest.fixture(scope="module")
def english_messages():
    return translated_english_messages()


def signed_in(chromium, live_site, username, **options):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, **options)
    return context, sign_in_to_admin(context, live_site, username)


@pytest.fixture(scope="module")
def vietnamese_editor(chromium, live_site):
    """The demo editor, whose account language is Vietnamese, signed in once for this module's screens."""
    context, page = signed_in(chromium, live_site, "editor")
    yield page
    context.close()


@pytest.fixture(scope="module")
def vietnamese_administrator(chromium, live_site):
    """The demo administrator (also Vietnamese): workflows and the site-wide settings are theirs alone."""
    context, page = signed_in(chromium, live_site, "admin")
    yield page
    context.close()


@pytest.fixture(scope="module")
def auditing_administrator(chromium, live_site):
    """The administrator again, in a context that lets axe-core be injected (only for the audit)."""
    context, page = signed_in(chromium, live_site, "admin", bypass_csp=True)
    yield page
    context.close()


def page_id_of(page, url):
    """The Wagtail id of a public page, read from its language switch link."""
    page.goto(url)
    href = page.locator(".language-switch a").first.get_attribute("href")
    return int(re.search(r"/page/(\d+)/", href).group(1))


def open_screen(page, live_site, screen):
    """
    Open an admin screen: a path ("{campaigns}" and "{campaign}" stand for
    the ids of the demo's campaign index and one campaign), or a listing's
    path followed by "#first" for the edit screen of its first row.
    """
    ids = {}
    if "{campaigns}" in screen:
        ids["campaigns"] = page_id_of(page, live_site + "/chien-dich/")
    if "{campaign}" in screen:
        ids["campaign"] = page_id_of(page, live_site + "/chien-dich/di-lam-viec-o-nuoc-ngoai/")
    path = screen.format(**ids)
    listing, _, row = path.partition("#")
    response = page.goto(live_site + listing)
    if row == "first":
        with page.expect_navigation() as navigation:
            page.locator("main table a[href*='/edit/']").first.click()
        response = navigation.value
    assert response.status == 200, (screen, response.status)
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.wait_for_load_state("networkidle")  # the screens' own scripts have added their text


def english_on_screen(page, english_messages):
    shown = page.evaluate(SHOWN_TEXTS)
    found = sorted({text for text in shown if text in english_messages})
    found += sorted({text for text in shown if ENGLISH_TIME_SINCE.match(text)})
    print(f"{page.url}: {len(shown)} texts shown, English: {found or 'none'}")  # noqa: T201  (-s shows the survey)
    return found


def test_the_demo_editors_account_language_is_vietnamese(vietnamese_editor, live_site):
    page = vietnamese_editor
    page.goto(live_site + "/tai-khoan/")
    expect(page.locator("select[name=preferred_language]")).to_have_value("vi")
    page.goto(live_site + "/admin/")
    expect(page.locator("html")).to_have_attribute("lang", "vi")


@pytest.mark.parametrize(
    "screen",
    [
        "/admin/",  # the dashboard
        "/admin/pages/",  # the page explorer, at the root
        "/admin/pages/{campaigns}/",  # ...and in the campaigns
        "/admin/pages/{campaign}/edit/",  # the page editor
        "/admin/pages/add/campaigns/campaignpage/{campaigns}/",  # a new page
        "/admin/images/",
        "/admin/documents/",
        "/admin/snippets/base/safetysettings/",  # Settings › Hotlines and safety (a snippet with drafts)
        "/admin/snippets/base/safetysettings/#first",
        "/admin/localize/reports/translations/",  # wagtail-localize's report
        "/admin/reports/translations-to-update/",  # ours, "Bản dịch cần cập nhật"
    ],
)
def test_a_vietnamese_editor_reads_no_english_message_on_the_main_screens(
    vietnamese_editor, live_site, english_messages, screen
):
    open_screen(vietnamese_editor, live_site, screen)
    assert english_on_screen(vietnamese_editor, english_messages) == []


@pytest.mark.parametrize(
    "screen",
    [
        # No snippet has a place in the "Snippets" menu (/admin/snippets/ is refused): they live under Settings.
        "/admin/snippets/organisation/agency/",
        "/admin/snippets/organisation/agency/#first",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        "/admin/sites/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/collections/",
        "/admin/locales/",
        "/admin/redirects/",
    ],
)
def test_a_vietnamese_administrator_reads_no_english_message_on_the_settings_and_workflows(
    vietnamese_administrator, live_site, english_messages, screen
):
    open_screen(vietnamese_administrator, live_site, screen)
    assert english_on_screen(vietnamese_administrator, english_messages) == []


@pytest.mark.parametrize(
    "screen",
    [
        "/admin/snippets/base/safetysettings/",  # Settings › Hotlines and safety
        "/admin/snippets/base/safetysettings/#first",
        "/admin/snippets/organisation/agency/",  # Settings › Organisation › Agencies
        "/admin/snippets/organisation/agency/#first",
        "/admin/snippets/organisation/administrativeunit/",  # ...› Administrative units
        "/admin/posts/",  # Settings › Posts
        "/admin/security_log/",  # Settings › Security log
        "/admin/reports/legal-check/",  # Reports › Legal check overdue
        "/admin/reports/translations-to-update/",  # Reports › Translations to update
    ],
)
def test_the_projects_own_admin_screens_pass_axe_with_one_level_one_heading(auditing_administrator, live_site, screen):
    page = auditing_administrator
    open_screen(page, live_site, screen)
    headings = page.locator("h1").all_text_contents()
    assert len(headings) == 1, (screen, headings)
    assert run_axe(page, min_impact="serious") == [], screen
