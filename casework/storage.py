"""
Casework documents (scanned decisions, photos), encrypted before they are stored.

`STORAGES["casework"]` is an EncryptedFileSystemStorage in a folder of its
own (CASEWORK_STORAGE_ROOT, by default var/casework/), outside MEDIA_ROOT and
PRIVATE_MEDIA_ROOT: nothing ever serves it as files. With several servers,
use a private bucket with the same mixin:
`class EncryptedS3Storage(EncryptedStorageMixin, S3Storage)` (django-storages,
`file_overwrite=True`, no public URL) and implement `_replace` as a plain
overwrite of the same key.

- **Use**: `models.FileField(storage=casework_storage, max_length=100)` with
  `def casework_storage(): return storages["casework"]` (a callable, so
  that migrations do not record the storage).
- **Names** are random (32 hexadecimal characters under a two-character
  folder); the name a file was uploaded with is ignored. The original file
  name and type, which may name a person, belong in encrypted fields of the
  record that refers to the file.
- **Format**: AES-256-GCM in chunks of 64 KiB, so files of any size are
  encrypted and read in constant memory (a download streams), and each
  chunk is authenticated as it is read. The header holds a format tag, the
  id of the FIELD_ENCRYPTION_KEYS entry used and a random 16-byte salt;
  the file's own key is derived from the entry, the salt and the purpose
  with HKDF, so no two files share a key. Chunk i's nonce is i and a
  last-chunk flag (the STREAM construction), and every chunk authenticates
  the header: chunks cannot be reordered, dropped, cut off at the end or
  moved to another file without the read failing. Overhead: 23 bytes plus
  the key id, and 16 bytes per chunk.
- **Reading** (`storage.open(name)`) returns a file that decrypts as it is
  read; a damaged file raises DecryptionError. `size()` is the decrypted
  size. `url()` raises: files go out only through a permission-checked,
  audited view (a later part), e.g.
  `FileResponse(storage.open(name), as_attachment=True, filename=...)`.
- **Rotation**: `rotate_field_encryption` re-encrypts files whose header
  names an older key (`key_id(name)`), each replaced in one step.
"""

import io
import os
import secrets
import tempfile

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.core.files import File
from django.core.files.storage import FileSystemStorage

from .encryption import FILE_KEY_INFO, DecryptionError, current_key, derive, key_by_id

MAGIC = b"SRCWF1"
SALT_BYTES = 16
CHUNK = 64 * 1024
TAG = 16
# Encrypted uploads wait in memory up to this size, then in a temporary file.
SPOOL_BYTES = 1024 * 1024
TEMPORARY_PREFIX = ".rotating-"


def _nonce(index, last):
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _read_exactly(stream, size):
    parts, remaining = [], size
    while remaining:
        part = stream.read(remaining)
        if not part:
            break
        parts.append(part)
        remaining -= len(part)
    return b"".join(parts)


def encrypt_stream(source, sink, key=None):
    """Encrypt everything `source` (a binary file) holds into `sink`, chunk by chunk."""
    key = key or current_key()
    salt = os.urandom(SALT_BYTES)
    header = MAGIC + bytes([len(key.id)]) + key.id.encode("ascii") + salt
    cipher = AESGCM(derive(key, FILE_KEY_INFO, salt=salt))
    sink.write(header)
    index = 0
    current = _read_exactly(source, CHUNK)
    while True:
        following = _read_exactly(source, CHUNK) if len(current) == CHUNK else b""
        last = not following
        sink.write(cipher.encrypt(_nonce(index, last), current, header))
        if last:
            return
        current, index = following, index + 1


def read_header(stream):
    """(key id, header bytes) at the start of an encrypted file; raises DecryptionError if it is not one."""
    start = _read_exactly(stream, len(MAGIC) + 1)
    if len(start) != len(MAGIC) + 1 or not start.startswith(MAGIC):
        raise DecryptionError("casework file: not an encrypted casework file.")
    rest = _read_exactly(stream, start[-1] + SALT_BYTES)
    if len(rest) != start[-1] + SALT_BYTES:
        raise DecryptionError("casework file: the header is cut short.")
    try:
        key_id = rest[: start[-1]].decode("ascii")
    except UnicodeDecodeError:
        raise DecryptionError("casework file: the header is damaged.") from None
    return key_id, start + rest


class DecryptingReader(io.RawIOBase):
    """A read-only binary stream of an encrypted file's content, decrypted chunk by chunk."""

    def __init__(self, raw):
        super().__init__()
        self._raw = raw
        key_id, self._header = read_header(raw)
        key = key_by_id(key_id)
        if key is None:
            raise DecryptionError(
                f"casework file: encrypted under key id {key_id!r}, which is not in FIELD_ENCRYPTION_KEYS."
            )
        self._cipher = AESGCM(derive(key, FILE_KEY_INFO, salt=self._header[-SALT_BYTES:]))
        self._index = 0
        self._buffer = b""
        self._next = _read_exactly(raw, CHUNK + TAG)
        self._done = False

    def readable(self):
        return True

    def _fill(self):
        current = self._next
        if len(current) < TAG:
            raise DecryptionError("casework file: cut short.")
        self._next = _read_exactly(self._raw, CHUNK + TAG) if len(current) == CHUNK + TAG else b""
        last = not self._next
        try:
            self._buffer = self._cipher.decrypt(_nonce(self._index, last), current, self._header)
        except InvalidTag:
            raise DecryptionError(
                "casework file: a chunk does not authenticate (changed, cut or reordered)."
            ) from None
        self._index += 1
        self._done = last

    def readinto(self, target):
        while not self._buffer and not self._done:
            self._fill()
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size

    def close(self):
        try:
            self._raw.close()
        finally:
            super().close()


