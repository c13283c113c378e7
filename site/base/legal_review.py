"""
The "Legal check overdue" report: pages whose legal facts were last checked
against the law too long ago, or never.

A page type takes part by inheriting `LegalReviewMixin` (page_bases.py); this
module finds those types through Wagtail's page registry, so it never names
an app. The review period is the setting LEGAL_REVIEW_MAX_AGE_DAYS (365 days
when unset): when the law changes, editors work through this list until it is
empty, and the check date shown on each page tells visitors how current it is.
"""

import datetime

import django_filters
from django.conf import settings
from django.db.models import DateField, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, LocaleColumn, TitleColumn
from wagtail.admin.ui.tables.pages import PageTypeColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from .page_bases import LegalReviewMixin

DEFAULT_MAX_AGE_DAYS = 365


def max_age_days():
    """The review period in days, from the LEGAL_REVIEW_MAX_AGE_DAYS setting."""
    return int(getattr(settings, "LEGAL_REVIEW_MAX_AGE_DAYS", DEFAULT_MAX_AGE_DAYS))


def review_cutoff(today=None):
    """A check made before this day is overdue."""
    return (today or timezone.localdate()) - datetime.timedelta(days=max_age_days())


def legal_review_models():
    """The concrete page types that carry a legal check date."""
    return [model for model in get_page_models() if issubclass(model, LegalReviewMixin) and not model._meta.abstract]


def pages_with_check_dates(queryset=None):
    """
    Pages of the legal-review types, annotated with `checked_on` (their check
    date, or None): one query, whatever the number of page types.
    """
    queryset = Page.objects.all() if queryset is None else queryset
    models = legal_review_models()
    if not models:
        return queryset.none()
    dates = [Subquery(model.objects.filter(pk=OuterRef("pk")).values("legal_checked_on")[:1]) for model in models]
    checked_on = Coalesce(*dates, output_field=DateField()) if len(dates) > 1 else dates[0]
    types = Q()
    for model in models:
        types |= Q(pk__in=model.objects.values("pk"))
    return queryset.filter(types).annotate(checked_on=checked_on)


def pages_due_for_review(queryset=None, today=None, include_never_checked=False):
    """Pages whose check is older than the review period (and, if asked, pages never checked)."""
    due = Q(checked_on__lt=review_cutoff(today))
    if include_never_checked:
        due |= Q(checked_on__isnull=True)
    return pages_with_check_dates(queryset).filter(due)


class LegalReviewFilterSet(WagtailFilterSet):
    include_never_checked = django_filters.BooleanFilter(
        label=_("Also list pages never checked"),
        method="filter_never_checked",
        widget=django_filters.widgets.BooleanWidget(),
    )

    class Meta:
        model = Page
        fields = ["live"]

    def filter_never_checked(self, queryset, name, value):
        # The view reads this value itself (it decides the base list); nothing to filter here.
        return queryset


class LegalReviewReportView(ReportView):
    """Lists the pages an editor can change whose legal check is overdue, the oldest check first."""

    page_title = _("Legal check overdue")
    header_icon = "warning"
    model = Page
    filterset_class = LegalReviewFilterSet
    index_url_name = "legal_review_report"
    index_results_url_name = "legal_review_report_results"
    any_permission_required = ["add", "change", "publish"]
    default_ordering = None
    list_export = ["title", "checked_on", "locale", "url_path"]
    export_headings = {"checked_on": _("Checked against the law on"), "locale": _("Language")}
    columns = [
        TitleColumn("title", label=_("Title"), url_name="wagtailadmin_pages:edit"),
        # The date itself, not "n months ago": editors compare it with the date a law changed.
        Column("checked_on", label=_("Checked against the law on")),
        LocaleColumn(),
        PageTypeColumn("type", label=_("Type"), accessor="page_type_display_name"),
    ]

    @cached_property
    def permission_policy(self):
        return PagePermissionPolicy()

    def get_page_subtitle(self):
        days = max_age_days()
        return ngettext(
            "Checked more than %(days)s day ago (before %(cutoff)s)",
            "Checked more than %(days)s days ago (before %(cutoff)s)",
            days,
        ) % {"days": days, "cutoff": review_cutoff().isoformat()}

    def get_filename(self):
        return f"legal-check-overdue-{timezone.localdate().isoformat()}"

    def get_base_queryset(self):
        include_never = self.request.GET.get("include_never_checked") in ("true", "True", "1", "on")
        editable = self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
        pages = pages_due_for_review(editable, include_never_checked=include_never)
        # Never checked first, then the oldest check: the most urgent pages at the top.
        ordering = (F("checked_on").asc(nulls_first=True), "path")
        return pages.specific(defer=True).select_related("locale").order_by(*ordering)
