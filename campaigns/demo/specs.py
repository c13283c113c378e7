"""
How a demo page is described: its place in the tree, its slugs and, for each
language, a function that returns its field values.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class DemoContext:
    """
    What a content function may refer to, in one language.

    `page()` returns None for a page that has not been created yet; the block
    builders in streams.py then leave the link out (see DemoSeeder).
    """

    language: str
    images: dict
    documents: dict
    pages: dict

    def image(self, key):
        return self.images[key]

    def document(self, key):
        return self.documents[key][self.language]

    def page(self, key):
        return self.pages.get(key, {}).get(self.language)


@dataclass(frozen=True)
class PageSpec:
    """
    One page of the demo tree, in both languages.

    `parent` is the key of the parent spec (None for the home page, which goes
    under Wagtail's root). `build` maps a language code to a function of a
    DemoContext returning the page's field values, slug excepted. Giving a
    fixed `first_published_at` keeps lists in a believable, stable order.
    """

    key: str
    model: type
    parent: str | None
    slugs: dict[str, str]
    build: dict[str, Callable[[DemoContext], dict]]
    first_published_at: datetime.datetime = field(
        default_factory=lambda: datetime.datetime(2025, 7, 1, 8, 0, tzinfo=datetime.UTC)
    )


def published(year, month, day):
    """A first-publication time at 8:00 Viet Nam time (UTC+7) on a given day."""
    return datetime.datetime(year, month, day, 1, 0, tzinfo=datetime.UTC)
