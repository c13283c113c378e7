"""
The demo's public content keeps the rules of docs/content.md that a machine
can check: no invented telephone number anywhere (only 111 and 113, until an
editor adds a real line), the abroad rule wherever the site says to call, the
law's terms, and fiction labelled as fiction.
"""

import html
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from campaigns.models import ArticlePage, SelfCheckPage
from safereturn.base.models import Hotline, SafetySettings

ALLOWED_NUMBERS = {"111", "113"}

# What a telephone number looks like in Vietnamese text: a short service code
# (111-119), or a long number starting with 0, + or 1800/1900. Dates (19/9/2025),
# law numbers (53/2024/QH15), amounts (1.000) and durations (120 ngày) are not.
PHONE_NUMBER = re.compile(r"(?<![\w/.,-])(?:11\d|(?:\+|0)[\d .]{5,}\d|1[89]00[\d .]{3,}\d)(?![\w/]|[.,]\d)")
TEL_LINK = re.compile(r"""href=["']tel:([^"']*)["']""")


@pytest.fixture
def demo(demo_site, db):
    """The seeded demo, shared by this module (tests/conftest.py); each test's changes roll back."""
    return demo_site


def demo_urls():
    return ["/", "/en/", "/tim-kiem/?q=111", "/en/search/?q=111"] + [
        page.url for page in Page.objects.filter(depth__gte=2).live().specific().order_by("path")
    ]


def visible_text(markup):
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def numbers_in(text):
    return {re.sub(r"[ .]", "", match) for match in PHONE_NUMBER.findall(text)}


def test_the_number_pattern_finds_phone_numbers_and_nothing_else():
    assert numbers_in("Gọi 111 hoặc 113, hay số 0222 0 000 000 hoặc +84 24 3822 0000.") == {
        "111",
        "113",
        "02220000000",
        "+842438220000",
    }
    assert numbers_in("Đường dây 1800 1567 và 19001234.") == {"18001567", "19001234"}
    assert numbers_in("Luật 53/2024/QH15, ngày 19/9/2025, 120 ngày, 1.000 đô, 24/7, 9 ngày, 360 điểm ảnh.") == set()


def test_demo_settings_hold_exactly_111_and_113(demo, db):
    (safety,) = SafetySettings.objects.all()
    assert {line.number for line in safety.hotlines.all()} == ALLOWED_NUMBERS
    assert set(Hotline.objects.values_list("number", flat=True)) == ALLOWED_NUMBERS


def test_no_demo_page_carries_another_number(demo, db, client):
    for url in demo_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        links = set(TEL_LINK.findall(content))
        assert links <= ALLOWED_NUMBERS, (url, links)
        assert numbers_in(visible_text(content)) <= ALLOWED_NUMBERS, url
        for block_value in re.findall(r'data-[\w-]+="([^"]*)"', content):
            assert numbers_in(html.unescape(block_value)) <= ALLOWED_NUMBERS, url


def test_no_demo_leaflet_carries_another_number(demo, db):
    from wagtail.documents import get_document_model

    for document in get_document_model().objects.all():
        with document.open_file() as file:
            text = file.read().decode("utf-8-sig")
        assert numbers_in(text) <= ALLOWED_NUMBERS, document.title


