"""
Reports from the public (tin báo, tố giác), sent through the campaign site's
report form (casework.public_reports), and the questions and answers that
follow them.

A report is not a case: it is a tip, triaged in casework's queue, where a
caseworker dismisses it (with a reason), links it to a case, or opens a case
from it. Everything the reporter wrote is an encrypted field; plain columns
hold only what routing, the queue and the retention rules need: the place
named (province, commune) for routing, whether it is urgent, its status and
dates. Nothing about the reporter's device or address exists here at all.

The follow-up code is never stored: only its keyed hash (`code_digest`,
HMAC-SHA256 under FIELD_HASH_KEYS, casework.keyed_hashes), so that a copy of
the database cannot be used to read a report's answers. Old hash keys still
match as long as they are configured; `rotate_field_encryption` cannot
re-hash a code it does not know, so a report's code stops working once the
hash key it was made under is retired (README, "Casework").
"""

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..fields import EncryptedCharField, EncryptedTextField
from .cases import Case
from .foundation import CaseworkModel


class ReporterChoice(models.TextChoices):
    """What the reporter chose to tell about themselves."""

    ANONYMOUS = "anonymous", _("Anonymous")
    CONFIDENTIAL = "confidential", _("Confidential")
    CONTACT = "contact", _("With contact details")


class ReportStatus(models.TextChoices):
    NEW = "new", _("Waiting to be read")
    DISMISSED = "dismissed", _("Dismissed")
    LINKED = "linked", _("Linked to a case")
    CASE_OPENED = "case_opened", _("Case opened")


class PublicReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=ReportStatus.NEW)

    def for_queue(self):
        """
        The queue's order: open before closed, urgent first, then newest. The
        reporter's name and contact are not loaded: a list never shows them.
        """
        return (
            self.select_related("province", "commune")
            .defer("text", "place", "reporter_name", "reporter_contact", "dismissal_reason")
            .order_by(
                models.Case(models.When(status=ReportStatus.NEW, then=models.Value(0)), default=models.Value(1)),
                "-urgent",
                "-received_at",
                "id",
            )
        )


class PublicReport(CaseworkModel):
    """One report sent through the public form (see the module's docstring)."""

    # The hour it came in, not the minute: an exact time could be matched
    # with a front server's access log to find the sender's address.
    received_at = models.DateTimeField(_("received"), db_index=True)
    reporter_choice = models.CharField(_("the reporter chose"), max_length=20, choices=ReporterChoice.choices)
    urgent = models.BooleanField(_("someone is in danger now"), default=False)
    # Set by the timer's `notify_urgent_reports` once the on-call coordinator has been told (public_reports).
    on_call_notified = models.BooleanField(default=False, editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.NEW, db_index=True
    )
    # Routing: the place the reporter named, if it is one we know.
    province = models.ForeignKey(
        "organisation.AdministrativeUnit",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="casework_province_reports",
    )
    commune = models.ForeignKey(
        "organisation.AdministrativeUnit",
        verbose_name=_("commune"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="casework_reports",
    )

    text = EncryptedTextField(_("what happened"))
    place = EncryptedTextField(_("place, as written"), blank=True)
    reporter_name = EncryptedCharField(_("reporter's name"), max_length=100, blank=True)
    reporter_contact = EncryptedCharField(_("how to reach the reporter"), max_length=200, blank=True)

    code_digest = models.CharField(max_length=64, unique=True, editable=False)
    code_key_id = models.CharField(max_length=32, editable=False)

    case = models.ForeignKey(
        Case,
        verbose_name=_("case"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="public_reports",
    )
    dismissal_reason = EncryptedTextField(_("reason for dismissing"), blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, db_index=True)
    triaged_by_id = models.BigIntegerField(_("triaged by (id)"), null=True, blank=True, editable=False)

    objects = PublicReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("report from the public")
        verbose_name_plural = _("reports from the public")
        indexes = [
            models.Index(fields=["status", "-urgent", "-received_at"], name="casework_report_queue"),
            models.Index(fields=["province", "status"], name="casework_report_province"),
            models.Index(fields=["commune", "status"], name="casework_report_commune"),
        ]

    def save(self, *args, **kwargs):
        if self.commune_id and not self.province_id:
            self.province_id = self.commune.parent_id
        super().save(*args, **kwargs)

    @property
    def display_number(self):
        """A short reference for staff (the id's first characters): it names nothing and counts nothing."""
        return f"TB-{self.pk.hex[:8].upper()}"

    @property
    def is_open(self):
        return self.status == ReportStatus.NEW

    def close(self, status, user, now=None):
        self.status = status
        self.closed_at = now or timezone.now()
        self.triaged_by_id = user.pk


class ReportMessage(CaseworkModel):
    """A caseworker's question to the reporter, or the reporter's answer (read with the follow-up code)."""

    class Direction(models.TextChoices):
        QUESTION = "question", _("Question to the reporter")
        ANSWER = "answer", _("Answer from the reporter")

    report = models.ForeignKey(
        PublicReport, verbose_name=_("report"), on_delete=models.CASCADE, related_name="messages"
    )
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    text = EncryptedTextField(_("message"))
    # The conversation's order: 1, 2, 3... within the report. Times cannot
    # order it, because a reporter's answer keeps only its hour (below).
    sequence = models.PositiveIntegerField(_("number in the conversation"), editable=False)
    # A caseworker's question keeps its time; a reporter's answer only the
    # hour, for the reason PublicReport.received_at gives.
    written_at = models.DateTimeField(_("written"))
    author_id = models.BigIntegerField(_("written by (id)"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("message about a report")
        verbose_name_plural = _("messages about reports")
        ordering = ["sequence"]
        constraints = [
            models.UniqueConstraint(fields=["report", "sequence"], name="casework_report_message_sequence"),
        ]

    @classmethod
    def add(cls, report, direction, text, author_id=None, now=None):
        """
        Append a message to the report's conversation. The report's row is
        locked while the next number is taken, so two messages sent at once
        get two numbers, not a conflict.
        """
        now = now or timezone.now()
        if direction == cls.Direction.ANSWER:
            now = now.replace(minute=0, second=0, microsecond=0)
        with transaction.atomic():
            list(PublicReport.objects.select_for_update().filter(pk=report.pk).values_list("pk", flat=True))
            last = cls.objects.filter(report=report).aggregate(last=models.Max("sequence"))["last"] or 0
            return cls.objects.create(
                report=report, direction=direction, text=text, sequence=last + 1, written_at=now, author_id=author_id
            )
