"""
The "chrome" around every public page: hotlines, safety banner, quick exit,
main navigation. It is the same for every page of a language, so it is built
once per language and kept in the public cache (caching.py).
"""

from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Site

from .caching import ENTRY_TIMEOUT, public_cache, public_key
from .models import SafetySettings, live_translation
from .privacy import public_pages


def build_chrome(language, safety=None):
    """
    Everything the base template needs, as plain data (so it can be cached):
    from the live safety settings, or from `safety` (a draft being previewed).
    """
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    settings = safety if safety is not None else SafetySettings.current()
    site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    home = None
    navigation = []
    if site:
        home = live_translation(site.root_page, locale)
    if home:
        navigation = [
            {"title": page.title, "url": page.url}
            for page in public_pages(home.get_children().live().in_menu().filter(locale=locale))
        ]
    hotlines = list(settings.hotlines.all()) if settings else []
    safety_page = live_translation(settings.internet_safety_page, locale) if settings else None
    return {
        "home_url": home.url if home else "/",
        "search_url": reverse("search"),
        "navigation": navigation,
        "banner_text": settings.banner_for(language) if settings else "",
        "internet_safety_url": safety_page.url if safety_page else None,
        "quick_exit_url": settings.quick_exit_url if settings else "https://www.google.com/",
        "hotlines": [
            {
                "number": line.number,
                "label": line.label_for(language),
                "availability": line.availability_for(language),
                "tel_href": line.tel_href,
                "is_emergency": line.is_emergency,
                "show_in_header": line.show_in_header,
            }
            for line in hotlines
        ],
    }


def get_chrome():
    language = translation.get_language() or "vi"
    key = public_key("chrome", language)
    chrome = public_cache().get(key)
    if chrome is None:
        chrome = build_chrome(language)
        public_cache().set(key, chrome, timeout=ENTRY_TIMEOUT)
    return chrome
