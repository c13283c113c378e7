"""
Restricted areas: the parts of the site that hold secrets or per-user
content (the Wagtail admin, password and sign-in forms, staff accounts,
learners' pages, casework, and whatever comes next).

They are one setting, RESTRICTED_AREAS, and everything that must treat them
apart reads it through this module: the page cache and compression
(middleware.py), the security headers (`no-store`, `noindex`), robots.txt and
the sitemap. Adding an area is one line in settings.

Each entry is a URL prefix:

- one that starts with "/" is a path as it is, in every language
  ("/admin/", "/casework/": those areas follow the user's language instead);
- any other is a path inside the language prefixes of i18n_patterns, and may
  be a lazily translated string: `_("account/")` stands for "/tai-khoan/" in
  Vietnamese (the default language, without a prefix) and "/en/account/" in
  English.
"""

import hashlib
from functools import cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import translation


@cache
def restricted_prefixes():
    """Every URL prefix of every restricted area, in every language, longest first."""
    prefixes = set()
    for entry in settings.RESTRICTED_AREAS:
        if str(entry).startswith("/"):
            prefixes.add(str(entry))
            continue
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                path = str(entry).lstrip("/")
            language_prefix = "" if language == settings.LANGUAGE_CODE else f"/{language}"
            prefixes.add(f"{language_prefix}/{path}")
    return tuple(sorted(prefixes, key=len, reverse=True))


@cache
def areas_fingerprint():
    """A short digest of the restricted areas, part of every public cache key (caching.py)."""
    return hashlib.sha256("\n".join(restricted_prefixes()).encode()).hexdigest()[:12]


def is_restricted_path(path):
    """True when `path` (a request's path_info, or a page's URL path) lies in a restricted area."""
    return path.startswith(restricted_prefixes())


@receiver(setting_changed)
def forget_restricted_prefixes(setting, **kwargs):
    if setting in ("RESTRICTED_AREAS", "LANGUAGES", "LANGUAGE_CODE"):
        restricted_prefixes.cache_clear()
        areas_fingerprint.cache_clear()
