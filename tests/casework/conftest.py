"""Fixtures for casework's foundation: a test-only model, keys to rotate to, planted personal data."""

import base64
import datetime
import os

import pytest
from django.apps import apps
from django.db import connections
from django.db.models.signals import post_migrate

from .models import PlantedPerson

# Distinctive values, so that finding one anywhere means it leaked. Each has
# letters only a Vietnamese keyboard types, and a folded form to look for too.
PLANTED = {
    "full_name": "Hoàng Thị Xuyếnqwz Đặngkhuê",
    "id_number": "079312345678",
    "phone": "0912 345 678",
    "birth_date": datetime.date(1987, 6, 5),
    "address": {"street": "Thôn Quỳnhvặt", "commune": "Xã Pháqzy"},
    "notes": "Bị lừa sang Myanmar bởi người tên Kiềuvzx, làm việc ở Shwekokko.",
}


def new_key(key_id):
    return f"{key_id}:{base64.urlsafe_b64encode(os.urandom(32)).decode()}"


def create_planted_table(using="default", **kwargs):
    """Create the test-only model's table (it has no migration), unless it is there."""
    connection = connections[using]
    if PlantedPerson._meta.db_table not in connection.introspection.table_names():
        with connection.schema_editor() as editor:
            editor.create_model(PlantedPerson)


# The table is made as soon as the test database is migrated: before Django
# copies that database for the serialized rollback of transactional tests
# (tests/conftest.py), which reads every casework model's table.
post_migrate.connect(create_planted_table, sender=apps.get_app_config("casework"), dispatch_uid="planted-table")


@pytest.fixture(scope="session")
def planted_table(django_db_setup, django_db_blocker):
    """The test-only model, its table made (by the migration of the test database, or here)."""
    with django_db_blocker.unblock():
        create_planted_table()
    return PlantedPerson


@pytest.fixture
def person_model(planted_table, db):
    return planted_table


@pytest.fixture
def planted(person_model):
    return person_model.objects.create(**PLANTED)


# The distinctive parts of the planted values (common words such as "Thị" or
# "Thôn" could appear anywhere and prove nothing).
DISTINCTIVE = [
    PLANTED["full_name"],
    "Xuyếnqwz",
    "Đặngkhuê",
    PLANTED["id_number"],
    PLANTED["phone"],
    PLANTED["phone"].replace(" ", ""),
    "1987-06-05",
    "05/06/1987",
    "19870605",
    *PLANTED["address"].values(),
    "Quỳnhvặt",
    "Pháqzy",
    PLANTED["notes"],
    "Kiềuvzx",
    "Shwekokko",
]


def needles():
    """Every distinctive planted value, lower-cased, in its written and its folded forms."""
    from safereturn.base.search import fold

    return sorted({form.lower() for text in DISTINCTIVE for form in (text, fold(text))})
