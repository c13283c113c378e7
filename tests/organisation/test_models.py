"""Administrative units and agencies: validity periods and names in the active language."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import timezone, translation

from safereturn.organisation.factories import AdministrativeUnitFactory, AgencyFactory
from safereturn.organisation.models import AdministrativeUnit, Agency

START = date(2025, 7, 1)

FACTORIES = {"administrative unit": AdministrativeUnitFactory, "agency": AgencyFactory}


@pytest.mark.django_db
@pytest.mark.parametrize("factory", FACTORIES.values(), ids=FACTORIES.keys())
@pytest.mark.parametrize("valid_until", [START, START - timedelta(days=1)], ids=["same day", "day before"])
def test_end_date_must_come_after_start_date_in_forms(factory, valid_until):
    record = factory.build(valid_from=START, valid_until=valid_until)
    if isinstance(record, Agency):
        record.administrative_unit = AdministrativeUnitFactory()

    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="The end date must come after the start date"),
    ):
        record.full_clean()


@pytest.mark.django_db
@pytest.mark.parametrize("factory", FACTORIES.values(), ids=FACTORIES.keys())
def test_end_date_must_come_after_start_date_in_the_database(factory):
    record = factory(valid_from=START)
    model = type(record)

    # The constraint holds even for writes that skip validation (bulk updates, the loader).
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.filter(pk=record.pk).update(valid_until=START)

    record.refresh_from_db()
    assert record.valid_until is None


@pytest.mark.django_db
@pytest.mark.parametrize("factory", FACTORIES.values(), ids=FACTORIES.keys())
@pytest.mark.parametrize(
    ("valid_from", "valid_until"),
    [(START, START + timedelta(days=1)), (None, START), (START, None), (None, None)],
    ids=["after", "unknown start", "open end", "no dates"],
)
def test_valid_periods_are_accepted(factory, valid_from, valid_until):
    record = factory(valid_from=valid_from, valid_until=valid_until)

    record.full_clean()


@pytest.mark.django_db
def test_current_is_the_records_valid_on_a_date():
    always = AdministrativeUnitFactory(valid_from=None)
    started = AdministrativeUnitFactory(valid_from=START)
    closed = AdministrativeUnitFactory(valid_from=date(2020, 1, 1), valid_until=START)
    future = AdministrativeUnitFactory(valid_from=date(2027, 1, 1))

    def current(on):
        return set(AdministrativeUnit.objects.current(on=on))

    assert current(START - timedelta(days=1)) == {always, closed}
    # valid_until is the first day on which the unit no longer exists.
    assert current(START) == {always, started}
    assert current(date(2027, 1, 1)) == {always, started, future}
    assert set(AdministrativeUnit.objects.closed()) == {closed}


@pytest.mark.django_db
def test_current_defaults_to_today():
    today = timezone.localdate()
    open_unit = AdministrativeUnitFactory(valid_from=today - timedelta(days=10))
    ended = AdministrativeUnitFactory(valid_from=today - timedelta(days=10), valid_until=today)
    agency = AgencyFactory(valid_from=today, administrative_unit=open_unit)
    AgencyFactory(valid_from=today + timedelta(days=1), administrative_unit=open_unit)

    assert set(AdministrativeUnit.objects.current()) == {open_unit}
    assert set(Agency.objects.current()) == {agency}
    assert open_unit.is_current
    assert not ended.is_current


@pytest.mark.django_db
def test_unit_names_follow_the_active_language():
    unit = AdministrativeUnitFactory(
        name="Bắc Ninh", name_en="Bac Ninh", full_name="Tỉnh Bắc Ninh", full_name_en="Bac Ninh Province"
    )

    with translation.override("vi"):
        assert unit.display_name == "Bắc Ninh"
        assert unit.display_full_name == "Tỉnh Bắc Ninh"
        assert str(unit) == "Tỉnh Bắc Ninh"
    with translation.override("en"):
        assert unit.display_name == "Bac Ninh"
        assert unit.display_full_name == "Bac Ninh Province"
        assert str(unit) == "Bac Ninh Province"


@pytest.mark.django_db
def test_unit_names_fall_back_to_vietnamese_without_an_english_name():
    unit = AdministrativeUnitFactory(
        commune=True, name="Đồng Tâm", name_en="", full_name="Xã Đồng Tâm", full_name_en=""
    )

    with translation.override("en"):
        assert unit.display_name == "Đồng Tâm"
        assert str(unit) == "Xã Đồng Tâm"


@pytest.mark.django_db
def test_agency_name_follows_the_active_language():
    agency = AgencyFactory(name="Sở Y tế tỉnh Bắc Ninh", name_en="Bac Ninh Department of Health")
    untranslated = AgencyFactory(name="Hội Liên hiệp Phụ nữ", name_en="", agency_type=Agency.Type.WOMENS_UNION)

    with translation.override("vi"):
        assert agency.display_name == str(agency) == "Sở Y tế tỉnh Bắc Ninh"
    with translation.override("en"):
        assert agency.display_name == str(agency) == "Bac Ninh Department of Health"
        assert untranslated.display_name == "Hội Liên hiệp Phụ nữ"


@pytest.mark.django_db
def test_factories_build_a_commune_inside_a_province():
    commune = AdministrativeUnitFactory(commune=True)

    assert commune.level == AdministrativeUnit.Level.COMMUNE
    assert commune.parent.level == AdministrativeUnit.Level.PROVINCE
    assert commune in commune.parent.children.all()
    commune.full_clean()
    commune.parent.full_clean()
    AgencyFactory().full_clean()


@pytest.mark.django_db
def test_units_are_protected_from_deletion_while_referenced():
    """Closing, never deleting: a unit an agency points at cannot be removed by accident."""
    agency = AgencyFactory()

    with pytest.raises(ProtectedError):
        agency.administrative_unit.delete()
