"""
Response middleware for the public site: whole-page caching, security
headers, the Content Security Policy and compression.

Each class does one thing; settings.MIDDLEWARE explains their order.
"""

import re

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.middleware.gzip import GZipMiddleware

from .security_headers import extra_security_headers

# Areas that carry secrets or per-user content: never cached, never compressed
# (compressing a page with a secret in it opens it to BREACH), never shared.
PRIVATE_PATH_PREFIXES = ("/admin/", "/casework/", "/django-admin/", "/documents/authenticate")
_PRIVATE_PATH = re.compile("|".join(re.escape(prefix) for prefix in PRIVATE_PATH_PREFIXES))


def is_private_path(path):
    return bool(_PRIVATE_PATH.match(path))


def is_anonymous_request(request):
    """True when the request carries no session: only such requests share cached pages."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and is_anonymous_request(request)
        and not is_private_path(request.path_info)
        # Previews and search queries are per request; search is cheap enough.
        and not request.GET
    )


class PublicPageCacheFetchMiddleware(FetchFromCacheMiddleware):
    """
    Answer anonymous GETs of public pages from the page cache.

    Editors (who carry a session cookie) always get a fresh page, and
    nothing under the private areas is ever looked up.
    """

    def process_request(self, request):
        if not is_cacheable_request(request):
            request._cache_update_cache = False
            return None
        return super().process_request(request)


class PublicPageCacheUpdateMiddleware(UpdateCacheMiddleware):
    """Store anonymous public responses that set no cookie and are not private."""

    def _should_update_cache(self, request, response):
        if not is_cacheable_request(request) or response.cookies:
            return False
        cache_control = response.get("Cache-Control", "")
        if "no-store" in cache_control or "private" in cache_control:
            return False
        return super()._should_update_cache(request, response)


class SecurityHeadersMiddleware:
    """
    Headers Django does not set itself. Private areas are also marked
    no-store, so nothing from them stays in a browser's or proxy's cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        for name, value in extra_security_headers().items():
            response.setdefault(name, value)
        if is_private_path(request.path_info):
            response["Cache-Control"] = "no-store, private"
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with the few image sources Wagtail's admin needs for previews."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            update = dict(parts.update or {})
            for directive, sources in settings.ADMIN_CSP_EXTRA.items():
                update[directive] = [*update.get(directive, []), *sources]
            parts.update = update
        return parts


class PublicCompressionMiddleware(GZipMiddleware):
    """
    Gzip public pages only. Pages that may carry a secret (a CSRF token, a
    session's data) are never compressed, which keeps BREACH out of reach.
    """

    def process_response(self, request, response):
        carries_secret = (
            is_private_path(request.path_info)
            or not is_anonymous_request(request)
            # get_token() was called: a form on this page embeds a CSRF token.
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or response.cookies
        )
        if carries_secret:
            return response
        return super().process_response(request, response)
