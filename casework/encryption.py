"""
Encryption at rest for casework: keys, and AES-256-GCM for field values.

Keys
----
Two settings, each a list of "id:key" entries (in the environment: the same
entries separated by commas), where `key` is 32 random bytes in URL-safe
base64 and `id` a short name of letters, digits, "-" or "_":

- FIELD_ENCRYPTION_KEYS encrypts field values (casework.fields) and files
  (casework.storage). The first entry encrypts; every entry decrypts.
- FIELD_HASH_KEYS keys the hashes used for exact matching
  (casework.keyed_hashes). The first entry hashes new values; searches
  match under every entry.

Neither is ever derived from SECRET_KEY, and no key may appear in both.
`manage.py generate_field_keys` prints new entries; README ("Casework data:
keys, audit and backups") says where they live and how to rotate them.

Field values
------------
A value is stored as text: "enc1:<key id>:<base64url(nonce | ciphertext | tag)>".

- AES-256-GCM (`cryptography`), a random 96-bit nonce per value. Random
  nonces stay safe for about 2^32 values per key, far beyond a province's
  caseload between rotations.
- The key that encrypts is not the configured key itself but one derived
  from it with HKDF for this one purpose, so that the same entry can also
  key files (with another derivation) without any overlap.
- The plaintext is padded to a multiple of 32 bytes, so a stored value
  shows its length only roughly (nearly every name takes the same room).
- The key id is in the clear, so that rotation finds what is still under
  an old key, and a reader goes straight to the right key.

Associated data: table and column, not the row
----------------------------------------------
Each value is bound, as GCM's associated data, to the key id and to its
column's "context" (by default "app_label.model.field", e.g.
"casework.person.full_name"). A value copied into another column, or a
token edited in the database, does not decrypt: it raises.

Values are deliberately NOT bound to their row. Binding to the row would
stop one thing: someone who can write to the database but holds no key
moving one person's ciphertext into another row that they are allowed to
read. But whoever can write to the database can already change the plain
columns that decide access (a case's commune or assignment, a user's
role), so the row binding would not keep that person out; and it would
cost a lot: Django converts a column's value without knowing its row
(`from_db_value`, `values()`, `update()`, `bulk_update()`), so every such
path would need special handling, and merging duplicate people (part 3)
could not simply move records. Protection against people who can write to
the database is the database roles' job (README), not encryption's.

Renaming a model or a field changes the default context and makes its
stored values unreadable: keep the old name with `context="app.model.field"`
on the field when renaming (casework.fields says so too).
"""

import base64
import binascii
import functools
import os
import re
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver

FORMAT = "enc1"
KEY_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
PAD_BLOCK = 32

FIELD_KEY_INFO = b"safereturn casework field values v1"
FILE_KEY_INFO = b"safereturn casework files v1"


class DecryptionError(Exception):
    """
    A stored value that no configured key opens: unknown key id, damaged or
    edited ciphertext, a value moved from another column, or clear text where
    ciphertext belongs. The message names the column and the key id, never
    the value.
    """


@dataclass(frozen=True)
class Key:
    """One configured key. Its secret never appears in repr() or in error messages."""

    id: str
    secret: bytes = field(repr=False)


def parse_keys(entries, setting):
    """
    The keys of a FIELD_*_KEYS setting, first (current) one first.

    Accepts a list of "id:key" strings or one comma-separated string. Raises
    ImproperlyConfigured (naming the entry's position, never its content)
    when the list is empty or an entry is malformed.
    """
    if isinstance(entries, str):
        entries = entries.split(",")
    entries = [str(entry).strip() for entry in entries or () if str(entry).strip()]
    if not entries:
        raise ImproperlyConfigured(f"{setting} is empty: it needs at least one 'id:key' entry.")
    keys = []
    for position, entry in enumerate(entries, start=1):
        key_id, colon, encoded = entry.partition(":")
        if not colon or not KEY_ID.match(key_id):
            raise ImproperlyConfigured(
                f"{setting}: entry {position} must be 'id:key', the id made of 1 to 32 letters, digits, '-' or '_'."
            )
        try:
            secret = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
        except (binascii.Error, ValueError):
            secret = b""
        if len(secret) != KEY_BYTES:
            raise ImproperlyConfigured(
                f"{setting}: the key of entry {position} ({key_id!r}) must be {KEY_BYTES} bytes in URL-safe base64 "
                "(`manage.py generate_field_keys` prints one)."
            )
        if any(key.id == key_id for key in keys):
            raise ImproperlyConfigured(f"{setting}: the key id {key_id!r} appears twice.")
        keys.append(Key(key_id, secret))
    return tuple(keys)


