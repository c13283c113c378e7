"""
The public cache: whole pages (middleware.py), the chrome around them
(chrome.py) and a few facts every request needs. All of it derives from
published content, so any change an editor makes clears all of it at once
(signals.py): correctness first, and a cold cache refills in moments.
"""

from django.core.cache import caches

PUBLIC_CACHE_ALIAS = "pages"
_VIEW_RESTRICTIONS_KEY = "view-restrictions-exist"


def public_cache():
    return caches[PUBLIC_CACHE_ALIAS]


def clear_public_caches(**kwargs):
    public_cache().clear()


def view_restrictions_exist():
    """Whether any page of the site is private (password, login or group restricted)."""
    from wagtail.models import PageViewRestriction

    cache = public_cache()
    exists = cache.get(_VIEW_RESTRICTIONS_KEY)
    if exists is None:
        exists = PageViewRestriction.objects.exists()
        cache.set(_VIEW_RESTRICTIONS_KEY, exists, timeout=None)
    return exists
