"""Keyed hashes: whole-word, diacritic-insensitive matching in one indexed query, kept in step with the records."""

import hashlib

import pytest
from django.db.models import F

from casework.keyed_hashes import birth_date_hash, id_number_hash, name_word_hashes, name_words, tokens
from casework.models import KeyedHash

from .conftest import new_key


def test_name_words_are_folded_whole_words():
    assert name_words("Nguyễn Thị Đào") == {"nguyen", "thi", "dao"}
    assert name_words("  NGUYỄN-thị   ĐÀO ") == {"nguyen", "thi", "dao"}
    assert (
        name_word_hashes("Nguyễn Thị Đào") == name_word_hashes("nguyen thi dao") == name_word_hashes("ĐÀO THỊ NGUYỄN")
    )
    # Folding drops tone marks, so "Đảo" matches "Đào" (as typing "dao" must); other words do not.
    assert name_word_hashes("Nguyễn Thị Đảo") == name_word_hashes("Nguyễn Thị Đào")
    assert name_word_hashes("Nguyễn Thị Đạt") != name_word_hashes("Nguyễn Thị Đào")


def test_hashes_are_keyed_and_separated_by_kind(settings):
    plain_sha = hashlib.sha256(b"dao").hexdigest()
    digests = name_word_hashes("Đào")
    assert plain_sha not in digests and len(next(iter(digests))) == 64
    assert name_word_hashes("079312345678") != {id_number_hash("079312345678")}
    before = id_number_hash("079 312 345 678")
    assert before == id_number_hash("079312345678") == id_number_hash("079-312.345-678")
    settings.FIELD_HASH_KEYS = [new_key("other-hash-key")]
    assert id_number_hash("079312345678") != before


def test_phone_numbers_and_dates_are_normalised():
    assert tokens("phone", "+84 912 345 678") == tokens("phone", "0912.345.678") == {"0912345678"}
    assert tokens("phone", "0084912345678") == {"0912345678"}
    import datetime

    assert birth_date_hash(datetime.date(1987, 6, 5)) == birth_date_hash("1987-06-05")
    assert birth_date_hash(None) is None


@pytest.fixture
def people(person_model):
    return {
        "dao": person_model.objects.create(full_name="Nguyễn Thị Đào", id_number="079312345678"),
        "dung": person_model.objects.create(full_name="Trần Văn Dũng", phone="+84 912 345 678"),
        "daonam": person_model.objects.create(full_name="Đào Văn Nam"),
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("dao", {"dao", "daonam"}),
        ("Đào", {"dao", "daonam"}),
        ("ĐÀO", {"dao", "daonam"}),
        ("nguyen dao", {"dao"}),
        ("Dao nguyen", {"dao"}),
        ("van", {"dung", "daonam"}),
        ("dung", {"dung"}),
        ("da", set()),
        ("ao", set()),
        ("nguye", set()),
        ("nguyen nam", set()),
        ("", set()),
        ("  ", set()),
    ],
)
def test_search_by_any_whole_word_with_or_without_diacritics(people, person_model, typed, expected):
    found = set(person_model.objects.matching("full_name", typed).values_list("pk", flat=True))
    assert found == {people[name].pk for name in expected}


def test_a_search_is_one_query(people, person_model, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert len(list(person_model.objects.matching("full_name", "nguyen thi dao"))) == 1


def test_search_by_id_number_and_phone(people, person_model):
    assert list(person_model.objects.matching("id_number", "079 312 345 678")) == [people["dao"]]
    assert list(person_model.objects.matching("phone", "0912345678")) == [people["dung"]]
    with pytest.raises(ValueError, match="no keyed hash"):
        person_model.objects.matching("notes", "x")


def test_hashes_follow_saves_and_deletes(people, person_model):
    dao = people["dao"]
    dao.full_name = "Lê Thị Hoa"
    dao.save()
    assert list(person_model.objects.matching("full_name", "dao")) == [people["daonam"]]
    assert list(person_model.objects.matching("full_name", "hoa")) == [dao]
    dao.full_name = "Lê Thị Lan"
    dao.save(update_fields=["full_name"])
    assert list(person_model.objects.matching("full_name", "lan")) == [dao]
    dao.notes = "một ghi chú"
    dao.save(update_fields=["notes"])
    assert list(person_model.objects.matching("full_name", "lan")) == [dao]
    owner_rows = KeyedHash.objects.filter(owner_id=dao.pk)
    assert owner_rows.exists()
    dao.delete()
    assert not owner_rows.exists()
    person_model.objects.filter(pk=people["dung"].pk).delete()
    assert not KeyedHash.objects.filter(owner_id=people["dung"].pk).exists()


def test_bulk_writes_keep_hashes_and_update_is_refused(person_model):
    created = person_model.objects.bulk_create(
        [person_model(full_name="Phạm Văn Bulk"), person_model(full_name="Võ Thị Lô")]
    )
    assert {p.pk for p in person_model.objects.matching("full_name", "bulk")} == {created[0].pk}
    created[1].full_name = "Võ Thị Đổi"
    person_model.objects.bulk_update(created, ["full_name"])
    assert list(person_model.objects.matching("full_name", "doi")) == [created[1]]
    assert not person_model.objects.matching("full_name", "lo").exists()
    with pytest.raises(TypeError, match="keyed hashes"):
        person_model.objects.filter(pk=created[0].pk).update(full_name="Khác")
    person_model.objects.filter(pk=created[0].pk).update(notes="không có hash")  # not hashed: allowed
    with pytest.raises(TypeError, match="cannot compute encrypted fields"):
        person_model.objects.filter(pk=created[0].pk).update(notes=F("address"))


def test_the_hash_table_holds_digests_only(people):
    for row in KeyedHash.objects.values("digest", "field", "key_id", "owner_type"):
        assert len(row["digest"]) == 64 and set(row["digest"]) <= set("0123456789abcdef")
        assert row["key_id"] == "test-only-h1"
        assert row["owner_type"] == "casework.plantedperson"
