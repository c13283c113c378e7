"""
Which pages the public may see, decided exactly as Wagtail decides it.

Wagtail has two answers that disagree. `Page.get_view_restrictions()`, which
its serve view checks before showing a page, follows every alias on the way
from the page to the root to the alias's source page: an English section
that wagtail-localize created as an alias of a Vietnamese one is private as
soon as the Vietnamese section is. `PageQuerySet.public()`, used for menus,
listings, search and sitemaps, ignores aliases, so it would list those
English pages to everyone.

`public_pages()` filters a queryset by Wagtail's per-page rule, and is what
every listing in this project uses instead of `.public()`
(tests/base/test_privacy.py checks that no module calls `.public()`).
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction


def private_section_paths():
    """
    The tree paths of the pages whose section is private: each page that
    carries a view restriction itself (unless it is an alias, whose own
    restrictions Wagtail ignores), and each alias, at any remove, of such a
    page. A page is private exactly when its path starts with one of these.
    """
    restricted = {
        page_id: (path, alias_of_id)
        for page_id, path, alias_of_id in PageViewRestriction.objects.values_list(
            "page_id", "page__path", "page__alias_of_id"
        )
    }
    if not restricted:
        return []
    paths = {path for path, alias_of_id in restricted.values() if alias_of_id is None}
    # Follow aliases outwards from the restricted sources; Wagtail allows an
    # alias of an alias, so repeat until no new alias turns up.
    sources = {page_id for page_id, (path, alias_of_id) in restricted.items() if alias_of_id is None}
    seen = set(sources)
    while sources:
        aliases = dict(Page.objects.filter(alias_of_id__in=sources).exclude(pk__in=seen).values_list("pk", "path"))
        paths.update(aliases.values())
        seen.update(aliases)
        sources = set(aliases)
    return sorted(paths)


def public_pages(queryset):
    """`queryset` without the pages that Wagtail would not show to an anonymous visitor."""
    paths = private_section_paths()
    if not paths:
        return queryset
    private = Q()
    for path in paths:
        private |= Q(path__startswith=path)
    return queryset.exclude(private)


def is_public(page):
    """True when Wagtail would show `page` to an anonymous visitor (no restriction applies)."""
    return not page.get_view_restrictions().exists()
