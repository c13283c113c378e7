"""
Notes and tasks on a case (casework part 2).

A note is what a caseworker writes down about the case; a task is work to
do by a day, for one person assigned to the case. Both say things about
people, so their text is encrypted (in the field policy's SUPPORT group);
plain columns hold only what the inbox sorts and filters by.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..fields import EncryptedTextField
from .cases import Case
from .foundation import CaseworkModel


class CaseNote(CaseworkModel):
    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="notes")
    text = EncryptedTextField(_("note"))
    written_at = models.DateTimeField(_("written"), default=timezone.now, editable=False)
    author_id = models.BigIntegerField(_("written by (id)"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("note on a case")
        verbose_name_plural = _("notes on cases")
        ordering = ["-written_at"]


class CaseTaskQuerySet(models.QuerySet):
    def open(self):
        return self.filter(done_at__isnull=True)


class CaseTask(CaseworkModel):
    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="tasks")
    text = EncryptedTextField(_("what to do"))
    due_on = models.DateField(_("due on"), db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("for"),
        on_delete=models.PROTECT,
        related_name="casework_tasks",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by_id = models.BigIntegerField(_("created by (id)"), null=True, blank=True, editable=False)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    done_by_id = models.BigIntegerField(_("done by (id)"), null=True, blank=True, editable=False)

    objects = CaseTaskQuerySet.as_manager()

    class Meta:
        verbose_name = _("task on a case")
        verbose_name_plural = _("tasks on cases")
        ordering = ["due_on", "created_at"]
        indexes = [models.Index(fields=["assignee", "done_at", "due_on"], name="casework_task_inbox")]
