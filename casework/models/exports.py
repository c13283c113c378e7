"""
Exports of a filtered list of cases (casework part 3): asked for with a
purpose, built by the background worker (casework.exports), kept encrypted
in casework's own storage, downloadable by the person who asked only, until
settings.EXPORT_HOURS have passed or they delete it.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..fields import EncryptedTextField
from .cases import casework_storage
from .consent import SharingPurpose
from .foundation import CaseworkModel
from .referrals import LegalBasis


class CaseExport(CaseworkModel):
    class Format(models.TextChoices):
        XLSX = "xlsx", _("Excel workbook (.xlsx)")
        CSV = "csv", _("Comma-separated values (.csv)")

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting to be built")
        RUNNING = "running", _("Being built")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")
        DELETED = "deleted", _("Deleted")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("requested by"), on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(_("requested"), default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("downloadable until"))
    purpose = EncryptedTextField(_("purpose"))
    file_format = models.CharField(_("format"), max_length=4, choices=Format.choices, default=Format.XLSX)
    # The list's filters (stage, intake channel, commune id): no personal data.
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    # FieldGroup values asked for; each case's row holds only those the policy and the basis allow.
    field_groups = models.JSONField(_("field groups"), default=list, blank=True)
    basis = models.CharField(_("basis"), max_length=30, choices=LegalBasis.choices, default=LegalBasis.CONSENT)
    legal_reference = models.CharField(_("reference of the legal basis"), max_length=200, blank=True)
    recipient = models.ForeignKey(
        "organisation.Agency", verbose_name=_("for"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    sharing_purpose = models.CharField(_("shared for"), max_length=30, choices=SharingPurpose.choices, blank=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    total = models.PositiveIntegerField(_("cases"), default=0)
    done = models.PositiveIntegerField(_("cases written"), default=0)
    withheld = models.PositiveIntegerField(_("cases whose personal fields were withheld"), default=0)
    file = models.FileField(_("file"), storage=casework_storage, max_length=100, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("export of cases")
        verbose_name_plural = _("exports of cases")
        ordering = ["-requested_at"]

    @property
    def downloadable(self):
        return self.state == self.State.DONE and bool(self.file) and self.expires_at > timezone.now()

    @property
    def percent(self):
        return 100 if self.state == self.State.DONE else (100 * self.done // self.total if self.total else 0)
