"""
Support and protection given on a case (casework part 2).

SupportRecord: one entitlement of Law 53/2024 Art. 37 (casework.entitlements)
given to, asked for or refused by one person of the case, with the decision
that grants it, its date and its amount. ProtectionMeasure: one protection
measure (Law Art. 34–35; domain.md §2.2, "Parallel track") for the person
received or a relative, requested, decided, in force, refused (with the
written commitment the law asks for) or ended.

Which person: the case's own person when `participant` is empty, else the
linked person. Notes say things about people: encrypted, in the field
policy's SUPPORT and PROTECTION groups.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..fields import EncryptedTextField
from .cases import Case, CaseParticipant
from .foundation import CaseworkModel


class DecidedRecord(CaseworkModel):
    """What support and protection records both keep: the decision, a note, and who recorded it when."""

    decision_number = models.CharField(_("decision number"), max_length=60, blank=True)
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    note = EncryptedTextField(_("note"), blank=True)
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now, editable=False)
    recorded_by_id = models.BigIntegerField(_("recorded by (id)"), null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class SupportRecord(DecidedRecord):
    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        GRANTED = "granted", _("Granted")
        REFUSED_BY_PERSON = "refused_by_person", _("Refused by the person")
        REJECTED = "rejected", _("Not granted")

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="support_records")
    participant = models.ForeignKey(
        CaseParticipant,
        verbose_name=_("for"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="support_records",
        help_text=_("Empty: the person received."),
    )
    entitlement = models.CharField(_("support (Law 53/2024, Art. 37)"), max_length=4)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.GRANTED)
    amount = models.PositiveBigIntegerField(_("amount (VND)"), null=True, blank=True)

    class Meta:
        verbose_name = _("support record")
        verbose_name_plural = _("support records")
        ordering = ["entitlement", "recorded_at"]


class ProtectionMeasure(DecidedRecord):
    class Measure(models.TextChoices):
        SAFE_SHELTER = "safe_shelter", _("Safe temporary accommodation")
        CONFIDENTIALITY = "confidentiality", _("Keeping personal data, residence, workplace and school secret")
        GUARD = "guard", _("Guarding the person")
        RISK_MONITORING = "risk_monitoring", _("Monitoring the risk")
        POLICE_OR_ARMY_HELP = "police_or_army_help", _("Asking the police or the army for help")
        OTHER = "other", _("Other measure")

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        DECIDED = "decided", _("Decided")
        ACTIVE = "active", _("In force")
        REFUSED = "refused", _("Refused by the protected person")
        ENDED = "ended", _("Ended")

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="protection")
    participant = models.ForeignKey(
        CaseParticipant,
        verbose_name=_("for"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="protection",
        help_text=_("Empty: the person received."),
    )
    measure = models.CharField(_("measure"), max_length=30, choices=Measure.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.REQUESTED)
    commitment = EncryptedTextField(
        _("written commitment"),
        blank=True,
        help_text=_("When the protected person refuses for a legitimate reason: what they committed to in writing."),
    )

    class Meta:
        verbose_name = _("protection measure")
        verbose_name_plural = _("protection measures")
        ordering = ["recorded_at"]
