"""Admin registration of the safety settings (under Settings in the menu)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SafetySettings


class SafetySettingsViewSet(SnippetViewSet):
    model = SafetySettings
    icon = "warning"
    menu_label = _("Hotlines and safety")
    add_to_settings_menu = True
    list_display = ["__str__", "banner_text"]


register_snippet(SafetySettingsViewSet)
