"""
The admin's part of staff accounts: posts (Membership), the security log
(read only, with filters), the users list's extra buttons, and the
inactivity warning on every admin screen.
"""

import django_filters
from django.http import Http404
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import policy
from .forms import MembershipForm
from .models import Membership, SecurityEvent


def posts_granted_here(queryset):
    """Posts whose role the accounts screens may grant: a casework post is seen and changed in casework only."""
    return queryset.exclude(role__in=policy.codes_granted_elsewhere())


class PostObjectMixin:
    """Edit, delete, history... reach a post by its id: a post granted elsewhere is not found here (404)."""

    def get_object(self, *args, **kwargs):
        post = super().get_object(*args, **kwargs)
        if not posts_granted_here(Membership.objects.filter(pk=post.pk)).exists():
            raise Http404
        return post


class PostIndexView(generic.IndexView):
    def get_base_queryset(self):
        return posts_granted_here(super().get_base_queryset())


class PostEditView(PostObjectMixin, generic.EditView):
    pass


class PostDeleteView(PostObjectMixin, generic.DeleteView):
    pass


class PostHistoryView(PostObjectMixin, history.HistoryView):
    pass


class PostUsageView(PostObjectMixin, usage.UsageView):
    pass


class MembershipFilterSet(WagtailFilterSet):
    class Meta:
        model = Membership
        fields = ["agency", "role", "is_primary"]


class MembershipViewSet(ModelViewSet):
    """Posts: who works where, in which role, from when until when. Ending one ends the person's sessions."""

    model = Membership
    index_view_class = PostIndexView
    edit_view_class = PostEditView
    delete_view_class = PostDeleteView
    history_view_class = PostHistoryView
    usage_view_class = PostUsageView
    copy_view_enabled = False  # a copy would start from a post's role, which may be granted elsewhere
    form_fields = MembershipForm._meta.fields
    icon = "group"
    menu_label = _("Posts")
    menu_name = "posts"
    menu_order = 601
    add_to_settings_menu = True
    list_display = ["user", "agency", "position", "role_label", "is_primary", "valid_from", "valid_until"]
    filterset_class = MembershipFilterSet
    search_fields = ["user__full_name", "user__username", "user__email", "position"]
    search_backend_name = None
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return MembershipForm


class SecurityEventFilterSet(WagtailFilterSet):
    occurred_at = django_filters.DateFromToRangeFilter(label=_("Time"), widget=DateRangePickerWidget)
    kind = django_filters.MultipleChoiceFilter(label=_("Event"), choices=SecurityEvent.Kind.choices)
    username = django_filters.CharFilter(label=_("Username"), lookup_expr="icontains")
    ip_address = django_filters.CharFilter(label=_("Client address"), lookup_expr="startswith")

    class Meta:
        model = SecurityEvent
        fields = ["occurred_at", "kind", "username", "ip_address"]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """The log is read, never written through a screen: add, change and delete are refused to everyone."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(SecurityEvent, ReadOnlyPolicy(SecurityEvent))


class SecurityLogViewSet(ModelViewSet):
    """The security log, newest first, with filters. Its only screens are the list and one event's details."""

    model = SecurityEvent
    icon = "warning"
    menu_label = _("Security log")
    menu_name = "security_log"
    menu_order = 602
    add_to_settings_menu = True
    inspect_view_enabled = True
    filterset_class = SecurityEventFilterSet
    search_fields = ["username", "actor_username", "detail"]
    search_backend_name = None
    add_to_reference_index = False
    list_per_page = 50
    list_display = [
        DateColumn("occurred_at", label=_("Time")),
        Column("kind", label=_("Event"), accessor="get_kind_display"),
        Column("username", label=_("User")),
        Column("actor_username", label=_("Done by")),
        Column("ip_address", label=_("Client address")),
        Column("detail", label=_("Detail")),
    ]
    list_export = ["occurred_at", "kind", "user_id", "username", "actor_id", "actor_username", "ip_address", "detail"]
    form_fields = []

    def get_urlpatterns(self):
        keep = {"index", "index_results", "inspect"}
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in keep]


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [MembershipViewSet("posts"), SecurityLogViewSet("security_log")]


@hooks.register("register_user_listing_buttons")
def account_buttons(user, request_user):
    if not request_user.has_perm("accounts.change_user"):
        return []
    return [
        Button(
            _("Invitation link"),
            url=reverse("wagtailusers_users:invitation", args=[user.pk]),
            icon_name="link",
            priority=50,
        ),
        Button(
            _("Reset second factor"),
            url=reverse("wagtailusers_users:reset_second_factor", args=[user.pk]),
            icon_name="key",
            priority=60,
        ),
    ]


@hooks.register("insert_global_admin_js")
def inactivity_warning():
    """The warning before an idle sign-out (static/js/session-timeout.js); the admin gives its CSRF token."""
    return render_to_string("account/includes/session_timeout.html")


@hooks.register("insert_global_admin_css")
def inactivity_warning_style():
    return format_html('<link rel="stylesheet" href="{}">', static("css/session-timeout.css"))
