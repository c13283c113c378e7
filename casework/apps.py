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
        for role in ROLES.values():
            # Granted only at /casework/ (casework.staff), never in the admin's Posts or the account import.
            policy.register_role(
                role.code,
                role.label,
                requires_second_factor=True,
                idle_timeout="restricted",
                granted_in_accounts=False,
            )
