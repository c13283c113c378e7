"""
Response middleware for the public site: whole-page caching, security
headers, the Content Security Policy and compression.

Each class does one thing; settings.MIDDLEWARE explains their order.
"""

import hashlib
import logging

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.deprecation import MiddlewareMixin
from django.utils.translation import get_language_from_path

from .areas import is_restricted_path
from .caching import is_anonymous_request, is_declared_shareable, public_cache, public_key
from .security_headers import extra_security_headers

logger = logging.getLogger(__name__)

# Text compresses well; images, video and PDFs are compressed already, and
# gzipping them would only cost time and lose their Content-Length.
COMPRESSIBLE_TYPES = ("text/", "application/json", "application/javascript", "application/xml", "image/svg+xml")


def is_cacheable_request(request):
    """Whether the page cache may be looked in: an anonymous GET of a bare URL outside the restricted areas."""
    return (
        request.method in ("GET", "HEAD")
        and not is_preview_request(request)
        and is_anonymous_request(request)
        and not is_restricted_path(request.path_info)
        # Only the bare address: "?", "?&&" or "?utm=…" would each store
        # another copy of the page. Search, previews and forms all take a
        # query string, so nothing worth caching is lost.
        and request.META.get("QUERY_STRING", "") == ""
    )


def is_preview_request(request):
    """
    Wagtail renders a preview (and a moderator's view of a draft) as a fake
    request for the page's public address, run through this whole middleware
    chain (PreviewableMixin.make_preview_request). It must never be answered
    from, or stored in, the page cache, and the admin must be able to frame it.
    """
    return getattr(request, "is_dummy", False) or getattr(request, "is_preview", False)


def page_cache_key(request):
    """
    The cache key of a public page: host, path, language and whether the
    response is gzipped, in the current generation (caching.py).

    Django's own keys also carry the value of every header the response
    varies on, so each distinct Accept-Encoding a client invents would store
    one more copy. Here the encoding is reduced to the two answers the
    compression middleware can give (gzip or not), decided by the very
    expression it uses.
    """
    encoding = "gzip" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "identity"
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    location = f"{request.get_host().lower()}\n{request.path}\n{language}\n{encoding}"
    return public_key("page", hashlib.sha256(location.encode()).hexdigest())


class PublicPageCacheFetchMiddleware(MiddlewareMixin):
    """
    Answer anonymous GETs of public pages from the page cache.

    Editors (who carry a session cookie) always get a fresh page, and nothing
    under the private areas is ever looked up. Keys belong to the current
    generation of the public cache (caching.py), read here before any other
    work, so a page rendered from data older than the last change is stored
    where nobody will read it.
    """

    def process_request(self, request):
        request._page_cache_key = None
        if not is_cacheable_request(request):
            return None
        try:
            cache_key = page_cache_key(request)
            response = public_cache().get(cache_key)
        except Exception as error:  # noqa: BLE001  (any cache backend's connection error)
            # An unreachable cache costs speed, never the page: render it, and store nothing.
            logger.warning("Page cache unreachable (%s); serving uncached.", type(error).__name__)
            return None
        if response is None and request.method == "GET":
            request._page_cache_key = cache_key
        return response


class PublicPageCacheUpdateMiddleware(MiddlewareMixin):
    """
    Store the responses their page or view declared shareable (caching.py),
    and only when nothing about them says otherwise: a cookie, an error, a
    stream, a private Cache-Control, or a Vary on anything but the encoding.
    """

    def process_response(self, request, response):
        cache_key = getattr(request, "_page_cache_key", None)
        if cache_key is None or not is_declared_shareable(response):
            return response
        if response.streaming or response.status_code != 200 or response.cookies:
            return response
        cache_control = response.get("Cache-Control", "")
        if any(directive in cache_control for directive in ("private", "no-store", "no-cache")):
            return response
        # The language comes from the URL alone (never from Accept-Language,
        # which LocaleMiddleware still lists), so one copy serves everyone.
        remove_vary_header(response, "Accept-Language")
        if set(vary_headers(response)) - {"accept-encoding"}:
            # The key knows only the encoding: a response that varies on
            # anything else (a cookie, say) is not for sharing.
            return response
        # Browsers and proxies check back every time: a page an editor has
        # unpublished must not linger on a shared phone.
        response["Cache-Control"] = "no-cache"
        try:
            public_cache().set(cache_key, response, settings.CACHE_MIDDLEWARE_SECONDS)
        except Exception as error:  # noqa: BLE001
            logger.warning("Page cache unreachable (%s); response not stored.", type(error).__name__)
        return response


def vary_headers(response):
    return [value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()]


def remove_vary_header(response, header):
    if response.has_header("Vary"):
        remaining = [value.strip() for value in response["Vary"].split(",") if value.strip().lower() != header.lower()]
        if remaining:
            response["Vary"] = ", ".join(remaining)
        else:
            del response["Vary"]


class SecurityHeadersMiddleware:
    """
    Headers Django does not set itself. Restricted areas are also marked
    no-store, so nothing from them stays in a browser's or proxy's cache, and
    noindex, so no search engine lists them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        for name, value in extra_security_headers().items():
            response.setdefault(name, value)
        if is_restricted_path(request.path_info) or is_preview_request(request):
            response["Cache-Control"] = "no-store, private"
            response["X-Robots-Tag"] = "noindex, nofollow"
        if is_preview_request(request):
            # Shown in the admin's preview panel, a frame of the admin itself.
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """
    django-csp, with two exceptions: the few sources Wagtail's admin needs,
    under /admin/ only, and previews, which only the admin's own origin may
    frame (public pages keep `frame-ancestors 'none'`).
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if request.path_info.startswith("/admin/"):
            update = dict(parts.update or {})
            for directive, sources in settings.ADMIN_CSP_EXTRA.items():
                update[directive] = [*update.get(directive, []), *sources]
            parts.update = update
            parts.replace = {**(parts.replace or {}), **settings.ADMIN_CSP_REPLACE}
        elif is_preview_request(request):
            parts.replace = {**(parts.replace or {}), **settings.PREVIEW_CSP_REPLACE}
        return parts


class PublicCompressionMiddleware(GZipMiddleware):
    """
    Gzip public pages only. Pages that may carry a secret (a CSRF token, a
    session's data) are never compressed, which keeps BREACH out of reach.
    """

    def process_response(self, request, response):
        carries_secret = (
            is_restricted_path(request.path_info)
            or not is_anonymous_request(request)
            # get_token() was called: a form on this page embeds a CSRF token.
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or response.cookies
        )
        if carries_secret or not response.get("Content-Type", "").startswith(COMPRESSIBLE_TYPES):
            return response
        return super().process_response(request, response)
