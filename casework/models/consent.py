"""
The person's consent to share their data (casework part 3).

Law 53/2024 Art. 3 k10 forbids disclosing information about a victim or a
person being identified without their consent or their legal
representative's, unless the law provides otherwise (domain.md, "Consent"
and the prohibited acts). A Consent records one such agreement: for one
purpose, to one recipient agency, for the field groups the person agreed
to, signed by them or (for a child) their legal representative, from a day
until an expiry, and withdrawn when they withdraw it.

Sharing asks casework.consents, never this model directly: a referral and
an export of personal fields go ahead only under a consent in force that
covers them, or under a recorded legal basis.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..fields import EncryptedTextField
from .cases import Case
from .foundation import CaseworkModel


class SharingPurpose(models.TextChoices):
    """Why data about the person would go to another agency (what a consent and a referral are for)."""

    SHELTER = "shelter", _("Accommodation and care at a social assistance facility")
    VERIFICATION = "verification", _("Verification and identification")
    HEALTH = "health", _("Health and psychological care")
    LEGAL_AID = "legal_aid", _("Free legal aid")
    EDUCATION_EMPLOYMENT = "education_employment", _("Schooling, vocational training and jobs")
    REINTEGRATION = "reintegration", _("Reintegration at the place of residence")


class Signer(models.TextChoices):
    PERSON = "person", _("The person")
    LEGAL_REPRESENTATIVE = "legal_representative", _("Their legal representative (a child's parent or guardian)")


class ConsentQuerySet(models.QuerySet):
    def in_force(self, on=None):
        """The consents in force on day `on` (today): given, not expired, not withdrawn."""
        on = on or timezone.localdate()
        return self.filter(given_on__lte=on, expires_on__gte=on).filter(
            models.Q(withdrawn_on__isnull=True) | models.Q(withdrawn_on__gt=on)
        )


class Consent(CaseworkModel):
    class State(models.TextChoices):
        NOT_YET = "not_yet", _("Not yet in force")
        IN_FORCE = "in_force", pgettext_lazy("consent", "In force")
        EXPIRED = "expired", _("Expired")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=30, choices=SharingPurpose.choices)
    recipient = models.ForeignKey(
        "organisation.Agency", verbose_name=_("recipient"), on_delete=models.PROTECT, related_name="+"
    )
    # FieldGroup values (casework.permissions): what the person agreed the recipient may read.
    field_groups = models.JSONField(_("what may be shared"), default=list)
    signed_by = models.CharField(_("signed by"), max_length=30, choices=Signer.choices, default=Signer.PERSON)
    given_on = models.DateField(_("given on"))
    expires_on = models.DateField(_("expires on"), help_text=_("The last day the consent is in force."))
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    note = EncryptedTextField(_("note"), blank=True)
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now, editable=False)
    recorded_by_id = models.BigIntegerField(_("recorded by (id)"), null=True, blank=True, editable=False)
    withdrawn_by_id = models.BigIntegerField(_("withdrawal recorded by (id)"), null=True, blank=True, editable=False)

    objects = ConsentQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent to share")
        verbose_name_plural = _("consents to share")
        ordering = ["-given_on", "-recorded_at"]
        indexes = [models.Index(fields=["case", "purpose"], name="casework_consent_case_purpose")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(expires_on__gte=models.F("given_on")), name="casework_consent_expiry_after_start"
            ),
        ]

    def state(self, on=None):
        on = on or timezone.localdate()
        if self.withdrawn_on is not None and self.withdrawn_on <= on:
            return self.State.WITHDRAWN
        if on < self.given_on:
            return self.State.NOT_YET
        if on > self.expires_on:
            return self.State.EXPIRED
        return self.State.IN_FORCE

    def get_state_display(self):
        return self.State(self.state()).label

    def covers(self, purpose, recipient_id, groups, on=None):
        """Whether this consent, on day `on`, lets `recipient_id` read `groups` for `purpose`."""
        return (
            self.state(on) == self.State.IN_FORCE
            and self.purpose == purpose
            and self.recipient_id == recipient_id
            and set(groups) <= set(self.field_groups)
        )
