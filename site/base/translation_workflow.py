"""
Translating pages with wagtail-localize, the way editors of a public site
need it:

- "Translate" never makes a page live (settings: WAGTAILLOCALIZE_SYNC_LIVE_
  STATUS_ON_TRANSLATE = False): an English page full of Vietnamese text must
  not appear on /en/ before someone has translated it;
- publishing a translation that still has untranslated strings first asks
  for confirmation, and lists them (wagtail-localize would publish the
  Vietnamese source text in their place);
- the report "Translations to update" lists translated pages whose source
  has been edited since the translation last took its text from it
  (wagtail-localize's own report says "Up to date" until someone syncs).

Registered from BaseConfig.ready(): Wagtail reads these hooks on each request.
"""

import datetime

from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page
from wagtail_localize.models import Translation

CONFIRM_FIELD = "publish-untranslated"


def active_translation(page):
    """The enabled wagtail-localize translation whose target is `page`, or None."""
    translations = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    )
    return translations.select_related("source", "target_locale").first()


def untranslated_strings(translation):
    """The source texts of the segments that have no translation in the target language, in page order."""
    segments = (
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string")
        .order_by("order")
    )
    return [strip_tags(segment.string.data) for segment in segments]


def confirm_publishing_untranslated(request, page):
    """
    before_edit_page hook, ahead of wagtail-localize's own: a "Publish" from
    the translation editor with untranslated strings shows what they are and
    asks again; the second "Publish" carries the confirmation through.
    """
    if request.method != "POST" or request.POST.get("action") != "publish" or request.POST.get(CONFIRM_FIELD):
        return None
    translation = active_translation(page)
    if translation is None:
        return None
    missing = untranslated_strings(translation)
    if not missing:
        return None
    return TemplateResponse(
        request,
        "wagtailadmin/safereturn/confirm_publish_untranslated.html",
        {
            "page": page,
            "language": translation.target_locale.get_display_name(),
            "untranslated": missing,
            "confirm_field": CONFIRM_FIELD,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        },
    )


def out_of_date_translation_ids():
    """
    {target page id: its Translation} for every enabled page translation
    whose source page has a revision newer than the text the translation last
    took from it (TranslationSource.last_updated_at).
    """
    translations = list(Translation.objects.filter(enabled=True).select_related("source"))
    keys = {translation.source.object_id for translation in translations}
    pages = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys).select_related("latest_revision")
    }
    stale = {}
    for translation in translations:
        source = pages.get((translation.source.object_id, translation.source.locale_id))
        target = pages.get((translation.source.object_id, translation.target_locale_id))
        if source is None or target is None or source.latest_revision is None:
            continue  # not a page, or its translation was deleted
        if source.latest_revision.created_at > translation.source.last_updated_at:
            stale[target.pk] = translation
    return stale


class TranslationsToUpdateView(PageReportView):
    """Translated pages whose source changed since their translation was last synced."""

    results_template_name = "wagtailadmin/safereturn/translations_to_update_results.html"
    page_title = _("Translations to update")
    header_icon = "globe"
    index_url_name = "safereturn_translations_to_update"
    index_results_url_name = "safereturn_translations_to_update_results"
    permission_required = "change"

    def get_filename(self):
        return f"translations-to-update-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        self.stale = out_of_date_translation_ids()
        pages = self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
        self.queryset = pages.filter(pk__in=self.stale).select_related("locale").specific(defer=True)
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            translation = self.stale[page.pk]
            page.translation_synced_at = translation.source.last_updated_at
            page.sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
        return object_list


def register():
    hooks.register("before_edit_page", confirm_publishing_untranslated, order=-10)

    @hooks.register("register_admin_urls")
    def report_urls():
        return [
            path(
                "reports/translations-to-update/",
                TranslationsToUpdateView.as_view(),
                name="safereturn_translations_to_update",
            ),
            path(
                "reports/translations-to-update/results/",
                TranslationsToUpdateView.as_view(results_only=True),
                name="safereturn_translations_to_update_results",
            ),
        ]

    @hooks.register("register_reports_menu_item")
    def report_menu_item():
        return MenuItem(
            _("Translations to update"),
            reverse("safereturn_translations_to_update"),
            name="translations-to-update",
            icon_name="globe",
            order=750,
        )
