"""
The Vietnamese catalogue of the packages the admin loads (Wagtail, its
contrib apps, wagtail-localize...), kept in `site/locale_vendor/`.

Django reads every LOCALE_PATHS entry before the packages' own catalogues, so
a message translated here wins over the package's Vietnamese (or its lack of
one). `make messages` never rewrites this folder; `manage.py
refresh_vendor_catalogue` does, after an upgrade:

- every message of each package's English catalogue is listed, with its
  context and plural form, under the package it comes from;
- a translation already here is kept (it was written or checked by us);
- a message new here starts from the package's own Vietnamese, put into the
  law's tone-mark style, marked fuzzy (so Django ignores it) when it breaks
  the glossary (site/locale/GLOSSARY.md), for a translator to check;
- a message no package has any more is dropped.

Messages are keyed by (context, text): two packages with the same English
share one translation, which is what keeps the admin's words consistent.
"""

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

import polib

from .vietnamese import law_tone_marks

# (package, domains) of every catalogue the admin loads, in the order Django
# would search them.
VENDOR_PACKAGES = [
    ("wagtail", ("django",)),
    ("wagtail.admin", ("django", "djangojs")),
    ("wagtail.images", ("django",)),
    ("wagtail.documents", ("django",)),
    ("wagtail.snippets", ("django",)),
    ("wagtail.users", ("django",)),
    ("wagtail.sites", ("django",)),
    ("wagtail.locales", ("django",)),
    ("wagtail.contrib.settings", ("django",)),
    ("wagtail.contrib.redirects", ("django",)),
    ("wagtail_localize", ("django", "djangojs")),
    ("wagtail_localize.locales", ("django",)),
]
VENDOR_LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale_vendor"
LANGUAGE = "vi"

# The glossary terms a test checks (GLOSSARY.md, column "checked"): an
# English pattern, and the Vietnamese words a translation of it must use.
GLOSSARY_CHECKS = [
    (r"\bunpublish(es|ing)?\b", "ngừng xuất bản"),
    (r"(?<!un)\bpublish(es|ed|ing)?\b", "xuất bản"),
    (r"\bdrafts?\b", "bản nháp"),
    (r"\brevisions?\b", "phiên bản"),
    (r"\bpreview(s|ing)?\b", "xem trước"),
    (r"\bsnippets?\b", "nội dung dùng chung"),
    (r"\bcollections?\b", "bộ sưu tập"),
    (r"\blocales?\b", "ngôn ngữ"),
    (r"\btranslations?\b", "bản dịch"),
    (r"\bworkflows?\b", "quy trình duyệt"),
    (r"\baliase?s?\b", "bản liên kết"),
    (r"\bslugs?\b", "đường dẫn rút gọn"),
    (r"\bdocuments?\b", "tài liệu"),
    (r"\busers?\b", "người dùng"),
    (r"\bsettings\b", "cài đặt"),
    (r"\bredirects?\b", "chuyển hướng"),
    (r"\bdashboard\b", "bảng điều khiển"),
]
# Words that read as the pattern but are not the term ("user bar" is Wagtail's
# floating menu, "publishing date" is checked through "publish").
GLOSSARY_EXEMPT = re.compile(r"userbar|user bar|\{[^}]*\}|%\([^)]*\)[sd]|<[^>]+>", re.IGNORECASE)

PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{[A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class SourceMessage:
    """One message of a package's English catalogue."""

    package: str
    domain: str
    context: str | None
    text: str
    plural: str

    @property
    def key(self):
        return (self.context or "", self.text)


def package_locale_dir(package):
    spec = importlib.util.find_spec(package)
    return Path(spec.submodule_search_locations[0]) / "locale"


def source_messages(package, domain):
    """The messages of a package's English catalogue (its source strings), in file order."""
    path = package_locale_dir(package) / "en" / "LC_MESSAGES" / f"{domain}.po"
    if not path.exists():
        return []
    return [
        SourceMessage(package, domain, entry.msgctxt, entry.msgid, entry.msgid_plural or "")
        for entry in polib.pofile(str(path))
        if entry.msgid and not entry.obsolete
    ]


def package_translations(package, domain):
    """{key: msgstr or {index: msgstr}} of a package's own Vietnamese catalogue, fuzzy entries excepted."""
    path = package_locale_dir(package) / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
    if not path.exists():
        return {}
    translations = {}
    for entry in polib.pofile(str(path)):
        if entry.obsolete or "fuzzy" in entry.flags or not entry.translated():
            continue
        translations[(entry.msgctxt or "", entry.msgid)] = entry.msgstr_plural or entry.msgstr
    return translations


def catalogue_path(domain, locale_dir=VENDOR_LOCALE_DIR):
    return Path(locale_dir) / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text or ""))


