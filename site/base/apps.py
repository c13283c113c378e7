from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BaseConfig(AppConfig):
    name = "safereturn.base"
    label = "base"
    verbose_name = _("Site")

    def ready(self):
        from . import signals  # noqa: F401  (connects cache invalidation)
        from .uploads import signals as upload_signals

        upload_signals.connect()
