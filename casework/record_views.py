"""
The records printed for the paper file, at /casework/ho-so/<case>/in/<record>/:
the reception record, the initial verification record, and the request for
support of Decree 162/2025 (its form Mẫu số 07, for schooling, vocational
training and the initial hardship allowance; domain.md §2.2, state 9).

Each shows only the field groups the user reads (the rest is marked as not
shown to their role), is printed from the browser, and is audited as a print
with the record's name as its purpose. domain.md does not give the titles or
layouts of the decree's other forms (Mẫu 01–06), so these records carry no
form number but 07's, and nothing is invented in their place.
"""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import entitlements
from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .permissions import Action, get_case
from .views import case_context

RECORDS = {
    "tiep-nhan": _("Record of reception"),
    "xac-minh": _("Record of initial verification"),
    "de-nghi-ho-tro": _("Request for support (Decree 162/2025/NĐ-CP, form Mẫu số 07)"),
}
CLAIMED_BY_FORM_07 = (
    entitlements.Entitlement.EDUCATION,
    entitlements.Entitlement.VOCATIONAL,
    entitlements.Entitlement.INITIAL_HARDSHIP,
)


@casework_view
@methods("GET")
def case_record(request, case_id, name):
    if name not in RECORDS:
        raise Http404
    case = get_case(request, case_id, Action.PRINT)
    context = case_context(request, case)
    steps = list(case.steps.all())
    context.update(
        {
            "record_name": name,
            "record_title": RECORDS[name],
            "printed_at": timezone.now(),
            "notified": next((step for step in steps if step.transition == "notify"), None),
            "verified": next(
                (step for step in steps if step.transition in ("identified_at_once", "further_verification")), None
            ),
            "claims": [
                item
                for item in case.support_records.filter(entitlement__in=CLAIMED_BY_FORM_07)
                if item.participant_id is None
            ],
            "claimable": [value for value in entitlements.allowed(case) if value in CLAIMED_BY_FORM_07],
        }
    )
    record(request, AuditEvent.Action.PRINT, obj=case, purpose=name)
    return render(request, "casework/case_record.html", context)
