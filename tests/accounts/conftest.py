"""Helpers for the staff accounts tests: people, codes computed with django-otp, signing in through the door."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from safereturn.accounts.factories import UserFactory
from safereturn.base.admin_names import EDITORS_GROUP

PASSWORD = "correct horse battery staple"  # UserFactory's


def code_for(device, drift=0):
    """The current code of a TOTP device, computed as an authenticator app would (django-otp's RFC 6238)."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=drift):06d}"


def sign_in(client, username, password=PASSWORD, next_url=None, **extra):
    data = {"username": username, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(reverse("accounts:sign_in"), data, **extra)


@pytest.fixture
def editors(db):
    group, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return group


@pytest.fixture
def editor(editors):
    user = UserFactory(username="editor1")
    user.groups.add(editors)
    return user


@pytest.fixture
def editor_device(editor):
    return TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)


@pytest.fixture
def official(db):
    return UserFactory(username="official1")
