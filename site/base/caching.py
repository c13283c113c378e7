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
read from the database (Wagtail's Page.get_view_restrictions).

What may be cached is declared, never assumed:

- a page or view says whether *a given response* may be shared with every
  anonymous visitor (`share_publicly`, `@shareable`, BasePage.may_share);
  anything undeclared is never stored, and nothing is ever stored for a
  request that carries a session, or under a restricted area (areas.py);
- a model whose rows show on public pages says so (`@shows_on_public_pages`),
  and saving or deleting one starts a new generation (signals.py), as
  publishing, unpublishing, moving or deleting a page does.
"""

import functools
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

from .areas import areas_fingerprint

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
    """
    A cache key that belongs to the current generation, and to the current
    restricted areas: a page cached before an area was added to the settings
    is never served once it is (areas.py).
    """
    return ":".join(str(part) for part in (current_generation(), areas_fingerprint(), *parts))


def start_new_generation():
    public_cache().set(GENERATION_KEY, time.time_ns(), timeout=None)


def invalidate_public_caches(**kwargs):
    """Start a new generation when the current transaction commits (at once outside one)."""
    transaction.on_commit(start_new_generation)


# Declarations -------------------------------------------------------------------

# The models whose saved rows show on public pages (filled by @shows_on_public_pages).
PUBLIC_CONTENT_MODELS = set()


def shows_on_public_pages(model):
    """Class decorator (or call): saving or deleting a row of `model` refreshes every public page."""
    PUBLIC_CONTENT_MODELS.add(model)
    return model


def is_public_content(model):
    return any(issubclass(model, declared) for declared in PUBLIC_CONTENT_MODELS)


def is_anonymous_request(request):
    """
    True when the request carries no session cookie. Only such requests are
    answered from, or stored in, the page cache. It reads the cookie, not
    `request.user`, so that an anonymous page never touches the session
    (which would add `Vary: Cookie`).
    """
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def share_publicly(response):
    """Declare that `response`, as it is, may be given to every anonymous visitor. Returns it."""
    response.may_share_publicly = True
    return response


def is_declared_shareable(response):
    return getattr(response, "may_share_publicly", False)


def shareable(view):
    """Decorator: the view's responses to anonymous requests may be shared (sitemap, robots.txt)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if is_anonymous_request(request):
            share_publicly(response)
        return response

    return wrapper
