"""sitemap.xml with every public page of every language and its hreflang alternates."""

from collections import defaultdict
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .areas import is_restricted_path
from .privacy import public_pages


class MultilingualSitemap(Sitemap):
    """
    Wagtail's sitemap lists the default language's tree only. This one lists
    every language, and gives each page its translations as alternates (with
    x-default pointing at Vietnamese), which Django's sitemap template renders
    as <xhtml:link rel="alternate" hreflang="…">.
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return public_pages(pages.live()).order_by("path").select_related("locale").defer_streamfields()

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        # Translations may fall in another chunk of the sitemap: fetch them all at once.
        translations = defaultdict(list)
        for other in public_pages(
            Page.objects.live()
            .filter(translation_key__in={item.translation_key for item in items})
            .select_related("locale")
            .defer_streamfields()
        ):
            translations[other.translation_key].append(other)
        urls = []
        for item in items:
            if self.is_restricted(item):
                continue
            alternates = [
                {"lang_code": other.locale.language_code, "location": other.get_full_url(self.request)}
                for other in translations[item.translation_key]
                if not self.is_restricted(other)
            ]
            default = next((alt for alt in alternates if alt["lang_code"] == settings.LANGUAGE_CODE), None)
            if default:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        return urls

    def is_restricted(self, page):
        """Pages under a restricted area (settings.RESTRICTED_AREAS) are never listed."""
        return is_restricted_path(urlsplit(page.get_url(self.request) or "").path)
