"""Every interface string has a Vietnamese translation, and the compiled catalogue matches it."""

import ast
import gettext
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[2] / "site" / "locale" / "vi" / "LC_MESSAGES"


def read_po(path):
    """
    (msgid, msgstr, flags) of every entry of a .po file; a plural entry gives
    its first msgstr. Entries are separated by blank lines.
    """
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields, flags, field = {}, set(), None
        for line in block.splitlines():
            if line.startswith("#,"):
                flags.update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith(("msgid", "msgstr")):
                field, _, value = line.partition(" ")
                fields[field] = ast.literal_eval(value)
            elif line.startswith('"') and field:
                fields[field] += ast.literal_eval(line)
        if fields.get("msgid"):  # the header has an empty msgid
            entries.append((fields["msgid"], fields.get("msgstr", fields.get("msgstr[0]", "")), flags))
    return entries


def test_every_string_is_translated_and_none_is_fuzzy():
    entries = read_po(CATALOGUE / "django.po")
    assert len(entries) > 200
    untranslated = [msgid for msgid, msgstr, _ in entries if not msgstr.strip()]
    fuzzy = [msgid for msgid, _, flags in entries if "fuzzy" in flags]
    assert untranslated == []
    assert fuzzy == []


def test_compiled_catalogue_is_up_to_date():
    with open(CATALOGUE / "django.mo", "rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    stale = [
        msgid
        for msgid, msgstr, _ in read_po(CATALOGUE / "django.po")
        if "\x00" not in msgid and translations.gettext(msgid) != msgstr and msgstr
    ]
    assert stale == [], "Run `make messages` to compile the catalogue."
