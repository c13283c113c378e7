"""
The auditor's view of the casework audit log: newest first, with filters.
Reading it is itself recorded (a "Listed" event of the audit log), so
auditors are audited too. Nobody can change or delete an event from here
or anywhere else (casework.audit).
"""

import datetime

from django import forms
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import emergency
from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .forms import vietnamese_date_field
from .permissions import Action, require

PER_PAGE = 50


class AuditFilterForm(forms.Form):
    since = vietnamese_date_field(label=_("From"), required=False)
    until = vietnamese_date_field(label=_("Until (inclusive)"), required=False)
    action = forms.ChoiceField(label=_("Action"), required=False)
    username = forms.CharField(label=_("Username"), required=False, max_length=150)
    record_id = forms.UUIDField(
        label=_("Record id"), required=False, help_text=_("The id at the end of a case's address, for example.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", _("All actions")), *AuditEvent.Action.choices]
        for name in ("username", "record_id"):
            self.fields[name].widget.attrs["autocomplete"] = "off"


def _day_start(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@casework_view
@methods("GET")
def audit_log(request):
    require(request, Action.AUDIT_LOG)
    form = AuditFilterForm(request.GET or None)
    events = AuditEvent.objects.all()
    if form.is_valid():
        data = form.cleaned_data
        if data["since"]:
            events = events.filter(occurred_at__gte=_day_start(data["since"]))
        if data["until"]:
            events = events.filter(occurred_at__lt=_day_start(data["until"] + datetime.timedelta(days=1)))
        if data["action"]:
            events = events.filter(action=data["action"])
        if data["username"]:
            events = events.filter(username__iexact=data["username"].strip())
        if data["record_id"]:
            events = events.filter(object_id=str(data["record_id"]))
    page = Paginator(events.order_by("-occurred_at", "id"), PER_PAGE).get_page(request.GET.get("page"))
    record(request, AuditEvent.Action.LIST, object_type=AuditEvent, count=len(page.object_list))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "casework/audit_log.html",
        {
            "page": page,
            "filters": form,
            "query": query.urlencode(),
            "emergency_open": emergency.open_count(request.user),
        },
    )
