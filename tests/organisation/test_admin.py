"""The organisation admin: agencies are edited there, administrative units only shown."""

import datetime

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


@pytest.fixture
def places(db):
    province = AdministrativeUnitFactory(
        level=AdministrativeUnit.Level.PROVINCE, code="24", name="Bắc Ninh", full_name="Tỉnh Bắc Ninh"
    )
    commune = AdministrativeUnitFactory(
        level=AdministrativeUnit.Level.COMMUNE,
        code="07210",
        name="Đông Sơn",
        full_name="Phường Đông Sơn",
        parent=province,
    )
    closed = AdministrativeUnitFactory(
        level=AdministrativeUnit.Level.COMMUNE,
        code="07211",
        name="Đông Hòa",
        full_name="Xã Đông Hòa",
        parent=province,
        valid_from=None,
        valid_until=datetime.date(2025, 7, 1),
    )
    return {"province": province, "commune": commune, "closed": closed}


@pytest.mark.parametrize("query", ["bac ninh", "BẮC NINH", "Bac Ninh", "tinh bac"])
def test_units_are_found_with_or_without_marks(admin_client, places, query):
    listing = admin_client.get(reverse("wagtailsnippets_organisation_administrativeunit:list"), {"q": query})
    content = listing.content.decode()
    assert "Tỉnh Bắc Ninh" in content
    assert "Phường Đông Sơn" not in content


def test_agencies_are_found_with_or_without_marks(admin_client, places):
    AgencyFactory(name="Ủy ban nhân dân phường Đông Sơn", administrative_unit=places["commune"])
    AgencyFactory(name="Sở Y tế tỉnh Bắc Ninh", administrative_unit=places["province"])
    content = admin_client.get(reverse("wagtailsnippets_organisation_agency:list"), {"q": "uy ban dong son"}).content
    assert "Ủy ban nhân dân phường Đông Sơn" in content.decode()
    assert "Sở Y tế tỉnh Bắc Ninh" not in content.decode()


def test_units_are_listed_province_first_and_without_a_literal_none(admin_client, places):
    content = admin_client.get(reverse("wagtailsnippets_organisation_administrativeunit:list")).content.decode()
    assert content.index("Tỉnh Bắc Ninh") < content.index("Phường Đông Sơn")
    assert ">None<" not in content.replace(" ", "")
    assert list(AdministrativeUnit.objects.values_list("code", flat=True)[:1]) == ["24"]


def test_the_unit_chooser_searches_without_marks_and_offers_only_units_in_force(admin_client, places):
    url = reverse("wagtailsnippetchoosers_organisation_administrativeunit:choose_results")
    content = admin_client.get(url, {"q": "dong"}).content.decode()
    assert "Phường Đông Sơn" in content
    assert "Xã Đông Hòa" not in content  # closed in 2025
    chooser = admin_client.get(reverse("wagtailsnippetchoosers_organisation_administrativeunit:choose")).json()
    assert 'name="q"' in chooser["html"]


def test_the_loader_keeps_search_text_in_step(db):
    from safereturn.organisation.loading import load_administrative_units

    load_administrative_units(provinces=["24"])
    unit = AdministrativeUnit.objects.get(level=AdministrativeUnit.Level.PROVINCE, code="24")
    assert "bac ninh" in unit.search_text


def test_places_and_people_have_their_own_word_for_full_name():
    from django.utils import translation

    from safereturn.accounts.models import User

    with translation.override("vi"):
        assert str(AdministrativeUnit._meta.get_field("full_name").verbose_name) == "tên đầy đủ"
        assert str(User._meta.get_field("full_name").verbose_name) == "họ và tên"
