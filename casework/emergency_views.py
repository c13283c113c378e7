"""
Emergency ("break-glass") access (casework.emergency), at /casework/khan-cap/
(open a case outside one's places, with a reason) and
/casework/khan-cap/danh-sach/ (the coordinators' and auditors' list).

The case number travels in the POST body only, like every search. A number
that matches no case is refused like one the user may not open, and both
are audited; after emergency.MAX_MISSED_NUMBERS such numbers in an hour, no
number is looked up until the hour ends. An access opened is audited as
BREAK_GLASS.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import emergency
from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .forms import NoAutocompleteMixin
from .models import Case, EmergencyAccess
from .permissions import Action, can, require


class EmergencyForm(NoAutocompleteMixin, forms.Form):
    number = forms.CharField(label=gettext_lazy("Case number"), max_length=40)
    reason = forms.CharField(
        label=gettext_lazy("Why you must open this case now"),
        max_length=2000,
        widget=forms.Textarea,
        help_text=gettext_lazy(
            "Coordinators and auditors read it at once. Say what is happening and why it cannot wait for a "
            "referral or an assignment."
        ),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if len(reason) < emergency.MIN_REASON_LENGTH:
            raise forms.ValidationError(
                _("Write the reason in a sentence (at least %(count)d characters).")
                % {"count": emergency.MIN_REASON_LENGTH}
            )
        return reason


@casework_view
@methods("GET", "POST")
def emergency_open(request):
    require(request, Action.BREAK_GLASS)
    form = EmergencyForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        # Counted before the look-up, so that parallel requests cannot slip under the limit together; given back
        # when the number matches a case.
        missed = emergency.missed_numbers()
        tally = missed.add(request.user.pk)
        stopped = tally.count > emergency.MAX_MISSED_NUMBERS
        case = None if stopped else emergency.find_case(form.cleaned_data["number"])
        if case is not None:
            missed.discard(request.user.pk)
        if stopped:
            record(request, AuditEvent.Action.DENIED, object_type=Case)
            form.add_error(
                None,
                _(
                    "Too many numbers you typed matched no case: no number is looked up before %(time)s. "
                    "Ask a coordinator for the case number, or call them."
                )
                % {"time": timezone.localtime(emergency.looked_up_again_at(tally)).strftime("%H:%M")},
            )
        elif case is None:
            record(request, AuditEvent.Action.DENIED, object_type=Case)
            form.add_error("number", _("No case has this number."))
        elif can(request.user, Action.VIEW, case):
            messages.info(request, _("You may open this case already: no emergency access was needed."))
            return redirect("casework:case_detail", case.pk)
        else:
            access = emergency.open_access(request.user, case, form.cleaned_data["reason"])
            record(request, AuditEvent.Action.BREAK_GLASS, obj=case, purpose=form.cleaned_data["reason"])
            messages.warning(
                request,
                _("Emergency access until %(time)s, read only. Coordinators and auditors have been told.")
                % {"time": timezone.localtime(access.expires_at).strftime("%H:%M %d/%m/%Y")},
            )
            return redirect("casework:case_detail", case.pk)
    return render(
        request,
        "casework/emergency_open.html",
        {"form": form, "hours": settings.BREAK_GLASS_HOURS},
    )


@casework_view
@methods("GET")
def emergency_list(request):
    require(request, Action.EMERGENCY_OVERSIGHT)
    now = timezone.now()
    accesses = list(emergency.overseen(request.user, now).order_by("-opened_at")[:200])
    record(request, AuditEvent.Action.LIST, object_type=EmergencyAccess, count=len(accesses))
    return render(
        request,
        "casework/emergency_list.html",
        {
            "open": [access for access in accesses if access.expires_at > now],
            "closed": [access for access in accesses if access.expires_at <= now],
            "days": emergency.RECENT_DAYS,
        },
    )
