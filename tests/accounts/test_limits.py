"""Sign-in limits: per account and address (django-axes), per address across accounts (WindowCounter)."""

import pytest
from django.test import override_settings
from django.urls import reverse

from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import SecurityEvent

from .conftest import sign_in

pytestmark = pytest.mark.django_db


def fail(client, username, address, times=5):
    return [sign_in(client, username, "wrong password", REMOTE_ADDR=address).status_code for _ in range(times)]


def test_a_lock_out_from_one_address_does_not_lock_the_account_from_another(client, official):
    assert fail(client, official.username, "198.51.100.7") == [200, 200, 200, 200, 429]
    locked = sign_in(client, official.username, REMOTE_ADDR="198.51.100.7")
    assert locked.status_code == 429
    # The locked-out user is told why, in Vietnamese.
    assert "Đăng nhập sai quá nhiều lần" in locked.content.decode()
    assert sign_in(client, official.username, REMOTE_ADDR="203.0.113.9").status_code == 302
    assert SecurityEvent.objects.filter(kind="locked_out", user_id=official.pk).exists()
    # Four failures, then the fifth locks the pair out: logged as a lock-out.
    assert SecurityEvent.objects.filter(kind="sign_in_failed", user_id=official.pk).count() == 4


@override_settings(SIGN_IN_ADDRESS_LIMIT={"failures": 12, "window": 900})
def test_the_per_address_limit_holds_across_accounts(client):
    people = [UserFactory() for _ in range(4)]
    # Three failures on each of four accounts: never five on one account, so axes locks none.
    statuses = [sign_in(client, p.username, "wrong", REMOTE_ADDR="192.0.2.50").status_code for p in people * 3]
    assert statuses == [200] * 12
    # The address has used up its failures: even a right password waits, on any account...
    refused = sign_in(client, people[0].username, REMOTE_ADDR="192.0.2.50")
    assert refused.status_code == 429
    assert "15" in refused.content.decode()
    # ...while the same accounts sign in from elsewhere.
    assert sign_in(client, people[0].username, REMOTE_ADDR="192.0.2.51").status_code == 302
    assert SecurityEvent.objects.filter(kind="address_limited", ip_address="192.0.2.50").count() == 1


@override_settings(SIGN_IN_ADDRESS_LIMIT={"failures": 3, "window": 900})
def test_successful_sign_ins_do_not_use_up_the_address_limit(client):
    people = [UserFactory() for _ in range(5)]
    for person in people:
        assert sign_in(client, person.username, REMOTE_ADDR="192.0.2.60").status_code == 302
        client.post(reverse("accounts:sign_out"))
