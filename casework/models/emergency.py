"""
Emergency ("break-glass") access to a case outside one's places (casework part 3).

A caseworker who must act on a case their posts do not reach (a person
turned up at night in another commune, say) opens it only by writing why.
The access is read-only, lasts settings.BREAK_GLASS_HOURS (4 by default),
shows at once on the coordinators' and auditors' pages, e-mails them (with
no personal data) and is in the audit log. Rows are never deleted: they are
the record of who looked, when and why.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..fields import EncryptedTextField
from .cases import Case
from .foundation import CaseworkModel


class EmergencyAccessQuerySet(models.QuerySet):
    def current(self, now=None):
        """The accesses still open at `now`."""
        return self.filter(expires_at__gt=now or timezone.now())


class EmergencyAccess(CaseworkModel):
    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="emergency_accesses")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opened by"),
        on_delete=models.PROTECT,
        related_name="emergency_accesses",
    )
    reason = EncryptedTextField(_("reason"))
    opened_at = models.DateTimeField(_("opened"), default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("until"))

    objects = EmergencyAccessQuerySet.as_manager()

    class Meta:
        verbose_name = _("emergency access")
        verbose_name_plural = _("emergency accesses")
        ordering = ["-opened_at"]
        indexes = [models.Index(fields=["user", "expires_at"], name="casework_emergency_user")]
