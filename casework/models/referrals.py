"""
Referrals and transfers between agencies (casework part 3).

A Referral asks another agency (a shelter, the police, a legal aid centre,
another commune, a province elsewhere) to act on a case for a purpose. It
goes ahead only on a basis: the person's consent in force for that purpose
and that agency (then `consent` names it), or a recorded legal basis (a
police request under the criminal procedure, say), never silently. Once the
receiver accepts, its staff read the case through the permission layer,
limited to `field_groups`, for as long as the referral is accepted and its
basis holds (casework.referrals).

A transfer is a referral that moves responsibility for the whole case to
another commune's People's Committee: on acceptance the case's commune and
province become the receiver's, and the old place keeps only the history.

Each step (sent, accepted, declined, cancelled, ended) is a ReferralEvent,
so both ends read the same history. The states and who acts at each are
the table REFERRAL_STEPS in casework.workflow.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..fields import EncryptedTextField
from .cases import Case
from .consent import Consent, SharingPurpose
from .foundation import CaseworkModel


class LegalBasis(models.TextChoices):
    """Why data may go without the person's consent: Law 53/2024 Art. 3 k10, "unless the law provides otherwise"."""

    CONSENT = "consent", _("The person's consent")
    CRIMINAL_PROCEDURE = (
        "criminal_procedure",
        _("A request of a proceedings authority under the Criminal Procedure Code"),
    )
    OTHER_LAW = "other_law", _("Another provision of law (cite it)")


class ReferralQuerySet(models.QuerySet):
    def reaching(self, on=None):
        """
        The referrals that let their receiver read the case on day `on`:
        accepted, and still on their basis (a consent in force, or a legal
        basis). A consent withdrawn or expired ends what it allowed at once.
        """
        on = on or timezone.localdate()
        in_force = Consent.objects.in_force(on).values("pk")
        return self.filter(state=Referral.State.ACCEPTED, kind=Referral.Kind.REFERRAL).filter(
            ~models.Q(basis=LegalBasis.CONSENT) | models.Q(consent__in=in_force)
        )

    def open(self):
        return self.filter(state__in=(Referral.State.PENDING, Referral.State.ACCEPTED))


class Referral(CaseworkModel):
    class Kind(models.TextChoices):
        REFERRAL = "referral", _("Referral")
        TRANSFER = "transfer", _("Transfer of the case")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")
        ENDED = "ended", _("Ended")

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="referrals")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.REFERRAL)
    from_agency = models.ForeignKey(
        "organisation.Agency", verbose_name=_("from"), on_delete=models.PROTECT, related_name="+"
    )
    to_agency = models.ForeignKey(
        "organisation.Agency", verbose_name=_("to"), on_delete=models.PROTECT, related_name="+"
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=SharingPurpose.choices)
    basis = models.CharField(_("basis"), max_length=30, choices=LegalBasis.choices, default=LegalBasis.CONSENT)
    consent = models.ForeignKey(
        Consent, verbose_name=_("consent"), null=True, blank=True, on_delete=models.PROTECT, related_name="referrals"
    )
    # The request or provision relied on, when the basis is not consent (a number and date: no personal data).
    legal_reference = models.CharField(_("reference of the legal basis"), max_length=200, blank=True)
    # FieldGroup values: what the receiver reads once it accepts (the consent's groups and the purpose's).
    field_groups = models.JSONField(_("what is shared"), default=list)
    message = EncryptedTextField(_("message to the receiver"), blank=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    # Where the case was before a transfer moved it (the old end keeps reading the referral's history).
    from_commune = models.ForeignKey(
        "organisation.AdministrativeUnit",
        verbose_name=_("commune before the transfer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    sent_at = models.DateTimeField(_("sent"), default=timezone.now, editable=False)
    sent_by_id = models.BigIntegerField(_("sent by (id)"), null=True, blank=True, editable=False)

    objects = ReferralQuerySet.as_manager()

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-sent_at"]
        indexes = [
            models.Index(fields=["to_agency", "state"], name="casework_referral_receiver"),
            models.Index(fields=["from_agency", "state"], name="casework_referral_sender"),
        ]


class ReferralEvent(CaseworkModel):
    """One step of a referral, as both ends read it."""

    referral = models.ForeignKey(Referral, verbose_name=_("referral"), on_delete=models.CASCADE, related_name="events")
    step = models.CharField(_("step"), max_length=20)  # a code of casework.workflow.REFERRAL_STEPS
    made_at = models.DateTimeField(_("when"), default=timezone.now, editable=False)
    made_by_id = models.BigIntegerField(_("by (id)"), null=True, blank=True, editable=False)
    agency = models.ForeignKey(
        "organisation.Agency", verbose_name=_("agency"), null=True, on_delete=models.PROTECT, related_name="+"
    )
    reason = EncryptedTextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("step of a referral")
        verbose_name_plural = _("steps of referrals")
        ordering = ["made_at"]
