"""Wagtail's user admin carries the profile fields: full name, position, agency, administrative unit."""

import pytest
from django.urls import reverse, reverse_lazy

from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import User
from safereturn.organisation.factories import AdministrativeUnitFactory, AgencyFactory

# Wagtail 8 names the create view "add" but serves it at /admin/users/new/.
ADD_URL = reverse_lazy("wagtailusers_users:add")
PROFILE_FIELDS = ("full_name", "position", "agency", "administrative_unit")
PASSWORD = "Trở về an toàn 2026!"  # passes the project's validators (length 12, not common)


@pytest.fixture
def admin_client(client, db):
    """A superuser signed in to the Wagtail admin (force_login skips axes, as a real sign-in would not)."""
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def workplace(db):
    commune = AdministrativeUnitFactory(commune=True)
    agency = AgencyFactory(administrative_unit=commune.parent)
    return {"agency": agency, "administrative_unit": commune}


def test_create_page_shows_the_profile_fields(admin_client):
    response = admin_client.get(ADD_URL)

    assert response.status_code == 200
    form = response.context["form"]
    for name in PROFILE_FIELDS:
        assert name in form.fields
        assert f'name="{name}"' in response.content.decode()


def test_superuser_creates_a_user_with_a_profile(admin_client, workplace):
    response = admin_client.post(
        ADD_URL,
        {
            "username": "canbo.bacninh",
            "email": "canbo.bacninh@example.invalid",
            "first_name": "Thử",
            "last_name": "Nguyễn",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "full_name": "Nguyễn Thị Thử",
            "position": "Cán bộ Lao động - Thương binh và Xã hội",
            "agency": workplace["agency"].pk,
            "administrative_unit": workplace["administrative_unit"].pk,
        },
    )

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert response.url == reverse("wagtailusers_users:index")
    user = User.objects.get(username="canbo.bacninh")
    assert user.full_name == "Nguyễn Thị Thử"
    assert user.get_full_name() == "Nguyễn Thị Thử"
    assert user.position == "Cán bộ Lao động - Thương binh và Xã hội"
    assert user.agency == workplace["agency"]
    assert user.administrative_unit == workplace["administrative_unit"]
    assert user.check_password(PASSWORD)
    assert not user.is_superuser


def test_superuser_edits_a_users_profile(admin_client, workplace):
    user = UserFactory(full_name="Nguyễn Thị Thử", email="thu@example.invalid")

    response = admin_client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]),
        {
            "username": user.username,
            "email": user.email,
            # Wagtail's user form requires both name parts.
            "first_name": "Thử",
            "last_name": "Trần",
            "password1": "",
            "password2": "",
            "is_active": "on",
            "full_name": "Trần Văn Thử",
            "position": "Trợ giúp viên pháp lý",
            "agency": workplace["agency"].pk,
            "administrative_unit": workplace["administrative_unit"].pk,
        },
    )

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    user.refresh_from_db()
    assert user.full_name == "Trần Văn Thử"
    assert user.position == "Trợ giúp viên pháp lý"
    assert user.agency == workplace["agency"]
    assert user.administrative_unit == workplace["administrative_unit"]


def test_signed_out_visitor_cannot_open_the_create_page(client, db):
    response = client.get(ADD_URL)

    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_a_vietnamese_name_needs_no_first_and_last_name(admin_client, workplace):
    """Only the full name is required: Vietnamese names do not split into first and last."""
    data = {
        "username": "canbo.xa",
        "email": "canbo.xa@example.invalid",
        "first_name": "",
        "last_name": "",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "full_name": "",
        "position": "",
        "agency": "",
        "administrative_unit": "",
    }
    response = admin_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "full_name" in response.context["form"].errors
    assert not User.objects.filter(username="canbo.xa").exists()

    response = admin_client.post(ADD_URL, {**data, "full_name": "Lê Văn Xã"})
    assert response.status_code == 302
    assert User.objects.get(username="canbo.xa").get_full_name() == "Lê Văn Xã"
