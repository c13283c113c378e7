from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    """The restricted case module (built in a later issue)."""

    name = "casework"
    verbose_name = _("Casework")

    def ready(self):
        from django.core.signals import request_finished, request_started

        from . import checks  # noqa: F401  (registers the system checks)
        from .encryption import encryption_keys, hash_keys
        from .sensitive import forget

        # Malformed or missing keys stop the process at start-up, not at the
        # first casework request.
        encryption_keys()
        hash_keys()
        # Values decrypted for one request are not looked for in the next one's log lines.
        request_started.connect(forget, dispatch_uid="casework-forget-values-start")
        request_finished.connect(forget, dispatch_uid="casework-forget-values-end")
