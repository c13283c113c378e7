"""Key rotation: everything reads back under the new keys, nothing under the old one alone, and it resumes."""

import logging
from collections import Counter
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import TextField
from django.db.models.functions import Cast
from django.test import override_settings

import casework.fields
from casework.audit import AuditEvent, record
from casework.encryption import DecryptionError, token_key_id
from casework.models import KeyedHash

from .conftest import PLANTED, needles, new_key

DOCUMENT = "Biên bản tiếp nhận: Hoàng Thị Xuyếnqwz".encode()


@pytest.fixture
def casework_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "casework": {**settings.STORAGES["casework"], "OPTIONS": {"location": tmp_path / "cw"}},
    }
    return storages["casework"]


@pytest.fixture
def old_data(person_model, casework_storage):
    people = [person_model.objects.create(**{**PLANTED, "full_name": f"{PLANTED['full_name']} {n}"}) for n in range(7)]
    people.append(person_model.objects.create(full_name="Chỉ có tên"))  # other fields empty
    files = [casework_storage.save("x", ContentFile(DOCUMENT * (n + 1))) for n in range(3)]
    event = record(None, AuditEvent.Action.EXPORT, object_type=person_model, purpose="Gửi Hoàng Thị Xuyếnqwz")
    return {"people": people, "files": files, "event": event}


@pytest.fixture
def new_keys(settings):
    old = {"enc": list(settings.FIELD_ENCRYPTION_KEYS), "hash": list(settings.FIELD_HASH_KEYS)}
    new = {"enc": [new_key("rotated-1")], "hash": [new_key("rotated-h1")]}
    settings.FIELD_ENCRYPTION_KEYS = new["enc"] + old["enc"]
    settings.FIELD_HASH_KEYS = new["hash"] + old["hash"]
    return {"old": old, "new": new}


def read_everything(person_model, data, storage):
    people = {person.pk: person for person in person_model.objects.all()}
    for original in data["people"]:
        person = people[original.pk]
        for name in PLANTED:
            assert getattr(person, name) == getattr(original, name), name
    for n, name in enumerate(data["files"]):
        with storage.open(name) as stored:
            assert stored.read() == DOCUMENT * (n + 1)
    assert AuditEvent.objects.get(pk=data["event"].pk).purpose == "Gửi Hoàng Thị Xuyếnqwz"


def test_after_rotation_everything_reads_with_the_new_keys_and_nothing_with_the_old_alone(
    person_model, old_data, new_keys, casework_storage
):
    output = StringIO()
    call_command("rotate_field_encryption", "--batch-size", "3", stdout=output)
    assert "8 rows re-encrypted" in output.getvalue() and "Files: 3 re-encrypted" in output.getvalue()

    with override_settings(FIELD_ENCRYPTION_KEYS=new_keys["new"]["enc"], FIELD_HASH_KEYS=new_keys["new"]["hash"]):
        read_everything(person_model, old_data, casework_storage)
        assert set(KeyedHash.objects.values_list("key_id", flat=True)) == {"rotated-h1"}
        assert person_model.objects.matching("full_name", "xuyenqwz").count() == 7
        call_command("rotate_field_encryption", "--check", stdout=StringIO())

    with override_settings(FIELD_ENCRYPTION_KEYS=new_keys["old"]["enc"], FIELD_HASH_KEYS=new_keys["old"]["hash"]):
        for person in old_data["people"]:
            with pytest.raises(DecryptionError):
                person_model.objects.get(pk=person.pk)
        for name in old_data["files"]:
            with pytest.raises(DecryptionError):
                casework_storage.open(name)
        with pytest.raises(DecryptionError):
            AuditEvent.objects.get(pk=old_data["event"].pk)
        # Old hash key: the name no longer matches anything.
        assert not KeyedHash.objects.filter(key_id="test-only-h1").exists()


def test_check_reports_old_keys_until_rotation_is_done(old_data, new_keys):
    output = StringIO()
    with pytest.raises(CommandError, match="still under an older key"):
        call_command("rotate_field_encryption", "--check", stdout=output)
    assert "under test-only-1" in output.getvalue()
    call_command("rotate_field_encryption", stdout=StringIO())
    output = StringIO()
    call_command("rotate_field_encryption", "--check", stdout=output)
    assert "Everything is under the current keys" in output.getvalue()
    assert "test-only-1" not in output.getvalue()


def test_a_rotation_stopped_part_way_resumes_where_it_stopped(person_model, old_data, new_keys, casework_storage):
    call_command("rotate_field_encryption", "--batch-size", "2", "--max-batches", "1", stdout=StringIO())
    rows_by_key = Counter(
        token_key_id(raw)
        for raw in person_model.objects.annotate(raw=Cast("full_name", TextField())).values_list("raw", flat=True)
    )
    assert rows_by_key == {"rotated-1": 2, "test-only-1": 6}  # exactly one batch of two people was done
    with pytest.raises(CommandError):
        call_command("rotate_field_encryption", "--check", "--only", "fields", stdout=StringIO())

    call_command("rotate_field_encryption", stdout=StringIO())
    with override_settings(FIELD_ENCRYPTION_KEYS=new_keys["new"]["enc"], FIELD_HASH_KEYS=new_keys["new"]["hash"]):
        read_everything(person_model, old_data, casework_storage)


def test_a_rotation_interrupted_by_an_error_loses_nothing(
    person_model, old_data, new_keys, casework_storage, monkeypatch
):
    real_encrypt = casework.fields.encrypt_value
    calls = {"n": 0}

    def failing(plaintext, context):
        calls["n"] += 1
        if calls["n"] == 10:  # in the middle of the second batch
            raise RuntimeError("the machine was switched off")
        return real_encrypt(plaintext, context)

    monkeypatch.setattr(casework.fields, "encrypt_value", failing)
    with pytest.raises(RuntimeError):
        call_command("rotate_field_encryption", "--batch-size", "1", stdout=StringIO())
    monkeypatch.setattr(casework.fields, "encrypt_value", real_encrypt)
    read_everything(person_model, old_data, casework_storage)  # both keys configured: all still readable

    call_command("rotate_field_encryption", "--batch-size", "1", stdout=StringIO())
    with override_settings(FIELD_ENCRYPTION_KEYS=new_keys["new"]["enc"], FIELD_HASH_KEYS=new_keys["new"]["hash"]):
        read_everything(person_model, old_data, casework_storage)


def test_rotation_logs_counts_never_values(old_data, new_keys, caplog):
    output = StringIO()
    with caplog.at_level(logging.INFO, logger="casework.rotation"):
        call_command("rotate_field_encryption", stdout=output)
    logged = "\n".join(record.getMessage() for record in caplog.records) + output.getvalue()
    assert "casework.PlantedPerson: 8 rows re-encrypted" in logged
    for needle in needles():
        assert needle not in logged.lower()


def test_running_again_finds_nothing_to_do(old_data, new_keys):
    call_command("rotate_field_encryption", stdout=StringIO())
    output = StringIO()
    call_command("rotate_field_encryption", stdout=output)
    assert "Rotation finished: 0 fields, 0 hashes, 0 files." in output.getvalue()
