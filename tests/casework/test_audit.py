"""The casework audit log: who did what, append-only, with field names but never values."""

import pytest
from django.db import connection
from django.test import RequestFactory

from casework.audit import AuditEvent, record

from .conftest import PLANTED


@pytest.fixture
def official(django_user_model):
    return django_user_model.objects.create_user(username="canbo.test", password="a long enough password")


@pytest.fixture
def request_by(official):
    request = RequestFactory().get("/casework/cases/", REMOTE_ADDR="192.0.2.10")
    request.user = official
    return request


def test_an_event_keeps_who_what_when_and_where(request_by, planted, official):
    event = record(request_by, AuditEvent.Action.CHANGE, obj=planted, changed_fields=["full_name", "birth_date"])
    event = AuditEvent.objects.get(pk=event.pk)
    assert (event.action, event.user_id, event.username) == ("change", official.pk, "canbo.test")
    assert event.ip_address == "192.0.2.10"
    assert (event.object_type, event.object_id) == ("casework.plantedperson", str(planted.pk))
    assert event.changed_fields == ["full_name", "birth_date"]
    assert event.occurred_at is not None


def test_lists_searches_and_exports_record_counts_and_purposes(request_by):
    record(request_by, AuditEvent.Action.SEARCH, object_type="casework.plantedperson", count=3)
    export = record(
        request_by,
        AuditEvent.Action.EXPORT,
        object_type="casework.plantedperson",
        count=40,
        purpose="Báo cáo cho Sở Y tế về Hoàng Thị Xuyếnqwz",
    )
    assert AuditEvent.objects.get(pk=export.pk).purpose == "Báo cáo cho Sở Y tế về Hoàng Thị Xuyếnqwz"
    with connection.cursor() as cursor:
        cursor.execute("SELECT purpose FROM casework_auditevent WHERE purpose <> ''")
        assert all(value.startswith("enc1:") and "Xuy" not in value for (value,) in cursor.fetchall())


@pytest.mark.parametrize(
    "changed",
    [[PLANTED["full_name"]], ["full_name", "079312345678"], ["no_such_field"], [{"full_name": "x"}]],
)
def test_changed_fields_take_names_of_real_fields_never_values(request_by, planted, changed):
    with pytest.raises(ValueError, match="names of the changed fields") as error:
        record(request_by, AuditEvent.Action.CHANGE, obj=planted, changed_fields=changed)
    assert "Xuy" not in str(error.value) and "0793" not in str(error.value)
    assert not AuditEvent.objects.exists()


def test_an_anonymous_or_missing_request_still_records(planted):
    event = record(None, AuditEvent.Action.DENIED, obj=planted)
    assert (event.user_id, event.username, event.ip_address) == (None, "", None)
    with pytest.raises(ValueError, match="Unknown audit action"):
        record(None, "peeked", obj=planted)


def test_the_log_cannot_be_changed_or_deleted_through_the_orm(request_by, planted):
    event = record(request_by, AuditEvent.Action.VIEW, obj=planted)
    event.action = "list"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.save(update_fields=["action"])
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=event.pk).update(action="list")
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.bulk_update([event], ["action"])
    assert AuditEvent.objects.get(pk=event.pk).action == "view"


def test_deleting_the_user_keeps_the_trail(request_by, planted, official):
    record(request_by, AuditEvent.Action.VIEW, obj=planted)
    official.delete()
    event = AuditEvent.objects.get()
    assert (event.username, event.object_id) == ("canbo.test", str(planted.pk))


def test_ids_are_random_uuids(request_by, planted):
    first = record(request_by, AuditEvent.Action.VIEW, obj=planted)
    second = record(request_by, AuditEvent.Action.VIEW, obj=planted)
    assert first.pk.version == 4 and planted.pk.version == 4
    assert first.pk != second.pk
