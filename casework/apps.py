from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    """The restricted case module: people and cases under /casework/, by role and place."""

    name = "casework"
    verbose_name = _("Casework")

    def ready(self):
        from django.core.signals import request_finished, request_started

        from safereturn.accounts import policy

        from . import checks  # noqa: F401  (registers the system checks)
        from .encryption import encryption_keys, hash_keys
        from .permissions import ROLES, reaches_casework
        from .sensitive import forget

        # Malformed or missing keys stop the process at start-up, not at the
        # first casework request.
        encryption_keys()
        hash_keys()
        # Values decrypted for one request are not looked for in the next one's log lines.
        request_started.connect(forget, dispatch_uid="casework-forget-values-start")
        request_finished.connect(forget, dispatch_uid="casework-forget-values-end")
        # Every casework role, and the area itself, needs a second factor and
        # the short idle limit of the restricted areas (safereturn.accounts.policy).
        policy.register_area(
            "casework", reaches=reaches_casework, idle_timeout="restricted", requires_second_factor=True
        )
        register_periodic_jobs()
        for role in ROLES.values():
            # Granted only at /casework/ (casework.staff), never in the admin's Posts or the account import.
            policy.register_role(
                role.code,
                role.label,
                requires_second_factor=True,
                idle_timeout="restricted",
                granted_in_accounts=False,
            )


def register_periodic_jobs():
    from safereturn.base import periodic

    periodic.register(
        "delete_dismissed_reports",
        every=timedelta(days=1),
        description="Deletes reports from the public dismissed more than PUBLIC_REPORTS_DISMISSED_RETENTION_DAYS "
        "(90 by default) days ago, with the questions and answers about them.",
    )
    periodic.register(
        "delete_expired_exports",
        every=timedelta(hours=1),
        description="Deletes the files of exports of cases older than EXPORT_HOURS (24 by default) hours; their "
        "records stay, for the audit trail.",
    )
    periodic.register(
        "notify_urgent_reports",
        every=timedelta(minutes=5),
        description="E-mails the on-call coordinator (PUBLIC_REPORTS_ON_CALL_EMAIL) how many urgent reports from the "
        "public came in since the last e-mail: on the timer's beat, so that the e-mail's time does not give a "
        "report's time away.",
    )
