"""Every interface string has a Vietnamese translation, and the compiled catalogue matches it."""

import gettext
from pathlib import Path

import polib

CATALOGUE = Path(__file__).resolve().parents[2] / "site" / "locale" / "vi" / "LC_MESSAGES"


def read_po(path):
    """(context, msgid, msgstr, flags) of every entry of a .po file; a plural entry gives its first msgstr."""
    return [
        (
            entry.msgctxt,
            entry.msgid,
            entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr,
            entry.flags,
        )
        for entry in polib.pofile(str(path))
        if not entry.obsolete
    ]


def test_every_string_is_translated_and_none_is_fuzzy():
    entries = read_po(CATALOGUE / "django.po")
    assert len(entries) > 200
    untranslated = [msgid for _context, msgid, msgstr, _flags in entries if not msgstr.strip()]
    fuzzy = [msgid for _context, msgid, _msgstr, flags in entries if "fuzzy" in flags]
    assert untranslated == []
    assert fuzzy == []


def test_compiled_catalogue_is_up_to_date():
    with open(CATALOGUE / "django.mo", "rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    stale = [
        msgid
        for context, msgid, msgstr, _flags in read_po(CATALOGUE / "django.po")
        if msgstr and (translations.pgettext(context, msgid) if context else translations.gettext(msgid)) != msgstr
    ]
    assert stale == [], "Run `make messages` to compile the catalogue."
