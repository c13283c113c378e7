"""
Page routing in fewer queries, and less work, than Wagtail's default.

Wagtail finds the site (one query with a CASE expression), the active
Locale, the translation of the site's root page, its specific type, then two
queries per URL segment. Here:

- the site of a host name is remembered in the public cache;
- a path that has been routed once is remembered as (page type, id), so the
  next request fetches that one page by primary key;
- a first visit routes through BasePage.route, one query per level.

Remembered routes belong to the current generation of the public cache,
which starts anew whenever a page or a site changes (caching.py); a
remembered page is fetched only if it is still live, and Wagtail's serve view
still checks its privacy. Only successful routes are remembered: a flood of
random URLs cannot fill the cache. The result is
handed to Wagtail's own serve view, so hooks, privacy checks and everything
else behave exactly as in Wagtail.
"""

from django.apps import apps
from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Site
from wagtail.url_routing import RouteResult

from .caching import ENTRY_TIMEOUT, public_cache, public_key
from .models import BasePage


def site_for_request(request):
    """Wagtail's Site.find_for_request, remembered per host name and port."""
    if not hasattr(request, "_wagtail_site"):
        # Host names are case-insensitive: one entry per site, however a client spells it.
        key = public_key("site", request.get_host().lower())
        site = public_cache().get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is not None:
                public_cache().set(key, site, timeout=ENTRY_TIMEOUT)
        # Wagtail reads the site from this attribute when it is present.
        request._wagtail_site = site
    return request._wagtail_site


def localized_root(site):
    """The site's root page in the active language, as its specific type (if that translation is live)."""
    root = site.root_page
    model = root.specific_class
    translated = (
        model.objects.live()
        .filter(translation_key=root.translation_key, locale__language_code=translation.get_language())
        .select_related(*getattr(model, "route_select_related", ()))
        .first()
    )
    # Like Wagtail's Page.localized: fall back to the untranslated root.
    return translated or root.specific


def remembered_page(key):
    """The live page a path was routed to before, or None."""
    remembered = public_cache().get(key)
    if remembered is None:
        return None
    model_label, pk = remembered
    model = apps.get_model(model_label)
    return model.objects.select_related(*getattr(model, "route_select_related", ())).filter(pk=pk, live=True).first()


def route_for_request(request, path):
    site = site_for_request(request)
    if site is None:
        return None
    key = public_key("route", site.pk, translation.get_language(), path)
    page = remembered_page(key)
    if page is not None:
        return RouteResult(page)
    components = [component for component in path.split("/") if component]
    try:
        result = localized_root(site).route(request, components)
    except Http404:
        return None
    page, args, kwargs = result
    if isinstance(page, BasePage) and not args and not kwargs:
        public_cache().set(key, (page._meta.label, page.pk), timeout=ENTRY_TIMEOUT)
    return result


def serve(request, path):
    """Wagtail's serve view, with the route found by `route_for_request`."""
    if not hasattr(request, "_wagtail_route_for_request"):
        # Wagtail reads the route from this attribute when it is present.
        request._wagtail_route_for_request = route_for_request(request, path)
    return wagtail_views.serve(request, path)
