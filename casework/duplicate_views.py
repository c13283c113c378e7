"""
The likely duplicates among the cases a coordinator sees, at
/casework/trung-lap/ (casework.duplicates finds them from keyed hashes),
and their merging at /casework/trung-lap/gop/ (casework.merging): the
pair's ids travel in POST bodies, a confirmation page asks which case to
keep. Listing is audited as a list of cases, with how many pairs it found;
a merge as a change of both cases.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import merging
from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .duplicates import likely_duplicates
from .models import Case
from .permissions import Action, deny, require, visible_cases
from .views import list_groups

SHOWN_PAIRS = 200


@casework_view
@methods("GET")
def duplicate_list(request):
    require(request, Action.DEDUPLICATE)
    pairs = likely_duplicates(visible_cases(request.user).filter(merged_into__isnull=True))
    record(request, AuditEvent.Action.LIST, object_type=Case, count=len(pairs))
    return render(
        request,
        "casework/duplicates.html",
        {"pairs": pairs[:SHOWN_PAIRS], "total": len(pairs), "shown_groups": list_groups(request.user)},
    )


class MergeForm(forms.Form):
    first = forms.UUIDField(widget=forms.HiddenInput)
    second = forms.UUIDField(widget=forms.HiddenInput)
    keep = forms.ChoiceField(
        label=gettext_lazy("Which case to keep"),
        choices=[("first", gettext_lazy("The case received first")), ("second", gettext_lazy("The later case"))],
        initial="first",
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "The other case's people, documents, notes, tasks, support, consents and referrals move to it. "
            "Its steps and audit entries stay with it, and it leaves the lists."
        ),
    )
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)


def _pair(request, form):
    """The two cases of the form, if the coordinator sees both; otherwise 404, audited."""
    cases = {case.pk: case for case in visible_cases(request.user).filter(pk__in=[form["first"], form["second"]])}
    for key in ("first", "second"):
        if form[key] not in cases:
            deny(request, object_type=Case, object_id=form[key], status=404)
    return cases[form["first"]], cases[form["second"]]


@casework_view
@methods("POST")
def merge_cases(request):
    """Asked from the likely duplicates: first a confirmation (which case to keep), then the merge."""
    require(request, Action.DEDUPLICATE)
    form = MergeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a pair of cases from the list to merge."))
        return redirect("casework:duplicate_list")
    first, second = _pair(request, form.cleaned_data)
    keep, merged = (first, second) if form.cleaned_data["keep"] == "first" else (second, first)
    error = merging.merge_error(request.user, keep, merged)
    if error:
        deny(request, obj=merged, reason=error)
    if not form.cleaned_data["confirm"]:
        record(request, AuditEvent.Action.VIEW, obj=first)
        record(request, AuditEvent.Action.VIEW, obj=second)
        form = MergeForm(initial={**form.cleaned_data, "confirm": True})
        return render(
            request,
            "casework/merge.html",
            {"form": form, "first": first, "second": second, "shown_groups": list_groups(request.user)},
        )
    try:
        moved = merging.merge(request.user, keep, merged)
    except merging.AlreadyMerged:
        messages.error(request, _("Nothing was done: one of these cases was merged meanwhile."))
        return redirect("casework:duplicate_list")
    record(request, AuditEvent.Action.CHANGE, obj=merged, changed_fields=["merged_into"])
    record(request, AuditEvent.Action.CHANGE, obj=keep, changed_fields=["merged_cases", *sorted(moved)])
    messages.success(
        request,
        _("Case %(merged)s was merged into this one; its records are here.") % {"merged": merged.display_number},
    )
    return redirect("casework:case_detail", keep.pk)
