"""
Keyed hashes ("blind index") for exact matching on encrypted values.

An encrypted value cannot be searched. Beside it, the record keeps keyed
hashes of what must be matched exactly: HMAC-SHA256 under FIELD_HASH_KEYS
(keys of their own, casework.encryption) of a normalised form:

- "name": each word of a name, folded (lower case, Vietnamese marks and
  đ→d removed, as `safereturn.base.search.fold` does for the public
  search). "Nguyễn Thị Đào" gives the hashes of "nguyen", "thi" and "dao",
  so typing "dao", "Đào" or "DAO" finds her, and "da" or "ao" finds nobody:
  whole words only, never parts of words;
- "id_number": an ID card or passport number, without spaces, dots or
  dashes, in capitals;
- "phone": a phone number's digits, +84/0084 written as 0;
- "birth_date": a date, as YYYY-MM-DD;
- "text": a whole short text, folded, spaces collapsed.

The kind is hashed with the value, so "nguyen" as a name word and as some
other kind give unrelated hashes.

What a reader of the database learns (without the hash key): which records
share a hashed value, and so, from frequencies, the commonest name words
(Nguyễn is about four in ten Vietnamese surnames). Rare words, ID numbers and
every value's text stay hidden. Whoever holds the hash key can test guesses
one by one (names and dates are easy to guess), so the hash key is kept as
carefully as the encryption keys.

Hashes are stored in one table (casework.models.KeyedHash: owner, field,
key id, digest, with an index for the search), kept up to date by
CaseworkModel.save() and matched by CaseworkQuerySet.matching().
"""

import hashlib
import hmac
import re

from safereturn.base.search import fold

from .encryption import hash_keys

WORD = re.compile(r"\w+")
ID_NUMBER_NOISE = re.compile(r"[\s.\-/]+")


def name_words(text):
    """The folded whole words of a name: {"nguyen", "thi", "dao"} for "Nguyễn Thị Đào"."""
    return set(WORD.findall(fold(text or "")))


def normalise_id_number(text):
    value = ID_NUMBER_NOISE.sub("", str(text or "")).upper()
    return {value} if value else set()


def normalise_phone(text):
    raw = str(text or "").strip()
    digits = "".join(char for char in raw if char.isdigit())
    if raw.startswith("+84"):
        digits = "0" + digits[2:]
    elif digits.startswith("0084"):
        digits = "0" + digits[4:]
    return {digits} if digits else set()


def normalise_date(value):
    if not value:
        return set()
    return {value.isoformat() if hasattr(value, "isoformat") else str(value)}


def normalise_text(text):
    value = " ".join(fold(text or "").split())
    return {value} if value else set()


KINDS = {
    "name": name_words,
    "id_number": normalise_id_number,
    "phone": normalise_phone,
    "birth_date": normalise_date,
    "text": normalise_text,
}


def tokens(kind, value):
    """The normalised tokens of `value` that are hashed for `kind`."""
    try:
        normalise = KINDS[kind]
    except KeyError:
        raise ValueError(f"Unknown kind of keyed hash {kind!r}; the kinds are {sorted(KINDS)}.") from None
    return normalise(value)


def digest(key, kind, token):
    """HMAC-SHA256 of one token, as 64 hexadecimal characters."""
    return hmac.new(key.secret, f"{kind}\x00{token}".encode(), hashlib.sha256).hexdigest()


def hashes(kind, value, key=None):
    """The digests of `value` under `key` (by default the current hash key)."""
    key = key or hash_keys()[0]
    return {digest(key, kind, token) for token in tokens(kind, value)}


def name_word_hashes(full_name, key=None):
    """The keyed hashes of each folded word of a name."""
    return hashes("name", full_name, key)


def id_number_hash(value, key=None):
    """The keyed hash of an ID number, or None for an empty one."""
    return next(iter(hashes("id_number", value, key)), None)


def birth_date_hash(value, key=None):
    """The keyed hash of a date, or None."""
    return next(iter(hashes("birth_date", value, key)), None)


def search_digests(kind, token):
    """The digests of one normalised token under every configured hash key (old keys still match)."""
    return [digest(key, kind, token) for key in hash_keys()]
