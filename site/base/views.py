"""Public views that are not Wagtail pages."""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page, Site

from .areas import restricted_prefixes
from .caching import shareable
from .models import live_translation
from .privacy import is_public, public_pages
from .routing import site_for_request
from .search import fold, page_summaries

SEARCH_RESULTS_PER_PAGE = 10
# A longer query is cut to this many characters, and the page says so.
MAX_QUERY_LENGTH = 200
# Words only: quotes, brackets, "*" and other characters are operators to
# some search engines (SQLite's FTS5 answers a lone '"' with an error), and
# PostgreSQL refuses NUL. Letters and digits of any script are kept.
SEARCH_WORD = re.compile(r"[^\W_]+")


def search_words(query):
    """The distinct words of a query, folded like the index (see search.py), in their order."""
    return list(dict.fromkeys(SEARCH_WORD.findall(fold(query))))


@require_GET
def search(request):
    """
    Search the public pages of the active language.

    Queries are folded like the index (see search.py), so "mua ban nguoi"
    finds "mua bán người". Any text gets a results page: only its words are
    searched for. The site stores no query; it is in the URL, though, so a
    shared device's history keeps it (the internet safety page says so).
    """
    # Result links need the site; take it from the public cache as page routing does.
    site_for_request(request)
    query = " ".join(request.GET.get("q", "").split())
    shortened = len(query) > MAX_QUERY_LENGTH
    query = query[:MAX_QUERY_LENGTH]
    words = search_words(query)
    results = None
    if query:
        pages = public_pages(Page.objects.live().filter(locale=Locale.get_active()))
        matches = pages.search(" ".join(words), operator="and") if words else Page.objects.none()
        paginator = Paginator(matches, SEARCH_RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
        summaries = page_summaries(results.object_list)
        for result in results.object_list:
            result.summary = result.search_description or summaries.get(result.pk) or ""
    context = {"query": query, "results": results, "shortened": shortened, "max_length": MAX_QUERY_LENGTH}
    response = TemplateResponse(request, "base/search.html", context)
    # Searches can be sensitive on a shared device: keep them out of caches.
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def switch_language(request, language_code, page_id):
    """
    Redirect from a live, public page to its translation, or to the home page
    of that language when it has none. Every other id (a draft, a private
    page, the tree's root, a page outside the site) is a 404: page ids are
    sequential, so this view must reveal nothing a visitor could not see.
    """
    if language_code not in dict(settings.LANGUAGES):
        raise Http404
    locale = Locale.objects.filter(language_code=language_code).first()
    page = Page.objects.live().filter(pk=page_id).first()
    if locale is None or page is None or not is_public(page) or page.get_url(request) is None:
        raise Http404
    target = live_translation(page, locale)
    if target is None or target.locale_id != locale.pk:
        site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
        target = live_translation(site.root_page, locale) or site.root_page
    return redirect(target.get_url(request))


@require_GET
def switch_language_for_path(request, language_code):
    """
    The language switch of pages that are views, not Wagtail pages (search,
    the 404 page). A path with no equivalent leads to that language's home.
    """
    if language_code not in dict(settings.LANGUAGES):
        raise Http404
    path = request.GET.get("next", "/")
    if not path.startswith("/") or path.startswith("//"):
        path = "/"
    # Resolve the path in its own language: "/en/search/" is English.
    bare_path = urlsplit(path).path
    with translation.override(get_language_from_path(bare_path) or settings.LANGUAGE_CODE):
        try:
            view_name = resolve(bare_path).url_name
        except Resolver404:
            view_name = None
        if view_name not in (None, "wagtail_serve"):
            return redirect(translate_url(path, language_code))
    # Pages switch through `switch_language`; a page path that reaches this
    # view is one that was not found, so go to that language's home.
    with translation.override(language_code):
        return redirect(reverse("wagtail_serve", args=[""]))


@shareable
@cache_control(max_age=86400, public=True)
@require_GET
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {prefix}" for prefix in sorted(restricted_prefixes())]
    lines += ["Disallow: /language/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context on purpose: whatever broke may be
    # part of it, and nothing about the request may leak into this page. The
    # page is written in both languages, so it needs no translation either.
    return render(None, "500.html", status=500)
