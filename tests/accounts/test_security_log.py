"""The security log: append-only, no foreign key to users, read in the admin with filters, pruned by the timer."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import SecurityEvent

from .conftest import sign_in

pytestmark = pytest.mark.django_db


def test_rows_keep_the_user_as_plain_values_and_outlive_the_user(client, official):
    sign_in(client, official.username, REMOTE_ADDR="192.0.2.9")
    event = SecurityEvent.objects.get(kind="signed_in")
    assert (event.user_id, event.username, event.ip_address) == (official.pk, official.username, "192.0.2.9")
    assert not any(field.is_relation for field in SecurityEvent._meta.fields)
    official.delete()
    assert SecurityEvent.objects.filter(kind="signed_in", username="official1").exists()
    assert SecurityEvent.objects.filter(kind="account_deleted", username="official1").exists()


def test_the_log_cannot_be_changed_through_the_orm(official):
    event = SecurityEvent.objects.create(kind="signed_in", username="x")
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        SecurityEvent.objects.update(detail="changed")
    with pytest.raises(PermissionError):
        SecurityEvent.objects.all().delete()


def test_administrators_read_it_with_filters_and_nothing_else(client, official):
    SecurityEvent.objects.create(kind="sign_in_failed", username="official1", ip_address="192.0.2.1")
    SecurityEvent.objects.create(kind="signed_in", username="someone", ip_address="198.51.100.1")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    index = reverse("security_log:index")
    everything = client.get(index)
    assert everything.status_code == 200
    failed = client.get(index, {"kind": "sign_in_failed"})
    assert "official1" in failed.content.decode() and "someone" not in failed.content.decode()
    by_address = client.get(index, {"ip_address": "198.51"})
    assert "someone" in by_address.content.decode() and "official1" not in by_address.content.decode()
    for name in ("add", "edit", "delete"):
        with pytest.raises(NoReverseMatch):
            reverse(f"security_log:{name}", args=[1] if name != "add" else [])


def test_people_without_permission_cannot_read_it(client, editor):
    client.force_login(editor)
    assert client.get(reverse("security_log:index")).status_code in (302, 403)


def test_the_retention_command_deletes_old_events_only(official):
    old = SecurityEvent.objects.create(kind="signed_in", occurred_at=timezone.now() - timedelta(days=800))
    new = SecurityEvent.objects.create(kind="signed_in")
    call_command("prune_security_log", stdout=None)
    assert SecurityEvent.objects.filter(pk=new.pk).exists()
    assert not SecurityEvent.objects.filter(pk=old.pk).exists()
