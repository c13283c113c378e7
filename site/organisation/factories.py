"""Factories for administrative units and agencies (factory_boy)."""

import unicodedata

import factory
from factory.faker import Faker

from .models import AdministrativeUnit, Agency


def _without_diacritics(text):
    """How official English names write Vietnamese ones: "Đồng Tâm" becomes "Dong Tam"."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


class AdministrativeUnitFactory(factory.django.DjangoModelFactory):
    """
    A current province by default; `AdministrativeUnitFactory(commune=True)` makes a commune in a new province.

    Codes start with "T" so that they can never clash with the official
    numeric codes that `load_administrative_units` writes into the same table.
    """

    code = factory.Sequence(lambda n: f"T{n:05d}")
    level = AdministrativeUnit.Level.PROVINCE
    parent = None
    # Street names are Vietnamese place-like names that are not real provinces,
    # so test data is never mistaken for the official list.
    name = Faker("street_name", locale="vi_VN")
    name_en = factory.LazyAttribute(lambda unit: _without_diacritics(unit.name))
    full_name = factory.LazyAttribute(lambda unit: f"Tỉnh {unit.name}")
    full_name_en = factory.LazyAttribute(lambda unit: f"{unit.name_en} Province")
    code_name = factory.LazyAttribute(lambda unit: f"test_{unit.code.lower()}")
    source = "factory"

    class Meta:
        model = AdministrativeUnit
        # The same (level, code) always means the same unit, as in the loader.
        django_get_or_create = ("level", "code")

    class Params:
        commune = factory.Trait(
            level=AdministrativeUnit.Level.COMMUNE,
            parent=factory.SubFactory("safereturn.organisation.factories.AdministrativeUnitFactory"),
            full_name=factory.LazyAttribute(lambda unit: f"Xã {unit.name}"),
            full_name_en=factory.LazyAttribute(lambda unit: f"{unit.name_en} Commune"),
        )


class AgencyFactory(factory.django.DjangoModelFactory):
    """A current provincial Department of Health, the agency that supports victims since the 2025 reform."""

    administrative_unit = factory.SubFactory(AdministrativeUnitFactory)
    agency_type = Agency.Type.PROVINCIAL_HEALTH
    name = factory.LazyAttribute(lambda agency: f"Sở Y tế {agency.administrative_unit.name}")
    name_en = factory.LazyAttribute(
        lambda agency: f"{agency.administrative_unit.name_en or agency.administrative_unit.name} Department of Health"
    )
    parent = None

    class Meta:
        model = Agency
