"""
The security headers Django's SecurityMiddleware does not set, in one place
for pages (middleware.SecurityHeadersMiddleware) and static files (whitenoise).

Imported by the settings, so it must not import models or anything that
needs the app registry.
"""

from django.conf import settings


def extra_security_headers():
    return {
        "Permissions-Policy": settings.PERMISSIONS_POLICY,
        "X-Content-Type-Options": "nosniff",
        "Cross-Origin-Resource-Policy": "same-origin",
    }


def add_static_file_headers(headers, path, url):
    """
    WHITENOISE_ADD_HEADERS_FUNCTION: whitenoise answers static files before
    any other middleware runs, so it gives them the same headers itself.
    """
    from csp.utils import build_policy

    for name, value in extra_security_headers().items():  # a wsgiref Headers object: no update()
        headers[name] = value
    headers["Referrer-Policy"] = settings.SECURE_REFERRER_POLICY
    headers["Content-Security-Policy"] = build_policy(config=settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
