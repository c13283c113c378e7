"""Admin registration of the safety settings (under Settings) and of the legal-check report (under Reports)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .legal_review import LegalReviewReportView
from .models import SafetySettings


class SafetySettingsViewSet(SnippetViewSet):
    model = SafetySettings
    icon = "warning"
    menu_label = _("Hotlines and safety")
    add_to_settings_menu = True
    list_display = ["__str__", "banner_text"]


register_snippet(SafetySettingsViewSet)


@hooks.register("register_admin_urls")
def register_legal_review_report_urls():
    return [
        path("reports/legal-check/", LegalReviewReportView.as_view(), name="legal_review_report"),
        path(
            "reports/legal-check/results/",
            LegalReviewReportView.as_view(results_only=True),
            name="legal_review_report_results",
        ),
    ]


class LegalReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def register_legal_review_report_menu_item():
    return LegalReviewMenuItem(
        _("Legal check overdue"),
        reverse("legal_review_report"),
        name="legal-check-overdue",
        icon_name="warning",
        order=1150,
    )
