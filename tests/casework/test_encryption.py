"""Encrypted fields: round trips, and every way a stored value can be wrong raises."""

import copy
import datetime
import pickle

import pytest
from django.core.exceptions import FieldError, ImproperlyConfigured
from django.db import connection
from django.test import override_settings

from casework.encryption import DecryptionError, encryption_keys, hash_keys, parse_keys
from casework.fields import EncryptedCharField
from casework.sensitive import SensitiveDate, SensitiveDict, SensitiveStr

from .conftest import PLANTED, new_key


def raw(person, column):
    """What the database holds in a column of the person's row."""
    table = person._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT "{column}" FROM "{table}" WHERE id = %s',  # noqa: S608  (names from the model, not input)
            [person._meta.pk.get_db_prep_value(person.pk, connection)],
        )
        return cursor.fetchone()[0]


def set_raw(person, column, value):
    table = person._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f'UPDATE "{table}" SET "{column}" = %s WHERE id = %s',  # noqa: S608  (names from the model)
            [value, person._meta.pk.get_db_prep_value(person.pk, connection)],
        )


def test_every_kind_of_field_reads_back_what_was_saved(planted, person_model):
    person = person_model.objects.get(pk=planted.pk)
    for name, value in PLANTED.items():
        assert getattr(person, name) == value, name
    assert isinstance(person.full_name, SensitiveStr)
    assert isinstance(person.birth_date, SensitiveDate) and person.birth_date == datetime.date(1987, 6, 5)
    assert isinstance(person.address, SensitiveDict)


def test_empty_values_stay_empty_and_none_stays_none(person_model):
    person = person_model.objects.create(full_name="", birth_date=None, address=None, notes="")
    person = person_model.objects.get(pk=person.pk)
    assert (person.full_name, person.birth_date, person.address, person.notes) == ("", None, None, "")
    assert raw(person, "full_name") == "" and raw(person, "birth_date") is None


def test_the_database_holds_tokens_under_the_current_key_only(planted):
    for column in ("full_name", "id_number", "phone", "birth_date", "address", "notes"):
        stored = raw(planted, column)
        assert stored.startswith("enc1:test-only-1:"), column
        assert "Xuy" not in stored and "1987" not in stored and "0793" not in stored


def test_a_value_is_encrypted_afresh_each_time(person_model):
    first = person_model.objects.create(full_name="Lê Văn Tám")
    second = person_model.objects.create(full_name="Lê Văn Tám")
    assert raw(first, "full_name") != raw(second, "full_name")


def test_lengths_show_only_roughly(person_model):
    short = person_model.objects.create(full_name="Lê Thị Ba")  # 12 bytes of UTF-8
    longer = person_model.objects.create(full_name="Nguyễn Thị Thanh Hương")  # 28 bytes
    assert len(raw(short, "full_name")) == len(raw(longer, "full_name"))


def test_a_changed_ciphertext_raises(planted, person_model):
    stored = raw(planted, "full_name")
    prefix, payload = stored.rsplit(":", 1)
    flipped = payload[:20] + ("A" if payload[20] != "A" else "B") + payload[21:]
    set_raw(planted, "full_name", f"{prefix}:{flipped}")
    with pytest.raises(DecryptionError, match="does not authenticate"):
        person_model.objects.get(pk=planted.pk)


def test_clear_text_in_an_encrypted_column_raises_rather_than_being_shown(planted, person_model):
    set_raw(planted, "notes", "Nguyễn Văn A")
    with pytest.raises(DecryptionError, match="not an encrypted value"):
        person_model.objects.get(pk=planted.pk)


def test_a_value_moved_to_another_column_raises(planted, person_model):
    set_raw(planted, "full_name", raw(planted, "notes"))
    with pytest.raises(DecryptionError, match="moved from another column"):
        person_model.objects.get(pk=planted.pk)


def test_values_are_bound_to_their_column_not_their_row(planted, person_model):
    # The decision documented in casework.encryption: a value copied into the
    # same column of another row still reads (binding to rows costs more than it protects).
    other = person_model.objects.create(full_name="Người khác")
    set_raw(other, "full_name", raw(planted, "full_name"))
    assert person_model.objects.get(pk=other.pk).full_name == PLANTED["full_name"]


