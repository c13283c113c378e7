"""Wagtail's user admin: new people are invited (no password set by an administrator), with a first post."""

import re

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse, reverse_lazy
from django_otp.plugins.otp_totp.models import TOTPDevice

from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import Invitation, Membership, SecurityEvent, User
from safereturn.organisation.factories import AdministrativeUnitFactory, AgencyFactory

from .test_password_reset import IMMEDIATE

ADD_URL = reverse_lazy("wagtailusers_users:add")
PASSWORD = "Trở về an toàn 2026!"


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def workplace(db):
    commune = AdministrativeUnitFactory(commune=True)
    agency = AgencyFactory(administrative_unit=commune.parent)
    return {"agency": agency, "unit": commune}


def new_user_data(workplace, **changes):
    return {
        "username": "canbo.bacninh",
        "email": "Canbo.Bacninh@example.invalid",
        "first_name": "",
        "last_name": "",
        "full_name": "Nguyễn Thị Thử",
        "post_agency": workplace["agency"].pk,
        "post_units": [workplace["unit"].pk],
        "post_position": "Cán bộ Lao động - Thương binh và Xã hội",
        "post_role": "official",
        **changes,
    }


def test_the_add_form_has_no_password_and_asks_for_the_first_post(admin_client):
    response = admin_client.get(ADD_URL)
    assert response.status_code == 200
    form = response.context["form"]
    assert "password1" not in form.fields
    for name in ("full_name", "post_agency", "post_units", "post_position", "post_role"):
        assert name in form.fields


@override_settings(TASKS=IMMEDIATE)
def test_a_new_official_is_invited_and_chooses_a_password(admin_client, workplace, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(ADD_URL, new_user_data(workplace))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    user = User.objects.get(username="canbo.bacninh")
    assert response.url == reverse("wagtailusers_users:invitation", args=[user.pk])
    assert user.email == "canbo.bacninh@example.invalid"
    assert not user.has_usable_password()
    membership = Membership.objects.get(user=user)
    assert (membership.agency, list(membership.administrative_units.all())) == (
        workplace["agency"],
        [workplace["unit"]],
    )
    user.refresh_from_db()
    assert (user.agency, user.administrative_unit) == (workplace["agency"], workplace["unit"])

    # The e-mail went by the background task, after the commit; the admin can also show the link.
    assert len(mail.outbox) == 1
    link = re.search(r"http://\S+", mail.outbox[0].body).group(0).replace("http://127.0.0.1:8000", "")
    shown = admin_client.get(response.url)
    assert link in shown.content.decode()

    admin_client.logout()
    form = admin_client.get(link)
    assert form.status_code == 200
    done = admin_client.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    # Single use.
    assert admin_client.get(link).status_code == 404
    kinds = set(SecurityEvent.objects.filter(user_id=user.pk).values_list("kind", flat=True))
    assert {"account_created", "invitation_created", "invitation_sent", "invitation_accepted"} <= kinds


def test_an_expired_invitation_does_not_work(client, db):
    from datetime import timedelta

    from django.utils import timezone

    user = UserFactory()
    invitation = Invitation.objects.create(user=user, created_at=timezone.now() - timedelta(days=8))
    assert client.get(invitation.get_absolute_url()).status_code == 404


def test_a_new_invitation_replaces_the_old_one(admin_client, db):
    user = UserFactory()
    from safereturn.accounts import invitations

    old = invitations.invite(user, send=False)
    admin_client.post(reverse("wagtailusers_users:invitation", args=[user.pk]))
    assert admin_client.get(old.get_absolute_url()).status_code == 404
    assert Invitation.objects.pending().filter(user=user).count() == 1


def test_an_email_already_in_use_is_refused(admin_client, workplace):
    UserFactory(email="canbo.bacninh@example.invalid")
    response = admin_client.post(ADD_URL, new_user_data(workplace))
    assert response.status_code == 200
    assert "email" in response.context["form"].errors


def test_editing_a_user_keeps_the_full_name_required(admin_client, db):
    user = UserFactory(full_name="Nguyễn Thị Thử", email="thu@example.invalid")
    data = {"username": user.username, "email": user.email, "first_name": "", "last_name": "", "is_active": "on"}
    response = admin_client.post(reverse("wagtailusers_users:edit", args=[user.pk]), {**data, "full_name": ""})
    assert "full_name" in response.context["form"].errors
    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]), {**data, "full_name": "Trần Văn Thử"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.full_name == "Trần Văn Thử"


@override_settings(TASKS=IMMEDIATE)
def test_an_administrator_resets_a_lost_second_factor(admin_client, db, django_capture_on_commit_callbacks):
    from django.test import Client

    user = UserFactory()
    TOTPDevice.objects.create(user=user, confirmed=True)
    other = Client()
    other.force_login(user)
    assert other.get(reverse("accounts:home")).status_code == 200
    url = reverse("wagtailusers_users:reset_second_factor", args=[user.pk])
    assert admin_client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url)
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert other.get(reverse("accounts:home")).status_code == 302
    assert SecurityEvent.objects.filter(kind="second_factor_reset", user_id=user.pk).exists()
    assert len(mail.outbox) == 1
    assert not re.search(r"\b\d{6}\b", mail.outbox[0].body)


def test_a_signed_out_visitor_is_sent_to_the_door(client, db):
    response = client.get(ADD_URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:sign_in"))


def test_the_posts_list_opens_and_filters_by_agency(admin_client, workplace):
    """Settings › Posts: its filters are a filter set (filterset_class), not a list of fields."""
    url = reverse("posts:index")
    assert admin_client.get(url).status_code == 200
    response = admin_client.get(url, {"agency": workplace["agency"].pk, "is_primary": "true"})
    assert response.status_code == 200
