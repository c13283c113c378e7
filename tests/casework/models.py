"""
A model that exists only in the tests: casework's foundation has no records
of its own yet (people and cases come in a later part). Its table is made by
the fixture in conftest.py, in the test database only.
"""

from casework.fields import EncryptedCharField, EncryptedDateField, EncryptedJSONField, EncryptedTextField
from casework.models import CaseworkModel


class PlantedPerson(CaseworkModel):
    full_name = EncryptedCharField(max_length=200)
    id_number = EncryptedCharField(max_length=20, blank=True)
    phone = EncryptedCharField(max_length=30, blank=True)
    birth_date = EncryptedDateField(null=True, blank=True)
    address = EncryptedJSONField(null=True, blank=True)
    notes = EncryptedTextField(blank=True)

    keyed_hashes = {"full_name": "name", "id_number": "id_number", "phone": "phone", "birth_date": "birth_date"}

    class Meta:
        app_label = "casework"