class FormFields(HTMLParser):
    """The values a browser would submit from a page's main form (the admin's edit form)."""

    def __init__(self):
        super().__init__()
        self.data = {}
        self._select = None
        self._textarea = None
        self._in_template = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "template":
            self._in_template += 1
        if self._in_template or not name or "__prefix__" in name:
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file"):
                return
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data[name] = attrs.get("value", "on")
                return
            self.data[name] = attrs.get("value", "")
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value", "")
        elif tag == "textarea":
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag):
        if tag == "template":
            self._in_template -= 1
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def add_hotline_as_an_editor(client, settings, number, label, label_en, publish):
    """
    Open the safety settings in the admin, add a line at the end of the list,
    and save it as a draft or publish it, as an editor does.
    """
    url = reverse("wagtailsnippets_base_safetysettings:edit", args=[settings.pk])
    page = client.get(url)
    assert page.status_code == 200
    form = FormFields()
    form.feed(page.content.decode())
    data = form.data
    data.pop("csrfmiddlewaretoken", None)
    index = int(data["hotlines-TOTAL_FORMS"])
    data["hotlines-TOTAL_FORMS"] = str(index + 1)
    data.update(
        {
            f"hotlines-{index}-id": "",
            f"hotlines-{index}-ORDER": str(index + 1),
            f"hotlines-{index}-number": number,
            f"hotlines-{index}-label": label,
            f"hotlines-{index}-label_en": label_en,
            f"hotlines-{index}-availability": "",
            f"hotlines-{index}-availability_en": "",
        }
    )
    if publish:
        data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_an_editor_adds_a_provincial_line_once_and_it_shows_on_every_page_once_published(
    demo, db, client, django_capture_on_commit_callbacks
):
    editor = get_user_model().objects.get(username="editor")
    safety = SafetySettings.objects.get()
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        add_hotline_as_an_editor(
            client, safety, "0222 3 812 345", "Đường dây nóng của tỉnh", "Provincial helpline", publish=False
        )
    client.logout()  # as a visitor, through the page cache
    for url in demo_urls():
        assert "tel:02223812345" not in client.get(url).content.decode(), url  # a draft changes nothing

    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        add_hotline_as_an_editor(
            client, safety, "0222 3 812 345", "Đường dây nóng của tỉnh", "Provincial helpline", publish=True
        )
    client.logout()
    for url in demo_urls():
        content = client.get(url).content.decode()
        assert content.count('href="tel:02223812345"') >= 1, url
        label = "Provincial helpline" if url.startswith("/en/") else "Đường dây nóng của tỉnh"
        assert label in content, url
        # The existing lines are kept, in their place.
        assert 'href="tel:111"' in content and 'href="tel:113"' in content, url


def stream_texts(page):
    """Every string in the page's StreamFields, nested values included."""
    for field in ("body", "documents", "questions", "results", "what_to_do"):
        value = getattr(page, field, None)
        if value is not None:
            yield from _strings(value.raw_data)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif hasattr(value, "__iter__") and not isinstance(value, bytes):
        # Lists, and the RawDataView Wagtail gives a StreamField's raw data.
        for item in value:
            yield from _strings(item)


def test_every_hotline_block_tells_people_abroad_what_to_do(demo, db):
    for page in Page.objects.filter(depth__gte=2).specific():
        abroad = "nước ngoài" if page.locale.language_code == "vi" else "abroad"
        for field in ("body", "what_to_do"):
            for block in getattr(page, field, None) or []:
                if block.block_type == "hotline":
                    assert abroad in block.value["text"], (page.url, block.value["heading"])


def test_the_law_is_written_as_the_law_writes_it(demo, db):
    for page in Page.objects.filter(depth__gte=2).specific():
        text = " ".join([page.title, getattr(page, "intro", ""), page.search_description, *stream_texts(page)])
        # "trẻ em" is under 16 in law: an accompanying 16- or 17-year-old is "người dưới 18 tuổi".
        assert "trẻ em dưới 18" not in text.lower(), page.url
        assert "Children under 18" not in text, page.url
        assert not re.search(r"Law on Prevention of Human Trafficking", text), page.url
        # The police investigate; the Procuracy prosecutes.
        assert not re.search(r"[Pp]olice[^.]*prosecut", text), page.url
        assert "việc gì xảy ra sau đó" not in text, page.url
        assert "cơ sở bảo trợ xã hội" not in text.lower(), page.url
        # Fiction is labelled as fiction, never as a real person with a changed name.
        assert "not her real name" not in text and "tên nhân vật đã được thay đổi" not in text, page.url


def test_the_demo_story_is_labelled_as_fiction(demo, db, client):
    for story in ArticlePage.objects.filter(kind=ArticlePage.Kind.STORY):
        assert story.story_source == ArticlePage.StorySource.FICTION
        content = client.get(story.url).content.decode()
        assert "hư cấu" in content or "fiction" in content


def test_the_demo_self_check_never_tells_one_yes_there_are_no_signs(demo, db):
    for page in SelfCheckPage.objects.all():
        bands = page.result_bands()
        assert bands[0]["low"] == 0 and bands[0]["high"] == 0  # "no signs" covers a score of 0 only
        serious = [block for block in page.questions if block.value["serious"]]
        assert len(serious) == 3
        strongest = bands[-1]["block"].value["heading"]
        assert strongest in ("Đừng đi khi chưa kiểm tra kỹ", "Do not go until you have checked")


def test_the_accessibility_statement_has_no_invented_contact(demo, db, client):
    from campaigns.models import AccessibilityStatementPage

    pages = AccessibilityStatementPage.objects.all()
    assert pages.count() == 2
    for page in pages:
        assert not page.has_barrier_contact()
        content = client.get(page.url).content.decode()
        assert "mailto:" not in content
