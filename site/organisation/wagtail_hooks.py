"""Admin screens for agencies and (read-only) administrative units."""

from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import AdministrativeUnit, Agency


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Units come from the official file (load_administrative_units); the admin only shows them."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AdministrativeUnit, ReadOnlyPermissionPolicy(AdministrativeUnit))


class AdministrativeUnitViewSet(SnippetViewSet):
    model = AdministrativeUnit
    icon = "site"
    menu_label = _("Administrative units")
    list_display = ["full_name", "code", "level", "parent", "valid_until"]
    list_filter = ["level"]
    search_fields = ["name", "name_en", "full_name", "code"]
    search_backend_name = None  # plain database filtering; units are not in the site search
    inspect_view_enabled = True


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Agencies")
    list_display = ["name", "agency_type", "administrative_unit", "valid_from", "valid_until"]
    list_filter = ["agency_type"]
    search_fields = ["name", "name_en"]
    search_backend_name = None


class OrganisationViewSetGroup(SnippetViewSetGroup):
    items = (AgencyViewSet, AdministrativeUnitViewSet)
    menu_icon = "group"
    menu_label = _("Organisation")
    add_to_settings_menu = True


register_snippet(OrganisationViewSetGroup)