def test_a_wrong_key_under_the_same_id_raises(planted, person_model):
    with (
        override_settings(FIELD_ENCRYPTION_KEYS=[new_key("test-only-1")]),
        pytest.raises(DecryptionError, match="does not authenticate"),
    ):
        person_model.objects.get(pk=planted.pk)


def test_a_key_that_is_no_longer_configured_raises(planted, person_model):
    with (
        override_settings(FIELD_ENCRYPTION_KEYS=[new_key("other")]),
        pytest.raises(DecryptionError, match="not in FIELD_ENCRYPTION_KEYS"),
    ):
        person_model.objects.get(pk=planted.pk)


def test_older_keys_still_decrypt_and_the_first_encrypts(planted, person_model, settings):
    settings.FIELD_ENCRYPTION_KEYS = [new_key("second"), *settings.FIELD_ENCRYPTION_KEYS]
    assert person_model.objects.get(pk=planted.pk).full_name == PLANTED["full_name"]
    fresh = person_model.objects.create(full_name="Trần Văn Mới")
    assert raw(fresh, "full_name").startswith("enc1:second:")


def test_decrypted_values_never_show_in_repr_and_are_never_pickled(planted, person_model):
    person = person_model.objects.get(pk=planted.pk)
    shown = repr(person) + str(person) + repr(person.full_name) + repr(person.birth_date) + repr(person.address)
    shown += repr(person.__dict__)
    assert "Xuy" not in shown and "1987" not in shown and "Quỳnh" not in shown
    for value in (person.full_name, person.birth_date, person.address, person):
        with pytest.raises(TypeError, match="never pickled"):
            pickle.dumps(value)
    assert copy.deepcopy(person.address) == PLANTED["address"]
    assert copy.copy(person.full_name) == PLANTED["full_name"]


def test_no_lookup_but_isnull_on_encrypted_fields(planted, person_model):
    with pytest.raises(FieldError):
        list(person_model.objects.filter(full_name=PLANTED["full_name"]))
    with pytest.raises(FieldError):
        list(person_model.objects.filter(notes__icontains="Myanmar"))
    with pytest.raises(FieldError):
        list(person_model.objects.filter(birth_date__year=1987))
    assert list(person_model.objects.filter(birth_date__isnull=False)) == [planted]


def test_an_encrypted_field_cannot_be_unique_or_indexed():
    field = EncryptedCharField(max_length=10, unique=True)
    field.set_attributes_from_name("name")
    field.model = type("Fake", (), {"_meta": None})
    assert "casework.E010" in {error.id for error in field.check() if hasattr(error, "id")}


def test_a_renamed_field_keeps_its_values_readable_with_its_old_context(planted, person_model):
    field = EncryptedCharField(max_length=200, context="casework.plantedperson.full_name")
    field.set_attributes_from_name("given_name")
    field.model = person_model
    assert field.from_db_value(raw(planted, "full_name"), None, connection) == PLANTED["full_name"]
    field.explicit_context = None
    with pytest.raises(DecryptionError):
        field.from_db_value(raw(planted, "full_name"), None, connection)


@pytest.mark.parametrize(
    "entries",
    [
        [],
        ["no-colon-here"],
        ["bad id:" + "A" * 43 + "="],
        ["short:c2hvcnQ="],
        ["twice:" + new_key("x").split(":")[1], "twice:" + new_key("x").split(":")[1]],
    ],
)
def test_malformed_keys_are_refused_without_showing_them(entries):
    with pytest.raises(ImproperlyConfigured) as error:
        parse_keys(entries, "FIELD_ENCRYPTION_KEYS")
    for entry in entries:
        secret = entry.partition(":")[2]
        if len(secret) > 8:
            assert secret not in str(error.value)


def test_keys_parse_from_a_comma_separated_string_with_the_first_current():
    first, second = new_key("b"), new_key("a")
    keys = parse_keys(f" {first} , {second} ", "FIELD_HASH_KEYS")
    assert [key.id for key in keys] == ["b", "a"]
    assert first.split(":")[1] not in repr(keys) and "secret" not in repr(keys)


def test_hash_keys_must_differ_from_encryption_keys(settings):
    settings.FIELD_HASH_KEYS = [f"h:{settings.FIELD_ENCRYPTION_KEYS[0].split(':')[1]}"]
    with pytest.raises(ImproperlyConfigured, match="share a key"):
        hash_keys()
    encryption_keys.cache_clear()
