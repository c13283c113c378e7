"""
Which agency acts at each legal step: dated reference data, never code.

Reforms move these duties (the 2025 reform moved victim support from the
labour to the health sector and abolished districts), so each row says which
type of agency leads or assists at one step, under which legal regime, from
when until when, with its legal basis and the source key of
`../shared/docs/domain.md`. Migration 0004 loads the rows domain.md sources;
a step whose actor or deadline domain.md marks UNSOURCED has no row (or no
deadline), and the interface says so instead of inventing one.

Part 2's workflow reads `StepAuthority.objects.for_step(step, regime, on)` to
decide which role may make each step.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from safereturn.organisation.models import Agency, ValidityPeriod, ValidityQuerySet, validity_constraint


class LegalRegime(models.TextChoices):
    LAW_2011 = "2011", _("Law 66/2011/QH12 (cases before 1 July 2025)")
    LAW_2024 = "2024", _("Law 53/2024/QH15, as amended in 2025")


class LegalStep(models.TextChoices):
    RECEPTION = "reception", _("Reception of the person")
    NOTIFICATION = "notification", _("Notification of the provincial health department")
    INITIAL_VERIFICATION = "initial_verification", _("Initial verification")
    FURTHER_VERIFICATION = "further_verification", _("Further verification")
    ESSENTIAL_NEEDS = "essential_needs", _("Accommodation and essential needs")
    SUPPORT_CLAIM = "support_claim", _("Claim for schooling, vocational training or initial hardship support")


class StepAuthorityQuerySet(ValidityQuerySet):
    def for_step(self, step, regime=LegalRegime.LAW_2024, on=None):
        """The rows for one step under one regime on a date (today by default), leading agency first."""
        return self.current(on).filter(step=step, legal_regime=regime).order_by("-leads", "agency_type")


class StepAuthority(ValidityPeriod):
    """One type of agency's part in one legal step, for a period (see the module's docstring)."""

    class DayCount(models.TextChoices):
        CALENDAR = "calendar", _("calendar days")
        WORKING = "working", _("working days")

    legal_regime = models.CharField(_("legal regime"), max_length=8, choices=LegalRegime.choices)
    step = models.CharField(_("step"), max_length=40, choices=LegalStep.choices)
    agency_type = models.CharField(_("type of agency"), max_length=40, choices=Agency.Type.choices)
    leads = models.BooleanField(_("leads the step"), default=True, help_text=_("Unticked: it takes part."))
    deadline_days = models.PositiveSmallIntegerField(
        _("time limit (days)"),
        null=True,
        blank=True,
        help_text=_("Empty when the law sets none (or none is sourced)."),
    )
    day_count = models.CharField(_("days counted as"), max_length=10, choices=DayCount.choices, blank=True)
    legal_basis = models.CharField(_("legal basis"), max_length=200)
    source = models.CharField(_("source"), max_length=40, help_text=_("The source key in domain.md, e.g. S5."))

    objects = StepAuthorityQuerySet.as_manager()

    class Meta:
        verbose_name = _("competent agency at a legal step")
        verbose_name_plural = _("competent agencies at legal steps")
        ordering = ["legal_regime", "step", "-leads", "agency_type"]
        constraints = [validity_constraint("stepauthority_valid_until_after_valid_from")]

    def __str__(self):
        return f"{self.get_legal_regime_display()} · {self.get_step_display()} · {self.get_agency_type_display()}"


class CalendarDay(models.Model):
    """
    A day that breaks the Monday-to-Friday rule (casework.deadlines): a public
    holiday or a day off in lieu, or a weekend day that is worked in exchange.
    Kept by the casework administrator, year by year, from the government's
    announcements; every time limit counted in working days reads it.
    """

    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("Day off (public holiday or day off in lieu)")
        WORKING_DAY = "working_day", _("Working day (a weekend day worked in exchange)")

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.DAY_OFF)
    name = models.CharField(_("name"), max_length=100, help_text=_("For example: Tết Nguyên đán, Quốc khánh."))
    source = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("The announcement that sets it, e.g. its number.")
    )

    class Meta:
        verbose_name = _("day off or working day")
        verbose_name_plural = _("days off and working days")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.name}"
