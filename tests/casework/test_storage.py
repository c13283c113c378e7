"""Encrypted document storage: random names, nothing readable on disk, and any damage raises."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import override_settings

from casework.encryption import DecryptionError
from casework.storage import CHUNK, TAG, EncryptedFileSystemStorage

from .conftest import new_key

SECRET_TEXT = "Quyết định công nhận nạn nhân: Hoàng Thị Xuyếnqwz, CCCD 079312345678".encode()


@pytest.fixture
def storage(tmp_path):
    return EncryptedFileSystemStorage(location=tmp_path / "casework")


def big_content():
    # Three full chunks and a bit: the chunk boundaries are exercised.
    return SECRET_TEXT + os.urandom(3 * CHUNK - len(SECRET_TEXT)) + b"the end" + SECRET_TEXT


def on_disk(storage, name):
    return Path(storage.path(name)).read_bytes()


def test_a_file_reads_back_whole_and_streams(storage):
    content = big_content()
    name = storage.save("CCCD Hoàng Thị Xuyến.jpg", ContentFile(content))
    with storage.open(name) as stored:
        assert stored.read() == content
    with storage.open(name) as stored:
        pieces = list(stored.chunks(chunk_size=10_000))
    assert b"".join(pieces) == content and len(pieces) > 3
    assert storage.size(name) == len(content)


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK])
def test_every_size_round_trips(storage, size):
    content = os.urandom(size)
    name = storage.save("x", ContentFile(content))
    with storage.open(name) as stored:
        assert stored.read() == content
    assert storage.size(name) == size


def test_names_are_random_and_never_the_uploaded_name(storage):
    names = {storage.save("Hoàng Thị Xuyến - giấy tờ.pdf", ContentFile(b"x")) for _ in range(3)}
    assert len(names) == 3
    for name in names:
        folder, file_name = name.split("/")
        assert len(file_name) == 32 and file_name.startswith(folder) and set(file_name) <= set("0123456789abcdef")


def test_nothing_readable_is_written_to_disk(storage):
    name = storage.save("a.txt", ContentFile(SECRET_TEXT * 50))
    stored = on_disk(storage, name)
    assert SECRET_TEXT[:20] not in stored and b"079312345678" not in stored and b"Xuy" not in stored
    assert stored.startswith(b"SRCWF1")
    assert oct(os.stat(storage.path(name)).st_mode & 0o777) == "0o600"


def test_files_have_no_url(storage):
    name = storage.save("a", ContentFile(b"x"))
    with pytest.raises(ValueError, match="no URL"):
        storage.url(name)


BLOCK = CHUNK + TAG  # one stored chunk


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda data, h: data[:-1] + bytes([data[-1] ^ 1]), id="last-byte-flipped"),
        pytest.param(
            lambda data, h: data[: h + 5] + bytes([data[h + 5] ^ 1]) + data[h + 6 :], id="first-chunk-flipped"
        ),
        pytest.param(lambda data, h: data[: -(CHUNK // 2)], id="cut-inside-the-last-chunk"),
        pytest.param(lambda data, h: data[: h + 3 * BLOCK], id="last-chunk-dropped"),
        pytest.param(lambda data, h: data[:h] + data[h + BLOCK :], id="a-chunk-dropped"),
        pytest.param(
            lambda data, h: data[:h] + data[h + BLOCK : h + 2 * BLOCK] + data[h : h + BLOCK] + data[h + 2 * BLOCK :],
            id="chunks-swapped",
        ),
        pytest.param(lambda data, h: data[: h - 1] + bytes([data[h - 1] ^ 1]) + data[h:], id="salt-changed"),
        pytest.param(lambda data, h: data + os.urandom(100), id="bytes-appended"),
        pytest.param(lambda data, h: b"plain text where a file belongs", id="not-encrypted"),
    ],
)
def test_any_damage_raises_when_read(storage, change):
    content = big_content()
    name = storage.save("a", ContentFile(content))
    path = Path(storage.path(name))
    data = path.read_bytes()
    header = len(data) - len(content) - 4 * TAG  # four chunks, each with its tag
    assert data[:6] == b"SRCWF1" and header == 6 + 1 + len("test-only-1") + 16
    path.write_bytes(change(data, header))
    with pytest.raises(DecryptionError), storage.open(name) as stored:
        stored.read()


def test_a_file_is_not_read_under_a_wrong_or_unknown_key(storage):
    name = storage.save("a", ContentFile(SECRET_TEXT))
    with override_settings(FIELD_ENCRYPTION_KEYS=[new_key("test-only-1")]), pytest.raises(DecryptionError):
        storage.open(name).read()
    with (
        override_settings(FIELD_ENCRYPTION_KEYS=[new_key("someone-else")]),
        pytest.raises(DecryptionError, match="not in FIELD_ENCRYPTION_KEYS"),
    ):
        storage.open(name)


def test_the_configured_storage_lives_outside_the_media_folders():
    storage = storages["casework"]
    assert isinstance(storage, EncryptedFileSystemStorage)
    location = Path(storage.location).resolve()
    for other in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT):
        other = Path(other).resolve()
        assert other not in location.parents and location != other


def test_a_storage_inside_media_is_refused_by_the_checks(settings):
    from casework.checks import check_storage

    assert check_storage() == []
    settings.STORAGES = {
        **settings.STORAGES,
        "casework": {**settings.STORAGES["casework"], "OPTIONS": {"location": Path(settings.MEDIA_ROOT) / "cw"}},
    }
    assert [error.id for error in check_storage()] == ["casework.E003"]
