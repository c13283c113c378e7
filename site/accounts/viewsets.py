"""
Wagtail's user admin, extended: new users are invited (no password set by an
administrator), many can be imported from a file, an invitation link can be
shown to copy or print, and a lost second factor can be reset. Posts
(Membership) and the security log have screens of their own (wagtail_hooks).
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.users.views.users import CreateView as WagtailCreateView
from wagtail.users.views.users import IndexView as WagtailIndexView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from . import importing, invitations, second_factor
from .forms import ImportForm, InvitingUserCreationForm, ProfileUserEditForm
from .models import Invitation, User


class IndexView(WagtailIndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(
                HeaderButton(_("Import from a file"), url=reverse("wagtailusers_users:import"), icon_name="upload")
            )
        return buttons


class CreateView(WagtailCreateView):
    def get_success_url(self):
        return reverse("wagtailusers_users:invitation", args=[self.object.pk])

    def get_success_message(self, instance):
        return _("Account '%(object)s' created. An invitation was sent to its e-mail address.") % {"object": instance}


class AccountAdminView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """An account screen of the admin's Users area, for whoever may change users."""

    model = User
    permission_required = "change"
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailusers_users:index"), "label": _("Users")},
            {"url": "", "label": self.get_page_title()},
        ]


class InvitationView(AccountAdminView):
    """The person's current invitation link, to copy or print (a new one on request, revoking the old)."""

    page_title = _("Invitation link")
    template_name = "accounts/admin/invitation.html"

    def dispatch(self, request, pk, *args, **kwargs):
        self.account = get_object_or_404(User, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.account)

    def post(self, request, *args, **kwargs):
        invitations.invite(self.account, created_by=request.user)
        messages.success(request, _("A new invitation link was made and e-mailed; the old one no longer works."))
        return redirect("wagtailusers_users:invitation", self.account.pk)

    def get_context_data(self, **kwargs):
        invitation = Invitation.objects.pending().filter(user=self.account).order_by("-created_at").first()
        return super().get_context_data(
            account=self.account,
            invitation=invitation,
            invitation_url=self.request.build_absolute_uri(invitation.get_absolute_url()) if invitation else "",
            has_password=self.account.has_usable_password(),
            **kwargs,
        )


class ResetSecondFactorView(AccountAdminView):
    page_title = _("Reset second factor")
    template_name = "accounts/admin/reset_second_factor.html"

    def dispatch(self, request, pk, *args, **kwargs):
        self.account = get_object_or_404(User, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.account)

    def post(self, request, *args, **kwargs):
        second_factor.reset(self.account)
        messages.success(
            request,
            _("The second factor of %(name)s was reset: they were signed out and were told by e-mail.")
            % {"name": self.account},
        )
        return redirect("wagtailusers_users:edit", self.account.pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(account=self.account, **kwargs)


class ImportView(AccountAdminView, FormView):
    """Check a file (a dry run that lists every row's errors), then import it in one transaction."""

    permission_required = "add"
    page_title = _("Import accounts")
    template_name = "accounts/admin/import.html"
    form_class = ImportForm

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        if form.cleaned_data["dry_run"]:
            report = importing.check(upload)
        else:
            report = importing.import_rows(upload, created_by=self.request.user)
            if report.ok:
                messages.success(
                    self.request,
                    ngettext(
                        "%(count)d account was created; its invitation is being sent.",
                        "%(count)d accounts were created; their invitations are being sent.",
                        report.imported,
                    )
                    % {"count": report.imported},
                )
                return redirect("wagtailusers_users:index")
        return self.render_to_response(
            self.get_context_data(form=form, report=report, dry_run=form.cleaned_data["dry_run"])
        )


class UserViewSet(WagtailUserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView

    def get_form_class(self, for_update=False):
        return ProfileUserEditForm if for_update else InvitingUserCreationForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", ImportView.as_view(), name="import"),
            path("invitation/<int:pk>/", InvitationView.as_view(), name="invitation"),
            path("reset-second-factor/<int:pk>/", ResetSecondFactorView.as_view(), name="reset_second_factor"),
        ]
