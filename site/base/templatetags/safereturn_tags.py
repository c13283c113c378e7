from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.formats import number_format
from wagtail.models import Locale

from ..chrome import get_chrome
from ..models import live_translation

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """
    The hotlines, banner, quick exit and navigation of the active language,
    or those a preview of the safety settings passes in its context.
    """
    return context.get("chrome") or get_chrome()


@register.simple_tag(takes_context=True)
def has_session(context):
    """
    Whether the visitor carries a session cookie (editors do). Anonymous
    pages must not touch the session, or every response varies on Cookie
    and no shared cache may keep it.
    """
    request = context.get("request")
    return bool(request) and settings.SESSION_COOKIE_NAME in request.COOKIES


@register.simple_tag
def language_endonyms():
    """
    (code, name) of every language, each named in itself ("English",
    "Tiếng Việt") so readers find their own. Django's LANG_INFO spells
    Vietnamese with combining marks (not NFC), hence our own names.
    """
    return settings.LANGUAGES


@register.simple_tag
def switch_language_url(page, language_code):
    """
    A link that takes the visitor to the same page in another language.

    It points at a redirect view, so a page costs no query to render the
    switch; the translation is looked up only when someone follows it.
    """
    return reverse("switch_language", kwargs={"language_code": language_code, "page_id": page.pk})


@register.filter
def filesize_label(size):
    """A document size for people, in the active language's number format: "350 KB", "1,2 MB"."""
    if not size:
        return ""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{number_format(size / (1024 * 1024), 1)} MB"


@register.filter
def in_active_language(page):
    """
    The live, public translation of `page` in the language being shown, else
    the page itself. Links chosen with a page chooser go through it, so that
    an English page links to the English version of a page even when that
    translation was published after the link was written (rich text page
    links get the same from Wagtail's own `Page.localized`).
    """
    if page is None:
        return None
    return live_translation(page, Locale.get_active()) or page
