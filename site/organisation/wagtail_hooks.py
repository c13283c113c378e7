"""Admin screens for agencies and (read-only) administrative units, with searches that ignore marks."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from .models import AdministrativeUnit, Agency
from .search import FoldedSearchFilterForm, folded_search


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Units come from the official file (load_administrative_units); the admin only shows them."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AdministrativeUnit, ReadOnlyPermissionPolicy(AdministrativeUnit))


class FoldedSearchIndexView(IndexView):
    """The listing's search box, with or without Vietnamese marks."""

    def search_queryset(self, queryset):
        return folded_search(queryset, self.search_query) if self.is_searching else queryset


class FoldedSearchChooseView(ChooseView):
    filter_form_class = FoldedSearchFilterForm

    def get_object_list(self):
        # Only what is in force can be chosen for something new.
        return super().get_object_list().current()


class FoldedSearchChooseResultsView(ChooseResultsView):
    filter_form_class = FoldedSearchFilterForm

    def get_object_list(self):
        return super().get_object_list().current()


class FoldedSearchChooserViewSet(SnippetChooserViewSet):
    choose_view_class = FoldedSearchChooseView
    choose_results_view_class = FoldedSearchChooseResultsView


def or_dash(accessor):
    """A listing cell that shows "—" rather than "None" when there is nothing to show."""

    def value(instance):
        result = getattr(instance, accessor)
        return "—" if result in (None, "") else result

    return value


class AdministrativeUnitViewSet(SnippetViewSet):
    model = AdministrativeUnit
    icon = "site"
    menu_label = _("Administrative units")
    index_view_class = FoldedSearchIndexView
    chooser_viewset_class = FoldedSearchChooserViewSet
    list_display = [
        "full_name",
        "code",
        "level",
        Column("parent", label=_("part of"), accessor=or_dash("parent")),
        Column("valid_until", label=_("valid until"), accessor=or_dash("valid_until")),
    ]
    list_filter = ["level"]
    search_fields = ["search_text"]  # folded (FoldedSearchIndexView)
    search_backend_name = None  # plain database filtering; units are not in the site search
    inspect_view_enabled = True


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Agencies")
    index_view_class = FoldedSearchIndexView
    chooser_viewset_class = FoldedSearchChooserViewSet
    list_display = [
        "name",
        "agency_type",
        "administrative_unit",
        Column("valid_from", label=_("valid from"), accessor=or_dash("valid_from")),
        Column("valid_until", label=_("valid until"), accessor=or_dash("valid_until")),
    ]
    list_filter = ["agency_type"]
    search_fields = ["search_text"]
    search_backend_name = None


class OrganisationViewSetGroup(SnippetViewSetGroup):
    items = (AgencyViewSet, AdministrativeUnitViewSet)
    menu_icon = "group"
    menu_label = _("Organisation")
    add_to_settings_menu = True


register_snippet(OrganisationViewSetGroup)
