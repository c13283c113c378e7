"""
The steps a case has been through (casework.workflow makes them).

One row per step: which transition, from which stage to which, the day it
happened (as the person making it says, never in the future), who recorded
it and when, and what the law asks to keep with it: a decision's number and
date, the day a decided period ends. The note may say anything about the
person, so it is encrypted and in the field policy's SUPPORT group.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..fields import EncryptedTextField
from .cases import Case, Stage
from .foundation import CaseworkModel


class CaseStep(CaseworkModel):
    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="steps")
    transition = models.CharField(_("step"), max_length=40)
    from_stage = models.CharField(_("from"), max_length=40, choices=Stage.choices)
    to_stage = models.CharField(_("to"), max_length=40, choices=Stage.choices)
    made_on = models.DateField(_("date of the step"))
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now, editable=False)
    made_by_id = models.BigIntegerField(_("recorded by (id)"), null=True, blank=True, editable=False)
    decision_number = models.CharField(_("decision or record number"), max_length=60, blank=True)
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    until = models.DateField(_("until"), null=True, blank=True, help_text=_("The day a decided period ends."))
    note = EncryptedTextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("step of a case")
        verbose_name_plural = _("steps of cases")
        ordering = ["made_on", "recorded_at"]
        indexes = [models.Index(fields=["case", "made_on"], name="casework_step_case_date")]
