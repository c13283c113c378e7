"""
The admin speaks Vietnamese: every catalogue it loads (Wagtail's apps and
wagtail-localize, Django and JavaScript domains) is translated, keeps its
placeholders, uses the glossary's words and the law's tone marks.
"""

import datetime
from pathlib import Path

import polib
import pytest
from django.utils import timezone, translation
from django.utils.timesince import timesince

from safereturn.base.vendor_catalogue import (
    VENDOR_PACKAGES,
    catalogue_path,
    package_translations,
    source_messages,
    translation_problems,
)

REPO = Path(__file__).resolve().parents[2]
CATALOGUES = [(package, domain) for package, domains in VENDOR_PACKAGES for domain in domains]


def our_translations(domain):
    return {
        (entry.msgctxt or "", entry.msgid): entry.msgstr_plural or entry.msgstr
        for entry in polib.pofile(str(catalogue_path(domain)))
        if entry.translated() and "fuzzy" not in entry.flags
    }


def first_form(text):
    return text[0] if isinstance(text, dict) else text


@pytest.mark.parametrize(("package", "domain"), CATALOGUES, ids=[f"{p}:{d}" for p, d in CATALOGUES])
def test_each_catalogue_is_translated_well_at_least_95_percent(package, domain):
    messages = source_messages(package, domain)
    assert messages, f"{package} has no English {domain} catalogue: the package list is out of date"
    ours, theirs = our_translations(domain), package_translations(package, domain)
    good, bad = 0, []
    for message in messages:
        # What Django shows: ours first (LOCALE_PATHS), else the package's own Vietnamese.
        text = ours.get(message.key) or theirs.get(message.key)
        if not text or first_form(text).strip() == message.text.strip():
            bad.append((message.text, "untranslated"))
            continue
        problems = translation_problems(message, text)
        if problems:
            bad.append((message.text, problems))
        else:
            good += 1
    assert good / len(messages) >= 0.95, (package, domain, f"{good}/{len(messages)}", bad[:20])


def test_the_vendor_catalogue_lists_every_message_and_nothing_else():
    """`refresh_vendor_catalogue` was run after the last upgrade: no message is missing, none is stale."""
    for domain in ("django", "djangojs"):
        expected = {
            message.key
            for package, domains in VENDOR_PACKAGES
            if domain in domains
            for message in source_messages(package, domain)
        }
        listed = {
            (entry.msgctxt or "", entry.msgid)
            for entry in polib.pofile(str(catalogue_path(domain)))
            if not entry.obsolete
        }
        assert listed == expected, domain


def test_the_compiled_vendor_catalogue_is_up_to_date():
    for domain in ("django", "djangojs"):
        path = catalogue_path(domain)
        compiled = polib.mofile(str(path.with_suffix(".mo")))
        source = polib.pofile(str(path))
        assert {(e.msgctxt or "", e.msgid) for e in compiled} == {
            (e.msgctxt or "", e.msgid) for e in source.translated_entries()
        }, domain


@pytest.mark.parametrize(
    ("context", "english", "vietnamese"),
    [
        (None, "Snippets", "Nội dung dùng chung"),
        (None, "Unpublish", "Ngừng xuất bản"),
        (None, "Settings", "Cài đặt"),
        (None, "Locales", "Ngôn ngữ"),
        (None, "Collections", "Bộ sưu tập"),
    ],
)
def test_django_shows_our_words_over_the_packages(context, english, vietnamese):
    with translation.override("vi"):
        shown = translation.pgettext(context, english) if context else translation.gettext(english)
    assert shown.lower().startswith(vietnamese.lower()), shown


def test_listings_say_how_long_ago_in_vietnamese():
    """Django has no Vietnamese for timesince's units; the project's catalogue has them (base/django_messages.py)."""
    now = timezone.now()
    with translation.override("vi"):
        long_ago = timesince(now - datetime.timedelta(days=9, hours=3), now)
        just_now = timesince(now - datetime.timedelta(minutes=6), now)
    assert (long_ago.replace("\xa0", " "), just_now.replace("\xa0", " ")) == ("1 tuần, 2 ngày", "6 phút")
