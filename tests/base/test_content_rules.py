"""
Rules of docs/content.md that a machine can check on every public text.

One tone-mark style, the one the law texts use: in a syllable whose vowels
end in "oa", "oe" or "uy" with no final consonant (and "uy" not after "q",
where the "u" belongs to the consonant "qu"), the tone mark sits on the first
vowel: "hóa, khỏe, tùy, Ủy", not "hoá, khoẻ, tuỳ, Uỷ". Syllables with a final
consonant ("hoàn", "khoản", "thuyền") and "qu" syllables ("quý") are the same
in both styles and are not affected.

The rule is applied to every string of the demo's source (campaigns/demo and
safereturn/base/demo), to every text of every page the demo seeds, and to the
msgstr entries of the project's Vietnamese catalogue.
"""

import ast
import unicodedata
from pathlib import Path

import polib
import pytest
from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Page

REPO = Path(__file__).resolve().parents[2]
DEMO_SOURCES = sorted([*(REPO / "campaigns" / "demo").glob("*.py"), *(REPO / "site" / "base" / "demo").glob("*.py")])
CATALOGUE = REPO / "site" / "locale" / "vi" / "LC_MESSAGES" / "django.po"

# The five tones on a, e and y (sắc, huyền, hỏi, ngã, nặng), and the same tones on o and u.
_TONES = {"a": "áàảãạ", "e": "éèẻẽẹ", "y": "ýỳỷỹỵ", "o": "óòỏõọ", "u": "úùủũụ"}
_MARKED = {mark: (vowel, tone) for vowel, marks in _TONES.items() for tone, mark in enumerate(marks)}


def _split_words(text):
    """Runs of letters, with their positions (Vietnamese letters included, digits and marks excluded)."""
    word, start = [], 0
    for index, char in enumerate(text):
        if char.isalpha():
            if not word:
                start = index
            word.append(char)
        elif word:
            yield start, "".join(word)
            word = []
    if word:
        yield start, "".join(word)


def _law_style(word):
    """The word with its tone mark moved to the law's place, or None if the rule does not apply to it."""
    lower = word.lower()
    if len(lower) < 2 or lower[-1] not in _MARKED:
        return None
    first, (second, tone) = lower[-2], _MARKED[lower[-1]]
    if first + second not in ("oa", "oe", "uy"):
        return None
    if first + second == "uy" and lower[:-2].endswith("q"):
        return None  # "quý": the "u" belongs to "qu", and the mark is on "y" in both styles
    moved_first = _TONES[first][tone]
    if word[-2].isupper():
        moved_first = moved_first.upper()
    plain_second = second.upper() if word[-1].isupper() else second
    return word[:-2] + moved_first + plain_second


def misplaced_tone_marks(text):
    """The words of `text` whose tone mark is not where the law texts put it ("hoá" for "hóa")."""
    text = unicodedata.normalize("NFC", text)
    return [word for _, word in _split_words(text) if _law_style(word)]


def to_law_style(text):
    """`text` with every misplaced tone mark moved (used to correct texts, and as the rule's own check)."""
    text = unicodedata.normalize("NFC", text)
    pieces, last = [], 0
    for start, word in _split_words(text):
        fixed = _law_style(word)
        if fixed:
            pieces.append(text[last:start] + fixed)
            last = start + len(word)
    pieces.append(text[last:])
    return "".join(pieces)


# The rule itself ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wrong", "right"),
    [
        ("hoá", "hóa"),
        ("văn hoá", "văn hóa"),
        ("Hoá", "Hóa"),
        ("HOÁ", "HÓA"),
        ("minh hoạ", "minh họa"),
        ("khoẻ", "khỏe"),
        ("tuỳ", "tùy"),
        ("uỷ", "ủy"),
        ("Uỷ ban", "Ủy ban"),
        ("thuỷ", "thủy"),
        ("xoá", "xóa"),
        ("đe doạ", "đe dọa"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("luỹ", "lũy"),
        ("oà khóc", "òa khóc"),
        ("khoá học", "khóa học"),
        ("loè loẹt", "lòe loẹt"),
        ("huỷ", "hủy"),
    ],
)
def test_misplaced_marks_are_found_and_moved(wrong, right):
    assert misplaced_tone_marks(wrong)
    assert to_law_style(wrong) == right
    assert not misplaced_tone_marks(right)


