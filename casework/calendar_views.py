"""
The table of days off and worked weekend days (casework.models.CalendarDay),
at /casework/ngay-nghi/, kept by the casework administrator: every time limit
counted in working days reads it (casework.deadlines). Adding and removing a
day are audited; the page lists the days from last year on.
"""

import datetime

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .forms import NoAutocompleteMixin, vietnamese_date_field
from .models import CalendarDay
from .permissions import Action, require


class CalendarDayForm(NoAutocompleteMixin, forms.ModelForm):
    class Meta:
        model = CalendarDay
        fields = ["date", "kind", "name", "source"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date"] = vietnamese_date_field(label=CalendarDay._meta.get_field("date").verbose_name)

    def clean(self):
        data = super().clean()
        day, kind = data.get("date"), data.get("kind")
        if day and kind == CalendarDay.Kind.WORKING_DAY and day.weekday() < 5:
            self.add_error("kind", _("Only a Saturday or a Sunday can be a worked weekend day."))
        if day and kind == CalendarDay.Kind.DAY_OFF and day.weekday() >= 5:
            self.add_error("date", _("A Saturday or a Sunday is already a day off."))
        return data


@casework_view
@methods("GET", "POST")
def calendar(request):
    require(request, Action.MANAGE_STAFF)
    form = CalendarDayForm(request.POST if request.method == "POST" and "delete" not in request.POST else None)
    if request.method == "POST" and "delete" in request.POST:
        day = CalendarDay.objects.filter(pk=request.POST["delete"] if request.POST["delete"].isdigit() else 0).first()
        if day is not None:
            record(request, AuditEvent.Action.DELETE, obj=day)
            day.delete()
            messages.success(request, _("The day was removed. Time limits counted from now on no longer use it."))
        return redirect("casework:calendar")
    if form.is_bound and form.is_valid():
        day = form.save()
        record(request, AuditEvent.Action.CREATE, obj=day, changed_fields=["date", "kind", "name", "source"])
        messages.success(request, _("The day was added. Time limits counted from now on use it."))
        return redirect("casework:calendar")
    since = datetime.date(timezone.localdate().year - 1, 1, 1)
    days = list(CalendarDay.objects.filter(date__gte=since))
    record(request, AuditEvent.Action.LIST, object_type=CalendarDay, count=len(days))
    return render(request, "casework/calendar.html", {"days": days, "form": form})
