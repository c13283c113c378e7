"""
Finding places and agencies in the admin with or without Vietnamese marks:
"bac ninh" finds "Tỉnh Bắc Ninh", "uy ban" finds "Ủy ban nhân dân ...".

Both models keep their names folded in `search_text` (see their `save()` and
the loader); a query is folded the same way and every word must appear.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm

from safereturn.base.search import fold


def folded_search(queryset, query):
    """`queryset` narrowed to the rows whose folded names contain every folded word of `query`."""
    for word in fold(query).split():
        queryset = queryset.filter(search_text__contains=word)
    return queryset


class FoldedSearchFilterForm(BaseFilterForm):
    """The search box of a chooser (a unit or an agency picked from a form), folding as above."""

    q = forms.CharField(
        label=_("Search term"), required=False, widget=forms.TextInput(attrs={"placeholder": _("Search")})
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q", "").strip()
        self.is_searching = bool(query)
        self.search_query = query
        return folded_search(objects, query) if query else objects
