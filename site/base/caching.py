"""
The public cache: whole pages (middleware.py), the chrome around them
(chrome.py), remembered routes and sites (routing.py). All of it derives
from published content.

Every key carries the current *generation*. A change that can show on a
public page starts a new generation once its transaction commits
(signals.py), so nothing cached before the change is ever read again, and
old entries simply expire. This is safer than clearing the cache:

- a request that read the database before the change and writes its result
  after it writes under the old generation, which nobody reads any more;
- nothing is flushed, so a Redis shared with other caches is left alone.

Privacy decisions never depend on this cache: view restrictions are always
read from the database (BasePage.get_view_restrictions).
"""

import time

from django.core.cache import caches
from django.db import transaction

PUBLIC_CACHE_ALIAS = "pages"
GENERATION_KEY = "public-generation"
# Entries of an old generation are never read again; this only bounds memory.
ENTRY_TIMEOUT = 60 * 60 * 24


def public_cache():
    return caches[PUBLIC_CACHE_ALIAS]


def current_generation():
    cache = public_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def public_key(*parts):
    """A cache key that belongs to the current generation."""
    return ":".join(str(part) for part in (current_generation(), *parts))


def start_new_generation():
    public_cache().set(GENERATION_KEY, time.time_ns(), timeout=None)


def invalidate_public_caches(**kwargs):
    """Start a new generation when the current transaction commits (at once outside one)."""
    transaction.on_commit(start_new_generation)
