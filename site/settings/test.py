"""Test settings: fast, isolated, and as strict as production where it matters."""

import tempfile

from .base import *  # noqa: F403
from .base import MEDIA_URL, STORAGES
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

# Tests never depend on a running Redis unless they ask for it.
if not env_bool("TEST_USE_REDIS", False):
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
