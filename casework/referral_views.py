"""
Referrals and transfers between agencies (casework.referrals), at
/casework/chuyen-gui/ (both ends' list), /casework/ho-so/<case>/chuyen-gui/them/
(send) and /casework/chuyen-gui/<referral>/ (its page, history and steps).

A referral's page is readable at both ends (visible_referrals) and says
nothing personal: the case number, the agencies, the purpose, what is
shared, and the history. The receiver opens the case itself only after
accepting, through the permission layer. Every step checks the table of
casework.workflow.REFERRAL_STEPS on a locked row; every page and step is
audited, and every refusal too.
"""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Case as SqlCase
from django.db.models import IntegerField, Value, When
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import referrals
from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .forms import NoAutocompleteMixin
from .models import LegalBasis, Referral, SharingPurpose
from .permissions import Action, actor, can, deny, get_case, require
from .views import form_page
from .workflow import RECEIVING_END, REFERRAL_STEPS_BY_CODE, SENDING_END, names_of

PER_PAGE = 100


class ReferralForm(NoAutocompleteMixin, forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("What to do"),
        choices=Referral.Kind.choices,
        initial=Referral.Kind.REFERRAL,
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "A referral asks another agency to help and shares only what is needed; a transfer moves the whole case "
            "to another commune's People's Committee (the person's place of residence)."
        ),
    )
    to_agency = forms.ModelChoiceField(label=gettext_lazy("To"), queryset=None)
    purpose = forms.ChoiceField(label=gettext_lazy("Purpose"), choices=SharingPurpose.choices)
    basis = forms.ChoiceField(
        label=gettext_lazy("On what basis"),
        choices=LegalBasis.choices,
        initial=LegalBasis.CONSENT,
        widget=forms.RadioSelect,
    )
    legal_reference = forms.CharField(
        label=gettext_lazy("The request or provision relied on"),
        required=False,
        max_length=200,
        help_text=gettext_lazy("Without consent only: its number, date and issuing authority."),
    )
    message = forms.CharField(
        label=gettext_lazy("Message to the receiving agency"),
        required=False,
        max_length=2000,
        widget=forms.Textarea,
        help_text=gettext_lazy(
            "Read before they accept: say what you ask of them, without the person's name or details."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from safereturn.organisation.models import Agency

        self.fields["to_agency"].queryset = Agency.objects.current().order_by("agency_type", "name")
        self.fields["to_agency"].label_from_instance = lambda agency: agency.display_name


class ReasonForm(NoAutocompleteMixin, forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=2000, widget=forms.Textarea)

    def __init__(self, *args, step, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = step.reason_label
        self.fields["reason"].required = step.needs_reason
        self.fields["reason"].help_text = gettext_lazy("Both agencies read it. No personal details.")


def get_referral(request, referral_id):
    """The referral, if `request.user` may read it; otherwise 404, audited, as for a referral that does not exist."""
    referral = (
        referrals.visible_referrals(request.user)
        .select_related("case", "from_agency", "to_agency", "from_commune")
        .filter(pk=referral_id)
        .first()
    )
    if referral is None:
        deny(request, object_type=Referral, object_id=referral_id, status=404)
    return referral


@casework_view
@methods("GET")
def referral_list(request):
    require(request, Action.LIST)
    agencies = actor(request.user).receiving_agencies
    waiting_first = SqlCase(
        When(state=Referral.State.PENDING, to_agency_id__in=agencies, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    listed = (
        referrals.visible_referrals(request.user)
        .select_related("case", "from_agency", "to_agency")
        .order_by(waiting_first, "-sent_at", "-pk")  # the primary key last: pages that never overlap
    )
    page = Paginator(listed, PER_PAGE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    received = [referral for referral in rows if referral.to_agency_id in agencies]
    sent = [referral for referral in rows if referral.to_agency_id not in agencies]
    record(request, AuditEvent.Action.LIST, object_type=Referral, count=len(rows))
    return render(request, "casework/referral_list.html", {"received": received, "sent": sent, "page": page})


@casework_view
@methods("GET", "POST")
def referral_send(request, case_id):
    case = get_case(request, case_id, Action.REFER)
    form = ReferralForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        error = referrals.send_error(request.user, case, data["to_agency"], data["kind"], data["purpose"])
        shared = None
        if not error:
            shared = referrals.sharing(
                case, data["to_agency"], data["purpose"], data["basis"], data["legal_reference"]
            )
            error = shared.error
        if error:
            # Refused with the reason, nothing recorded but the refusal itself.
            record(request, AuditEvent.Action.DENIED, obj=case)
            form.add_error(None, error)
        else:
            referral = referrals.send(
                request.user,
                case,
                kind=data["kind"],
                to_agency=data["to_agency"],
                purpose=data["purpose"],
                basis=data["basis"],
                legal_reference=data["legal_reference"],
                message=data["message"],
                sharing_result=shared,
            )
            record(request, AuditEvent.Action.CREATE, obj=referral, changed_fields=sorted(data))
            messages.success(request, _("Sent. The receiving agency sees it in its referrals."))
            return redirect("casework:referral_detail", referral.pk)
    record(request, AuditEvent.Action.VIEW, obj=case)
    return form_page(
        request,
        case,
        _("Refer or transfer the case"),
        [form],
        _("Send"),
        reverse("casework:case_detail", args=[case.pk]),
    )


def history(referral):
    """The referral's steps, oldest first, each with `maker` and `label` (names read in one query)."""
    events = list(referral.events.select_related("agency"))
    names = names_of(event.made_by_id for event in events)
    for event in events:
        event.maker = names.get(event.made_by_id, "")
        event.label = REFERRAL_STEPS_BY_CODE[event.step].label
    return events


@casework_view
@methods("GET")
def referral_detail(request, referral_id):
    referral = get_referral(request, referral_id)
    record(request, AuditEvent.Action.VIEW, obj=referral)
    return render(
        request,
        "casework/referral_detail.html",
        {
            "referral": referral,
            "events": history(referral),
            "steps": referrals.allowed_steps(request.user, referral),
            "may_open_case": can(request.user, Action.VIEW, referral.case),
        },
    )


@casework_view
@methods("GET", "POST")
def referral_step(request, referral_id, code):
    referral = get_referral(request, referral_id)
    error = referrals.step_error(request.user, referral, code)
    if error:
        deny(request, obj=referral, reason=error)
    made = REFERRAL_STEPS_BY_CODE[code]
    form = ReasonForm(request.POST if request.method == "POST" else None, step=made)
    if request.method == "POST" and form.is_valid():
        ends = referrals.ends(request.user, referral)
        agency_id = referral.to_agency_id if RECEIVING_END in ends and RECEIVING_END in made.ends else None
        if agency_id is None and SENDING_END in ends:
            agency_id = (referrals.sending_agencies(request.user, referral.case) or [None])[0]
        try:
            referrals.make_step(request.user, referral, code, form.cleaned_data["reason"], agency_id)
        except referrals.StateChanged as changed:
            messages.error(
                request,
                _("Nothing was done: the referral changed meanwhile (now: %(state)s).") % {"state": changed},
            )
            return redirect("casework:referral_detail", referral.pk)
        except referrals.BasisLost as lost:
            record(request, AuditEvent.Action.DENIED, obj=referral)
            messages.error(request, str(lost))
            return redirect("casework:referral_detail", referral.pk)
        record(request, AuditEvent.Action.CHANGE, obj=referral, changed_fields=["state"])
        messages.success(request, _("Done: %(state)s.") % {"state": referral.get_state_display()})
        return redirect("casework:referral_detail", referral.pk)
    record(request, AuditEvent.Action.VIEW, obj=referral)
    return render(
        request,
        "casework/referral_step.html",
        {"referral": referral, "step": made, "form": form},
    )
