"""Test settings: fast, isolated, and as strict as production where it matters."""

import os
import tempfile
from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import CACHES, MEDIA_URL, REDIS_URL, STORAGES
from .environment import env_bool, env_list, env_str

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["testserver", "127.0.0.1", "localhost"])

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed only; tests hold no real secret

# Each test run writes uploads and renditions to a throwaway folder; the
# browser tests' server and the process that seeds it share one through MEDIA_ROOT.
MEDIA_ROOT = env_str("MEDIA_ROOT") or tempfile.mkdtemp(prefix="safereturn-test-media-")
PRIVATE_MEDIA_ROOT = env_str("PRIVATE_MEDIA_ROOT") or tempfile.mkdtemp(prefix="safereturn-test-uploads-")
SERVE_MEDIA = True

STORAGES = {
    **STORAGES,
    "default": {**STORAGES["default"], "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},
    "renditions": {**STORAGES["renditions"], "OPTIONS": {"location": MEDIA_ROOT, "base_url": MEDIA_URL}},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True


# Parallel runs (pytest-xdist, `make test`): each worker process is a whole
# suite of its own, with its own test database (pytest-django adds _gw0,
# _gw1...) and caches it empties before and after every test. Two workers on
# one Redis database would empty each other's caches (Django's Redis cache
# clears with FLUSHDB, whatever the key prefix), so each worker has a Redis
# database of its own: REDIS_URL's for gw0 (and outside xdist), the one below
# for gw1, and so on; the two-server tests' servers take the ones below all
# the workers' (tests/multiserver/conftest.py). A server or command the tests
# start with these settings inherits PYTEST_XDIST_WORKER, and with it the
# database of the worker that started it, as it did the suite's before.
REDIS_DATABASES = 16  # Redis's default number of databases ("databases" in redis.conf)


def xdist_worker():
    """(index, count) of this pytest-xdist worker ("gw1" of two is (1, 2)); (0, 1) outside xdist."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker:
        return 0, 1
    return int(worker.removeprefix("gw")), int(os.environ.get("PYTEST_XDIST_WORKER_COUNT") or 1)


def redis_database_below(url, steps):
    """`url` with its database number `steps` lower, wrapping round Redis's 16 databases (0 is below 1)."""
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{(number - steps) % REDIS_DATABASES}"))


_worker, _workers = xdist_worker()
if 2 * _workers > REDIS_DATABASES:
    raise ImproperlyConfigured(
        f"{_workers} test workers need {2 * _workers} Redis databases (their suites' and their two-server tests'); "
        f"Redis has {REDIS_DATABASES} unless configured otherwise."
    )

# Tests never depend on a running Redis unless they ask for it.
if env_bool("TEST_USE_REDIS", False):
    if REDIS_URL and _worker:
        REDIS_URL = redis_database_below(REDIS_URL, _worker)
        CACHES = {alias: {**cache, "LOCATION": REDIS_URL} for alias, cache in CACHES.items()}
else:
    CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"test-{alias}"}
        for alias in ("default", "pages", "renditions")
    }

AXES_ENABLED = True

# Sessions made by Django's test client (force_login) count as verified by a
# second factor; every real sign-in, here and in the browser tests, does not.
AUTHENTICATION_BACKENDS = ["safereturn.accounts.testing.ForceLoginBackend", *AUTHENTICATION_BACKENDS]  # noqa: F405
SECOND_FACTOR_TRUSTED_BACKENDS = ["safereturn.accounts.testing.ForceLoginBackend"]

# Casework data: fixed keys for the tests only (never used anywhere else),
# and a throwaway folder for casework documents like the uploads above.
FIELD_ENCRYPTION_KEYS = ["test-only-1:csVsHQhUH9YQhA_SmzFdFBegM9lVlj7IgG22AdFs6eg="]
FIELD_HASH_KEYS = ["test-only-h1:-LaI-JasVpCINfLoyMpfHHT1dLvxf05QV0KH91GmI9M="]
CASEWORK_STORAGE_ROOT = env_str("CASEWORK_STORAGE_ROOT") or tempfile.mkdtemp(prefix="safereturn-test-casework-")
STORAGES["casework"] = {**STORAGES["casework"], "OPTIONS": {"location": CASEWORK_STORAGE_ROOT}}
