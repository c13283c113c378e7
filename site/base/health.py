"""
GET /health/ for the load balancer: 200 when this server can reach the
database and the shared caches, 503 when it cannot.

The answer is two words of plain text and says nothing else: no exception,
no host name, no version, whatever the method, headers or query string. What
failed is logged on the server (the component and the exception's class,
never its message, which can carry host names or connection strings).

It is never cached (by browsers, proxies or the page cache), never indexed,
sets no cookie and needs no CSRF token: it reads nothing from the request
and changes nothing, apart from a short-lived key in each cache.
"""

import logging
import uuid

from django.core.cache import caches
from django.db import connections
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger(__name__)

# The caches every server must share with the others: "default" holds rate
# limits and fragments, "pages" the public page cache and its generation.
CHECKED_CACHES = ("default", "pages")
# Long enough for one round trip, short enough that a probe leaves nothing behind.
PROBE_TIMEOUT = 10
ALLOWED_METHODS = ("GET", "HEAD")


def database_is_reachable():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_is_reachable(alias):
    # A key of its own per probe: probes of several servers never meet.
    key = f"health-probe:{uuid.uuid4().hex}"
    value = uuid.uuid4().hex
    cache = caches[alias]
    cache.set(key, value, timeout=PROBE_TIMEOUT)
    try:
        return cache.get(key) == value
    finally:
        cache.delete(key)


def failed_components():
    """The names of the components that did not answer, for the server's log."""
    checks = [("database", database_is_reachable)]
    checks += [(f"cache {alias!r}", lambda alias=alias: cache_is_reachable(alias)) for alias in CHECKED_CACHES]
    failed = []
    for name, check in checks:
        try:
            if not check():
                failed.append((name, "wrong answer"))
        except Exception as error:  # any failure at all means "unavailable"
            failed.append((name, type(error).__name__))
    return failed


def plain_response(text, status):
    response = HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")
    # no-store also keeps it out of the page cache (middleware.PublicPageCacheUpdateMiddleware)
    # and stops ConditionalGetMiddleware from adding an ETag, so no 304 can stand for an old answer.
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@csrf_exempt  # it never changes anything, and every method but GET and HEAD is refused below
def health(request):
    if request.method not in ALLOWED_METHODS:
        response = plain_response("", status=405)
        response["Allow"] = ", ".join(ALLOWED_METHODS)
        return response
    failed = failed_components()
    if failed:
        for name, reason in failed:
            logger.error("Health check failed: %s unreachable (%s)", name, reason)
        return plain_response("unavailable\n", status=503)
    return plain_response("ok\n", status=200)


# Included at "health/" by safereturn.urls.
urlpatterns = [path("", health, name="health")]
