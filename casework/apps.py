from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseworkConfig(AppConfig):
    """The restricted case module (built in a later issue)."""

    name = "casework"
    verbose_name = _("Casework")