def plaintext_size(stored_size, header_size):
    """The decrypted size of a file of `stored_size` bytes (every chunk but the last is full)."""
    body = stored_size - header_size
    chunks = max(1, -(-body // (CHUNK + TAG)))
    return body - chunks * TAG


class EncryptedStorageMixin:
    """
    Encrypts every file before the storage below writes it, and decrypts on
    open. Put it first in the bases of any Django storage class.
    """

    def random_name(self):
        token = secrets.token_hex(16)
        return f"{token[:2]}/{token}"

    def generate_filename(self, filename):
        return self.random_name()

    def get_available_name(self, name, max_length=None):
        # The name asked for is never used: it may name a person.
        while True:
            name = self.random_name()
            if not self.exists(name):
                return name

    def get_alternative_name(self, file_root, file_ext):
        return self.random_name()

    def _save(self, name, content):
        if hasattr(content, "seek"):
            content.seek(0)
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as encrypted:
            encrypt_stream(content, encrypted)
            encrypted.seek(0)
            return super()._save(name, File(encrypted, name=name))

    def _open(self, name, mode="rb"):
        if any(flag in mode for flag in "wa+x"):
            raise ValueError("Casework files are written with save() only.")
        raw = super()._open(name, "rb")
        try:
            reader = io.BufferedReader(DecryptingReader(raw), buffer_size=CHUNK)
        except Exception:
            raw.close()
            raise
        return File(reader, name=name)

    def size(self, name):
        with super()._open(name, "rb") as raw:
            _key_id, header = read_header(raw)
        return plaintext_size(super().size(name), len(header))

    def url(self, name):
        raise ValueError("Casework files have no URL: serve them through the audited, permission-checked view.")

    def key_id(self, name):
        """The id of the key a stored file is encrypted under."""
        with super()._open(name, "rb") as raw:
            return read_header(raw)[0]

    def stored_names(self, folder=""):
        """Every stored file's name (for rotation and checks), skipping unfinished replacements."""
        try:
            folders, files = self.listdir(folder)
        except FileNotFoundError:  # nothing stored yet
            return
        for file_name in sorted(files):
            if not file_name.startswith(TEMPORARY_PREFIX):
                yield f"{folder}/{file_name}" if folder else file_name
        for sub in sorted(folders):
            yield from self.stored_names(f"{folder}/{sub}" if folder else sub)

    def reencrypt(self, name):
        """Encrypt a file again under the current key; False if it already is."""
        if self.key_id(name) == current_key().id:
            return False
        with self.open(name) as plain, tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as encrypted:
            encrypt_stream(plain, encrypted)
            encrypted.seek(0)
            self._replace(name, encrypted)
        return True

    def _replace(self, name, encrypted):
        """Write `encrypted` over the stored file `name` in one step (the storage below knows how)."""
        raise NotImplementedError("This storage cannot replace a file in place; implement _replace().")


class EncryptedFileSystemStorage(EncryptedStorageMixin, FileSystemStorage):
    """Encrypted files in a local folder readable by the application's user only."""

    def __init__(self, location=None, **kwargs):
        kwargs.setdefault("file_permissions_mode", 0o600)
        kwargs.setdefault("directory_permissions_mode", 0o700)
        kwargs["base_url"] = None
        super().__init__(location=location, **kwargs)

    def _replace(self, name, encrypted):
        path = self.path(name)
        folder, file_name = os.path.split(path)
        descriptor, temporary = tempfile.mkstemp(prefix=f"{TEMPORARY_PREFIX}{file_name}-", dir=folder)
        try:
            with os.fdopen(descriptor, "wb") as target:
                while chunk := encrypted.read(CHUNK):
                    target.write(chunk)
                target.flush()
                os.fsync(target.fileno())
            if self.file_permissions_mode is not None:
                os.chmod(temporary, self.file_permissions_mode)
            os.replace(temporary, path)
        except BaseException:
            if os.path.exists(temporary):
                os.remove(temporary)
            raise

    def remove_unfinished(self):
        """Delete replacements left half-written by an interrupted rotation; returns how many."""
        removed = 0
        for folder, _dirs, files in os.walk(self.location):
            for file_name in files:
                if file_name.startswith(TEMPORARY_PREFIX):
                    os.remove(os.path.join(folder, file_name))
                    removed += 1
        return removed
