"""The organisation admin: agencies are edited there, administrative units only shown."""

import pytest
from django.urls import reverse

from safereturn.accounts.factories import UserFactory
from safereturn.organisation.factories import AdministrativeUnitFactory, AgencyFactory
from safereturn.organisation.models import AdministrativeUnit


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_units_are_listed_and_inspectable(admin_client):
    unit = AdministrativeUnitFactory(full_name="Tỉnh Thử Nghiệm")

    listing = admin_client.get(reverse("wagtailsnippets_organisation_administrativeunit:list"))
    inspect = admin_client.get(reverse("wagtailsnippets_organisation_administrativeunit:inspect", args=[unit.pk]))

    assert listing.status_code == 200
    assert "Tỉnh Thử Nghiệm" in listing.content.decode()
    assert inspect.status_code == 200


def test_units_cannot_be_added_even_by_a_superuser(admin_client):
    """Units come from the official file only, so that codes stay the official ones."""
    response = admin_client.get(reverse("wagtailsnippets_organisation_administrativeunit:add"))

    # Wagtail answers a denied permission with a redirect to the dashboard.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert not AdministrativeUnit.objects.exists()


def test_agencies_can_be_added_and_listed(admin_client):
    agency = AgencyFactory(name="Sở Y tế Thử Nghiệm")

    add = admin_client.get(reverse("wagtailsnippets_organisation_agency:add"))
    listing = admin_client.get(reverse("wagtailsnippets_organisation_agency:list"))

    assert add.status_code == 200
    assert listing.status_code == 200
    assert agency.name in listing.content.decode()