@pytest.mark.parametrize(
    "word",
    [
        # Already in the law's style.
        "hóa",
        "khỏe",
        "tùy",
        "Ủy",
        "họa",
        # A final consonant or vowel: the mark is on the second vowel in both styles.
        "hoàn",
        "khoản",
        "khoảng",
        "toàn",
        "thuyền",
        "huyện",
        "hoài",
        "xoáy",
        "hoặc",
        "loét",
        # "qu" is one consonant: the mark on "y" (or "a", "e") is right.
        "quý",
        "Quý",
        "quỷ",
        "quả",
        "quẻ",
        # Other vowel pairs are not affected.
        "thuế",
        "của",
        "mùa",
        "khuya",
        # No tone mark, and words in other languages.
        "hoa",
        "khoe",
        "tuy",
        "Zalo",
        "Telegram",
        "Dữ liệu",
    ],
)
def test_correct_words_are_left_alone(word):
    assert misplaced_tone_marks(word) == []
    assert to_law_style(word) == word


def test_decomposed_text_is_normalised_first():
    decomposed = unicodedata.normalize("NFD", "hoá đơn")
    assert misplaced_tone_marks(decomposed) == ["hoá"]
    assert to_law_style(decomposed) == "hóa đơn"


def test_only_the_words_are_changed():
    assert to_law_style("“Tuỳ bạn” – hoá đơn, 24/7; Uỷ ban.") == "“Tùy bạn” – hóa đơn, 24/7; Ủy ban."


# The texts it applies to ----------------------------------------------------------------------------------------


def _source_strings(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


@pytest.mark.parametrize("path", DEMO_SOURCES, ids=lambda path: str(path.relative_to(REPO)))
def test_every_demo_string_follows_the_rule(path):
    problems = [
        f"{path.name}:{line}: {words}"
        for line, value in _source_strings(path)
        if (words := misplaced_tone_marks(value))
    ]
    assert problems == []


@pytest.fixture
def seeded_demo(demo_site, db):
    """The seeded demo, shared by this module (tests/conftest.py)."""
    return demo_site


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif hasattr(value, "__iter__") and not isinstance(value, bytes):
        for item in value:
            yield from _strings(item)


def _page_texts(page):
    """Every text field of a page, and every string inside its StreamFields."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            yield field.name, list(_strings(getattr(page, field.name).raw_data))
        elif isinstance(field, (models.CharField, models.TextField)) and not field.name.endswith("path"):
            yield field.name, [getattr(page, field.name) or ""]


@pytest.mark.django_db
def test_every_seeded_page_follows_the_rule(seeded_demo):
    pages = Page.objects.filter(depth__gte=2).specific()
    assert len(pages) >= 20
    problems = []
    for page in pages:
        for name, texts in _page_texts(page):
            for text in texts:
                if words := misplaced_tone_marks(text):
                    problems.append(f"{page.url} {name}: {words}")
    assert problems == []


@pytest.mark.django_db
def test_the_seeded_safety_settings_and_documents_follow_the_rule(seeded_demo):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from safereturn.base.models import Hotline, SafetySettings

    texts = [settings.banner_text for settings in SafetySettings.objects.all()]
    texts += [f"{line.label} {line.availability}" for line in Hotline.objects.all()]  # the Vietnamese fields
    texts += [image.title for image in get_image_model().objects.all()]
    for document in get_document_model().objects.all():
        texts.append(document.title)
        with document.open_file() as file:
            texts.append(file.read().decode("utf-8-sig"))
    assert [words for text in texts if (words := misplaced_tone_marks(text))] == []


def test_the_vietnamese_catalogue_follows_the_rule():
    problems = []
    for entry in polib.pofile(str(CATALOGUE)):
        translations = [entry.msgstr, *entry.msgstr_plural.values()]
        for text in translations:
            if words := misplaced_tone_marks(text):
                problems.append(f"{entry.msgid!r}: {words}")
    assert problems == []
