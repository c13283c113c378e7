"""
The "chrome" around every public page: hotlines, safety banner, quick exit,
main navigation. It is the same for every page of a language, so it is built
once per language and kept in the page cache, which every publish clears.
"""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Site

from .caching import public_cache
from .models import SafetySettings, only_public


def _cache_key(language):
    return f"chrome:{language}"


def build_chrome(language):
    """Everything the base template needs, as plain data (so it can be cached)."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    settings = SafetySettings.for_locale(locale)
    site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    home = None
    navigation = []
    if site:
        home = site.root_page.get_translation_or_none(locale) or site.root_page
        navigation = [
            {"title": page.title, "url": page.url}
            for page in only_public(home.get_children().live()).in_menu().filter(locale=locale)
        ]
    hotlines = list(settings.hotlines.all()) if settings else []
    internet_safety_url = None
    if settings and settings.internet_safety_page:
        target = settings.internet_safety_page.get_translation_or_none(locale) or settings.internet_safety_page
        internet_safety_url = target.url
    return {
        "home_url": home.url if home else "/",
        "search_url": reverse("search"),
        "navigation": navigation,
        "banner_text": settings.banner_text if settings else "",
        "internet_safety_url": internet_safety_url,
        "quick_exit_url": settings.quick_exit_url if settings else "https://www.google.com/",
        "hotlines": [
            {
                "number": line.number,
                "label": line.label,
                "availability": line.availability,
                "tel_href": line.tel_href,
                "is_emergency": line.is_emergency,
                "show_in_header": line.show_in_header,
            }
            for line in hotlines
        ],
    }


def get_chrome():
    language = translation.get_language() or "vi"
    cache = public_cache()
    chrome = cache.get(_cache_key(language))
    if chrome is None:
        chrome = build_chrome(language)
        cache.set(_cache_key(language), chrome, timeout=None)
    return chrome
