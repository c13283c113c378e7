"""
Diacritic-insensitive search for Vietnamese.

Wagtail's database backend does not fold Vietnamese marks on SQLite or
PostgreSQL, and people often type without them ("mua ban nguoi"). Pages index
a folded copy of their text and queries are folded the same way, so a query
with or without marks finds text written with them.
"""

import unicodedata

# đ/Đ are letters of their own, not d plus a mark, so NFD leaves them alone.
_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text):
    """Return `text` in lower case with Vietnamese (and other) diacritics removed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", str(text).translate(_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
