"""
Diacritic-insensitive search for Vietnamese.

Wagtail's database backend does not fold Vietnamese marks on SQLite or
PostgreSQL, and people often type without them ("mua ban nguoi"). Pages index
a folded copy of their text and queries are folded the same way, so a query
with or without marks finds text written with them.
"""

import unicodedata

from django.apps import apps
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from wagtail.models import Page

# đ/Đ are letters of their own, not d plus a mark, so NFD leaves them alone.
_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})


def fold(text):
    """Return `text` in lower case with Vietnamese (and other) diacritics removed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", str(text).translate(_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def page_summaries(pages, field="intro"):
    """
    {page id: its `field` (the introduction)} for generic Page objects, in
    one query however many page types they are of.

    Search results come back as plain Pages: turning them into their
    specific types (`.specific()`) costs one query per type found. Every
    page type that has the field contributes one subquery to a single
    query instead, so a results page costs the same whatever it finds.
    """
    ids = [page.pk for page in pages]
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and any(f.name == field for f in model._meta.local_fields)
    ]
    if not ids or not models:
        return {}
    values = [Subquery(model.objects.filter(pk=OuterRef("pk")).order_by().values(field)[:1]) for model in models]
    summary = Coalesce(*values) if len(values) > 1 else values[0]
    return dict(Page.objects.filter(pk__in=ids).annotate(summary=summary).values_list("pk", "summary"))