@functools.cache
def encryption_keys():
    """FIELD_ENCRYPTION_KEYS, parsed once per process (and again when a test changes it)."""
    return parse_keys(getattr(settings, "FIELD_ENCRYPTION_KEYS", None), "FIELD_ENCRYPTION_KEYS")


@functools.cache
def hash_keys():
    """FIELD_HASH_KEYS, parsed once per process (and again when a test changes it)."""
    keys = parse_keys(getattr(settings, "FIELD_HASH_KEYS", None), "FIELD_HASH_KEYS")
    shared = {key.secret for key in keys} & {key.secret for key in encryption_keys()}
    if shared:
        raise ImproperlyConfigured(
            "FIELD_HASH_KEYS and FIELD_ENCRYPTION_KEYS share a key: each needs keys of its own."
        )
    return keys


def current_key():
    return encryption_keys()[0]


def key_by_id(key_id):
    for key in encryption_keys():
        if key.id == key_id:
            return key
    return None


def derive(key, info, salt=None):
    """A 256-bit key for one purpose (`info`), derived from a configured key with HKDF-SHA256."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(key.secret)


@functools.cache
def _field_cipher(key):
    return AESGCM(derive(key, FIELD_KEY_INFO))


@receiver(setting_changed)
def forget_keys(setting, **kwargs):
    if setting in ("FIELD_ENCRYPTION_KEYS", "FIELD_HASH_KEYS"):
        encryption_keys.cache_clear()
        hash_keys.cache_clear()
        _field_cipher.cache_clear()


# Field values ---------------------------------------------------------------------


def _associated_data(context, key_id):
    return f"{FORMAT}\x00{context}\x00{key_id}".encode()


def _pad(data):
    return data + b"\x80" + b"\x00" * (-(len(data) + 1) % PAD_BLOCK)


def _unpad(data):
    stripped = data.rstrip(b"\x00")
    if not stripped.endswith(b"\x80"):
        raise ValueError("bad padding")
    return stripped[:-1]


def encrypt_value(plaintext, context):
    """Encrypt bytes for the column named by `context` under the current key; returns the stored text."""
    key = current_key()
    nonce = os.urandom(NONCE_BYTES)
    sealed = _field_cipher(key).encrypt(nonce, _pad(plaintext), _associated_data(context, key.id))
    return f"{FORMAT}:{key.id}:{base64.urlsafe_b64encode(nonce + sealed).decode('ascii')}"


def split_token(token):
    """(format, key id, payload) of a stored value, or None if it is not one."""
    parts = token.split(":", 2) if isinstance(token, str) else ()
    if len(parts) != 3 or parts[0] != FORMAT or not KEY_ID.match(parts[1]):
        return None
    return tuple(parts)


def token_key_id(token):
    """The key id a stored value was encrypted under, or None if it is not an encrypted value."""
    parts = split_token(token)
    return parts[1] if parts else None


def decrypt_value(token, context):
    """The bytes a stored value holds. Raises DecryptionError if no configured key opens it."""
    parts = split_token(token)
    if parts is None:
        raise DecryptionError(f"{context}: the stored value is not an encrypted value.")
    _format, key_id, payload = parts
    key = key_by_id(key_id)
    if key is None:
        raise DecryptionError(
            f"{context}: the value is encrypted under key id {key_id!r}, which is not in FIELD_ENCRYPTION_KEYS."
        )
    try:
        raw = base64.urlsafe_b64decode(payload.encode("ascii"))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise DecryptionError(f"{context}: the stored value is damaged.") from None
    if len(raw) < NONCE_BYTES + TAG_BYTES + PAD_BLOCK:
        raise DecryptionError(f"{context}: the stored value is damaged.")
    try:
        padded = _field_cipher(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], _associated_data(context, key_id))
        return _unpad(padded)
    except (InvalidTag, ValueError):
        raise DecryptionError(
            f"{context}: the value under key id {key_id!r} does not authenticate: it was changed, moved from "
            "another column, or that id now names another key."
        ) from None
