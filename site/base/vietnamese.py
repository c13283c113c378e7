"""
Vietnamese spelling rules the project's texts follow.

Tone marks: the style of the law texts. In the open syllables "oa", "oe" and
"uy" (no final consonant, and not after "q"), the mark sits on the first
vowel: "hóa", "khỏe", "tùy", "Ủy". The other style ("hoá", "khoẻ", "tuỳ",
"Uỷ") is common in software catalogues, so texts copied from them are
normalised with `law_tone_marks()`.
"""

import re
import unicodedata

# The five tone marks, as combining characters (NFD). Vowel shapes (â, ê,
# ô, ơ, ư, ă) are other combining marks and are left where they are.
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

# A vowel pair at the end of a word, not after q (quý, quả keep their marks).
_OPEN_PAIR = re.compile(r"(?<![qQ])([oO][aAeE]|[uU][yY])(?!\w)")


def _split_tone(char):
    """(the character without its tone mark, the tone mark or '')."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = "".join(mark for mark in decomposed if mark in TONE_MARKS)
    base = "".join(mark for mark in decomposed if mark not in TONE_MARKS)
    return unicodedata.normalize("NFC", base), tone


def _with_tone(char, tone):
    return unicodedata.normalize("NFC", char + tone)


def law_tone_marks(text):
    """`text` with every "oa", "oe", "uy" open syllable marked on its first vowel ("hoá" → "hóa")."""
    if not text:
        return text
    plain = "".join(_split_tone(char)[0] for char in unicodedata.normalize("NFC", text))
    chars = list(unicodedata.normalize("NFC", text))
    if len(plain) != len(chars):  # a character we cannot map one-to-one: leave the text alone
        return text
    for match in _OPEN_PAIR.finditer(plain):
        first, second = match.start(1), match.start(1) + 1
        base_first, tone_first = _split_tone(chars[first])
        base_second, tone_second = _split_tone(chars[second])
        if tone_second and not tone_first:
            chars[first] = _with_tone(base_first, tone_second)
            chars[second] = base_second
    return "".join(chars)


def tone_mark_violations(text):
    """The words of `text` written in the other style ("hoá", "tuỳ"), for tests and reports."""
    words = re.findall(r"\w+", unicodedata.normalize("NFC", text or ""))
    return [word for word in words if law_tone_marks(word) != word]
