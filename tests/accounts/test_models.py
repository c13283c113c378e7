"""The custom user: the name officials see on certificates and in the admin."""

import pytest

from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import User
from safereturn.organisation.factories import AdministrativeUnitFactory, AgencyFactory


@pytest.mark.django_db
def test_full_name_is_the_name_shown():
    user = UserFactory(full_name="Nguyễn Thị Thử", first_name="Thử", last_name="Nguyễn")

    assert user.get_full_name() == "Nguyễn Thị Thử"
    assert str(user) == "Nguyễn Thị Thử"


@pytest.mark.django_db
def test_full_name_falls_back_to_first_and_last_name():
    user = UserFactory(full_name="", first_name="Thử", last_name="Nguyễn")

    assert user.get_full_name() == "Thử Nguyễn"
    assert str(user) == "Thử Nguyễn"


@pytest.mark.django_db
def test_without_any_name_the_username_is_shown():
    user = UserFactory(username="canbo01", full_name="", first_name="", last_name="")

    assert user.get_full_name() == ""
    assert str(user) == "canbo01"


@pytest.mark.django_db
def test_profile_links_to_agency_and_administrative_unit():
    commune = AdministrativeUnitFactory(commune=True)
    agency = AgencyFactory(administrative_unit=commune.parent)
    user = UserFactory(position="Cán bộ tư pháp", agency=agency, administrative_unit=commune)

    user = User.objects.select_related("agency", "administrative_unit").get(pk=user.pk)
    assert user.position == "Cán bộ tư pháp"
    assert user.agency == agency
    assert user.administrative_unit == commune
    assert list(agency.staff.all()) == [user]
    assert list(commune.staff.all()) == [user]


@pytest.mark.django_db
def test_factory_password_works():
    user = UserFactory()

    assert user.check_password("correct horse battery staple")
