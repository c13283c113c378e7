from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "safereturn.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from safereturn.base import periodic

        from . import policy, signals

        policy.register_defaults()
        signals.connect()
        periodic.register(
            "end_lapsed_memberships",
            every=timedelta(days=1),
            description="Ends the sessions of people whose post ended today (or in the last two days) and "
            "updates their profile to their current post.",
        )
        periodic.register(
            "prune_security_log",
            every=timedelta(days=1),
            description="Deletes security log events older than SECURITY_LOG_RETENTION_DAYS (730 by default) "
            "and the records of sessions that ended more than 30 days ago. Runs as the database owner.",
        )
