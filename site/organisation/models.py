"""
Where people work and which places they answer for.

Administrative units and agencies change by resolution (the 2025 reform
merged provinces, abolished districts and moved victim support from the
labour to the health sector). Old cases keep pointing at what existed when
they were opened, so nothing here is ever deleted: it is closed with a date.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from safereturn.base.search import fold


class ValidityQuerySet(models.QuerySet):
    """Filters for records that are valid over a period (`valid_from`..`valid_until`)."""

    def current(self, on=None):
        """Records valid on a date (today by default)."""
        on = on or timezone.localdate()
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=on)).filter(
            Q(valid_until__isnull=True) | Q(valid_until__gt=on)
        )

    def closed(self):
        return self.filter(valid_until__isnull=False)


class ValidityPeriod(models.Model):
    """Abstract: a record that starts and may end on a date, and is never deleted."""

    valid_from = models.DateField(
        _("valid from"), null=True, blank=True, help_text=_("Leave empty if the start date is unknown.")
    )
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("The first day on which it no longer exists. Leave empty while it exists."),
    )

    class Meta:
        abstract = True
        constraints = []

    @property
    def is_current(self):
        today = timezone.localdate()
        started = self.valid_from is None or self.valid_from <= today
        return started and (self.valid_until is None or self.valid_until > today)


def validity_constraint(name):
    return models.CheckConstraint(
        condition=Q(valid_until__isnull=True) | Q(valid_from__isnull=True) | Q(valid_until__gt=models.F("valid_from")),
        name=name,
        violation_error_message=_("The end date must come after the start date."),
    )


class AdministrativeUnit(ValidityPeriod):
    """
    A province (or centrally governed city) or a commune, ward or special zone.

    Loaded from the General Statistics Office's official list by
    `manage.py load_administrative_units`; codes are the official ones.
    """

    class Level(models.TextChoices):
        PROVINCE = "province", _("Province or city")
        DISTRICT = "district", _("District (before 1 July 2025)")
        COMMUNE = "commune", _("Commune, ward or special zone")

    code = models.CharField(_("official code"), max_length=10)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    name = models.CharField(_("name"), max_length=120)
    name_en = models.CharField(_("name in English"), max_length=120, blank=True)
    full_name = models.CharField(pgettext_lazy("place", "full name"), max_length=160)
    full_name_en = models.CharField(pgettext_lazy("place", "full name in English"), max_length=160, blank=True)
    code_name = models.SlugField(_("code name"), max_length=120, allow_unicode=False, blank=True)
    source = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("The official data file this unit was last seen in.")
    )
    # Names and code folded (no marks, đ → d, lower case), so that the admin
    # finds "Bắc Ninh" from "bac ninh" (organisation.search).
    search_text = models.TextField(editable=False, default="")

    objects = ValidityQuerySet.as_manager()

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        # Provinces first (then the districts of old records, then communes), each by official code.
        ordering = [
            models.Case(
                models.When(level="province", then=models.Value(0)),
                models.When(level="district", then=models.Value(1)),
                default=models.Value(2),
            ),
            "code",
        ]
        constraints = [
            models.UniqueConstraint(fields=["level", "code"], name="unique_unit_code_per_level"),
            validity_constraint("unit_valid_until_after_valid_from"),
        ]

    def __str__(self):
        return self.display_full_name

    def save(self, *args, **kwargs):
        self.search_text = self.folded_names()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def folded_names(self):
        return fold(" ".join([self.code, self.name, self.name_en, self.full_name, self.full_name_en]))

    @property
    def display_name(self):
        """The short name in the active language (Vietnamese when no English exists)."""
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name

    @property
    def display_full_name(self):
        if translation.get_language() == "en" and self.full_name_en:
            return self.full_name_en
        return self.full_name


class Agency(ValidityPeriod):
    """
    A body that receives, verifies, protects, supports or trains.

    Which agency is competent at each step is data, not code: the 2025 reform
    moved victim support from the Department of Labour to the Department of
    Health, so both exist here, each with its own dates.
    """

    class Type(models.TextChoices):
        COMMUNE_COMMITTEE = "commune_committee", _("Commune People's Committee")
        PROVINCIAL_COMMITTEE = "provincial_committee", _("Provincial People's Committee")
        PROVINCIAL_HEALTH = "provincial_health", _("Provincial Department of Health")
        PROVINCIAL_LABOUR = "provincial_labour", _("Provincial Department of Labour, Invalids and Social Affairs")
        DISTRICT_LABOUR = "district_labour", _("District Labour, Invalids and Social Affairs Office")
        POLICE = "police", _("Police")
        BORDER_GUARD = "border_guard", _("Border Guard")
        COAST_GUARD = "coast_guard", _("Coast Guard")
        SOCIAL_ASSISTANCE_FACILITY = "social_assistance_facility", _("Social assistance or victim support facility")
        LEGAL_AID_CENTRE = "legal_aid_centre", _("Legal aid centre")
        WOMENS_UNION = "womens_union", _("Women's Union")
        EMPLOYMENT_SERVICE = "employment_service", _("Employment service centre")
        EMBASSY = "embassy", _("Vietnamese embassy or consulate")
        NGO = "ngo", _("Non-governmental organisation")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    code = models.CharField(
        _("code"),
        max_length=40,
        blank=True,
        help_text=_("A short code of your choice, unique among agencies; account imports name agencies by it."),
    )
    agency_type = models.CharField(_("type"), max_length=40, choices=Type.choices)
    administrative_unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        on_delete=models.PROTECT,
        related_name="agencies",
        help_text=_("The province or commune the agency answers for."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="units",
        help_text=_("For example, a shelter run by the Department of Health."),
    )

    # Names and code folded, for the admin's search (organisation.search).
    search_text = models.TextField(editable=False, default="")

    objects = ValidityQuerySet.as_manager()

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]
        constraints = [
            validity_constraint("agency_valid_until_after_valid_from"),
            models.UniqueConstraint(fields=["code"], condition=~Q(code=""), name="unique_agency_code"),
        ]

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        self.search_text = fold(" ".join([self.code, self.name, self.name_en]))
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    @property
    def display_name(self):
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name
