"""
Key rotation reaches people, cases, linked people and documents: all read back under the new keys, none under
the old alone.
"""

import datetime
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import override_settings

from casework.encryption import DecryptionError
from casework.models import Case, CaseDocument, CaseParticipant, KeyedHash, Person

from .conftest import new_key
from .world import build_world

PERSON = {
    "full_name": "Hà Thị Xoayqzv",
    "aliases": "Bé Xoay",
    "birth_date": datetime.date(1990, 1, 2),
    "sex": "female",
    "ethnicity": "Tày",
    "nationality": "Việt Nam",
    "id_number": "001190002233",
    "phone": "0911 222 333",
    "other_contact": "Chị gái",
    "permanent_address": "Thôn Một",
    "current_address": "Thôn Hai",
    "health_notes": "Khỏe",
    "psychological_notes": "Cần tư vấn",
}
FACTS = {
    "exploitation_purpose": "forced_labour",
    "route": "cross_border",
    "destination_country": "Campuchia",
    "trafficking_period": "2024",
    "recruitment_method": "Qua mạng",
    "circumstances": "Bị giữ giấy tờ",
    "support_wishes": "Về nhà",
    "support_notes": "Đã hỗ trợ đi lại",
    "risk_notes": "Bị đe dọa",
}
FILE = b"%PDF-1.4 Ha Thi Xoayqzv"


@pytest.fixture
def data(db, planted_table):  # the rotation also walks the tests' own model, whose table this makes
    world = build_world()
    case = world.cases["inside"]
    person = case.person
    for name, value in PERSON.items():
        setattr(person, name, value)
    person.save()
    for name, value in FACTS.items():
        setattr(case, name, value)
    case.save()
    link = case.participants.get()
    link.relationship = "Con gái"
    link.save()
    document = CaseDocument(
        case=case, title="Quyết định Xoay", original_name="xoay.pdf", content_type="application/pdf"
    )
    document.file.save("x", ContentFile(FILE), save=False)
    document.save()
    return {"case": case, "person": person, "link": link, "document": document}


def read_back(data):
    person = Person.objects.get(pk=data["person"].pk)
    assert {name: getattr(person, name) for name in PERSON} == PERSON
    case = Case.objects.get(pk=data["case"].pk)
    assert {name: getattr(case, name) for name in FACTS} == FACTS
    assert CaseParticipant.objects.get(pk=data["link"].pk).relationship == "Con gái"
    document = CaseDocument.objects.get(pk=data["document"].pk)
    assert (document.title, document.original_name) == ("Quyết định Xoay", "xoay.pdf")
    with document.file.open("rb") as stored:
        assert stored.read() == FILE
    assert Person.objects.matching("full_name", "xoayqzv").get().pk == person.pk
    assert Person.objects.matching("id_number", "001190002233").get().pk == person.pk


def test_rotation_reencrypts_people_cases_links_and_documents(data, settings):
    old = {"enc": list(settings.FIELD_ENCRYPTION_KEYS), "hash": list(settings.FIELD_HASH_KEYS)}
    new = {"enc": [new_key("cases-1")], "hash": [new_key("cases-h1")]}
    settings.FIELD_ENCRYPTION_KEYS = new["enc"] + old["enc"]
    settings.FIELD_HASH_KEYS = new["hash"] + old["hash"]
    output = StringIO()
    call_command("rotate_field_encryption", "--batch-size", "2", stdout=output)
    for label in ("casework.Person", "casework.Case", "casework.CaseParticipant", "casework.CaseDocument"):
        assert f"{label}: " in output.getvalue(), label

    with override_settings(FIELD_ENCRYPTION_KEYS=new["enc"], FIELD_HASH_KEYS=new["hash"]):
        read_back(data)
        assert set(KeyedHash.objects.values_list("key_id", flat=True)) == {"cases-h1"}
        call_command("rotate_field_encryption", "--check", stdout=StringIO())

    with override_settings(FIELD_ENCRYPTION_KEYS=old["enc"], FIELD_HASH_KEYS=old["hash"]):
        for model, pk in (
            (Person, data["person"].pk),
            (Case, data["case"].pk),
            (CaseParticipant, data["link"].pk),
            (CaseDocument, data["document"].pk),
        ):
            with pytest.raises(DecryptionError):
                model.objects.get(pk=pk)
        with pytest.raises(DecryptionError):
            data["document"].file.storage.open(data["document"].file.name)
        assert not Person.objects.matching("full_name", "xoayqzv").exists()