def glossary_problems(english, vietnamese):
    """The glossary's Vietnamese terms that `vietnamese` should use for `english`, and does not."""
    english = GLOSSARY_EXEMPT.sub(" ", english)
    vietnamese = vietnamese.lower()  # "Bộ sưu tập" at the start of a sentence uses the term too
    return [term for pattern, term in GLOSSARY_CHECKS if re.search(pattern, english, re.I) and term not in vietnamese]


def translation_problems(message, translation):
    """Why a translation cannot be used as it is ([] when it can): placeholders, glossary, tone marks."""
    texts = translation.values() if isinstance(translation, dict) else [translation]
    problems = []
    for text in texts:
        if placeholders(text) != placeholders(message.text) and placeholders(text) != placeholders(message.plural):
            problems.append("placeholders differ")
        problems += [f"glossary: {term}" for term in glossary_problems(message.text, text)]
        if law_tone_marks(text) != text:
            problems.append("tone marks")
    return problems


def _entry_text(entry):
    return entry.msgstr_plural or entry.msgstr


def refresh(locale_dir=VENDOR_LOCALE_DIR):
    """Rewrite the vendor catalogues from the installed packages; return {domain: counts}."""
    summary = {}
    for domain in ("django", "djangojs"):
        path = catalogue_path(domain, locale_dir)
        ours = {}
        if path.exists():
            for entry in polib.pofile(str(path)):
                if not entry.obsolete:
                    ours[(entry.msgctxt or "", entry.msgid)] = entry
        catalogue = polib.POFile(wrapwidth=119)
        catalogue.metadata = {
            "Project-Id-Version": "SafeReturn admin (vendor catalogues)",
            "Language": LANGUAGE,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": "nplurals=1; plural=0;",
        }
        counts = {"kept": 0, "from package": 0, "to check": 0, "untranslated": 0}
        seen = {}
        for package, domains in VENDOR_PACKAGES:
            if domain not in domains:
                continue
            theirs = package_translations(package, domain)
            for message in source_messages(package, domain):
                if message.key in seen:
                    seen[message.key].occurrences.append((package, ""))
                    continue
                entry = polib.POEntry(
                    msgctxt=message.context, msgid=message.text, occurrences=[(package, "")], msgstr=""
                )
                if message.plural:
                    entry.msgid_plural = message.plural
                    entry.msgstr_plural = {0: ""}
                previous = ours.get(message.key)
                if previous is not None and previous.translated() and "fuzzy" not in previous.flags:
                    _set_text(entry, _entry_text(previous))
                    counts["kept"] += 1
                elif message.key in theirs:
                    text = theirs[message.key]
                    if isinstance(text, dict):
                        text = {index: law_tone_marks(form) for index, form in text.items()}
                    else:
                        text = law_tone_marks(text)
                    _set_text(entry, text)
                    if translation_problems(message, text):
                        entry.flags.append("fuzzy")
                        counts["to check"] += 1
                    else:
                        counts["from package"] += 1
                elif previous is not None and _entry_text(previous):
                    _set_text(entry, _entry_text(previous))  # a translator's draft, still fuzzy
                    entry.flags.append("fuzzy")
                    counts["to check"] += 1
                else:
                    counts["untranslated"] += 1
                seen[message.key] = entry
                catalogue.append(entry)
        path.parent.mkdir(parents=True, exist_ok=True)
        catalogue.save(str(path))
        catalogue.save_as_mofile(str(path.with_suffix(".mo")))
        summary[domain] = counts
    return summary


def _set_text(entry, text):
    if entry.msgid_plural:
        entry.msgstr_plural = {0: text[0] if isinstance(text, dict) else text}
    else:
        entry.msgstr = text[0] if isinstance(text, dict) else text
