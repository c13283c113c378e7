"""
Page routing in fewer queries than Wagtail's default.

Wagtail finds the site, then the active Locale, then the translation of the
site's root page, then its specific type, then two queries per URL segment.
Here the root's translation is fetched as its specific type in one query
(joined on the locale), and each level in one query (BasePage.route). The
result is handed to Wagtail's own serve view, so hooks, privacy checks and
everything else behave exactly as in Wagtail.
"""

from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Site


def localized_root(site):
    """The site's root page in the active language, as its specific type."""
    root = site.root_page
    model = root.specific_class
    translated = (
        model.objects.filter(translation_key=root.translation_key, locale__language_code=translation.get_language())
        .select_related(*getattr(model, "route_select_related", ()))
        .first()
    )
    # Like Wagtail's Page.localized: fall back to the untranslated root.
    return translated or root.specific


def route_for_request(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    try:
        return localized_root(site).route(request, components)
    except Http404:
        return None


def serve(request, path):
    """Wagtail's serve view, with the route found by `route_for_request`."""
    if not hasattr(request, "_wagtail_route_for_request"):
        # Wagtail reads the route from this attribute when it is present.
        request._wagtail_route_for_request = route_for_request(request, path)
    return wagtail_views.serve(request, path)
