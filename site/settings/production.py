"""
Production: every secret comes from the environment and there is no default.

A missing secret stops the process at start-up (ImproperlyConfigured), which
is what we want: a server that starts with a guessable key is worse than one
that does not start.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, CACHES, DEVELOPMENT_ONLY_FIELD_ENCRYPTION_KEYS, DEVELOPMENT_ONLY_FIELD_HASH_KEYS
from .environment import env_bool, env_int, env_list, env_str


def required_env(name):
    value = env_str(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


DEBUG = False
SECRET_KEY = required_env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or required_env("ALLOWED_HOSTS").split(",")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
required_env("DATABASE_URL")  # read in base.py; production must name its database explicitly

# Casework's keys of its own (base.py, "Casework data"; README): "id:key"
# entries, comma-separated, the first one current. Never the development keys.
FIELD_ENCRYPTION_KEYS = required_env("FIELD_ENCRYPTION_KEYS").split(",")
FIELD_HASH_KEYS = required_env("FIELD_HASH_KEYS").split(",")
if {entry.strip() for entry in FIELD_ENCRYPTION_KEYS + FIELD_HASH_KEYS} & {
    *DEVELOPMENT_ONLY_FIELD_ENCRYPTION_KEYS,
    *DEVELOPMENT_ONLY_FIELD_HASH_KEYS,
}:
    raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS and FIELD_HASH_KEYS must not use the development-only keys.")

# HTTPS everywhere. Behind a TLS-terminating proxy set
# DJANGO_SECURE_PROXY_SSL_HEADER=1 so Django trusts X-Forwarded-Proto.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
    # The proxy must set this header itself, overwriting the client's. The
    # visitor's address is read from X-Forwarded-For only when the request
    # comes from one of TRUSTED_PROXIES (safereturn.base.client_address).
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Load balancers probe each server over plain HTTP, without the proxy's
# header; a redirect would count as unhealthy. The probe's answer is "ok".
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Without Redis, several gunicorn workers share the page cache through files,
# so a publish in one worker clears it for all of them.
if not env_str("REDIS_URL"):
    CACHE_DIR = env_str("CACHE_DIR", str(BASE_DIR / "var" / "cache"))
    for alias in ("default", "pages"):
        CACHES[alias] = {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.path.join(CACHE_DIR, alias),
            "TIMEOUT": 600,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }

# Media are served by the application itself unless a front server or object
# storage takes them over (set DJANGO_SERVE_MEDIA=0 then).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", True)

WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL") or f"https://{ALLOWED_HOSTS[0]}"

# Every line passes the personal-data filter (casework.logging; base.py says why).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"personal_data": {"()": "casework.logging.PersonalDataFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["personal_data"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # No handlers of its own (Django's defaults have no such filter): its lines go up to the root's.
        "django": {"handlers": [], "level": "INFO"},
        # Wagtail logs every page action with its title at INFO; the audit
        # trail of who did what lives in Wagtail's own log entries instead.
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Django logs the path of every 4xx/5xx; paths never carry personal
        # data here, but request bodies and query strings must not be logged.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django.security.DisallowedHost": {"handlers": [], "propagate": False},
    },
}
